// The follow-up plan in the app: one plan (core/timeline/planner.h) shared by Today, the
// Timeline and the Dashboard, made again when the records change or a minute passes; and the
// actions on a follow-up: compose its message, snooze it with a reason, mark it not needed,
// export the plan to the user's calendar, remind the user when one falls due.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "core/timeline/planner.h"

namespace app {

struct AppState;

struct PlanCache {
    const void* Records = nullptr;  // The workspace it was made for.
    std::uint64_t Generation = UINT64_MAX;
    debrief::TimeMs MadeAt = 0;         // Planned, or statuses moved on, at this time.
    std::uint64_t Plans = 0;            // Whole plans made; positions in the plan change only then.
    debrief::Plan Value;
    std::optional<debrief::PlanStats> Stats;  // Summarised on first use.
};

// The plan as of now (at most a minute old; at once after any change to the records).
const debrief::Plan& CurrentPlan(AppState& state);
const debrief::PlanStats& CurrentStats(AppState& state);

// The policy that applies to a candidate: their role's, else the default one.
debrief::FollowUpPolicy PolicyFor(const AppState& state, const debrief::RecordId& candidate);
debrief::WorkSchedule CurrentSchedule(const AppState& state);  // From the profile, or defaults.
// `days` business days after today, by the user's working week and holidays.
debrief::Date BusinessDaysFromToday(AppState& state, int days);

// Opens Compose on a fresh draft from the follow-up's template for its candidate; an interview
// note opens the note form instead, a retention review the candidate's page.
void ActOn(AppState& state, const debrief::FollowUp& f);
void Snooze(AppState& state, const debrief::FollowUp& f, debrief::TimeMs until, std::string reason);
void MarkNotNeeded(AppState& state, const debrief::FollowUp& f, std::string reason);
void Unmark(AppState& state, const debrief::FollowUp& f);  // Back in the plan.

// Saves the open follow-ups as an .ics file in the user's downloads.
void ExportPlanToCalendar(AppState& state);

// Browser notifications: asks permission (the user clicked "Remind me"), and each frame shows
// one for every follow-up that became due since the last look, while the app is open.
void EnableReminders(AppState& state);
void NotifyDueFollowUps(AppState& state);

}  // namespace app
