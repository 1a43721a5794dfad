#include "web/ui/frame.h"

#include "imgui.h"
#include "imgui_internal.h"
#include "web/ui/item_registry.h"

namespace ui {

bool BeginFrame(InputQueue& input) {
    ImGuiIO& io = ImGui::GetIO();
    const bool applied = input.ApplyTo(io);
    // ImGui's Escape in a text field throws away everything typed since the field was
    // activated. Here Escape only leaves the field and keeps the text: minutes of interview
    // notes must not vanish on one key.
    const bool leave_text_field = input.TakeEscapeFromText();
    items::BeginFrame();
    ImGui::NewFrame();
    if (leave_text_field) ImGui::ClearActiveID();
    return applied;
}

void EndFrame() {
    ImGui::Render();
    items::Publish();
}

}  // namespace ui
