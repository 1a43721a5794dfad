// The whole interface for one frame: menu bar, navigation and the current area's view.
#pragma once

#include "web/app/app_state.h"

namespace app {

void DrawApp(AppState& state);  // Call between ImGui::NewFrame() and ImGui::Render().

}  // namespace app
