// The follow-up planner (core/timeline/): scenarios a small business lives through — on time, a
// decision that slips, an interview moved, a candidate who withdraws, the talent pool, the user's
// own application — plus holidays, business hours, daylight saving, snoozes and the records the
// planner has to guess around. November 2026: Mon 16, Fri 20, Mon 23, Thu 26 (US Thanksgiving).
#include <doctest/doctest.h>

#include <string>

#include "core/records/database.h"
#include "core/records/record_json.h"
#include "core/timeline/planner.h"

using namespace debrief;

namespace {

TimeMs T(const char* iso) { return *ParseInstant(iso); }
Date D(const char* text) { return *ParseDate(text); }
std::string Day(Date d) { return FormatDate(d); }
std::string At(TimeMs t) { return FormatInstant(t); }

struct World {
    Database Db;
    Role Job;
    PlanInput In;
    int Next = 1;

    World() {
        Job.Id = NextId();
        Job.Title = "Bookkeeper";
        Db.Put(Job);
        In.Records = &Db;
    }

    RecordId NextId() {
        std::string id = std::to_string(Next++);
        return RecordId(std::string(32 - id.size(), '0') + id);
    }

    RecordId AddCandidate(const char* name, CandidateStatus status = CandidateStatus::Active) {
        Candidate c;
        c.Id = NextId();
        c.FullName = name;
        c.RoleId = Job.Id;
        c.Status = status;
        c.Created = T("2026-11-01T09:00:00Z");
        Db.Put(c);
        return c.Id;
    }

    Candidate& Edit(const RecordId& id) { return const_cast<Candidate&>(*Db.FindCandidate(id)); }

    void Decide(const RecordId& id, CandidateStatus status, const char* when) {
        Candidate c = *Db.FindCandidate(id);
        c.Status = status;
        c.DecidedAt = T(when);
        Db.Put(c);
    }

    RecordId AddInterview(const RecordId& candidate, const char* starts, std::vector<std::string> who = {"Priya"},
                          int minutes = 60) {
        Interview i;
        i.Id = NextId();
        i.CandidateId = candidate;
        i.StartsAt = T(starts);
        i.DurationMinutes = minutes;
        i.Interviewers = std::move(who);
        i.Stage = "First";
        Db.Put(i);
        return i.Id;
    }

    RecordId Send(const RecordId& candidate, MessageKind kind, const char* when, const char* promised = nullptr) {
        Message m;
        m.Id = NextId();
        m.CandidateId = candidate;
        m.Kind = kind;
        m.Status = MessageStatus::Sent;
        m.SentAt = T(when);
        if (promised) m.PromisedReplyDate = D(promised);
        Db.Put(m);
        return m.Id;
    }

    void WriteNote(const RecordId& interview, const char* who, const char* when) {
        InterviewNote n;
        n.Id = NextId();
        n.InterviewId = interview;
        n.CandidateId = Db.FindInterview(interview)->CandidateId;
        n.Interviewer = who;
        n.WrittenAt = T(when);
        Db.Put(n);
    }

    Plan PlanAt(const char* now) {
        In.Now = T(now);
        return MakePlan(In);
    }
};

const FollowUp* Find(const Plan& p, FollowUpKind kind, const RecordId& candidate, int nth = 0) {
    for (const FollowUp& f : p.FollowUps)
        if (f.Kind == kind && f.Candidate == candidate && nth-- == 0) return &f;
    return nullptr;
}

int CountOf(const Plan& p, FollowUpKind kind, const RecordId& candidate) {
    int n = 0;
    for (const FollowUp& f : p.FollowUps) n += f.Kind == kind && f.Candidate == candidate;
    return n;
}

}  // namespace

