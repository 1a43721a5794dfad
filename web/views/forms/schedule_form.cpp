// Settings > "Working week": which days and hours the business works and which days it is
// closed (a region's public holidays, days typed here, or an .ics calendar imported), which is
// what every "business day" in the follow-up plan counts. Saved with the Profile.
#include "core/calendar/ics_holidays.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

constexpr const char* kWeekdays[7] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr std::size_t kMaxDaysOff = 2000;  // Decades of holidays; more is a mistake in the file.

void LoadFrom(app::ScheduleForm& form, const debrief::WorkSchedule& s) {
    form.Draft = s;
    form.DayStart = debrief::FormatClockTime(s.DayStartMinute);
    form.DayEnd = debrief::FormatClockTime(s.DayEndMinute);
}

void AddDaysOff(app::ScheduleForm& form, const std::vector<debrief::calendar::Holiday>& days) {
    for (const debrief::calendar::Holiday& h : days) {
        const bool known = std::any_of(form.Draft.DaysOff.begin(), form.Draft.DaysOff.end(),
                                       [&](const debrief::calendar::Holiday& d) { return d.Day == h.Day; });
        if (!known && form.Draft.DaysOff.size() < kMaxDaysOff) form.Draft.DaysOff.push_back(h);
    }
    std::sort(form.Draft.DaysOff.begin(), form.Draft.DaysOff.end());
}

void ImportIcs(app::AppState& state) {
    state.Platform->PickFile(".ics,text/calendar", [&state](app::PickedFile file) {
        app::ScheduleForm& form = state.EditSchedule;
        const debrief::calendar::IcsHolidays read = debrief::calendar::ReadIcsHolidays(file.Bytes);
        form.Problems.clear();
        for (const debrief::Problem& p : read.Found) form.Problems.push_back(file.Name + ", " + debrief::Describe(p));
        if (!read.Readable) {
            form.Imported = "Nothing imported from " + file.Name + ".";
            return;
        }
        const std::size_t before = form.Draft.DaysOff.size();
        AddDaysOff(form, read.Days);
        const std::size_t added = form.Draft.DaysOff.size() - before;
        form.Imported = "Added " + ui::Plural(added, "day off", "days off") + " from " + file.Name +
                        (added < read.Days.size() ? " (the others were already listed)" : "") +
                        ". Save to use them.";
    });
}

void Save(app::AppState& state) {
    app::ScheduleForm& form = state.EditSchedule;
    form.Problems.clear();
    const std::optional<int> start = debrief::ParseClockTime(form.DayStart);
    const std::optional<int> end = form.DayEnd == "24:00" ? std::optional<int>(24 * 60) : debrief::ParseClockTime(form.DayEnd);
    if (!start || !end) {
        form.Problems.push_back("Type business hours as HH:MM, such as 09:00 and 17:30.");
        return;
    }
    form.Draft.DayStartMinute = *start;
    form.Draft.DayEndMinute = *end;
    form.Problems = debrief::Validate(form.Draft);
    if (!form.Problems.empty()) return;
    debrief::Profile p;
    if (const debrief::Profile* stored = state.Records->Records().FindProfile()) p = *stored;
    p.Schedule = form.Draft;
    state.Records->SaveProfile(std::move(p));
    form.Imported.clear();
    app::ShowNotice(state, "Working week saved: the follow-up plan counts business days with it.");
}

}  // namespace

