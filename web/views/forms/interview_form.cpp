// The interview editor: when (in the user's local time), how long, how, and who interviews.
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

constexpr const char* kTitle = "Interview";

std::vector<std::string> SplitNames(const std::string& text) {
    std::vector<std::string> names;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(',', start);
        if (end == std::string::npos) end = text.size();
        std::string name = text.substr(start, end - start);
        name.erase(0, name.find_first_not_of(' '));
        name.erase(name.find_last_not_of(' ') + 1);
        if (!name.empty()) names.push_back(name);
        start = end + 1;
    }
    return names;
}

std::string JoinNames(const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& n : names) text += (text.empty() ? "" : ", ") + n;
    return text;
}

void Save(app::AppState& state) {
    app::InterviewForm& form = state.EditInterview;
    form.Issues.clear();
    const auto day = debrief::ParseDate(form.Day);
    const auto minute = debrief::ParseClockTime(form.Time);
    if (!day)
        form.Issues.push_back(
            {"day", debrief::Severity::Error, "Write the date as year-month-day, like 2026-11-24."});
    if (!minute)
        form.Issues.push_back(
            {"time", debrief::Severity::Error, "Write the time as hours:minutes, like 14:30."});
    if (day && minute) form.Draft.StartsAt = debrief::FromLocal({*day, *minute}, app::LocalOffset(state));
    form.Draft.Interviewers = SplitNames(form.Interviewers);
    form.Draft.Topics = SplitNames(form.Topics);
    debrief::FieldIssues checks = debrief::CheckInterview(form.Draft, state.Records->Records());
    form.Issues.insert(form.Issues.end(), checks.begin(), checks.end());
    if (debrief::HasErrors(form.Issues)) return;
    state.Records->SaveInterview(form.Draft);
    form.Open = false;
    ImGui::CloseCurrentPopup();
}

}  // namespace

void OpenInterviewForm(app::AppState& state, const debrief::RecordId& candidate,
                       const debrief::Interview* existing) {
    app::InterviewForm& form = state.EditInterview;
    form = {};
    form.Open = true;
    if (existing) {
        form.Draft = *existing;
    } else {
        form.Draft.CandidateId = candidate;
        // Tomorrow at 10:00 local time is a sensible first guess; the user changes it.
        const debrief::LocalDateTime now = debrief::ToLocal(state.Platform->Now(), app::LocalOffset(state));
        form.Draft.StartsAt =
            debrief::FromLocal({{now.Day.DaysSinceEpoch + 1}, 10 * 60}, app::LocalOffset(state));
        if (const debrief::Candidate* c = state.Records->Records().FindCandidate(candidate)) {
            form.Draft.Stage = c->Stage;
            if (const debrief::Role* role = state.Records->Records().FindRole(c->RoleId);
                role && !role->HiringManager.empty())
                form.Draft.Interviewers = {role->HiringManager};
        }
    }
    const debrief::LocalDateTime local = debrief::ToLocal(form.Draft.StartsAt, app::LocalOffset(state));
    form.Day = debrief::FormatDate(local.Day);
    form.Time = debrief::FormatClockTime(local.Minute);
    form.Interviewers = JoinNames(form.Draft.Interviewers);
    form.Topics = JoinNames(form.Draft.Topics);
}

void DrawInterviewForm(app::AppState& state) {
    app::InterviewForm& form = state.EditInterview;
    if (!form.Open || !state.Records) return;
    if (!ui::BeginModal(kTitle, &form.Open, 32)) return;
    debrief::Interview& d = form.Draft;
    ImGui::PushItemWidth(ui::Em(18));
    if (const debrief::Candidate* c = state.Records->Records().FindCandidate(d.CandidateId))
        ImGui::Text("With %s", c->FullName.c_str());
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputTextWithHint("Date", "YYYY-MM-DD", &form.Day);
    ui::FieldMessages(form.Issues, "day");
    ImGui::InputTextWithHint("Start time", "HH:MM", &form.Time);
    ui::FieldMessages(form.Issues, "time");
    ImGui::InputInt("Length (minutes)", &d.DurationMinutes, 15, 60);
    ui::FieldMessages(form.Issues, "duration_minutes");
    if (ui::BeginCombo("Format", debrief::Label(d.Format))) {
        for (int i = 0; i < debrief::kInterviewFormatCount; ++i) {
            const auto format = static_cast<debrief::InterviewFormat>(i);
            if (ImGui::Selectable(debrief::Label(format), format == d.Format)) d.Format = format;
        }
        ImGui::EndCombo();
    }
    ImGui::InputTextWithHint("Interviewers", "Names, separated by commas", &form.Interviewers);
    ui::FieldMessagesUnder(form.Issues, "interviewers");
    ImGui::InputText("Stage", &d.Stage);
    ImGui::InputTextWithHint("Where", "Room, address or call link", &d.Location);
    ImGui::InputTextWithHint("Topics", "What it covers, separated by commas", &form.Topics);
    ImGui::PopItemWidth();
    ui::Hint("Each interviewer writes a note once the interview ends; Today lists the ones still due.");

    ImGui::Spacing();
    if (ImGui::Button("Save", ui::Em(7, 0)) || ui::ShortcutPressed(ui::keys::kS)) Save(state);
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ui::Em(7, 0)) || ui::KeyPressedOutsideText(ui::keys::kEscape)) {
        form.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

}  // namespace views
