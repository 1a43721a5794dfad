// The follow-up plan: from the records and "now", every follow-up each candidate is owed (what,
// due when, why, with which template, and whether it is done), and every promise made to them
// (the reply date a sent message stated) with whether it was kept.
//
// MakePlan is a pure function of its inputs: nothing is stored, so the plan is always in step
// with the records. Move an interview, record a decision or send a message and the next plan
// shows it. The user's only inputs of their own are snoozes and "not needed" marks, kept on the
// candidate (FollowUpMark).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/records/database.h"
#include "core/time/local_time.h"
#include "core/timeline/policy.h"

namespace debrief {

enum class FollowUpKind {
    InterviewNote,      // An interviewer writes their note.
    ThankYou,           // Thank or acknowledge the candidate after an interview.
    DelayUpdate,        // The promised date will pass without a decision: say so before it does.
    Decision,           // Decide (or at least update the candidate) by the promised date.
    Closure,            // Tell a candidate who is not moving forward, with feedback.
    KeepInTouch,        // A talent-pool candidate who agreed to hear from the business.
    RetentionReview,    // The candidate's data is due for deletion or a renewed consent.
    CandidateThankYou,  // The user's own application: thank the interviewer.
    CandidateFollowUp,  // The user's own application: politely ask where things stand.
};
inline constexpr int kFollowUpKindCount = 9;
std::string_view ToString(FollowUpKind k);  // "interview_note", "thank_you", ...
const char* Label(FollowUpKind k);          // "Interview note", "Thank-you", ...

enum class FollowUpStatus { Upcoming, DueToday, Overdue, Done, Skipped };
inline constexpr int kFollowUpStatusCount = 5;
std::string_view ToString(FollowUpStatus s);  // "upcoming", "due_today", "overdue", "done", "skipped"
const char* Label(FollowUpStatus s);          // "Upcoming", "Due today", ...

struct FollowUp {
    FollowUpKind Kind = FollowUpKind::ThankYou;
    RecordId Candidate;
    RecordId Interview;       // The interview it follows, if any.
    std::string Interviewer;  // InterviewNote: who owes it.
    TimeMs Due = 0;           // The deadline (end of the business day, usually).
    Date DueDay;              // Due, as a local date.
    std::string_view Template;  // The built-in template kind to compose with ("thank_you"); empty = none.
    RecordId Ref;               // DelayUpdate: the promising message (or the interview when none).
    MessageKind Message = MessageKind::ThankYou;  // The kind of message that completes it.
    FollowUpStatus Status = FollowUpStatus::Upcoming;
    TimeMs DoneAt = 0;       // Done: when (the message sent, the note written, the decision made).
    RecordId DoneBy;         // Done by a message: its id.
    TimeMs SnoozedUntil = 0; // The user put it off until then (Due stays the policy's date).
    std::string Reason;      // Snoozed or skipped: the user's reason, or why it no longer applies.

    // What WhatOf() and WhyOf() say, kept as values: a plan holds tens of thousands of follow-ups
    // and shows a few dozen, so their sentences are made when shown.
    Date Since;             // The day the policy counts from: the interview's, the decision's, a message's.
    Date By;                // Decision, delay update, own follow-up: the reply date in force.
    int Days = 0;           // The policy's count: business days, months or hours, by kind.
    int Number = 0, Of = 0; // Keep in touch, own follow-up: which one (of how many).
    bool Promised = false;  // The date was stated to the candidate (or, for a data review, is on their record).
};

// Stable across plans, and what a FollowUpMark refers to: "thank_you:<interview id>",
// "interview_note:<interview id>:<interviewer>", "closure:<candidate id>", ...
std::string KeyOf(const FollowUp& f);
// "Thank Ana Lima for the Final interview": what to do, for lists and calendars.
std::string WhatOf(const FollowUp& f, const Database& db);
// "Within 1 business day of the interview on Tue 10 Nov 2026: ...": why it is due then.
std::string WhyOf(const FollowUp& f, const Database& db);

enum class PromiseState { Pending, AtRisk, Kept, Broken };
std::string_view ToString(PromiseState s);  // "pending", "at_risk", "kept", "broken"
const char* Label(PromiseState s);

// "You'll hear from us by <date>": a sent message's PromisedReplyDate.
struct Promise {
    RecordId Candidate;
    RecordId Message;  // The message that made it.
    TimeMs MadeAt = 0;
    Date By;
    PromiseState State = PromiseState::Pending;
    TimeMs KeptAt = 0;     // Kept: when the next message went out.
    RecordId KeptBy;       // ...and which.
    TimeMs AnsweredAt = 0; // Broken but answered later: when; 0 = still unanswered.
};

// Something in the records the planner had to guess around, said plainly.
struct PlanIssue {
    RecordId Candidate;
    std::string Text;  // "The interview on Tue 10 Nov has no length; planned as ending after 60 minutes."
};

struct PlanInput {
    const Database* Records = nullptr;
    TimeMs Now = 0;
    OffsetAt Offset;  // The user's time zone; null = UTC.
    WorkSchedule Schedule;
    FollowUpPolicy DefaultPolicy;  // For candidates without a role.
};

struct Plan {
    std::vector<FollowUp> FollowUps;  // By due time (snoozed ones by the snooze), then candidate, then key.
    std::vector<Promise> Promises;    // By date promised.
    std::vector<PlanIssue> Issues;
    Date Today;                       // Local date of Now.

    // Counts for the Today view.
    int Overdue = 0, DueToday = 0, Upcoming = 0;
};

Plan MakePlan(const PlanInput& input);

// The same, with the schedule from the stored profile (defaults if none).
Plan MakePlan(const Database& db, TimeMs now, const OffsetAt& offset);

// Moves a plan's statuses on to `now` without planning again: what becomes due or overdue as
// the hours pass, in a fraction of the time. Promises at risk or broken change with the date:
// plan again when the local date changes.
void UpdateStatuses(Plan& plan, TimeMs now, const OffsetAt& offset);

// ---------------------------------------------------------------------------------------------
// Figures for the dashboard, over every candidate with at least one interview.

struct PlanStats {
    int Candidates = 0;                    // With at least one interview.
    std::optional<double> MedianFirstMessageHours;   // Interview end -> first message after it.
    std::optional<double> MedianDecisionDays;        // First interview -> decision, calendar days.
    int OwedClosure = 0, GotClosure = 0;   // Not selected; of them, told so.
    int PromisesKept = 0, PromisesBroken = 0, PromisesOpen = 0;
    int Overdue = 0;  // The business's own; the user's own applications are left out of all figures.
    // Follow-ups due per week for the last 8 weeks, oldest first: on time, late, still open.
    struct Week { Date Monday; int OnTime = 0, Late = 0, Open = 0; };
    std::vector<Week> Weeks;
};

PlanStats Summarise(const Plan& plan, const Database& db, TimeMs now, const OffsetAt& offset);

}  // namespace debrief
