// The editors: one modal form per kind of record, and the delete confirmation.
// Open*() fills the form from a record (or a blank one); Draw*() shows it while it is open and,
// on Save, checks the draft and hands it to the Workspace as one action.
#pragma once

#include "web/app/app_state.h"

namespace views {

void OpenCandidateForm(app::AppState& state, const debrief::Candidate* existing);
void DrawCandidateForm(app::AppState& state);

void OpenRoleForm(app::AppState& state, const debrief::Role* existing);
void DrawRoleForm(app::AppState& state);

void OpenInterviewForm(app::AppState& state, const debrief::RecordId& candidate,
                       const debrief::Interview* existing);
void DrawInterviewForm(app::AppState& state);

void DrawNoteForm(app::AppState& state);

void DrawProfileForm(app::AppState& state);  // Settings: sender name, email, company, date language.
void DrawScheduleForm(app::AppState& state);  // Settings: working days, hours and days off.
// The role form's follow-up policy: each value with its unit, the problems under it.
void DrawPolicyEditor(debrief::FollowUpPolicy& policy, bool own_application);

void AskToDelete(app::AppState& state, debrief::Collection where, const debrief::RecordId& id);
void DrawDeleteConfirmation(app::AppState& state);

}  // namespace views
