// Tone findings on screen, shared by Compose and the template editor: underlines in the text box
// as the user types (colour by severity, hover for the message), the side list with "Apply
// suggestion" and "Ignore here", the score, and the Settings section (categories, own phrases).
#pragma once

#include <cstddef>
#include <string_view>

#include "web/app/app_state.h"

namespace views {

// Call right after ImGui::InputTextMultiline(...) over `text`: underlines the report's findings
// where the box draws their characters, and shows a finding's message while hovered.
void DrawToneUnderlines(const app::ToneCheck& check);

struct ToneAction {
    enum class Kind { None, Apply, Ignore } What = Kind::None;
    std::size_t Finding = 0;
};

// The score and the findings, most serious first within the text order. `can_ignore`: offer
// "Ignore here" (drafts; the template editor ignores for the session).
ToneAction DrawTonePanel(const app::ToneCheck& check, bool can_ignore);

void DrawToneSettings(app::AppState& state);  // Settings: categories on/off, own phrases.

ImVec4 SeverityColour(debrief::tone::Severity s);

}  // namespace views
