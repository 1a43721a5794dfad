// Today, the app's start page: what is owed now. Overdue follow-ups first, then today's, then
// the coming week's, each with one click to do it (compose the right message for the right
// candidate, or write the note), snooze it with a reason, or mark it not needed. Promises at
// risk or broken, and anything in the records the plan had to guess around, follow.
#include <algorithm>

#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

constexpr int kUpcomingDays = 7;       // "Coming up" looks this far ahead.
constexpr int kRecentlyDoneDays = 7;   // "Done" looks this far back.
constexpr const char* kMarkTitle = "Put off or drop a follow-up";

// Sorts the plan into the lists once per plan, not every frame: with thousands of candidates
// the plan holds tens of thousands of follow-ups.
void SortIntoLists(app::AppState& state, const debrief::Plan& plan) {
    app::TodayState& t = state.Today;
    if (t.ListsGeneration == state.Plan.Generation && t.ListsMadeAt == state.Plan.MadeAt) return;
    t.ListsGeneration = state.Plan.Generation;
    t.ListsMadeAt = state.Plan.MadeAt;
    for (auto* list : {&t.Overdue, &t.DueToday, &t.Upcoming, &t.Later, &t.Done, &t.Promises}) list->clear();
    const std::int32_t today = plan.Today.DaysSinceEpoch;
    for (std::size_t i = 0; i < plan.FollowUps.size(); ++i) {
        const debrief::FollowUp& f = plan.FollowUps[i];
        switch (f.Status) {
        case debrief::FollowUpStatus::Overdue: t.Overdue.push_back(i); break;
        case debrief::FollowUpStatus::DueToday: t.DueToday.push_back(i); break;
        case debrief::FollowUpStatus::Upcoming:
            (f.DueDay.DaysSinceEpoch - today <= kUpcomingDays && !f.SnoozedUntil ? t.Upcoming : t.Later).push_back(i);
            break;
        case debrief::FollowUpStatus::Done:
        case debrief::FollowUpStatus::Skipped:
            if (f.DoneAt ? debrief::DateOf(f.DoneAt).DaysSinceEpoch >= today - kRecentlyDoneDays
                         : f.DueDay.DaysSinceEpoch >= today - kRecentlyDoneDays)
                t.Done.push_back(i);
            break;
        }
    }
    // Most recently done first.
    std::sort(t.Done.begin(), t.Done.end(), [&](std::size_t a, std::size_t b) {
        return plan.FollowUps[a].DoneAt > plan.FollowUps[b].DoneAt;
    });
    for (std::size_t i = 0; i < plan.Promises.size(); ++i) {
        const debrief::Promise& p = plan.Promises[i];
        if (p.State == debrief::PromiseState::AtRisk ||
            (p.State == debrief::PromiseState::Broken && p.AnsweredAt == 0))
            t.Promises.push_back(i);
    }
}

const debrief::Candidate* CandidateOf(const app::AppState& state, const debrief::RecordId& id) {
    return state.Records->Records().FindCandidate(id);
}

// "Tue 17 Nov 2026, 17:00"; for snoozed ones the snooze, with the policy's date after it.
std::string DueText(const app::AppState& state, const debrief::FollowUp& f) {
    const debrief::OffsetAt offset = app::LocalOffset(state);
    if (f.SnoozedUntil) return "Snoozed to " + debrief::FormatLocalDate(f.SnoozedUntil, offset);
    return debrief::FormatLocalDateTime(f.Due, offset);
}

const char* ActionLabel(const debrief::FollowUp& f) {
    switch (f.Kind) {
    case debrief::FollowUpKind::InterviewNote: return "Write note";
    case debrief::FollowUpKind::Decision:
    case debrief::FollowUpKind::RetentionReview: return "Open";
    default: return "Compose";
    }
}

void OpenMarking(app::AppState& state, const debrief::FollowUp& f, bool snooze) {
    app::TodayState& t = state.Today;
    t.Marking = debrief::KeyOf(f);
    t.MarkingSnooze = snooze;
    t.Reason.clear();
    t.MarkError.clear();
    t.Until = debrief::FormatDate(app::BusinessDaysFromToday(state, 1));
}