void DrawScheduleForm(app::AppState& state) {
    app::ScheduleForm& form = state.EditSchedule;
    const debrief::Profile* stored = state.Records->Records().FindProfile();
    if (!form.Loaded && state.Records->Complete()) {
        LoadFrom(form, stored ? stored->Schedule : debrief::WorkSchedule{});
        form.Loaded = true;
    }
    ui::SectionHeading("Working week");
    ui::Hint("Follow-ups are due in business days: these days and hours, without the days off below.");
    for (int d = 0; d < 7; ++d) {
        if (d) ImGui::SameLine();
        bool on = form.Draft.WorkingDays[static_cast<std::size_t>(d)];
        if (ImGui::Checkbox(kWeekdays[d], &on)) form.Draft.WorkingDays[static_cast<std::size_t>(d)] = on;
    }
    ImGui::SetNextItemWidth(ui::Em(5));
    ImGui::InputTextWithHint("##day-start", "09:00", &form.DayStart);
    ImGui::SameLine();
    ImGui::TextUnformatted("to");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(5));
    ImGui::InputTextWithHint("Business hours##day-end", "17:00", &form.DayEnd);

    const std::string& region = form.Draft.Region;
    ImGui::SetNextItemWidth(ui::Em(12));
    if (ui::BeginCombo("Public holidays", region.empty() ? "None" : region.c_str())) {
        if (ImGui::Selectable("None", region.empty())) form.Draft.Region.clear();
        for (const std::string& r : debrief::calendar::Regions())
            if (ImGui::Selectable(r.c_str(), r == region)) form.Draft.Region = r;
        ImGui::EndCombo();
    }
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("US: federal holidays. GB-ENG: bank holidays in England and Wales. DE: national holidays.");

    ImGui::TextUnformatted("Other days off");
    if (form.Draft.DaysOff.empty()) ui::Hint("None yet: add the office's own closing days, or import a calendar.");
    std::optional<std::size_t> remove;
    if (!form.Draft.DaysOff.empty() &&
        ImGui::BeginChild("days-off", ImVec2(ui::Em(24), std::min(ui::Em(1.7f) * static_cast<float>(form.Draft.DaysOff.size()), ui::Em(8))), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(form.Draft.DaysOff.size()));
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const debrief::calendar::Holiday& h = form.Draft.DaysOff[static_cast<std::size_t>(i)];
                ImGui::PushID(i);
                if (ImGui::SmallButton("Remove")) remove = static_cast<std::size_t>(i);
                ImGui::SameLine();
                ImGui::Text("%s  %s", debrief::FormatDay(h.Day).c_str(), h.Name.c_str());
                ImGui::PopID();
            }
    }
    if (!form.Draft.DaysOff.empty()) ImGui::EndChild();
    if (remove) form.Draft.DaysOff.erase(form.Draft.DaysOff.begin() + static_cast<std::ptrdiff_t>(*remove));

    ImGui::SetNextItemWidth(ui::Em(7));
    ImGui::InputTextWithHint("##new-day", "YYYY-MM-DD", &form.NewDay);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(10));
    ImGui::InputTextWithHint("##new-day-name", "Name (optional)", &form.NewDayName);
    ImGui::SameLine();
    if (ImGui::Button("Add day off")) {
        if (const std::optional<debrief::Date> day = debrief::ParseDate(form.NewDay)) {
            AddDaysOff(form, {{*day, form.NewDayName.empty() ? std::string("Closed") : form.NewDayName}});
            form.NewDay.clear();
            form.NewDayName.clear();
            form.Problems.clear();
        } else {
            form.Problems = {"\"" + form.NewDay + "\" is not a date: type it as YYYY-MM-DD, such as 2026-12-24."};
        }
    }
    if (ImGui::Button("Import days off (.ics)")) ImportIcs(state);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A calendar file of holidays, as governments and calendar apps publish them.");
    if (!form.Imported.empty()) ui::Hint(form.Imported.c_str());
    for (const std::string& p : form.Problems) ImGui::TextColored(ui::ErrorColour(), "%s", p.c_str());

    if (ImGui::Button("Save working week")) Save(state);
    ImGui::SameLine();
    if (ImGui::Button("Undo changes##schedule")) {
        LoadFrom(form, stored ? stored->Schedule : debrief::WorkSchedule{});
        form.Problems.clear();
        form.Imported.clear();
    }
}

}  // namespace views
