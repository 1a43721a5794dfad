#include "web/app/draw_app.h"

#include "imgui.h"
#include "web/ui/appearance.h"
#include "web/ui/em.h"
#include "web/views/views.h"

namespace app {

namespace {

constexpr const char* kAboutPopup = "About Debrief";

void DrawMenuBar(AppState& state) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("View")) {
        for (const AreaInfo& area : Areas())
            if (ImGui::MenuItem(area.Name, nullptr, state.Current == area.Id)) Navigate(state, area.Id);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("About Debrief")) RequestAbout(state);
        ImGui::EndMenu();
    }
    ImGui::EndMenuBar();
}

void DrawNavigation(AppState& state) {
    ImGui::BeginChild("Navigation", ImVec2(ui::Em(11), 0), true);
    ImGui::PushFont(ui::CurrentFonts().Title);
    ImGui::TextUnformatted("Debrief");
    ImGui::PopFont();
    ImGui::Dummy(ui::Em(0, 0.25f));
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    for (const AreaInfo& area : Areas()) {
        ImGui::PushID(area.Name);
        // "##nav" keeps these apart from the View menu's items of the same name.
        const std::string label = std::string(area.Name) + "##nav";
        if (ImGui::Selectable(label.c_str(), state.Current == area.Id, 0, ImVec2(0, ui::Em(1.8f))))
            Navigate(state, area.Id);
        ImGui::PopID();
    }
    ImGui::PopStyleVar();
    ImGui::EndChild();
}

void DrawCurrentArea(AppState& state) {
    ImGui::BeginChild("Area", ImVec2(0, 0), false);
    switch (state.Current) {
    case Area::Today: views::DrawToday(state); break;
    case Area::Candidates: views::DrawCandidates(state); break;
    case Area::Compose: views::DrawCompose(state); break;
    case Area::Templates: views::DrawTemplates(state); break;
    case Area::Timeline: views::DrawTimeline(state); break;
    case Area::Workshop: views::DrawWorkshop(state); break;
    case Area::Settings: views::DrawSettings(state); break;
    }
    ImGui::EndChild();
}

void DrawAbout(AppState& state) {
    if (state.AboutRequested) {
        ImGui::OpenPopup(kAboutPopup);
        state.AboutRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ui::Em(26), 0));
    if (!ImGui::BeginPopupModal(kAboutPopup, nullptr, ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove))
        return;
    ImGui::TextWrapped("Debrief helps you follow up with every candidate after an interview: notes written "
                       "while fresh, personal feedback, and replies sent when you promised them.");
    ImGui::Spacing();
    views::DrawBuildDetails(state.Build);
    ImGui::Spacing();
    ImGui::TextWrapped("Everything you enter stays in this browser on this computer.");
    ImGui::Spacing();
    if (ImGui::Button("Close", ui::Em(6, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace

void DrawApp(AppState& state) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_MenuBar |
                                   ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::Begin("Debrief", nullptr, flags);
    DrawMenuBar(state);
    DrawNavigation(state);
    ImGui::SameLine();
    DrawCurrentArea(state);
    ImGui::End();
    DrawAbout(state);
}

}  // namespace app
