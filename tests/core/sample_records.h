// Small, realistic records for core tests, with names from several languages.
#pragma once

#include "core/records/ids.h"
#include "core/records/model.h"
#include "core/records/problems.h"

namespace samples {

inline constexpr debrief::TimeMs kMonday = 1'795'420'800'000;  // 2026-11-23T08:00:00Z, a Monday

inline debrief::Role Bookkeeper() {
    debrief::Role r;
    r.Id = debrief::NewRecordId();
    r.Rev = 1;
    r.Created = r.Updated = kMonday;
    r.Title = "Bookkeeper";
    r.Team = "Finance";
    r.HiringManager = "Siobhán O'Brien";
    r.Stages = debrief::DefaultStages();
    return r;
}

inline debrief::Candidate Zoe(const debrief::RecordId& role) {
    debrief::Candidate c;
    c.Id = debrief::NewRecordId();
    c.Rev = 1;
    c.Created = c.Updated = kMonday;
    c.FullName = "Zoë Łukasz-Nuñez";
    c.PreferredName = "Zoë";
    c.Email = "zoe@example.org";
    c.RoleId = role;
    c.Stage = "Interview";
    c.Source = "Referral";
    c.ConsentDate = debrief::ParseDate("2026-11-20");
    c.RetainUntil = debrief::ParseDate("2027-05-20");
    c.Notes = "Prefers mornings.\nSpeaks Polish and Spanish.";
    return c;
}

inline debrief::Interview PanelInterview(const debrief::RecordId& candidate) {
    debrief::Interview i;
    i.Id = debrief::NewRecordId();
    i.Rev = 1;
    i.Created = i.Updated = kMonday;
    i.CandidateId = candidate;
    i.StartsAt = kMonday + 2 * debrief::kMsPerHour;
    i.DurationMinutes = 45;
    i.Interviewers = {"Amara Okafor", "Kenji Watanabe"};
    i.Stage = "Interview";
    return i;
}

inline debrief::InterviewNote NoteBy(const debrief::Interview& i, const std::string& who) {
    debrief::InterviewNote n;
    n.Id = debrief::NewRecordId();
    n.Rev = 1;
    n.Created = n.Updated = n.WrittenAt = i.EndsAt() + 20 * debrief::kMsPerMinute;
    n.InterviewId = i.Id;
    n.CandidateId = i.CandidateId;
    n.Interviewer = who;
    n.Strengths = {
        {"Reconciles carefully", "Found the duplicated invoice in the sample ledger within minutes"}};
    n.Concerns = {{"Little payroll experience", "Said she has not run a payroll end to end"}};
    n.CandidateQuestions = {"How is month-end close shared in the team?"};
    n.Verdict = debrief::Recommendation::Yes;
    return n;
}

// The first problem, for INFO() messages when a check unexpectedly fails.
inline std::string FirstProblem(const debrief::Problems& problems) {
    return problems.empty() ? std::string("no problems") : debrief::Describe(problems.front());
}

}  // namespace samples
