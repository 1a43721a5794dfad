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

void DrawCandidateDetail(app::AppState& state, const debrief::Candidate& c);

// Status and dialogs drawn over every area.
void DrawSaveStatus(app::AppState& state);    // In the menu bar: saving, saved, failed, conflict.
void DrawConflicts(app::AppState& state);     // Changed in another tab: keep mine / take theirs / see both.
void DrawLoadProblems(app::AppState& state);  // Loading, newer version, blocked, unavailable, closed.
void DrawBackupMenuItems(app::AppState& state);  // File menu entries for backups and CSV.
void DrawBackupDialogs(app::AppState& state);
void ExportBackupNow(app::AppState& state);      // Everything as one JSON file, to the downloads.
void DrawCsvImport(app::AppState& state);
void DrawNotice(app::AppState& state);
// The offline copy (offline_view.cpp): the new-version bar at the top of the window, Settings'
// section, the File menu's install entry and the dialog it opens, and a status line for About.
void DrawUpdateBar(app::AppState& state);
void DrawOfflineSettings(app::AppState& state);
void DrawOfflineStatus(const app::AppState& state);
void DrawInstallMenuItem(app::AppState& state);
void DrawInstallDialog(app::AppState& state);
// The workshop's demo space (workshop/workshop_view.cpp): the bar that labels it on every screen.
void DrawWorkshopBar(app::AppState& state);
// Exercises (workshop/exercise_view.cpp): the cards and the last result in the Workshop area, and
// the open card's situation, goals and timer above its draft in Compose.
void DrawScenarioCards(app::AppState& state);
void DrawExerciseResults(app::AppState& state);  // Every participant's kept results, with the CSV export.
void DrawExerciseBanner(app::AppState& state);

// Shared pieces.
void DrawAreaHeader(app::Area area);                 // The area's title and its one-line purpose.
void DrawMessagePreview(const std::string& subject, const std::string& body);  // Wrapped; missing values in red.
void DrawBuildDetails(const debrief::BuildInfo& b);  // Version and build id, as label/value rows.

}  // namespace views
