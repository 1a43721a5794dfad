// The pieces of the Compose area, one file each: the draft editor and its sending buttons
// (compose_draft.cpp) and bulk compose (compose_bulk.cpp). compose_view.cpp lays them out.
#pragma once

#include "web/app/app_state.h"

namespace views {

void ProfileReminder(app::AppState& state);  // "Add your name and email under Settings" while missing.
void DraftEditor(app::AppState& state);      // Subject, text, what blocks it, copy / mail / .eml / sent.
void DraftTonePanel(app::AppState& state);   // The open draft's tone score and findings.
void BatchNavigation(app::AppState& state);  // "Draft 2 of 7", previous and next, during a bulk review.
void DrawBulkPicker(app::AppState& state);   // The dialog choosing candidates for bulk compose.

}  // namespace views
