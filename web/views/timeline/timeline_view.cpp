// The Timeline area: for each candidate, their interviews, the reply dates their messages
// promised and the follow-ups the plan owes them, on one time axis, for one role or all; and,
// behind the second button at the top, the Dashboard (dashboard.cpp).
//
// Positions on the axis are days counted from the local midnight that starts today (the plan's
// Today). TimelineState keeps the zoom (DaysVisible) and the scroll (FirstDay, the left edge) in
// those units, so they mean the same on every screen and survive a resize.
//
// The chart stays fluid with 10,000 candidates: its rows are laid out only when the plan or the
// role changes, and ImGuiListClipper draws only the rows on screen. Every marker is an invisible,
// labelled ImGui item ("##followup <key>", "##promise <message id>", "##interview <id>"), so ImGui
// does the hovering and clicking and the widget locator (web/ui/item_registry.h) finds them.
//
// Index
//   [SECTION] View state: zoom and scroll limits
//   [SECTION] Rows: which candidates the chart shows, in which order
//   [SECTION] The day axis: days to screen positions, ticks and labels
//   [SECTION] Markers: interview boxes, promise diamonds, follow-up dots, and their tooltips
//   [SECTION] Controls and legend
//   [SECTION] The chart
//   [SECTION] DrawTimeline
#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>
#include <unordered_map>
#include <utility>

#include "core/calendar/business_calendar.h"
#include "core/text/search_fold.h"
#include "core/time/date_format.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_internal.h"  // SetItemUsingMouseWheel(), which 1.86 does not export in imgui.h yet.
#include "web/ui/em.h"
#include "web/ui/item_registry.h"
#include "web/ui/widgets.h"
#include "web/views/timeline/timeline_parts.h"
#include "web/views/views.h"