void FollowUpRows(app::AppState& state, const debrief::Plan& plan, const std::vector<std::size_t>& rows,
                  const char* id, bool with_actions) {
    const float row_height = ui::Em(1.9f);
    const float height = std::min(row_height * static_cast<float>(rows.size() + 1) + ui::Em(0.4f), ui::Em(20));
    if (!ImGui::BeginTable(id, with_actions ? 4 : 3,
                           ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                               ImGuiTableFlags_Resizable,
                           ImVec2(0, height)))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Follow-up", ImGuiTableColumnFlags_WidthStretch, 2.2f);
    ImGui::TableSetupColumn(with_actions ? "Due" : "When", ImGuiTableColumnFlags_WidthFixed, ui::Em(11));
    ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    if (with_actions) ImGui::TableSetupColumn("##actions", ImGuiTableColumnFlags_WidthFixed, ui::Em(16));
    ImGui::TableHeadersRow();

    const debrief::OffsetAt offset = app::LocalOffset(state);
    const debrief::Database& db = state.Records->Records();
    std::optional<std::size_t> act, snooze, drop, undo;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()), row_height);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t index = rows[static_cast<std::size_t>(row)];
            const debrief::FollowUp& f = plan.FollowUps[index];
            ImGui::PushID(static_cast<int>(index));
            ImGui::TableNextRow(0, row_height);
            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            ImGui::TextColored(ui::MutedColour(), "%s", debrief::Label(f.Kind));
            ImGui::SameLine();
            const std::string what = debrief::WhatOf(f, db);
            ImGui::TextUnformatted(what.c_str());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", what.c_str());

            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            if (with_actions) {
                const std::string due = DueText(state, f);
                if (f.Status == debrief::FollowUpStatus::Overdue)
                    ImGui::TextColored(ui::ErrorColour(), "%s", due.c_str());
                else
                    ImGui::TextUnformatted(due.c_str());
            } else if (f.Status == debrief::FollowUpStatus::Done) {
                ImGui::TextColored(f.DoneAt > f.Due ? ui::WarningColour() : ui::GoodColour(), "%s",
                                   (f.DoneAt > f.Due ? "Late: " + debrief::FormatLocalDate(f.DoneAt, offset)
                                                     : "Done " + debrief::FormatLocalDate(f.DoneAt, offset))
                                       .c_str());
            } else {
                ImGui::TextColored(ui::MutedColour(), "Not needed");
            }

            ImGui::TableNextColumn();
            ImGui::AlignTextToFramePadding();
            const std::string why = debrief::WhyOf(f, db);
            const std::string& shown = f.Reason.empty() ? why : f.Reason;
            ImGui::PushStyleColor(ImGuiCol_Text, ui::MutedColour());
            ImGui::TextUnformatted(shown.c_str());
            ImGui::PopStyleColor();
            if (ImGui::IsItemHovered()) {
                ImGui::BeginTooltip();
                ImGui::PushTextWrapPos(ui::Em(30));
                ImGui::TextUnformatted(why.c_str());
                if (!f.Reason.empty()) ImGui::Text("Your note: %s", f.Reason.c_str());
                ImGui::PopTextWrapPos();
                ImGui::EndTooltip();
            }

            if (with_actions) {
                ImGui::TableNextColumn();
                const std::string suffix = "##" + what;
                if (ImGui::SmallButton((std::string(ActionLabel(f)) + suffix).c_str())) act = index;
                ImGui::SameLine();
                if (ImGui::SmallButton(("Snooze" + suffix).c_str())) snooze = index;
                ImGui::SameLine();
                if (ImGui::SmallButton(("Not needed" + suffix).c_str())) drop = index;
            } else if (f.Status == debrief::FollowUpStatus::Skipped) {
                ImGui::SameLine();
                if (ImGui::SmallButton(("Put back##" + what).c_str())) undo = index;
            }
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
    // Acted on after the table: acting changes the records, and so the plan being drawn.
    if (act) app::ActOn(state, plan.FollowUps[*act]);
    else if (snooze) OpenMarking(state, plan.FollowUps[*snooze], true);
    else if (drop) OpenMarking(state, plan.FollowUps[*drop], false);
    else if (undo) app::Unmark(state, plan.FollowUps[*undo]);
}

