#include "web/app/plan.h"

#include "core/timeline/ics_export.h"
#include "web/app/app_state.h"
#include "web/app/compose.h"

namespace app {

namespace {

constexpr debrief::TimeMs kReplanEvery = debrief::kMsPerMinute;  // Statuses move on with the clock.

}  // namespace

debrief::WorkSchedule CurrentSchedule(const AppState& state) {
    if (state.Records)
        if (const debrief::Profile* p = state.Records->Records().FindProfile()) return p->Schedule;
    return {};
}

debrief::FollowUpPolicy PolicyFor(const AppState& state, const debrief::RecordId& candidate) {
    if (!state.Records) return {};
    const debrief::Database& db = state.Records->Records();
    if (const debrief::Candidate* c = db.FindCandidate(candidate))
        if (const debrief::Role* r = db.FindRole(c->RoleId)) return r->Policy;
    return {};
}

const debrief::Plan& CurrentPlan(AppState& state) {
    PlanCache& cache = state.Plan;
    if (!state.Records) {
        cache = {};
        return cache.Value;
    }
    const debrief::Database& db = state.Records->Records();
    const debrief::TimeMs now = state.Platform->Now();
    const debrief::OffsetAt offset = LocalOffset(state);
    if (cache.Records != state.Records || cache.Generation != db.Generation() || now < cache.MadeAt ||
        debrief::ToLocal(now, offset).Day != cache.Value.Today) {
        // Records changed, or a new day: promises and lists depend on the date.
        cache.Value = debrief::MakePlan(db, now, offset);
        cache.Records = state.Records;
        cache.Generation = db.Generation();
        cache.MadeAt = now;
        ++cache.Plans;
        cache.Stats.reset();
    } else if (now - cache.MadeAt >= kReplanEvery) {
        // Only time passed: what fell due since, without planning everything again.
        debrief::UpdateStatuses(cache.Value, now, offset);
        cache.MadeAt = now;
        cache.Stats.reset();
    }
    WakeAt(state, cache.MadeAt + kReplanEvery);
    return cache.Value;
}

const debrief::PlanStats& CurrentStats(AppState& state) {
    const debrief::Plan& plan = CurrentPlan(state);
    PlanCache& cache = state.Plan;
    if (!cache.Stats) {
        static const debrief::Database empty;
        const debrief::Database& db = state.Records ? state.Records->Records() : empty;
        cache.Stats = debrief::Summarise(plan, db, cache.MadeAt, LocalOffset(state));
    }
    return *cache.Stats;
}

debrief::Date BusinessDaysFromToday(AppState& state, int days) {
    const debrief::Date today = CurrentPlan(state).Today;
    const int year = debrief::ToCivil(today).Year;
    // A year beyond this one covers any policy's count of business days.
    const debrief::calendar::BusinessCalendar cal = debrief::CalendarFor(CurrentSchedule(state), year, year + 1);
    return cal.AddBusinessDays(today, days).value_or(today);
}

void ActOn(AppState& state, const debrief::FollowUp& follow_up) {
    if (!state.Records) return;
    const debrief::FollowUp f = follow_up;  // A copy: acting changes records, and so the plan.
    const debrief::Database& db = state.Records->Records();
    if (f.Kind == debrief::FollowUpKind::InterviewNote) {
        if (const debrief::Interview* i = db.FindInterview(f.Interview)) OpenNoteForm(state, *i, f.Interviewer);
        return;
    }
    if (f.Template.empty()) {  // A decision or a data review: the candidate's page has what is needed.
        SelectCandidate(state, f.Candidate);
        return;
    }
    ComposeFor(state, f.Candidate, f.Template);
    // Templates that state a date get the next one the policy would promise, and a delay update
    // the date it replaces; both stay editable before the draft is sent.
    state.Compose.Dates.ReplyBy =
        debrief::FormatDate(BusinessDaysFromToday(state, PolicyFor(state, f.Candidate).PromiseBusinessDays));
    if (f.Kind == debrief::FollowUpKind::DelayUpdate) {
        for (const debrief::Promise& p : CurrentPlan(state).Promises)
            if (p.Candidate == f.Candidate) state.Compose.Dates.PreviousReplyBy = debrief::FormatDate(p.By);
    }
    CreateDraft(state);
}

void Snooze(AppState& state, const debrief::FollowUp& f, debrief::TimeMs until, std::string reason) {
    if (!state.Records) return;
    debrief::FollowUpMark mark;
    mark.Key = debrief::KeyOf(f);
    mark.Until = until;
    mark.Reason = std::move(reason);
    state.Records->MarkFollowUp(f.Candidate, std::move(mark), debrief::Label(f.Kind));
}

void MarkNotNeeded(AppState& state, const debrief::FollowUp& f, std::string reason) {
    Snooze(state, f, 0, std::move(reason));
}

void Unmark(AppState& state, const debrief::FollowUp& f) {
    if (state.Records) state.Records->ClearFollowUpMark(f.Candidate, debrief::KeyOf(f), debrief::Label(f.Kind));
}

void ExportPlanToCalendar(AppState& state) {
    if (!state.Records) return;
    const debrief::Plan& plan = CurrentPlan(state);
    const std::string ics = debrief::WriteIcs(plan, state.Records->Records(), state.Platform->Now());
    state.Platform->Download("debrief-follow-ups-" + debrief::FormatDate(plan.Today) + ".ics",
                             "text/calendar;charset=utf-8", ics);
    const int open = plan.Overdue + plan.DueToday + plan.Upcoming;
    ShowNotice(state, "Saved " + std::to_string(open) + (open == 1 ? " follow-up" : " follow-ups") +
                          " as a calendar file: open it with your calendar app to be reminded.");
}

void EnableReminders(AppState& state) {
    state.Platform->RequestNotifications();
    state.Today.RemindedUpTo = state.Platform->Now();  // Only what falls due from now on.
    if (state.Records) {
        debrief::Profile p;
        if (const debrief::Profile* stored = state.Records->Records().FindProfile()) p = *stored;
        if (!p.Reminders) {
            p.Reminders = true;
            state.Records->SaveProfile(p);
        }
    }
}

void NotifyDueFollowUps(AppState& state) {
    if (!state.Records || !state.Records->Complete()) return;
    const debrief::Profile* profile = state.Records->Records().FindProfile();
    if (!profile || !profile->Reminders || state.Platform->Notifications() != NotificationPermission::Granted)
        return;
    const debrief::TimeMs now = state.Platform->Now();
    if (state.Today.RemindedUpTo == 0) state.Today.RemindedUpTo = now;  // Opening the app reminds of nothing old.
    // Once a minute is soon enough, and keeps a large plan from being made again after every
    // keystroke's autosave in another area.
    if (now >= state.Today.RemindedUpTo && now - state.Today.RemindedUpTo < kReplanEvery) {
        WakeAt(state, state.Today.RemindedUpTo + kReplanEvery);
        return;
    }
    const debrief::Plan& plan = CurrentPlan(state);
    // A follow-up reminds once: when its deadline (or snooze) passes while the app is open.
    for (const debrief::FollowUp& f : plan.FollowUps) {
        if (f.Status != debrief::FollowUpStatus::Overdue) continue;
        const debrief::TimeMs due = f.SnoozedUntil ? f.SnoozedUntil : f.Due;
        if (due <= state.Today.RemindedUpTo || due > now) continue;
        state.Platform->Notify("Follow-up due: " + std::string(debrief::Label(f.Kind)),
                               debrief::WhatOf(f, state.Records->Records()), debrief::KeyOf(f));
    }
    state.Today.RemindedUpTo = now;
}

}  // namespace app