namespace views {

namespace {

// ---------------------------------------------------------------------------------------------
// [SECTION] View state: zoom and scroll limits

constexpr float kFewestDays = 7;        // Zoomed in: one week across the chart.
constexpr float kMostDays = 365;        // Zoomed out: one year.
constexpr float kZoomStep = 1.5f;       // One click on Zoom in or Zoom out.
constexpr float kWheelZoomStep = 1.2f;  // One notch of Ctrl+wheel.
constexpr float kFurthestDay = 3650;    // Scrolling stops ten years either side of today.

void KeepInRange(app::TimelineState& t) {
    if (!(t.DaysVisible >= kFewestDays)) t.DaysVisible = kFewestDays;  // Also catches NaN.
    t.DaysVisible = std::min(t.DaysVisible, kMostDays);
    if (std::isnan(t.FirstDay)) t.FirstDay = -t.DaysVisible / 2;
    t.FirstDay = std::clamp(t.FirstDay, -kFurthestDay, kFurthestDay - t.DaysVisible);
}

// Changes the zoom by `factor` (below 1 zooms in), keeping the day at `anchor` in place: 0 is
// the left edge, 1 the right edge.
void Zoom(app::TimelineState& t, float factor, float anchor) {
    const float anchor_day = t.FirstDay + t.DaysVisible * anchor;
    t.DaysVisible = std::clamp(t.DaysVisible * factor, kFewestDays, kMostDays);
    t.FirstDay = anchor_day - t.DaysVisible * anchor;
    KeepInRange(t);
}

void CentreOnToday(app::TimelineState& t) { t.FirstDay = -t.DaysVisible / 2; }

// ---------------------------------------------------------------------------------------------
// [SECTION] Rows: which candidates the chart shows, in which order
//
// A candidate gets a row when they have an interview, a follow-up or a promise, and belong to the
// chosen role. Rows go by name as people read it ("Zoë" beside "Zoe"), then by id so that two
// people of the same name keep their places.

bool RowsAreCurrent(const app::AppState& state) {
    const app::TimelineState& t = state.Timeline;
    return t.RowsRecords == state.Records && t.RowsGeneration == state.Records->Records().Generation() &&
           t.RowsPlans == state.Plan.Plans && t.RowsRole == t.Role;
}

void LayOutRows(app::AppState& state, const debrief::Plan& plan) {
    if (RowsAreCurrent(state)) return;
    app::TimelineState& t = state.Timeline;
    const debrief::Database& db = state.Records->Records();

    std::vector<app::TimelineState::Row> rows;
    std::unordered_map<debrief::RecordId, std::size_t> row_of;  // Candidate -> index in rows.
    const auto row_for = [&](const debrief::RecordId& id) -> app::TimelineState::Row* {
        if (const auto found = row_of.find(id); found != row_of.end()) return &rows[found->second];
        const debrief::Candidate* c = db.FindCandidate(id);
        if (!c || (!t.Role.empty() && c->RoleId != t.Role)) return nullptr;
        row_of.emplace(id, rows.size());
        rows.push_back({id, {}, {}});
        return &rows.back();
    };
    for (const auto& [id, interview] : db.Interviews()) row_for(interview.CandidateId);
    for (std::size_t i = 0; i < plan.FollowUps.size(); ++i)
        if (app::TimelineState::Row* row = row_for(plan.FollowUps[i].Candidate)) row->FollowUps.push_back(i);
    for (std::size_t i = 0; i < plan.Promises.size(); ++i)
        if (app::TimelineState::Row* row = row_for(plan.Promises[i].Candidate)) row->Promises.push_back(i);

    struct SortKey {
        std::string Folded;
        const debrief::Candidate* Who;
    };
    std::vector<SortKey> keys;
    keys.reserve(rows.size());
    for (const app::TimelineState::Row& row : rows) {
        const debrief::Candidate* c = db.FindCandidate(row.Candidate);
        keys.push_back({debrief::FoldForSearch(c->FullName), c});
    }
    std::vector<std::size_t> order(rows.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::sort(order.begin(), order.end(), [&keys](std::size_t a, std::size_t b) {
        const SortKey &x = keys[a], &y = keys[b];
        if (x.Folded != y.Folded) return x.Folded < y.Folded;
        if (x.Who->FullName != y.Who->FullName) return x.Who->FullName < y.Who->FullName;
        return x.Who->Id < y.Who->Id;
    });
    t.Rows.clear();
    t.Rows.reserve(rows.size());
    for (const std::size_t i : order) t.Rows.push_back(std::move(rows[i]));
    t.RowsRecords = state.Records;
    t.RowsGeneration = db.Generation();
    t.RowsPlans = state.Plan.Plans;
    t.RowsRole = t.Role;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The day axis: days to screen positions, ticks and labels

// Where each day of the view is drawn. Days are counted from today's local midnight.
struct DayAxis {
    float Left = 0, Width = 1;     // Screen x of the chart's left edge, and its width.
    float FirstDay = 0, Days = 1;  // The view: its left edge and how many days it spans.

    float Right() const { return Left + Width; }
    float PixelsPerDay() const { return Width / Days; }
    float X(double day) const { return Left + static_cast<float>((day - FirstDay) / Days) * Width; }
    int FirstWholeDay() const { return static_cast<int>(std::floor(FirstDay)); }
    int LastWholeDay() const { return static_cast<int>(std::ceil(FirstDay + Days)); }
};

debrief::Date DayAfter(debrief::Date d, int days) { return debrief::Date{d.DaysSinceEpoch + days}; }

// Where an instant falls on the axis, in the user's time zone.
double DayOf(debrief::TimeMs t, debrief::Date today, const debrief::OffsetAt& offset) {
    const debrief::LocalDateTime local = debrief::ToLocal(t, offset);
    return (local.Day.DaysSinceEpoch - today.DaysSinceEpoch) + local.Minute / (24.0 * 60.0);
}

// How finely the axis is labelled: each day when there is room for "Mon 23" under it, each week
// when there is room for "23 Nov" under a Monday, else each month.
enum class TickScale { Days, Weeks, Months };

TickScale ScaleFor(float pixels_per_day) {
    if (pixels_per_day >= ui::Em(3.4f)) return TickScale::Days;
    if (pixels_per_day >= ui::Em(0.6f)) return TickScale::Weeks;
    return TickScale::Months;
}

constexpr const char* kWeekdays[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};

// What the axis says at the start of a day: a tick with a label under it (`Minor`), and where a
// month (or, zoomed out, a year) begins, its name above (`Major`).
struct DayLabels {
    bool Tick = false;
    std::string Minor, Major;
};

// The month or year a day belongs to, as the top line of the axis names it.
std::string PeriodOf(debrief::Date d, TickScale scale) {
    const debrief::CivilDate c = debrief::ToCivil(d);
    if (scale == TickScale::Months) return std::to_string(c.Year);
    return std::string(kMonthNames[c.Month - 1]) + " " + std::to_string(c.Year);
}

DayLabels LabelsFor(debrief::Date d, TickScale scale) {
    const debrief::CivilDate c = debrief::ToCivil(d);
    DayLabels l;
    switch (scale) {
    case TickScale::Days:
        l.Tick = true;
        l.Minor = std::string(kWeekdays[debrief::calendar::WeekdayOf(d)]) + " " + std::to_string(c.Day);
        if (c.Day == 1) l.Major = PeriodOf(d, scale);
        break;
    case TickScale::Weeks:
        l.Tick = debrief::calendar::WeekdayOf(d) == 0;
        if (l.Tick) l.Minor = std::to_string(c.Day) + " " + kMonths[c.Month - 1];
        if (c.Day == 1) l.Major = PeriodOf(d, scale);
        break;
    case TickScale::Months:
        l.Tick = c.Day == 1;
        if (l.Tick) l.Minor = kMonths[c.Month - 1];
        if (c.Day == 1 && c.Month == 1) l.Major = PeriodOf(d, scale);
        break;
    }
    return l;
}

ImU32 Faded(ImU32 colour, float factor) {
    const float alpha = std::min(static_cast<float>((colour >> IM_COL32_A_SHIFT) & 0xFF) * factor, 255.0f);
    return (colour & ~IM_COL32_A_MASK) | (static_cast<ImU32>(alpha) << IM_COL32_A_SHIFT);
}

// Text on a patch of background, so that it stays readable over lines.
void LabelOnPaper(ImDrawList* dl, ImVec2 at, ImU32 text, ImU32 paper, const char* label) {
    const ImVec2 size = ImGui::CalcTextSize(label);
    const ImVec2 pad = ui::Em(0.2f, 0.05f);
    dl->AddRectFilled(ImVec2(at.x - pad.x, at.y - pad.y),
                      ImVec2(at.x + size.x + pad.x, at.y + size.y + pad.y), paper, ui::Em(0.2f));
    dl->AddText(at, text, label);
}

// The axis above the rows: months (or years) on the top line, days, weeks or months with their
// ticks on the bottom line, and where today is.
void DrawAxis(ImDrawList* dl, const DayAxis& axis, ImVec2 min, ImVec2 max, debrief::Date today,
              double now_day, const ChartPalette& colours) {
    const TickScale scale = ScaleFor(axis.PixelsPerDay());
    const float line = ImGui::GetTextLineHeight();
    const float top_line = min.y + ui::Em(0.15f), bottom_line = max.y - line - ui::Em(0.35f);
    dl->AddLine(ImVec2(axis.Left, max.y - 1), ImVec2(axis.Right(), max.y - 1), colours.Grid);
    ImGui::PushClipRect(ImVec2(axis.Left, min.y), max, true);

    float minor_end = -FLT_MAX, first_major_x = FLT_MAX;
    for (int d = axis.FirstWholeDay() - 1; d <= axis.LastWholeDay(); ++d) {
        const DayLabels l = LabelsFor(DayAfter(today, d), scale);
        const float x = axis.X(d);
        if (!l.Major.empty()) {
            dl->AddLine(ImVec2(x, min.y), ImVec2(x, max.y), colours.Grid);
            dl->AddText(ImVec2(x + ui::Em(0.3f), top_line), colours.Ink, l.Major.c_str());
            if (x >= axis.Left) first_major_x = std::min(first_major_x, x);
        }
        if (!l.Tick) continue;
        dl->AddLine(ImVec2(x, max.y - ui::Em(0.35f)), ImVec2(x, max.y), colours.Grid);
        const float width = ImGui::CalcTextSize(l.Minor.c_str()).x;
        // Days are labelled in the middle of their column, weeks and months just after their tick.
        const float label_x =
            scale == TickScale::Days ? (x + axis.X(d + 1)) / 2 - width / 2 : x + ui::Em(0.25f);
        if (label_x < minor_end + ui::Em(0.5f)) continue;  // No room beside the previous label.
        dl->AddText(ImVec2(label_x, bottom_line), colours.Muted, l.Minor.c_str());
        minor_end = label_x + width;
    }
    // The period the left edge is in, unless the next one's name is about to take its place.
    const std::string pinned = PeriodOf(DayAfter(today, axis.FirstWholeDay()), scale);
    const float pinned_end = axis.Left + ui::Em(0.3f) + ImGui::CalcTextSize(pinned.c_str()).x;
    if (first_major_x > pinned_end + ui::Em(0.6f))
        LabelOnPaper(dl, ImVec2(axis.Left + ui::Em(0.3f), top_line), colours.Ink, colours.Paper,
                     pinned.c_str());

    // Today: a marker with its name, or an arrow at the edge it lies beyond.
    const float now_x = axis.X(now_day);
    if (now_x < axis.Left) {
        LabelOnPaper(dl, ImVec2(axis.Left + ui::Em(0.3f), bottom_line), colours.Accent, colours.Paper,
                     "\xE2\x86\x90 Today");  // U+2190 LEFTWARDS ARROW
    } else if (now_x > axis.Right()) {
        const char* label = "Today \xE2\x86\x92";  // U+2192 RIGHTWARDS ARROW
        LabelOnPaper(dl, ImVec2(axis.Right() - ImGui::CalcTextSize(label).x - ui::Em(0.3f), bottom_line),
                     colours.Accent, colours.Paper, label);
    } else {
        dl->AddLine(ImVec2(now_x, min.y + line), ImVec2(now_x, max.y), colours.Accent, ui::Em(0.12f));
        const float label_width = ImGui::CalcTextSize("Today").x;
        const float label_x = std::clamp(now_x - label_width / 2, axis.Left + ui::Em(0.2f),
                                         axis.Right() - label_width - ui::Em(0.2f));
        LabelOnPaper(dl, ImVec2(label_x, top_line), colours.Accent, colours.Paper, "Today");
    }
    ImGui::PopClipRect();
}

// The working calendar for shading days off; rebuilt only when the schedule or the years change.
const debrief::calendar::BusinessCalendar& WorkingCalendar(const debrief::WorkSchedule& schedule,
                                                           int first_year, int last_year) {
    struct Cached {
        debrief::WorkSchedule Schedule;
        int FirstYear = 0, LastYear = -1;
        debrief::calendar::BusinessCalendar Calendar;
    };
    static Cached cached;
    if (!(cached.Schedule == schedule) || first_year < cached.FirstYear || last_year > cached.LastYear) {
        cached.Schedule = schedule;
        cached.FirstYear = first_year - 1;  // A year either side, so scrolling rarely rebuilds it.
        cached.LastYear = last_year + 1;
        cached.Calendar = debrief::CalendarFor(schedule, cached.FirstYear, cached.LastYear);
    }
    return cached.Calendar;
}

// Behind the rows, between `top` and `bottom`: the line between names and chart, days off shaded
// (unless zoomed out to months), a line at each tick, and today.
void DrawBackdrop(ImDrawList* dl, const DayAxis& axis, float top, float bottom, debrief::Date today,
                  double now_day, const debrief::calendar::BusinessCalendar& calendar,
                  const ChartPalette& colours) {
    if (bottom <= top) return;
    const TickScale scale = ScaleFor(axis.PixelsPerDay());
    // Zoomed out to months, a stripe per weekend is noise rather than information.
    const bool shade_days_off = axis.PixelsPerDay() >= ui::Em(0.3f);
    dl->AddLine(ImVec2(axis.Left, top), ImVec2(axis.Left, bottom), colours.Grid);  // Names | chart.
    dl->PushClipRect(ImVec2(axis.Left, top), ImVec2(axis.Right(), bottom), true);
    for (int d = axis.FirstWholeDay(); d <= axis.LastWholeDay(); ++d) {
        const debrief::Date day = DayAfter(today, d);
        const float x = axis.X(d);
        if (shade_days_off && !calendar.IsBusinessDay(day))
            dl->AddRectFilled(ImVec2(x, top), ImVec2(axis.X(d + 1), bottom), colours.Shade);
        const DayLabels l = LabelsFor(day, scale);
        if (l.Tick || !l.Major.empty())
            dl->AddLine(ImVec2(x, top), ImVec2(x, bottom),
                        l.Major.empty() ? Faded(colours.Grid, 0.5f) : colours.Grid);
    }
    const float now_x = axis.X(now_day);
    dl->AddLine(ImVec2(now_x, top), ImVec2(now_x, bottom), colours.Accent, ui::Em(0.12f));
    dl->PopClipRect();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Markers: interview boxes, promise diamonds, follow-up dots, and their tooltips

void DrawDiamond(ImDrawList* dl, ImVec2 c, float r, ImU32 fill, ImU32 outline) {
    const ImVec2 top(c.x, c.y - r), right(c.x + r, c.y), bottom(c.x, c.y + r), left(c.x - r, c.y);
    dl->AddQuadFilled(top, right, bottom, left, fill);
    dl->AddQuad(top, right, bottom, left, outline, ui::Em(0.09f));
}

// Filled when it matters now or is settled, hollow when it is still ahead.
void DrawPromiseMark(ImDrawList* dl, ImVec2 c, float r, debrief::PromiseState s,
                     const ChartPalette& colours) {
    const ImU32 colour = PromiseColour(colours, s);
    DrawDiamond(dl, c, r, s == debrief::PromiseState::Pending ? colours.Paper : colour, colour);
}

// Shapes differ as well as colours, so the chart also reads without telling red from green:
// done is a filled dot, overdue a filled dot with a ring, due today a filled dot, upcoming a
// hollow one, not needed a hollow dot struck through.
void DrawFollowUpMark(ImDrawList* dl, ImVec2 c, float r, debrief::FollowUpStatus s,
                      const ChartPalette& colours) {
    const ImU32 colour = StatusColour(colours, s);
    const float stroke = ui::Em(0.09f);
    switch (s) {
    case debrief::FollowUpStatus::Done:
    case debrief::FollowUpStatus::DueToday: dl->AddCircleFilled(c, r, colour); break;
    case debrief::FollowUpStatus::Overdue:
        dl->AddCircleFilled(c, r * 0.8f, colour);
        dl->AddCircle(c, r * 1.25f, colour, 0, stroke);
        break;
    case debrief::FollowUpStatus::Upcoming:
        dl->AddCircleFilled(c, r, colours.Paper);
        dl->AddCircle(c, r, colour, 0, stroke * 1.5f);
        break;
    case debrief::FollowUpStatus::Skipped:
        dl->AddCircleFilled(c, r, colours.Paper);
        dl->AddCircle(c, r, colour, 0, stroke);
        dl->AddLine(ImVec2(c.x - r, c.y + r), ImVec2(c.x + r, c.y - r), colour, stroke);
        break;
    }
}

void DrawInterviewMark(ImDrawList* dl, ImVec2 min, ImVec2 max, bool hovered, const ChartPalette& colours) {
    dl->AddRectFilled(min, max, colours.AccentFill, ui::Em(0.15f));
    dl->AddRect(min, max, colours.Accent, ui::Em(0.15f), 0, hovered ? ui::Em(0.15f) : ui::Em(0.07f));
}

// What a click on the chart asks for. It runs after the chart is drawn: acting while drawing
// could change the plan under the loop that is walking it.
struct PendingAction {
    enum class Kind { None, OpenCandidate, ActOn } What = Kind::None;
    debrief::RecordId Candidate;
    debrief::FollowUp Follow;  // For ActOn.
};

// An invisible, labelled item over a marker: ImGui tracks hovering and clicks, the widget
// locator finds it by `label`. True when clicked; `hovered` says whether the mouse is over it.
bool MarkerItem(const std::string& label, ImVec2 min, ImVec2 max, bool& hovered) {
    ImGui::SetCursorScreenPos(min);
    const bool clicked = ImGui::InvisibleButton(
        label.c_str(), ImVec2(std::max(max.x - min.x, 1.0f), std::max(max.y - min.y, 1.0f)));
    ui::items::DescribeLastItem(label.c_str());
    hovered = ImGui::IsItemHovered();
    return clicked;
}

void ColouredLine(ImU32 colour, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void MutedLine(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::MutedColour());
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

bool Actionable(const debrief::FollowUp& f) {
    return f.Status != debrief::FollowUpStatus::Done && f.Status != debrief::FollowUpStatus::Skipped;
}

// What it is, when it is due, where it stands, and why the plan asks for it.
void FollowUpTooltip(const debrief::FollowUp& f, const debrief::Database& db, const debrief::OffsetAt& offset,
                     const ChartPalette& colours) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::Em(28));
    ImGui::TextUnformatted(debrief::WhatOf(f, db).c_str());
    ColouredLine(StatusColour(colours, f.Status), std::string(debrief::Label(f.Status)) + " \xC2\xB7 due " +
                                                      debrief::FormatLocalDateTime(f.Due, offset));
    if (f.SnoozedUntil)
        ImGui::TextUnformatted(("Put off until " + debrief::FormatLocalDateTime(f.SnoozedUntil, offset) +
                                (f.Reason.empty() ? "." : ": " + f.Reason))
                                   .c_str());
    if (f.Status == debrief::FollowUpStatus::Done && f.DoneAt)
        ImGui::TextUnformatted(("Done " + debrief::FormatLocalDateTime(f.DoneAt, offset) + ".").c_str());
    if (f.Status == debrief::FollowUpStatus::Skipped && !f.Reason.empty())
        ImGui::TextUnformatted(f.Reason.c_str());
    ImGui::Spacing();
    ui::Hint(debrief::WhyOf(f, db).c_str());
    ui::Hint(Actionable(f) ? "Click to do it now." : "Click to open the candidate's page.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void PromiseTooltip(const debrief::Promise& p, const debrief::Database& db, const debrief::OffsetAt& offset,
                    const ChartPalette& colours) {
    static constexpr const char* kMeaning[] = {
        "Pending: the date is still ahead.",
        "At risk: the date is close and no decision has gone out.",
        "Kept: the next message went out by the date.",
        "Broken: the date passed without a message.",
    };
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::Em(28));
    ImGui::TextUnformatted(("Reply promised by " + debrief::FormatDay(p.By)).c_str());
    ColouredLine(PromiseColour(colours, p.State), kMeaning[static_cast<int>(p.State)]);
    std::string made = "Promised in the message sent " + debrief::FormatLocalDateTime(p.MadeAt, offset);
    if (const debrief::Message* m = db.FindMessage(p.Message); m && !m->Subject.empty())
        made += ", \xE2\x80\x9C" + m->Subject + "\xE2\x80\x9D";  // Curly quotes.
    ImGui::TextUnformatted((made + ".").c_str());
    if (p.State == debrief::PromiseState::Kept && p.KeptAt)
        ImGui::TextUnformatted(("Answered " + debrief::FormatLocalDateTime(p.KeptAt, offset) + ".").c_str());
    if (p.State == debrief::PromiseState::Broken)
        ImGui::TextUnformatted(
            p.AnsweredAt
                ? ("Answered late, " + debrief::FormatLocalDateTime(p.AnsweredAt, offset) + ".").c_str()
                : "Still unanswered.");
    ui::Hint("Click to open the candidate's page.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void InterviewTooltip(const debrief::Interview& i, const debrief::OffsetAt& offset) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::Em(28));
    const std::string what = (i.Stage.empty() ? std::string("Interview") : i.Stage + " interview") +
                             " \xC2\xB7 " + debrief::Label(i.Format);
    ImGui::TextUnformatted(what.c_str());
    ImGui::TextUnformatted((debrief::FormatLocalDateTime(i.StartsAt, offset) + "\xE2\x80\x93" +  // En dash.
                            debrief::FormatLocalTime(i.EndsAt(), offset))
                               .c_str());
    if (!i.Interviewers.empty()) MutedLine("With " + debrief::JoinNames(i.Interviewers));
    ui::Hint("Click to open the candidate's page.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void CandidateTooltip(const debrief::Candidate& c, const debrief::Database& db, const debrief::Plan& plan) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::Em(28));
    ImGui::TextUnformatted(c.FullName.c_str());
    const debrief::Role* role = db.FindRole(c.RoleId);
    std::string where = role ? role->Title : std::string("No role");
    if (!c.Stage.empty()) where += " \xC2\xB7 " + c.Stage;
    where += std::string(" \xC2\xB7 ") + debrief::Label(c.Status);
    MutedLine(where);
    // What the planner had to guess about this candidate, so the user can correct the records.
    for (const debrief::PlanIssue& issue : plan.Issues)
        if (issue.Candidate == c.Id) ImGui::TextColored(ui::WarningColour(), "%s", issue.Text.c_str());
    ui::Hint("Click to open their page.");
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Controls and legend

// Timeline or Dashboard, as a pair of buttons: the active one is highlighted.
void ViewToggle(app::TimelineState& t) {
    const auto segment = [&t](const char* label, app::TimelineTab which) {
        const bool active = t.Tab == which;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
        if (ImGui::Button(label, ui::Em(9, 0))) t.Tab = which;
        if (active) ImGui::PopStyleColor();
    };
    // "##view": the navigation has an item called Timeline too.
    segment("Timeline##view", app::TimelineTab::Timeline);
    ImGui::SameLine(0, 0);
    segment("Dashboard##view", app::TimelineTab::Dashboard);
    ImGui::Spacing();
}

void RolePicker(app::TimelineState& t, const debrief::Database& db) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("Role");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(13));
    const debrief::Role* chosen = db.FindRole(t.Role);
    if (!ui::BeginCombo("##timeline role", chosen ? chosen->Title.c_str() : "Every role")) return;
    if (ImGui::Selectable("Every role", t.Role.empty())) t.Role.clear();
    std::vector<const debrief::Role*> roles;
    for (const auto& [id, r] : db.Roles()) roles.push_back(&r);
    std::sort(roles.begin(), roles.end(), [](const debrief::Role* a, const debrief::Role* b) {
        return a->Open != b->Open ? a->Open : a->Title < b->Title;
    });
    for (const debrief::Role* r : roles) {
        const std::string label = r->Title + (r->Open ? "" : " (closed)") + "##" + r->Id;
        if (ImGui::Selectable(label.c_str(), r->Id == t.Role)) t.Role = r->Id;
    }
    ImGui::EndCombo();
}

void ZoomAndScroll(app::TimelineState& t, debrief::Date today) {
    ImGui::BeginDisabled(t.DaysVisible >= kMostDays);
    if (ImGui::Button("Zoom out")) Zoom(t, kZoomStep, 0.5f);
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui::Em(0.3f));
    ImGui::BeginDisabled(t.DaysVisible <= kFewestDays);
    if (ImGui::Button("Zoom in")) Zoom(t, 1 / kZoomStep, 0.5f);
    ImGui::EndDisabled();
    ImGui::SameLine(0, ui::Em(1.2f));
    if (ImGui::Button("Earlier")) t.FirstDay -= t.DaysVisible / 2;
    ImGui::SameLine(0, ui::Em(0.3f));
    if (ImGui::Button("Today##timeline")) CentreOnToday(t);  // "##timeline": the navigation has a Today.
    ImGui::SameLine(0, ui::Em(0.3f));
    if (ImGui::Button("Later")) t.FirstDay += t.DaysVisible / 2;
    KeepInRange(t);
    ImGui::SameLine(0, ui::Em(1.2f));
    const int first = static_cast<int>(std::floor(t.FirstDay));
    const int last = static_cast<int>(std::ceil(t.FirstDay + t.DaysVisible)) - 1;
    const std::string range = debrief::FormatDay(DayAfter(today, first)) + " \xE2\x80\x93 " +
                              debrief::FormatDay(DayAfter(today, last));
    ImGui::TextDisabled("%s", range.c_str());
}

// One legend entry: a shape drawn by `draw` in a square one line high, then its label. Entries
// flow onto the next line when the window is narrow.
template <typename Draw> void LegendEntry(bool& first, const char* label, Draw draw) {
    const float line = ImGui::GetTextLineHeight();
    const float width = line + ui::Em(0.25f) + ImGui::CalcTextSize(label).x;
    if (!first) {
        ImGui::SameLine(0, ui::Em(0.8f));
        if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
    }
    first = false;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(line, line));
    draw(ImGui::GetWindowDrawList(), ImVec2(at.x + line / 2, at.y + line / 2), line * 0.32f);
    ImGui::SameLine(0, ui::Em(0.25f));
    ImGui::TextUnformatted(label);
}

void Legend(const ChartPalette& colours) {
    bool first = true;
    LegendEntry(first, "Interview", [&](ImDrawList* dl, ImVec2 c, float r) {
        DrawInterviewMark(dl, ImVec2(c.x - r * 1.4f, c.y - r), ImVec2(c.x + r * 1.4f, c.y + r), false,
                          colours);
    });
    static constexpr std::pair<debrief::PromiseState, const char*> kPromises[] = {
        {debrief::PromiseState::Pending, "Promise pending"},
        {debrief::PromiseState::AtRisk, "at risk"},
        {debrief::PromiseState::Kept, "kept"},
        {debrief::PromiseState::Broken, "broken"},
    };
    for (const auto& [state, label] : kPromises)
        LegendEntry(first, label, [&, s = state](ImDrawList* dl, ImVec2 c, float r) {
            DrawPromiseMark(dl, c, r * 1.2f, s, colours);
        });
    static constexpr std::pair<debrief::FollowUpStatus, const char*> kStatuses[] = {
        {debrief::FollowUpStatus::Upcoming, "Follow-up upcoming"},
        {debrief::FollowUpStatus::DueToday, "due today"},
        {debrief::FollowUpStatus::Overdue, "overdue"},
        {debrief::FollowUpStatus::Done, "done"},
        {debrief::FollowUpStatus::Skipped, "not needed"},
    };
    for (const auto& [status, label] : kStatuses)
        LegendEntry(first, label, [&, s = status](ImDrawList* dl, ImVec2 c, float r) {
            DrawFollowUpMark(dl, c, r, s, colours);
        });
    LegendEntry(first, "Day off", [&](ImDrawList* dl, ImVec2 c, float r) {
        dl->AddRectFilled(ImVec2(c.x - r * 1.4f, c.y - r * 1.4f), ImVec2(c.x + r * 1.4f, c.y + r * 1.4f),
                          Faded(colours.Shade, 2.5f));
    });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The chart

constexpr float kRowEms = 1.9f;         // Row height.
constexpr float kPromiseLane = 0.32f;   // Promises sit in the upper part of a row...
constexpr float kFollowUpLane = 0.68f;  // ...follow-ups in the lower part, so neither hides the other.

// Everything a row needs to draw itself.
struct ChartContext {
    app::AppState& State;
    const debrief::Plan& Plan;
    const debrief::Database& Db;
    debrief::OffsetAt Offset;
    DayAxis Axis;
    ChartPalette Colours;
    float RowHeight = 0, NameWidth = 0;
    PendingAction& Action;
};

// Dragging the item just drawn (a row's background, or the axis) moves through time.
void PanWhileDragged(app::TimelineState& t, const DayAxis& axis) {
    if (!ImGui::IsItemActive()) return;
    ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsMouseDragging(ImGuiMouseButton_Left))
        t.FirstDay -= ImGui::GetIO().MouseDelta.x / axis.PixelsPerDay();
}

void DrawInterviews(ChartContext& ctx, const debrief::Candidate& c, float top, float bottom) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float inset = ctx.RowHeight * 0.16f;
    for (const debrief::Interview* i : ctx.Db.InterviewsOf(c.Id)) {
        float x0 = ctx.Axis.X(DayOf(i->StartsAt, ctx.Plan.Today, ctx.Offset));
        float x1 = ctx.Axis.X(DayOf(i->EndsAt(), ctx.Plan.Today, ctx.Offset));
        if (x1 - x0 < ui::Em(0.4f)) {  // Zoomed out, an hour is thinner than a line: keep it visible.
            const float middle = (x0 + x1) / 2;
            x0 = middle - ui::Em(0.2f);
            x1 = middle + ui::Em(0.2f);
        }
        if (x1 < ctx.Axis.Left || x0 > ctx.Axis.Right()) continue;
        const ImVec2 min(x0, top + inset), max(x1, bottom - inset);
        bool hovered = false;
        if (MarkerItem("##interview " + i->Id, min, max, hovered))
            ctx.Action = {PendingAction::Kind::OpenCandidate, c.Id, {}};
        DrawInterviewMark(dl, min, max, hovered, ctx.Colours);
        if (hovered) InterviewTooltip(*i, ctx.Offset);
    }
}

void DrawPromises(ChartContext& ctx, const app::TimelineState::Row& row, float y) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ui::Em(0.36f);
    for (const std::size_t index : row.Promises) {
        const debrief::Promise& p = ctx.Plan.Promises[index];
        // "By Tuesday" means by the end of Tuesday: the diamond sits at the end of the day.
        const float x = ctx.Axis.X(p.By.DaysSinceEpoch - ctx.Plan.Today.DaysSinceEpoch + 1.0);
        if (x < ctx.Axis.Left - r || x > ctx.Axis.Right() + r) continue;
        const ImVec2 centre(x, y);
        bool hovered = false;
        if (MarkerItem("##promise " + p.Message, ImVec2(x - r, y - r), ImVec2(x + r, y + r), hovered))
            ctx.Action = {PendingAction::Kind::OpenCandidate, p.Candidate, {}};
        DrawPromiseMark(dl, centre, hovered ? r * 1.3f : r, p.State, ctx.Colours);
        if (hovered) PromiseTooltip(p, ctx.Db, ctx.Offset, ctx.Colours);
    }
}

void DrawFollowUps(ChartContext& ctx, const app::TimelineState::Row& row, float y) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float r = ui::Em(0.3f), reach = ui::Em(0.42f);  // The dot, and the area that answers the mouse.
    for (const std::size_t index : row.FollowUps) {
        const debrief::FollowUp& f = ctx.Plan.FollowUps[index];
        const debrief::TimeMs at = f.SnoozedUntil ? f.SnoozedUntil : f.Due;  // Put off: when it is due now.
        const float x = ctx.Axis.X(DayOf(at, ctx.Plan.Today, ctx.Offset));
        if (x < ctx.Axis.Left - reach || x > ctx.Axis.Right() + reach) continue;
        bool hovered = false;
        if (MarkerItem("##followup " + debrief::KeyOf(f), ImVec2(x - reach, y - reach), ImVec2(x + reach, y + reach),
                       hovered)) {
            if (Actionable(f))
                ctx.Action = {PendingAction::Kind::ActOn, f.Candidate, f};
            else
                ctx.Action = {PendingAction::Kind::OpenCandidate, f.Candidate, {}};
        }
        DrawFollowUpMark(dl, ImVec2(x, y), hovered ? r * 1.3f : r, f.Status, ctx.Colours);
        if (hovered) FollowUpTooltip(f, ctx.Db, ctx.Offset, ctx.Colours);
    }
}