void DrawMarking(app::AppState& state, const debrief::Plan& plan) {
    app::TodayState& t = state.Today;
    if (t.Marking.empty()) {
        ui::CloseModal(kMarkTitle);
        return;
    }
    const auto it = std::find_if(plan.FollowUps.begin(), plan.FollowUps.end(),
                                 [&](const debrief::FollowUp& f) { return debrief::KeyOf(f) == t.Marking; });
    bool open = it != plan.FollowUps.end();
    if (!open || !ui::BeginModal(kMarkTitle, &open, 30)) {
        if (!open) t.Marking.clear();
        return;
    }
    const debrief::FollowUp f = *it;
    const debrief::Database& db = state.Records->Records();
    ImGui::TextWrapped("%s", debrief::WhatOf(f, db).c_str());
    ui::Hint(debrief::WhyOf(f, db).c_str());
    ImGui::Spacing();
    if (ImGui::RadioButton("Snooze until a later day", t.MarkingSnooze)) t.MarkingSnooze = true;
    if (ImGui::RadioButton("Not needed for this candidate", !t.MarkingSnooze)) t.MarkingSnooze = false;
    if (t.MarkingSnooze) {
        ImGui::SetNextItemWidth(ui::Em(9));
        ImGui::InputTextWithHint("Until##snooze", "YYYY-MM-DD", &t.Until);
    }
    ImGui::SetNextItemWidth(-1);
    ImGui::InputTextWithHint("##reason", "Why? (kept in the candidate's history)", &t.Reason);
    if (!t.MarkError.empty()) ImGui::TextColored(ui::ErrorColour(), "%s", t.MarkError.c_str());
    ImGui::Spacing();
    if (ImGui::Button(t.MarkingSnooze ? "Snooze until then" : "Mark not needed")) {
        const std::optional<debrief::Date> until = debrief::ParseDate(t.Until);
        if (t.Reason.find_first_not_of(" \t") == std::string::npos)
            t.MarkError = "Say why in a few words: it goes into the candidate's history.";
        else if (t.MarkingSnooze && !until)
            t.MarkError = "Type the day as YYYY-MM-DD, a real date such as 2026-12-03.";
        else if (t.MarkingSnooze && !(plan.Today < *until))
            t.MarkError = "Choose a day after today.";
        else {
            if (t.MarkingSnooze) {
                // Due again at the end of that day's business hours.
                const debrief::TimeMs at = debrief::FromLocal(
                    {*until, app::CurrentSchedule(state).DayEndMinute}, app::LocalOffset(state));
                app::Snooze(state, f, at, t.Reason);
            } else {
                app::MarkNotNeeded(state, f, t.Reason);
            }
            t.Marking.clear();
            ImGui::CloseCurrentPopup();
        }
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        t.Marking.clear();
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

void DrawPromises(app::AppState& state, const debrief::Plan& plan) {
    const app::TodayState& t = state.Today;
    if (t.Promises.empty()) return;
    ui::SectionHeading(("Promises to keep (" + std::to_string(t.Promises.size()) + ")").c_str());
    const float row_height = ui::Em(1.9f);
    const float height = std::min(row_height * static_cast<float>(t.Promises.size()) + ui::Em(0.4f), ui::Em(12));
    if (!ImGui::BeginChild("promises", ImVec2(0, height), false)) {
        ImGui::EndChild();
        return;
    }
    std::optional<std::size_t> update;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(t.Promises.size()), row_height);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const std::size_t i = t.Promises[static_cast<std::size_t>(row)];
            const debrief::Promise& p = plan.Promises[i];
            const debrief::Candidate* c = CandidateOf(state, p.Candidate);
            const std::string name = c ? c->FullName : "(deleted)";
            ImGui::PushID(static_cast<int>(i));
            ImGui::AlignTextToFramePadding();
            if (p.State == debrief::PromiseState::Broken)
                ImGui::TextColored(ui::ErrorColour(), "Broken:");
            else
                ImGui::TextColored(ui::WarningColour(), "At risk:");
            ImGui::SameLine();
            ImGui::Text("%s was told they would hear by %s.", name.c_str(), debrief::FormatDay(p.By).c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton(("Update them##" + name).c_str())) update = i;
            ImGui::PopID();
        }
    }
    ImGui::EndChild();
    if (update) {
        const debrief::Promise p = plan.Promises[*update];
        app::ComposeFor(state, p.Candidate, "delay_update");
        state.Compose.Dates.PreviousReplyBy = debrief::FormatDate(p.By);
    }
}

