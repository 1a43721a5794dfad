// The Dashboard: how follow-ups are going, as five figures and two small charts, from the plan's
// statistics (debrief::Summarise in core/timeline/planner.h, through app::CurrentStats).
//
// Each figure is drawn as a card over one invisible item whose label states the figure in words
// ("Promises kept: 5 of 7"): hovering the card says how the figure is counted, and the widget
// locator (web/ui/item_registry.h) can read the figure. The charts are labelled the same way.
//
// Index
//   [SECTION] Figures: what each one says
//   [SECTION] Figure cards
//   [SECTION] Follow-ups due each week
//   [SECTION] Promised reply dates
//   [SECTION] DrawDashboard
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "core/time/local_time.h"
#include "imgui.h"
#include "web/ui/appearance.h"
#include "web/ui/em.h"
#include "web/ui/item_registry.h"
#include "web/ui/widgets.h"
#include "web/views/timeline/timeline_parts.h"

namespace views {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] Figures: what each one says

constexpr const char* kNoFigure = "\xE2\x80\x94";  // An em dash where there is nothing to count yet.

struct Figure {
    std::string Caption;      // "Promises kept"
    std::string Value;        // "5 of 7": large.
    std::string Explanation;  // One line under the value.
    std::string HowCounted;   // Shown while the card is hovered.
    ImU32 Colour = 0;         // The value's colour: ink, or what the value means.
};

// 2 -> "2", 2.46 -> "2.5".
std::string OneDecimal(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    std::string s = buffer;
    if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
    return s;
}

std::string Hours(double hours) {
    if (hours < 1) return "Under 1 hour";
    const long whole = std::lround(hours);
    return std::to_string(whole) + (whole == 1 ? " hour" : " hours");
}

// Two days and more in days, shorter spans in hours.
std::string Span(double hours) {
    if (hours < 48) return Hours(hours);
    return OneDecimal(hours / 24) + " days";
}

Figure FirstMessage(const debrief::PlanStats& s, const ChartPalette& colours) {
    Figure f{"First message after an interview", kNoFigure, "No message has gone out after an interview yet.",
             "For each candidate with an interview: the time from the end of their first interview to the "
             "first message you sent them after it began. Half of them heard sooner than this, half later.",
             colours.Ink};
    if (s.MedianFirstMessageHours) {
        f.Value = Span(*s.MedianFirstMessageHours);
        f.Explanation = "Median time until a candidate first heard from you.";
    }
    return f;
}

Figure TimeToDecision(const debrief::PlanStats& s, const ChartPalette& colours) {
    Figure f{
        "Time to a decision", kNoFigure, "No decision is recorded yet.",
        "For each decided candidate (offered, hired, not selected or withdrawn): the time from the start "
        "of their first interview to the day the decision was recorded.",
        colours.Ink};
    if (s.MedianDecisionDays) {
        const double days = *s.MedianDecisionDays;
        f.Value =
            days < 1 ? Hours(days * 24) : OneDecimal(days) + (OneDecimal(days) == "1" ? " day" : " days");
        f.Explanation = "Median time from a first interview to the decision.";
    }
    return f;
}

Figure Closure(const debrief::PlanStats& s, const ChartPalette& colours) {
    Figure f{"Closure given", kNoFigure, "No candidate has been turned down yet.",
             "Everyone not moving forward is owed a message saying so, with feedback. This counts the "
             "candidates marked not selected, and how many of them were sent a rejection or feedback.",
             colours.Ink};
    if (s.OwedClosure > 0) {
        const long percent = std::lround(100.0 * s.GotClosure / s.OwedClosure);
        f.Value = std::to_string(percent) + "%";
        f.Explanation = std::to_string(s.GotClosure) + " of " +
                        ui::Plural(static_cast<std::size_t>(s.OwedClosure), "candidate", "candidates") +
                        " not moving forward " + (s.OwedClosure == 1 ? "was" : "were") + " told so.";
        f.Colour = s.GotClosure == s.OwedClosure ? colours.Good : colours.Warning;
    }
    return f;
}

