// Small pieces the views share: colours with a meaning, validation messages beside fields,
// buttons that state a keyboard shortcut, and modal dialogs sized in ems.
#pragma once

#include <string>
#include <string_view>

#include "core/records/validation.h"
#include "imgui.h"

namespace ui {

// Colours with a meaning, readable on the light theme.
ImVec4 ErrorColour();    // Something failed or blocks saving.
ImVec4 WarningColour();  // Worth a second look; does not block.
ImVec4 GoodColour();     // Saved, done.
ImVec4 MutedColour();    // Secondary text.

// Shows the messages about `field` (errors and warnings) under the widget just drawn.
void FieldMessages(const debrief::FieldIssues& issues, std::string_view field);
// Shows every message whose field starts with `prefix` (for lists like "concerns[").
void FieldMessagesUnder(const debrief::FieldIssues& issues, std::string_view prefix);

// Text that wraps at the window edge, in the muted colour.
void Hint(const char* text);
// A heading inside a view: the title font's smaller cousin, with space above.
void SectionHeading(const char* text);

// ImGui::BeginCombo() that also tells the widget locator its label, which ImGui does not.
bool BeginCombo(const char* label, const char* preview);

// Opens a modal sized `width_em` wide, centred; true while it is open (call EndModal()).
bool BeginModal(const char* title, bool* open, float width_em);
void EndModal();
// Closes the modal `title` if it is still open although nothing draws it any more (ImGui keeps
// an open popup, and a modal one keeps blocking clicks, until it is closed explicitly). Call it
// from the same place BeginModal() is called, when the dialog is no longer wanted.
void CloseModal(const char* title);

// True when the key (a DOM key code) was pressed this frame with Ctrl (or Cmd on macOS).
bool ShortcutPressed(int key);
// True when a plain key was pressed while no text field has focus.
bool KeyPressedOutsideText(int key);

std::string Plural(std::size_t n, const char* one, const char* many);  // "1 note", "3 notes"

}  // namespace ui