TEST_CASE("On time: notes, thank-you, promise, decision and closure each planned and then done") {
    World w;
    const RecordId ana = w.AddCandidate("Ana Lima");
    const RecordId interview = w.AddInterview(ana, "2026-11-16T10:00:00Z", {"Priya", "Sam"});

    Plan p = w.PlanAt("2026-11-16T12:00:00Z");
    const FollowUp* note = Find(p, FollowUpKind::InterviewNote, ana);
    REQUIRE(note);
    CHECK(note->Interviewer == "Priya");
    CHECK(At(note->Due) == "2026-11-16T17:00:00.000Z");  // End of the interview's business day.
    CHECK(note->Status == FollowUpStatus::DueToday);
    CHECK(CountOf(p, FollowUpKind::InterviewNote, ana) == 2);
    const FollowUp* thanks = Find(p, FollowUpKind::ThankYou, ana);
    REQUIRE(thanks);
    CHECK(Day(thanks->DueDay) == "2026-11-17");
    CHECK(thanks->Status == FollowUpStatus::Upcoming);
    CHECK(thanks->Template == "thank_you");
    CHECK(KeyOf(*thanks) == "thank_you:" + interview);
    const FollowUp* decision = Find(p, FollowUpKind::Decision, ana);
    REQUIRE(decision);
    CHECK(Day(decision->DueDay) == "2026-11-23");  // 5 business days: no date was promised.
    CHECK(WhyOf(*decision, w.Db).find("No date was given") != std::string::npos);
    CHECK(WhatOf(*thanks, w.Db) == "Thank Ana Lima for the First interview");
    const FollowUp* delay = Find(p, FollowUpKind::DelayUpdate, ana);
    REQUIRE(delay);
    CHECK(Day(delay->DueDay) == "2026-11-20");

    w.WriteNote(interview, "Priya", "2026-11-16T14:00:00Z");
    w.Send(ana, MessageKind::ThankYou, "2026-11-17T10:00:00Z", "2026-11-20");
    p = w.PlanAt("2026-11-17T11:00:00Z");
    CHECK(Find(p, FollowUpKind::InterviewNote, ana)->Status == FollowUpStatus::Done);  // Priya's.
    CHECK(Find(p, FollowUpKind::InterviewNote, ana, 1)->Status == FollowUpStatus::Overdue);  // Sam's.
    CHECK(Find(p, FollowUpKind::ThankYou, ana)->Status == FollowUpStatus::Done);
    CHECK(Day(Find(p, FollowUpKind::Decision, ana)->DueDay) == "2026-11-20");  // The promise now.
    CHECK(Day(Find(p, FollowUpKind::DelayUpdate, ana)->DueDay) == "2026-11-19");
    REQUIRE(p.Promises.size() == 1);
    CHECK(p.Promises[0].State == PromiseState::Pending);

    p = w.PlanAt("2026-11-19T09:00:00Z");
    CHECK(p.Promises[0].State == PromiseState::AtRisk);
    CHECK(Find(p, FollowUpKind::DelayUpdate, ana)->Status == FollowUpStatus::DueToday);

    w.Decide(ana, CandidateStatus::NotSelected, "2026-11-19T15:00:00Z");
    p = w.PlanAt("2026-11-19T16:00:00Z");
    CHECK(Find(p, FollowUpKind::Decision, ana)->Status == FollowUpStatus::Done);
    CHECK_FALSE(Find(p, FollowUpKind::DelayUpdate, ana));
    const FollowUp* closure = Find(p, FollowUpKind::Closure, ana);
    REQUIRE(closure);
    CHECK(Day(closure->DueDay) == "2026-11-23");
    CHECK(closure->Template == "rejection_feedback");
    CHECK(closure->Status == FollowUpStatus::Upcoming);
    CHECK(p.Promises[0].State == PromiseState::Pending);  // Decided, but not told yet.

    w.Send(ana, MessageKind::Feedback, "2026-11-20T11:00:00Z");
    p = w.PlanAt("2026-11-24T09:00:00Z");
    CHECK(Find(p, FollowUpKind::Closure, ana)->Status == FollowUpStatus::Done);
    CHECK(p.Promises[0].State == PromiseState::Kept);
    const FollowUp* review = Find(p, FollowUpKind::RetentionReview, ana);
    REQUIRE(review);
    CHECK(Day(review->DueDay) == "2027-05-19");  // 6 months after the decision.
    CHECK_FALSE(Find(p, FollowUpKind::KeepInTouch, ana));  // No talent-pool consent.
    CHECK(p.Issues.empty());
}

