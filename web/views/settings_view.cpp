#include "imgui.h"
#include "web/ui/em.h"
#include "web/views/views.h"

namespace views {

void DrawBuildDetails(const debrief::BuildInfo& b) {
    if (!ImGui::BeginTable("Build", 2, ImGuiTableFlags_SizingFixedFit)) return;
    const auto row = [](const char* label, std::string_view value) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", label);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(value.data(), value.data() + value.size());
    };
    row("Version", b.Version);
    row("Build", b.Id);
    ImGui::EndTable();
}

void DrawSettings(app::AppState& state) {
    DrawAreaHeader(app::Area::Settings);
    ImGui::TextUnformatted("About this copy");
    ImGui::Separator();
    DrawBuildDetails(state.Build);
}

}  // namespace views
