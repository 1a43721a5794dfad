#include "core/timeline/policy.h"

#include "core/time/local_time.h"

namespace debrief {

const std::vector<PolicyField>& PolicyFields() {
    using P = FollowUpPolicy;
    static const std::vector<PolicyField> fields = {
        {"notes_business_days", "Interviewer notes within", "business days after the interview", 0, 5,
         &P::NotesBusinessDays},
        {"thank_you_business_days", "Thank the candidate within", "business days", 0, 10, &P::ThankYouBusinessDays},
        {"promise_business_days", "Decision promised after", "business days, when nothing else was said", 1, 40,
         &P::PromiseBusinessDays},
        {"delay_update_business_days", "Delay update before a promised date", "business days", 0, 10,
         &P::DelayUpdateBusinessDays},
        {"closure_business_days", "Closure after the decision within", "business days", 0, 10,
         &P::ClosureBusinessDays},
        {"keep_in_touch_first_months", "First keep-in-touch message after", "months (0 = none)", 0, 24,
         &P::KeepInTouchFirstMonths},
        {"keep_in_touch_second_months", "Second keep-in-touch message after", "months (0 = none)", 0, 36,
         &P::KeepInTouchSecondMonths},
        {"retention_months", "Review a candidate's data after", "months", 1, 60, &P::RetentionMonths},
        {"retention_talent_pool_months", "...with talent-pool consent after", "months", 1, 120,
         &P::RetentionTalentPoolMonths},
        {"candidate_thank_you_hours", "My thank-you note within", "hours", 1, 168, &P::CandidateThankYouHours},
        {"candidate_thank_you_fast_hours", "...in a fast-paced industry within", "hours", 1, 168,
         &P::CandidateThankYouFastHours},
        {"follow_up_after_promise_business_days", "Follow up after a promised date passes", "business days", 1, 20,
         &P::FollowUpAfterPromiseBusinessDays},
        {"follow_up_no_promise_business_days", "Follow up when no date was given", "business days", 1, 30,
         &P::FollowUpNoPromiseBusinessDays},
        {"max_follow_ups", "Follow-ups at most", "messages", 0, 5, &P::MaxFollowUps},
        {"follow_up_spacing_business_days", "Between two follow-ups at least", "business days", 1, 30,
         &P::FollowUpSpacingBusinessDays},
    };
    return fields;
}

std::vector<std::string> Validate(const FollowUpPolicy& policy) {
    std::vector<std::string> out;
    for (const PolicyField& f : PolicyFields()) {
        const int v = policy.*f.Value;
        if (v < f.Min || v > f.Max)
            out.push_back(std::string(f.Label) + ": " + std::to_string(v) + " " + f.Unit + " is not possible; use " +
                          std::to_string(f.Min) + " to " + std::to_string(f.Max) + ".");
    }
    if (policy.KeepInTouchFirstMonths > 0 && policy.KeepInTouchSecondMonths > 0 &&
        policy.KeepInTouchSecondMonths <= policy.KeepInTouchFirstMonths)
        out.push_back("The second keep-in-touch message must come after the first (" +
                      std::to_string(policy.KeepInTouchFirstMonths) + " months).");
    return out;
}

std::vector<std::string> Validate(const WorkSchedule& schedule) {
    std::vector<std::string> out;
    bool any = false;
    for (bool d : schedule.WorkingDays) any = any || d;
    if (!any) out.push_back("Choose at least one working day.");
    if (schedule.DayStartMinute < 0 || schedule.DayEndMinute > 24 * 60 ||
        schedule.DayStartMinute >= schedule.DayEndMinute)
        out.push_back("Business hours must start before they end, within one day (now " +
                      FormatClockTime(schedule.DayStartMinute) + " to " + FormatClockTime(schedule.DayEndMinute) +
                      ").");
    if (!schedule.Region.empty() && !calendar::IsKnownRegion(schedule.Region))
        out.push_back("Unknown holiday region \"" + schedule.Region + "\".");
    return out;
}

calendar::BusinessCalendar CalendarFor(const WorkSchedule& schedule, int first_year, int last_year) {
    calendar::BusinessCalendar cal;
    bool any = false;
    for (bool d : schedule.WorkingDays) any = any || d;
    if (any) cal.SetWorkingDays(schedule.WorkingDays);  // Never a week without a working day.
    if (!schedule.Region.empty()) cal.AddRegion(schedule.Region, first_year, last_year);
    for (const calendar::Holiday& h : schedule.DaysOff) cal.AddHoliday(h.Day);
    return cal;
}

}  // namespace debrief