TEST_CASE("A slipping decision: overdue, the promise broken, then a status update with a new date") {
    World w;
    const RecordId ben = w.AddCandidate("Ben O'Connor");
    w.AddInterview(ben, "2026-11-16T10:00:00Z", {});
    const RecordId first = w.Send(ben, MessageKind::ThankYou, "2026-11-16T15:00:00Z", "2026-11-20");

    Plan p = w.PlanAt("2026-11-23T09:00:00Z");
    CHECK(Find(p, FollowUpKind::Decision, ben)->Status == FollowUpStatus::Overdue);
    CHECK(Find(p, FollowUpKind::DelayUpdate, ben)->Status == FollowUpStatus::Overdue);
    CHECK(KeyOf(*Find(p, FollowUpKind::DelayUpdate, ben)) == "delay_update:" + first);
    REQUIRE(p.Promises.size() == 1);
    CHECK(p.Promises[0].State == PromiseState::Broken);
    CHECK(p.Promises[0].AnsweredAt == 0);
    CHECK(p.Overdue == 2);

    const RecordId update = w.Send(ben, MessageKind::StatusUpdate, "2026-11-23T10:00:00Z", "2026-11-25");
    p = w.PlanAt("2026-11-23T11:00:00Z");
    REQUIRE(p.Promises.size() == 2);
    CHECK(p.Promises[0].State == PromiseState::Broken);  // Answered late is still broken...
    CHECK(At(p.Promises[0].AnsweredAt) == "2026-11-23T10:00:00.000Z");  // ...but answered.
    CHECK(p.Promises[1].State == PromiseState::Pending);
    const FollowUp* decision = Find(p, FollowUpKind::Decision, ben);
    CHECK(Day(decision->DueDay) == "2026-11-25");
    CHECK(decision->Status == FollowUpStatus::Upcoming);
    const FollowUp* delay = Find(p, FollowUpKind::DelayUpdate, ben);
    CHECK(KeyOf(*delay) == "delay_update:" + update);
    CHECK(Day(delay->DueDay) == "2026-11-24");
}

TEST_CASE("A rescheduled interview moves its follow-ups with it, under the same keys") {
    World w;
    const RecordId cai = w.AddCandidate("Cai Wen");
    const RecordId interview = w.AddInterview(cai, "2026-11-16T10:00:00Z");
    Plan p = w.PlanAt("2026-11-13T09:00:00Z");
    CHECK(Day(Find(p, FollowUpKind::ThankYou, cai)->DueDay) == "2026-11-17");
    CHECK(Day(Find(p, FollowUpKind::Decision, cai)->DueDay) == "2026-11-23");

    Interview moved = *w.Db.FindInterview(interview);
    moved.StartsAt = T("2026-11-18T14:00:00Z");
    w.Db.Put(moved);
    p = w.PlanAt("2026-11-13T09:00:00Z");
    CHECK(Day(Find(p, FollowUpKind::ThankYou, cai)->DueDay) == "2026-11-19");
    CHECK(KeyOf(*Find(p, FollowUpKind::ThankYou, cai)) == "thank_you:" + interview);
    CHECK(Day(Find(p, FollowUpKind::Decision, cai)->DueDay) == "2026-11-25");
    CHECK(Day(Find(p, FollowUpKind::InterviewNote, cai)->DueDay) == "2026-11-18");
}

