// One frame of the app's interface, the same in the browser and in the headless view tests:
// queued input in, the frame's widgets recorded for the widget locator, ImGui's draw lists out.
// The renderer (browser only) draws ImGui::GetDrawData() after EndFrame().
#pragma once

#include "web/ui/input_queue.h"

namespace ui {

// Applies the input that fits this frame and starts the ImGui frame. Returns true if any input
// was applied (the caller keeps drawing frames until things settle).
bool BeginFrame(InputQueue& input);
// Finishes the frame (ImGui::Render) and publishes its widgets to the locator.
void EndFrame();

}  // namespace ui