void DrawTopBar(app::AppState& state, const debrief::Plan& plan) {
    ImGui::AlignTextToFramePadding();
    if (plan.Overdue) {
        ImGui::TextColored(ui::ErrorColour(), "%s", ui::Plural(static_cast<std::size_t>(plan.Overdue), "overdue", "overdue").c_str());
        ImGui::SameLine();
        ImGui::TextUnformatted("·");
        ImGui::SameLine();
    }
    ImGui::Text("%s due today · %s in the next %d days", std::to_string(plan.DueToday).c_str(),
                std::to_string(state.Today.Upcoming.size()).c_str(), kUpcomingDays);
    ImGui::SameLine();
    if (ImGui::Button("Export to calendar (.ics)")) app::ExportPlanToCalendar(state);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A calendar file of every open follow-up, with a reminder for each.\n"
                          "Nothing leaves this computer unless you import it somewhere.");
    ImGui::SameLine();
    const debrief::Profile* profile = state.Records->Records().FindProfile();
    const bool wanted = profile && profile->Reminders;
    switch (state.Platform->Notifications()) {
    case app::NotificationPermission::Granted:
        if (wanted) {
            ImGui::TextColored(ui::GoodColour(), "Reminders on");
            break;
        }
        [[fallthrough]];
    case app::NotificationPermission::NotAsked:
        if (ImGui::Button("Remind me in this browser")) app::EnableReminders(state);
        if (ImGui::IsItemHovered())
            ImGui::SetTooltip("Shows a notification when a follow-up falls due while Debrief is open.");
        break;
    case app::NotificationPermission::Denied:
        ImGui::TextColored(ui::MutedColour(), "Reminders are blocked in this browser's site settings.");
        break;
    case app::NotificationPermission::Unsupported: break;
    }
}

}  // namespace

void DrawToday(app::AppState& state) {
    DrawAreaHeader(app::Area::Today);
    if (!state.Records) return;
    if (!state.Records->Complete()) {
        ui::Hint("Reading interviews, notes and messages from this browser's storage…");
        return;
    }
    const debrief::Plan& plan = app::CurrentPlan(state);
    SortIntoLists(state, plan);
    const app::TodayState& t = state.Today;
    DrawTopBar(state, plan);

    if (plan.FollowUps.empty()) {
        ui::SectionHeading("Nothing planned yet");
        ui::Hint("Once an interview is scheduled, its follow-ups appear here: each interviewer's note, a "
                 "thank-you to the candidate, a decision by the date they were promised, and closure for "
                 "everyone not moving forward.");
        DrawMarking(state, plan);
        return;
    }

    struct Section {
        const char* Title;
        const std::vector<std::size_t>* Rows;
        const char* Empty;
    };
    const Section sections[] = {
        {"Overdue", &t.Overdue, nullptr},
        {"Due today", &t.DueToday, "Nothing else is due today."},
        {"Coming up this week", &t.Upcoming, "Nothing is due in the next 7 days."},
    };
    for (const Section& s : sections) {
        if (s.Rows->empty() && !s.Empty) continue;
        ui::SectionHeading((std::string(s.Title) + " (" + std::to_string(s.Rows->size()) + ")").c_str());
        if (s.Rows->empty()) ui::Hint(s.Empty);
        else FollowUpRows(state, plan, *s.Rows, s.Title, true);
        if (state.Current != app::Area::Today) return;  // An action opened another area.
    }
    if (!t.Later.empty())
        ui::Hint(("Later: " + ui::Plural(t.Later.size(), "follow-up", "follow-ups") +
                  " (see the Timeline), snoozed ones included.")
                     .c_str());

    DrawPromises(state, plan);
    if (state.Current != app::Area::Today) return;

    if (!plan.Issues.empty()) {
        ui::SectionHeading(("Check these records (" + std::to_string(plan.Issues.size()) + ")").c_str());
        // One line each, through a clipper: an imported history can hold thousands.
        const float line = ImGui::GetTextLineHeightWithSpacing();
        const float height = std::min(line * static_cast<float>(plan.Issues.size()) + ui::Em(0.4f), ui::Em(10));
        if (ImGui::BeginChild("issues", ImVec2(0, height), false, ImGuiWindowFlags_HorizontalScrollbar)) {
            ImGuiListClipper clipper;
            clipper.Begin(static_cast<int>(plan.Issues.size()), line);
            while (clipper.Step())
                for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                    const debrief::PlanIssue& issue = plan.Issues[static_cast<std::size_t>(i)];
                    const debrief::Candidate* c = CandidateOf(state, issue.Candidate);
                    ImGui::Bullet();
                    ImGui::Text("%s: %s", c ? c->FullName.c_str() : "(deleted)", issue.Text.c_str());
                }
        }
        ImGui::EndChild();
    }

    ImGui::Dummy(ui::Em(0, 0.4f));
    const std::string done = (state.Today.ShowDone ? "Hide done" : "Show done") + std::string(" (") +
                             std::to_string(t.Done.size()) + " in the last " + std::to_string(kRecentlyDoneDays) +
                             " days)";
    if (ImGui::Button(done.c_str())) state.Today.ShowDone = !state.Today.ShowDone;
    if (state.Today.ShowDone && !t.Done.empty()) FollowUpRows(state, plan, t.Done, "Done", false);
    DrawMarking(state, plan);
}

}  // namespace views