// One candidate: their name on the left, their markers on the axis. Exactly RowHeight tall, as
// the list clipper expects.
void DrawRow(ChartContext& ctx, const app::TimelineState::Row& row, int index) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const debrief::Candidate* c = ctx.Db.FindCandidate(row.Candidate);
    if (!c) {  // Cannot happen while the rows match the records; keep the height regardless.
        ImGui::Dummy(ImVec2(ctx.NameWidth, ctx.RowHeight));
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float top = origin.y, bottom = origin.y + ctx.RowHeight;
    const ImVec2 row_end(ctx.Axis.Right(), bottom);
    const bool hovered = ImGui::IsWindowHovered() && ImGui::IsMouseHoveringRect(origin, row_end);
    if (hovered) ctx.State.Timeline.Hovered = c->Id;
    if (index % 2 == 1) dl->AddRectFilled(origin, row_end, ctx.Colours.RowAlt);
    if (hovered) dl->AddRectFilled(origin, row_end, ctx.Colours.RowHover);

    ImGui::PushID(c->Id.c_str());
    // Markers first: ImGui gives the mouse to the first item under it, so they win over the
    // row's background, which is submitted last.
    ImGui::PushClipRect(ImVec2(ctx.Axis.Left, top), row_end, true);
    DrawInterviews(ctx, *c, top, bottom);
    DrawPromises(ctx, row, top + ctx.RowHeight * kPromiseLane);
    DrawFollowUps(ctx, row, top + ctx.RowHeight * kFollowUpLane);
    ImGui::PopClipRect();

    ImGui::SetCursorScreenPos(ImVec2(origin.x + ui::Em(0.5f), top));
    const std::string name = (c->FullName.empty() ? std::string("(no name)") : c->FullName) + "##" + c->Id;
    if (ImGui::Selectable(name.c_str(), c->Id == ctx.State.Candidates.Selected, 0,
                          ImVec2(ctx.NameWidth - ui::Em(0.75f), ctx.RowHeight)))
        ctx.Action = {PendingAction::Kind::OpenCandidate, c->Id, {}};
    if (ImGui::IsItemHovered()) CandidateTooltip(*c, ctx.Db, ctx.Plan);
    ImGui::SameLine(0, 0);
    ImGui::SetCursorScreenPos(ImVec2(ctx.Axis.Left, top));
    ImGui::InvisibleButton("##chart row", ImVec2(ctx.Axis.Width, ctx.RowHeight));
    PanWhileDragged(ctx.State.Timeline, ctx.Axis);
    ImGui::PopID();
}

