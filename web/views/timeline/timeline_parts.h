// The Timeline area's pieces: the chart of each candidate's interviews, promises and follow-ups
// (timeline_view.cpp draws it and the area), the Dashboard's figures (dashboard.cpp), and the
// colours both draw with (chart_palette.cpp).
#pragma once

#include "core/timeline/planner.h"
#include "imgui.h"
#include "web/app/app_state.h"

namespace views {

// The Dashboard: follow-up figures from the plan's statistics, each with a line saying what it
// means, and small charts of follow-ups per week and of promises kept.
void DrawDashboard(app::AppState& state);

// Colours for hand-drawn charts, derived from the current ImGui style so that the same chart
// reads on a light and on a dark theme. Take a fresh one each frame; the style may change.
struct ChartPalette {
    ImU32 Ink;                   // Text and outlines.
    ImU32 Muted;                 // Secondary labels, things that no longer matter.
    ImU32 Grid;                  // Axis lines and tick marks.
    ImU32 Shade;                 // Non-working days behind the chart.
    ImU32 RowAlt;                // Every other row.
    ImU32 RowHover;              // The row under the mouse.
    ImU32 Accent;                // Today and interviews.
    ImU32 AccentFill;            // Interview boxes.
    ImU32 Paper;                 // The background, for labels drawn over lines.
    ImU32 Good, Warning, Error;  // Done or kept; at risk or late; overdue or broken.
};
ChartPalette CurrentChartPalette();

ImU32 StatusColour(const ChartPalette& p, debrief::FollowUpStatus s);  // Done green, overdue red, ...
ImU32 PromiseColour(const ChartPalette& p, debrief::PromiseState s);   // Kept green, broken red, ...

}  // namespace views