TEST_CASE("A candidate who withdraws: nothing more is owed but the data review") {
    World w;
    const RecordId dee = w.AddCandidate("Deepa Nair");
    w.AddInterview(dee, "2026-11-16T10:00:00Z");
    w.Decide(dee, CandidateStatus::Withdrawn, "2026-11-17T09:00:00Z");
    const Plan p = w.PlanAt("2026-11-18T09:00:00Z");
    const FollowUp* thanks = Find(p, FollowUpKind::ThankYou, dee);
    CHECK(thanks->Status == FollowUpStatus::Skipped);
    CHECK_FALSE(thanks->Reason.empty());
    CHECK(Find(p, FollowUpKind::Decision, dee)->Status == FollowUpStatus::Done);
    CHECK_FALSE(Find(p, FollowUpKind::DelayUpdate, dee));
    CHECK_FALSE(Find(p, FollowUpKind::Closure, dee));
    CHECK(Day(Find(p, FollowUpKind::RetentionReview, dee)->DueDay) == "2027-05-17");
    CHECK(Find(p, FollowUpKind::InterviewNote, dee)->Status == FollowUpStatus::Skipped);  // No decision needs it.
    CHECK(p.Overdue == 0);
}

TEST_CASE("Talent pool: closure, keep-in-touch at 3 and 6 months, data kept 24 months") {
    World w;
    const RecordId eva = w.AddCandidate("Éva Kovács");
    w.Edit(eva).TalentPoolConsent = true;
    w.AddInterview(eva, "2026-11-16T10:00:00Z");
    w.Send(eva, MessageKind::ThankYou, "2026-11-16T15:00:00Z");
    w.Decide(eva, CandidateStatus::NotSelected, "2026-11-19T15:00:00Z");
    Plan p = w.PlanAt("2026-11-20T09:00:00Z");
    CHECK(Find(p, FollowUpKind::Closure, eva)->Template == "rejection_talent_pool");
    REQUIRE(CountOf(p, FollowUpKind::KeepInTouch, eva) == 2);
    CHECK(Day(Find(p, FollowUpKind::KeepInTouch, eva)->DueDay) == "2027-02-19");
    CHECK(Day(Find(p, FollowUpKind::KeepInTouch, eva, 1)->DueDay) == "2027-05-19");
    CHECK(Day(Find(p, FollowUpKind::RetentionReview, eva)->DueDay) == "2028-11-19");

    w.Send(eva, MessageKind::Rejection, "2026-11-20T10:00:00Z");
    w.Send(eva, MessageKind::KeepInTouch, "2027-02-22T10:00:00Z");
    p = w.PlanAt("2027-02-23T09:00:00Z");
    const FollowUp* first = Find(p, FollowUpKind::KeepInTouch, eva);
    CHECK(first->Status == FollowUpStatus::Done);
    CHECK(first->DoneAt > first->Due);  // Sent a business day late.
    CHECK(Find(p, FollowUpKind::KeepInTouch, eva, 1)->Status == FollowUpStatus::Upcoming);

    // A retain-until date on the record wins over the policy's.
    w.Edit(eva).RetainUntil = D("2027-12-31");
    p = w.PlanAt("2027-02-23T09:00:00Z");
    CHECK(Day(Find(p, FollowUpKind::RetentionReview, eva)->DueDay) == "2027-12-31");
}