// Ctrl+wheel zooms around the day under the mouse. A sideways wheel, Shift+wheel, or the wheel
// over the day axis moves through time; the plain wheel over the rows scrolls the candidates.
void FollowWheel(app::TimelineState& t, const DayAxis& axis, bool over_axis, bool over_rows) {
    const ImGuiIO& io = ImGui::GetIO();
    if (!over_axis && !over_rows) return;
    if (io.KeyCtrl) {
        if (io.MouseWheel == 0) return;
        const float anchor = std::clamp((io.MousePos.x - axis.Left) / axis.Width, 0.0f, 1.0f);
        Zoom(t, std::pow(kWheelZoomStep, -io.MouseWheel), anchor);
        return;
    }
    float sideways = io.MouseWheelH;
    if (io.KeyShift || over_axis) sideways += io.MouseWheel;
    if (sideways == 0) return;
    t.FirstDay -= sideways * t.DaysVisible / 10;  // A notch moves a tenth of the view; positive is earlier.
    KeepInRange(t);
}

void DrawChart(app::AppState& state, const debrief::Plan& plan, PendingAction& action) {
    app::TimelineState& t = state.Timeline;
    const ImGuiStyle& style = ImGui::GetStyle();
    const ChartPalette colours = CurrentChartPalette();
    const debrief::OffsetAt offset = app::LocalOffset(state);
    const double now_day = DayOf(state.Platform->Now(), plan.Today, offset);

    const float full_width = ImGui::GetContentRegionAvail().x;
    const float name_width = std::clamp(full_width * 0.22f, ui::Em(10), ui::Em(16));
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    // The rows' child window keeps a scrollbar, so the axis above it is exactly as wide as its rows.
    const DayAxis axis{origin.x + name_width,
                       std::max(full_width - name_width - style.ScrollbarSize, ui::Em(6)), t.FirstDay,
                       t.DaysVisible};

    // The day axis, fixed above the rows. Dragging it or turning the wheel over it moves in time.
    const float axis_height = ImGui::GetTextLineHeight() * 2 + ui::Em(0.8f);
    ImGui::InvisibleButton("##day axis", ImVec2(full_width, axis_height));
    ui::items::DescribeLastItem("##day axis");
    const bool over_axis = ImGui::IsItemHovered();
    if (over_axis) ImGui::SetItemUsingMouseWheel();  // Otherwise the area would scroll as well.
    PanWhileDragged(t, axis);
    DrawAxis(ImGui::GetWindowDrawList(), axis, origin, ImVec2(axis.Right(), origin.y + axis_height),
             plan.Today, now_day, colours);
    ImGui::GetWindowDrawList()->AddText(
        ImVec2(origin.x + ui::Em(0.5f), origin.y + axis_height - ImGui::GetTextLineHeight() - ui::Em(0.35f)),
        colours.Muted, "Candidate");

    const debrief::WorkSchedule schedule = app::CurrentSchedule(state);
    const debrief::calendar::BusinessCalendar& calendar =
        WorkingCalendar(schedule, debrief::ToCivil(DayAfter(plan.Today, axis.FirstWholeDay())).Year,
                        debrief::ToCivil(DayAfter(plan.Today, axis.LastWholeDay())).Year);

    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const bool visible =
        ImGui::BeginChild("Timeline chart", ImVec2(0, -ImGui::GetTextLineHeightWithSpacing()), false,
                          ImGuiWindowFlags_AlwaysVerticalScrollbar);
    ImGui::PopStyleVar();
    bool over_rows = false;
    t.Hovered.clear();
    if (visible) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0, 0));
        ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0, 0.5f));
        const float row_height = ui::Em(kRowEms);
        const float rows_top = ImGui::GetCursorScreenPos().y;  // Moves up as the rows scroll.
        const float rows_bottom = rows_top + row_height * static_cast<float>(t.Rows.size());
        const float window_top = ImGui::GetWindowPos().y,
                    window_bottom = window_top + ImGui::GetWindowSize().y;
        DrawBackdrop(ImGui::GetWindowDrawList(), axis, std::max(rows_top, window_top),
                     std::min(rows_bottom, window_bottom), plan.Today, now_day, calendar, colours);

        ChartContext ctx{state,      plan,  state.Records->Records(), offset, axis, colours, row_height,
                         name_width, action};
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(t.Rows.size()), row_height);
        while (clipper.Step())
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i)
                DrawRow(ctx, t.Rows[static_cast<std::size_t>(i)], i);
        clipper.End();
        ImGui::PopStyleVar(2);
        over_rows = ImGui::IsWindowHovered();
    }
    ImGui::EndChild();
    FollowWheel(t, axis, over_axis, over_rows);

    const std::string footer = ui::Plural(t.Rows.size(), "candidate", "candidates") +
                               ". Drag or Shift+wheel to move through time; Ctrl+wheel to zoom.";
    ImGui::TextDisabled("%s", footer.c_str());
}

