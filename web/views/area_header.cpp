#include "imgui.h"
#include "web/ui/appearance.h"
#include "web/ui/em.h"
#include "web/views/views.h"

namespace views {

void DrawAreaHeader(app::Area area) {
    const app::AreaInfo& info = app::Describe(area);
    ImGui::PushFont(ui::CurrentFonts().Title);
    ImGui::TextUnformatted(info.Name);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui::Em(40));
    ImGui::TextUnformatted(info.Purpose);
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::Dummy(ui::Em(0, 0.5f));
}

}  // namespace views
