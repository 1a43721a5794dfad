// Records and steps shared by the Compose view tests (compose_flow_test.cpp, tone_flow_test.cpp).
#pragma once

#include "core/records/ids.h"
#include "view_harness.h"
#include "web/app/compose.h"

namespace compose_fixture {

// Zoë with an interview yesterday and Amara's note with evidence; the sender's profile.
struct Seeded {
    debrief::RecordId Zoe, Ben;
};

inline Seeded Seed(ViewHarness& ui, bool with_profile = true) {
    Seeded s;
    debrief::Role role;
    role.Title = "Bookkeeper";
    role.Stages = debrief::DefaultStages();
    const debrief::RecordId role_id = ui.Records.SaveRole(role);
    debrief::Candidate zoe;
    zoe.FullName = "Zoë Łukasz-Nuñez";
    zoe.PreferredName = "Zoë";
    zoe.Email = "zoe@example.org";
    zoe.RoleId = role_id;
    zoe.Stage = "Interview";
    s.Zoe = ui.Records.SaveCandidate(zoe);
    debrief::Candidate ben;
    ben.FullName = "Ben O'Brien";
    ben.Email = "ben@example.org";
    ben.Status = debrief::CandidateStatus::NotSelected;
    s.Ben = ui.Records.SaveCandidate(ben);
    debrief::Interview interview;
    interview.CandidateId = s.Zoe;
    interview.StartsAt = ui.Host.Clock - debrief::kMsPerDay;
    interview.Interviewers = {"Amara Okafor"};
    const debrief::RecordId interview_id = ui.Records.SaveInterview(interview);
    debrief::InterviewNote note;
    note.InterviewId = interview_id;
    note.CandidateId = s.Zoe;
    note.Interviewer = "Amara Okafor";
    note.WrittenAt = ui.Host.Clock - debrief::kMsPerDay + debrief::kMsPerHour;
    note.Strengths = {{"Reconciles carefully", "Found the duplicated invoice within minutes"}};
    note.Concerns = {{"Little payroll experience", "Has not run a payroll end to end"}};
    ui.Records.SaveNote(note);
    if (with_profile) {
        debrief::Profile p;
        p.SenderName = "Siobhán O'Brien";
        p.SenderEmail = "siobhan@harbourfinch.example";
        p.CompanyName = "Harbour & Finch";
        ui.Records.SaveProfile(p);
    }
    ui.Settle();
    return s;
}

// Opens Compose for `candidate` with the warm variant of `kind` and clicks "Create draft".
inline void CreateDraft(ViewHarness& ui, const debrief::RecordId& candidate, const char* kind) {
    app::ComposeFor(ui.State, candidate, kind);
    ui.Settle();
    REQUIRE(ui.Click("Create draft"));
    ui.Settle();
}

inline const debrief::Message* OpenMessage(ViewHarness& ui) {
    return ui.Records.Records().FindMessage(ui.State.Compose.MessageId);
}

}  // namespace compose_fixture
