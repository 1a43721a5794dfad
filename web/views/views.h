// One function per area of the app. Each draws into the current ImGui window from AppState and
// changes it only through the actions in web/app/app_state.h.
#pragma once

#include "core/build_info.h"
#include "web/app/app_state.h"

namespace views {

void DrawToday(app::AppState& state);
void DrawCandidates(app::AppState& state);
void DrawCompose(app::AppState& state);
void DrawTemplates(app::AppState& state);
void DrawTimeline(app::AppState& state);
void DrawWorkshop(app::AppState& state);
void DrawSettings(app::AppState& state);

// Shared pieces.
void DrawAreaHeader(app::Area area);                 // The area's title and its one-line purpose.
void DrawBuildDetails(const debrief::BuildInfo& b);  // Version and build id, as label/value rows.

}  // namespace views