void RunPendingAction(app::AppState& state, const PendingAction& action) {
    switch (action.What) {
    case PendingAction::Kind::None: break;
    case PendingAction::Kind::OpenCandidate: app::SelectCandidate(state, action.Candidate); break;
    case PendingAction::Kind::ActOn: app::ActOn(state, action.Follow); break;
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] DrawTimeline

void DrawTimeline(app::AppState& state) {
    DrawAreaHeader(app::Area::Timeline);
    if (!state.Records) return;
    app::TimelineState& t = state.Timeline;
    ViewToggle(t);
    if (!state.Records->Complete()) {
        ui::Hint("Reading interviews and messages from this browser's storage…");
        return;
    }
    if (t.Tab == app::TimelineTab::Dashboard) {
        DrawDashboard(state);
        return;
    }

    const debrief::Database& db = state.Records->Records();
    if (!t.Role.empty() && !db.FindRole(t.Role)) t.Role.clear();  // The role was deleted.
    KeepInRange(t);
    const debrief::Plan& plan = app::CurrentPlan(state);
    LayOutRows(state, plan);

    RolePicker(t, db);
    ImGui::SameLine(0, ui::Em(1.2f));
    ZoomAndScroll(t, plan.Today);
    if (t.Rows.empty()) {
        ImGui::Spacing();
        if (t.Role.empty()) {
            ImGui::TextUnformatted("No interviews yet.");
            ui::Hint("Schedule an interview from a candidate's page. It appears here with the follow-ups it "
                     "brings (notes, thank-you, decision) and the reply dates your messages promise.");
        } else {
            ImGui::TextUnformatted("No one in this role has an interview or a follow-up yet.");
            ui::Hint("Choose Every role to see all candidates.");
        }
        return;
    }
    Legend(CurrentChartPalette());
    ImGui::Spacing();

    PendingAction action;
    DrawChart(state, plan, action);
    RunPendingAction(state, action);
}

}  // namespace views