TEST_CASE("Holidays, business hours and daylight saving decide the due dates") {
    World w;
    w.In.Schedule.Region = "US";
    const RecordId fay = w.AddCandidate("Fay Adeyemi");
    w.AddInterview(fay, "2026-11-25T10:00:00Z");
    Plan p = w.PlanAt("2026-11-25T12:00:00Z");
    CHECK(Day(Find(p, FollowUpKind::ThankYou, fay)->DueDay) == "2026-11-27");  // Not Thanksgiving.
    CHECK(Day(Find(p, FollowUpKind::Decision, fay)->DueDay) == "2026-12-03");

    // An interview ending after hours: the notes are due the next business day.
    const RecordId gus = w.AddCandidate("Gus Müller");
    w.AddInterview(gus, "2026-11-20T17:30:00Z");
    p = w.PlanAt("2026-11-20T18:00:00Z");
    CHECK(Day(Find(p, FollowUpKind::InterviewNote, gus)->DueDay) == "2026-11-23");

    // Shorter business hours move the deadline within the day.
    w.In.Schedule.DayEndMinute = 16 * 60 + 30;
    p = w.PlanAt("2026-11-20T18:00:00Z");
    CHECK(At(Find(p, FollowUpKind::InterviewNote, gus)->Due) == "2026-11-23T16:30:00.000Z");

    // London: British Summer Time ends on Sunday 25 October 2026 at 01:00 UTC.
    World uk;
    uk.In.Offset = [](TimeMs t) { return t < T("2026-10-25T01:00:00Z") ? 60 : 0; };
    const RecordId hal = uk.AddCandidate("Hal Ng");
    uk.AddInterview(hal, "2026-10-23T14:00:00Z");  // 15:00 BST on Friday, for an hour.
    p = uk.PlanAt("2026-10-23T16:30:00Z");
    const FollowUp* note = Find(p, FollowUpKind::InterviewNote, hal);
    CHECK(At(note->Due) == "2026-10-23T16:00:00.000Z");  // 17:00 BST.
    CHECK(note->Status == FollowUpStatus::Overdue);
    CHECK(At(Find(p, FollowUpKind::ThankYou, hal)->Due) == "2026-10-26T17:00:00.000Z");  // 17:00 GMT.
}

TEST_CASE("Snoozed and not-needed follow-ups") {
    World w;
    const RecordId ida = w.AddCandidate("Ida Lund");
    const RecordId interview = w.AddInterview(ida, "2026-11-16T10:00:00Z", {});
    Plan p = w.PlanAt("2026-11-18T09:00:00Z");
    CHECK(Find(p, FollowUpKind::ThankYou, ida)->Status == FollowUpStatus::Overdue);

    w.Edit(ida).FollowUpMarks.push_back({"thank_you:" + interview, T("2026-11-18T09:00:00Z"),
                                         T("2026-11-19T17:00:00Z"), "Waiting for the panel's view"});
    p = w.PlanAt("2026-11-18T09:05:00Z");
    const FollowUp* thanks = Find(p, FollowUpKind::ThankYou, ida);
    CHECK(thanks->Status == FollowUpStatus::Upcoming);
    CHECK(thanks->Reason == "Waiting for the panel's view");
    CHECK(At(thanks->SnoozedUntil) == "2026-11-19T17:00:00.000Z");
    CHECK(Day(thanks->DueDay) == "2026-11-17");  // The policy's date stays visible.
    CHECK(w.PlanAt("2026-11-19T09:00:00Z").FollowUps.size() == p.FollowUps.size());
    CHECK(Find(w.PlanAt("2026-11-19T09:00:00Z"), FollowUpKind::ThankYou, ida)->Status == FollowUpStatus::DueToday);
    CHECK(Find(w.PlanAt("2026-11-19T18:00:00Z"), FollowUpKind::ThankYou, ida)->Status == FollowUpStatus::Overdue);

    w.Edit(ida).FollowUpMarks = {{"thank_you:" + interview, T("2026-11-18T09:00:00Z"), 0, "Told them in person"}};
    thanks = Find(p = w.PlanAt("2026-11-19T09:00:00Z"), FollowUpKind::ThankYou, ida);
    CHECK(thanks->Status == FollowUpStatus::Skipped);
    CHECK(thanks->Reason == "Told them in person");
}

TEST_CASE("Records the planner has to guess around are reported, not silently planned") {
    World w;
    const RecordId jo = w.AddCandidate("Jo Park");
    w.Send(jo, MessageKind::NextSteps, "2026-11-10T09:00:00Z", "2026-11-12");  // Before the interview.
    w.AddInterview(jo, "2026-11-16T10:00:00Z", {"Priya"}, 0);                     // No length.
    const Plan p = w.PlanAt("2026-11-17T09:00:00Z");
    REQUIRE(p.Issues.size() == 2);
    CHECK(p.Issues[0].Text.find("before the interview") != std::string::npos);
    CHECK(p.Issues[1].Text.find("no length") != std::string::npos);
    // The decision is planned from the interview, not from the impossible promise.
    CHECK(Day(Find(p, FollowUpKind::Decision, jo)->DueDay) == "2026-11-23");
    CHECK(At(Find(p, FollowUpKind::InterviewNote, jo)->Due) == "2026-11-16T17:00:00.000Z");
}