Figure PromisesKept(const debrief::PlanStats& s, const ChartPalette& colours) {
    const int due = s.PromisesKept + s.PromisesBroken;
    Figure f{"Promises kept", kNoFigure, "No sent message has promised a reply date yet.",
             "A promise is the reply date a sent message gave. It is kept when your next message went out by "
             "that date, broken when the date passed without one, and open while the date is still ahead.",
             colours.Ink};
    if (due > 0) {
        f.Value = std::to_string(s.PromisesKept) + " of " + std::to_string(due);
        f.Explanation =
            std::to_string(s.PromisesBroken) + " broken, " + std::to_string(s.PromisesOpen) + " still open.";
        f.Colour = s.PromisesBroken == 0 ? colours.Good : colours.Error;
    } else if (s.PromisesOpen > 0) {
        f.Value = "None due yet";
        f.Explanation =
            ui::Plural(static_cast<std::size_t>(s.PromisesOpen), "promised date is", "promised dates are") +
            " still ahead.";
    }
    return f;
}

Figure Overdue(const debrief::PlanStats& s, const ChartPalette& colours) {
    Figure f{
        "Overdue follow-ups", std::to_string(s.Overdue),
        s.Overdue == 0 ? "Nothing is late." : "Past their due time and not done; Today lists them.",
        "Follow-ups whose due time (or the time you put them off to) has passed without the message, note "
        "or decision that completes them. Those marked not needed are left out.",
        s.Overdue == 0 ? colours.Good : colours.Error};
    return f;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Figure cards

float CardHeight() {
    const float line = ImGui::GetTextLineHeight();
    const ImFont* big = ui::CurrentFonts().Title ? ui::CurrentFonts().Title : ImGui::GetFont();
    return ui::Em(0.7f) * 2 + line + ui::Em(0.2f) + big->FontSize + ui::Em(0.2f) + line * 2;
}

void FigureCard(const Figure& f, ImVec2 size, const ChartPalette& colours) {
    const std::string label = f.Caption + ": " + f.Value + "##figure";
    const ImVec2 min = ImGui::GetCursorScreenPos();
    const ImVec2 max(min.x + size.x, min.y + size.y);
    ImGui::InvisibleButton(label.c_str(), size);
    ui::items::DescribeLastItem(label.c_str());
    const bool hovered = ImGui::IsItemHovered();

    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float pad = ui::Em(0.7f);
    dl->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), ui::Em(0.4f));
    dl->AddRect(min, max, hovered ? colours.Accent : colours.Grid, ui::Em(0.4f));
    dl->PushClipRect(min, max, true);
    ImVec2 at(min.x + pad, min.y + pad);
    dl->AddText(at, colours.Ink, f.Caption.c_str());
    at.y += ImGui::GetTextLineHeight() + ui::Em(0.2f);
    ImFont* big = ui::CurrentFonts().Title ? ui::CurrentFonts().Title : ImGui::GetFont();
    dl->AddText(big, big->FontSize, at, f.Colour, f.Value.c_str());
    at.y += big->FontSize + ui::Em(0.2f);
    dl->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colours.Muted, f.Explanation.c_str(), nullptr,
                size.x - 2 * pad);
    dl->PopClipRect();

    if (hovered) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ui::Em(26));
        ImGui::TextUnformatted(f.HowCounted.c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
}

// The cards in as many columns as fit, balanced so the last row is not left with one card.
void FigureCards(const std::vector<Figure>& figures, const ChartPalette& colours) {
    const float gap = ui::Em(0.8f);
    const float avail = ImGui::GetContentRegionAvail().x;
    const int count = static_cast<int>(figures.size());
    const int fit = std::clamp(static_cast<int>((avail + gap) / (ui::Em(14) + gap)), 1, count);
    const int rows = (count + fit - 1) / fit;
    const int columns = (count + rows - 1) / rows;
    const ImVec2 size((avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns),
                      CardHeight());
    for (int i = 0; i < count; ++i) {
        if (i % columns != 0) ImGui::SameLine(0, gap);
        FigureCard(figures[static_cast<std::size_t>(i)], size, colours);
    }
}

