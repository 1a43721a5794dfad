// When each follow-up is owed: a role's follow-up policy, and the business's working week.
//
// The defaults are the practice Debrief is built around: notes written while the interview is
// fresh, the candidate thanked within a business day, a decision (or an honest update) by the
// date they were promised, closure for everyone not moving forward, and, on the candidate's own
// side, a prompt thank-you and patient, spaced follow-ups. Every value can be changed per role;
// Validate() refuses the ones that would plan nonsense (a negative delay, a promise a year out).
#pragma once

#include <array>
#include <string>
#include <vector>

#include "core/calendar/business_calendar.h"

namespace debrief {

struct FollowUpPolicy {
    // --- The employer's side ---------------------------------------------------------------------
    int NotesBusinessDays = 0;       // Interviewer notes: by the end of the interview's business day.
    int ThankYouBusinessDays = 1;    // Thank or acknowledge the candidate after each interview.
    int PromiseBusinessDays = 5;     // The reply date assumed after an interview when none was promised.
    int DelayUpdateBusinessDays = 1; // A proactive update this long before a promise with no decision.
    int ClosureBusinessDays = 2;     // Tell everyone not moving forward, after the decision.
    int KeepInTouchFirstMonths = 3;  // Talent-pool candidates who agreed: a first message...
    int KeepInTouchSecondMonths = 6; // ...and a second; 0 turns one off.
    int RetentionMonths = 6;         // Review a candidate's data this long after the decision...
    int RetentionTalentPoolMonths = 24;  // ...or this long with talent-pool consent.

    // --- The candidate's side (roles the user applied for themselves) ------------------------------
    bool FastPaced = false;              // Fast-paced industry: the thank-you note is due sooner.
    int CandidateThankYouHours = 48;     // Thank-you note after the interview...
    int CandidateThankYouFastHours = 24; // ...or this soon when FastPaced.
    int FollowUpAfterPromiseBusinessDays = 2;  // A polite follow-up once a promised date has passed...
    int FollowUpNoPromiseBusinessDays = 7;     // ...or this long after the interview when none was given.
    int MaxFollowUps = 2;
    int FollowUpSpacingBusinessDays = 5;  // At least this long between two follow-ups.

    friend bool operator==(const FollowUpPolicy&, const FollowUpPolicy&) = default;
};

// One editable value of a policy, for forms, JSON and error messages.
struct PolicyField {
    const char* Key;    // JSON key: "thank_you_business_days".
    const char* Label;  // "Thank the candidate within".
    const char* Unit;   // "business days", "months", "hours", "messages".
    int Min, Max;
    int FollowUpPolicy::*Value;
};
const std::vector<PolicyField>& PolicyFields();

// A plain sentence per value outside its range ("Thank the candidate within: -3 business days
// is not possible; use 0 to 20."); empty when the policy can be used.
std::vector<std::string> Validate(const FollowUpPolicy& policy);

// The business's working week: which weekdays, which hours, and which days off.
struct WorkSchedule {
    std::array<bool, 7> WorkingDays = {true, true, true, true, true, false, false};  // Monday first.
    int DayStartMinute = 9 * 60;   // Local time; business hours.
    int DayEndMinute = 17 * 60;    // "End of the business day" in the policy means this.
    std::string Region;            // Built-in holidays: "US", "GB-ENG", "DE"; empty = none.
    std::vector<calendar::Holiday> DaysOff;  // Typed by the user or imported from an .ics file.

    friend bool operator==(const WorkSchedule&, const WorkSchedule&) = default;
};

std::vector<std::string> Validate(const WorkSchedule& schedule);

// The schedule's calendar, with the region's holidays for the years `first_year`..`last_year`.
calendar::BusinessCalendar CalendarFor(const WorkSchedule& schedule, int first_year, int last_year);

}  // namespace debrief