TEST_CASE("The user's own application: a thank-you within 48 hours, then at most two spaced follow-ups") {
    World w;
    Role mine = *w.Db.FindRole(w.Job.Id);
    mine.OwnApplication = true;
    w.Db.Put(mine);
    const RecordId contact = w.AddCandidate("Kim at Northwind");
    w.AddInterview(contact, "2026-11-16T10:00:00Z");
    Plan p = w.PlanAt("2026-11-16T12:00:00Z");
    CHECK_FALSE(Find(p, FollowUpKind::ThankYou, contact));  // Not the employer's list.
    const FollowUp* thanks = Find(p, FollowUpKind::CandidateThankYou, contact);
    REQUIRE(thanks);
    CHECK(At(thanks->Due) == "2026-11-18T11:00:00.000Z");
    CHECK(Day(Find(p, FollowUpKind::CandidateFollowUp, contact)->DueDay) == "2026-11-25");  // 7 business days.
    CHECK(CountOf(p, FollowUpKind::CandidateFollowUp, contact) == 1);

    mine.Policy.FastPaced = true;
    w.Db.Put(mine);
    CHECK(At(Find(w.PlanAt("2026-11-16T12:00:00Z"), FollowUpKind::CandidateThankYou, contact)->Due) ==
          "2026-11-17T11:00:00.000Z");

    // They said "by Friday": the follow-up waits two business days after it.
    w.Send(contact, MessageKind::CandidateThankYou, "2026-11-16T18:00:00Z", "2026-11-20");
    p = w.PlanAt("2026-11-17T09:00:00Z");
    CHECK(Find(p, FollowUpKind::CandidateThankYou, contact)->Status == FollowUpStatus::Done);
    CHECK(Day(Find(p, FollowUpKind::CandidateFollowUp, contact)->DueDay) == "2026-11-24");
    CHECK(p.Promises.empty());  // Promises are the employer's.

    w.Send(contact, MessageKind::CandidateFollowUp, "2026-11-24T09:00:00Z");
    p = w.PlanAt("2026-11-24T10:00:00Z");
    REQUIRE(CountOf(p, FollowUpKind::CandidateFollowUp, contact) == 2);
    CHECK(Day(Find(p, FollowUpKind::CandidateFollowUp, contact, 1)->DueDay) == "2026-12-01");  // 5 business days on.

    w.Send(contact, MessageKind::CandidateFollowUp, "2026-12-01T09:00:00Z");
    p = w.PlanAt("2026-12-02T10:00:00Z");
    CHECK(CountOf(p, FollowUpKind::CandidateFollowUp, contact) == 2);  // No third.
    for (const FollowUp& f : p.FollowUps) CHECK(f.Status == FollowUpStatus::Done);
}