// A coloured square and its label, on the current line.
void Swatch(ImU32 colour, const std::string& label) {
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(line, line));
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x + line * 0.15f, at.y + line * 0.15f),
                                              ImVec2(at.x + line * 0.85f, at.y + line * 0.85f), colour,
                                              ui::Em(0.1f));
    ImGui::SameLine(0, ui::Em(0.25f));
    ImGui::TextUnformatted(label.c_str());
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Follow-ups due each week

// A step for the value axis that gives at most about four lines: 1, 2, 5, 10, 20, 50, ...
int NiceStep(int most) {
    for (int scale = 1;; scale *= 10)
        for (const int step : {1, 2, 5})
            if (most <= 4 * step * scale) return step * scale;
}

std::string DayMonth(debrief::Date d) {
    static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const debrief::CivilDate c = debrief::ToCivil(d);
    return std::to_string(c.Day) + " " + kMonths[c.Month - 1];
}

void WeeklyChart(const debrief::PlanStats& s, const ChartPalette& colours) {
    ui::SectionHeading("Follow-ups due each week");
    int most = 0;
    for (const debrief::PlanStats::Week& w : s.Weeks) most = std::max(most, w.OnTime + w.Late + w.Open);
    if (most == 0) {
        ui::Hint("No follow-ups fell due in the last eight weeks.");
        return;
    }
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 size(std::min(ImGui::GetContentRegionAvail().x, ui::Em(40)), ui::Em(11));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("Follow-ups due each week##chart", size);
    ui::items::DescribeLastItem("Follow-ups due each week##chart");
    const bool hovered = ImGui::IsItemHovered();

    // The plot: values up the left edge, week labels along the bottom.
    const float left = min.x + ui::Em(2.5f), right = min.x + size.x;
    const float top = min.y + ui::Em(0.6f), bottom = min.y + size.y - line - ui::Em(0.4f);
    const int step = NiceStep(most);
    const int ceiling = (most + step - 1) / step * step;
    const auto y_of = [&](int value) {
        return bottom - (bottom - top) * static_cast<float>(value) / static_cast<float>(ceiling);
    };
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int value = 0; value <= ceiling; value += step) {
        const float y = y_of(value);
        dl->AddLine(ImVec2(left, y), ImVec2(right, y), value == 0 ? colours.Muted : colours.Grid);
        const std::string text = std::to_string(value);
        dl->AddText(ImVec2(left - ui::Em(0.4f) - ImGui::CalcTextSize(text.c_str()).x, y - line / 2),
                    colours.Muted, text.c_str());
    }

    const std::size_t weeks = s.Weeks.size();
    const float slot = (right - left) / static_cast<float>(weeks);
    const float bar = slot * 0.6f;
    const ImGuiIO& io = ImGui::GetIO();
    for (std::size_t i = 0; i < weeks; ++i) {
        const debrief::PlanStats::Week& w = s.Weeks[i];
        const float slot_left = left + slot * static_cast<float>(i);
        const bool this_slot = hovered && io.MousePos.x >= slot_left && io.MousePos.x < slot_left + slot;
        if (this_slot)
            dl->AddRectFilled(ImVec2(slot_left, top), ImVec2(slot_left + slot, bottom), colours.RowHover);
        const float x0 = slot_left + (slot - bar) / 2, x1 = x0 + bar;
        int base = 0;
        for (const auto& [count, colour] :
             {std::pair{w.OnTime, colours.Good}, std::pair{w.Late, colours.Warning},
              std::pair{w.Open, colours.Muted}}) {
            if (count == 0) continue;
            dl->AddRectFilled(ImVec2(x0, y_of(base + count)), ImVec2(x1, y_of(base)), colour);
            base += count;
        }
        const std::string week = i + 1 == weeks ? "This week" : DayMonth(w.Monday);
        const float width = ImGui::CalcTextSize(week.c_str()).x;
        if (width < slot || i + 1 == weeks || i % 2 == 0)
            dl->AddText(ImVec2(slot_left + slot / 2 - width / 2, bottom + ui::Em(0.3f)), colours.Muted,
                        week.c_str());
        if (this_slot) {
            ImGui::BeginTooltip();
            ImGui::Text("Week of %s", debrief::FormatDay(w.Monday).c_str());
            ImGui::Text("%d on time, %d late, %d still open", w.OnTime, w.Late, w.Open);
            ImGui::EndTooltip();
        }
    }
    Swatch(colours.Good, "Done on time");
    ImGui::SameLine(0, ui::Em(1));
    Swatch(colours.Warning, "Done late");
    ImGui::SameLine(0, ui::Em(1));
    Swatch(colours.Muted, "Still open");
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Promised reply dates