TEST_CASE("The dashboard's figures") {
    World w;
    const RecordId a = w.AddCandidate("Ana Lima");
    const RecordId b = w.AddCandidate("Ben O'Connor");
    w.AddInterview(a, "2026-11-16T10:00:00Z", {});
    w.AddInterview(b, "2026-11-16T13:00:00Z", {});
    w.Send(a, MessageKind::ThankYou, "2026-11-16T15:00:00Z", "2026-11-18");  // 4 h after.
    w.Send(b, MessageKind::ThankYou, "2026-11-17T16:00:00Z", "2026-11-19");  // 26 h after.
    w.Decide(a, CandidateStatus::NotSelected, "2026-11-18T10:00:00Z");      // 2 days.
    w.Send(a, MessageKind::Feedback, "2026-11-18T11:00:00Z");
    const Plan p = w.PlanAt("2026-11-23T09:00:00Z");
    const PlanStats s = Summarise(p, w.Db, w.In.Now, {});
    CHECK(s.Candidates == 2);
    REQUIRE(s.MedianFirstMessageHours);
    CHECK(*s.MedianFirstMessageHours == doctest::Approx(15.0));
    REQUIRE(s.MedianDecisionDays);
    CHECK(*s.MedianDecisionDays == doctest::Approx(2.0));
    CHECK(s.OwedClosure == 1);
    CHECK(s.GotClosure == 1);
    CHECK(s.PromisesKept == 1);
    CHECK(s.PromisesBroken == 1);
    CHECK(s.Overdue == p.Overdue);
    CHECK(s.Overdue == 2);  // Ben: the decision and the delay update.
    REQUIRE(s.Weeks.size() == 8);
    CHECK(Day(s.Weeks.back().Monday) == "2026-11-23");
    const PlanStats::Week& last_week = s.Weeks[6];
    CHECK(last_week.OnTime == 4);  // Both thank-yous, Ana's decision and closure.
    CHECK(last_week.Open == 2);
}

TEST_CASE("Policies: absurd values are refused with a plain message, and stored values read back") {
    FollowUpPolicy p;
    CHECK(Validate(p).empty());
    p.ThankYouBusinessDays = -3;
    p.PromiseBusinessDays = 400;
    const auto problems = Validate(p);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0] == "Thank the candidate within: -3 business days is not possible; use 0 to 10.");
    p = {};
    p.KeepInTouchFirstMonths = 6;
    p.KeepInTouchSecondMonths = 3;
    CHECK(Validate(p).size() == 1);

    Role r;
    r.Id = RecordId(std::string(32, 'a'));
    r.Rev = 1;
    r.Title = "Chef";
    r.Policy.ClosureBusinessDays = 3;
    r.Policy.FastPaced = true;
    Problems problems_read;
    Role back;
    REQUIRE(FromJson(ToJson(r), back, "roles[0]", problems_read));
    CHECK(back.Policy == r.Policy);

    nlohmann::json bad = ToJson(r);
    bad["follow_up_policy"]["closure_business_days"] = -1;
    CHECK_FALSE(FromJson(bad, back, "roles[0]", problems_read));
    REQUIRE_FALSE(problems_read.empty());
    CHECK(problems_read[0].Path == "roles[0].follow_up_policy.closure_business_days");

    WorkSchedule s;
    s.WorkingDays = {false, false, false, false, false, false, false};
    s.DayStartMinute = 18 * 60;
    CHECK(Validate(s).size() == 2);
}

TEST_CASE("Moving statuses on with the clock gives what planning again would") {
    World w;
    const RecordId ana = w.AddCandidate("Ana Lima");
    w.AddInterview(ana, "2026-11-16T10:00:00Z", {"Priya", "Sam"});
    const RecordId ben = w.AddCandidate("Ben O'Connor");
    w.AddInterview(ben, "2026-11-13T10:00:00Z", {});
    w.Send(ben, MessageKind::ThankYou, "2026-11-13T15:00:00Z", "2026-11-17");
    Plan moved = w.PlanAt("2026-11-17T09:00:00Z");
    for (const char* later : {"2026-11-17T16:59:00Z", "2026-11-17T17:01:00Z", "2026-11-17T23:30:00Z"}) {
        UpdateStatuses(moved, T(later), {});
        const Plan fresh = w.PlanAt(later);
        REQUIRE(moved.FollowUps.size() == fresh.FollowUps.size());
        for (std::size_t i = 0; i < fresh.FollowUps.size(); ++i) {
            INFO(later << " " << KeyOf(fresh.FollowUps[i]));
            CHECK(moved.FollowUps[i].Status == fresh.FollowUps[i].Status);
        }
        CHECK(moved.Overdue == fresh.Overdue);
        CHECK(moved.DueToday == fresh.DueToday);
    }
    CHECK(Find(moved, FollowUpKind::ThankYou, ana)->Status == FollowUpStatus::Overdue);  // Due 17:00.
}