void PromiseChart(const debrief::PlanStats& s, const ChartPalette& colours) {
    ui::SectionHeading("Reply dates promised");
    const int total = s.PromisesKept + s.PromisesBroken + s.PromisesOpen;
    if (total == 0) {
        ui::Hint(
            "No sent message has promised a reply date yet. When you mark a message as sent, give the date "
            "it promised; the timeline then shows whether it was kept.");
        return;
    }
    // One bar split in proportion, each part with its count when there is room for it.
    const std::string label = "Promises: " + std::to_string(s.PromisesKept) + " kept, " +
                              std::to_string(s.PromisesBroken) + " broken, " +
                              std::to_string(s.PromisesOpen) + " open##chart";
    const ImVec2 size(std::min(ImGui::GetContentRegionAvail().x, ui::Em(40)), ui::Em(1.8f));
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton(label.c_str(), size);
    ui::items::DescribeLastItem(label.c_str());
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = min.x;
    for (const auto& [count, colour] :
         {std::pair{s.PromisesKept, colours.Good}, std::pair{s.PromisesBroken, colours.Error},
          std::pair{s.PromisesOpen, colours.Muted}}) {
        if (count == 0) continue;
        const float width = size.x * static_cast<float>(count) / static_cast<float>(total);
        dl->AddRectFilled(ImVec2(x, min.y), ImVec2(x + width, min.y + size.y), colour);
        const std::string text = std::to_string(count);
        const ImVec2 text_size = ImGui::CalcTextSize(text.c_str());
        if (text_size.x + ui::Em(0.6f) < width)
            dl->AddText(ImVec2(x + (width - text_size.x) / 2, min.y + (size.y - text_size.y) / 2),
                        colours.Paper, text.c_str());
        x += width;
    }
    Swatch(colours.Good, "Kept " + std::to_string(s.PromisesKept));
    ImGui::SameLine(0, ui::Em(1));
    Swatch(colours.Error, "Broken " + std::to_string(s.PromisesBroken));
    ImGui::SameLine(0, ui::Em(1));
    Swatch(colours.Muted, "Still open " + std::to_string(s.PromisesOpen));
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawDashboard

void DrawDashboard(app::AppState& state) {
    const debrief::PlanStats& stats = app::CurrentStats(state);
    if (stats.Candidates == 0) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No interviews yet.");
        ui::Hint("The dashboard fills in as interviews happen and messages go out: how soon candidates hear "
                 "from you, how long decisions take, whether promised dates are kept, and who is still owed "
                 "an answer.");
        return;
    }
    const ChartPalette colours = CurrentChartPalette();
    const std::string across =
        "Across " + ui::Plural(static_cast<std::size_t>(stats.Candidates), "candidate", "candidates") +
        " with at least one interview. Hover a figure to see how it is counted.";
    ui::Hint(across.c_str());
    ImGui::Spacing();
    FigureCards({FirstMessage(stats, colours), TimeToDecision(stats, colours), Closure(stats, colours),
                 PromisesKept(stats, colours), Overdue(stats, colours)},
                colours);
    WeeklyChart(stats, colours);
    PromiseChart(stats, colours);
}

}  // namespace views
