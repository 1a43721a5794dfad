#include "web/app/draw_app.h"

#include "imgui.h"
#include "web/ui/appearance.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/views.h"

namespace app {

namespace {

constexpr const char* kAboutPopup = "About Debrief";
constexpr const char* kShortcutsPopup = "Keyboard shortcuts";

void DrawMenuBar(AppState& state) {
    if (!ImGui::BeginMenuBar()) return;
    if (ImGui::BeginMenu("File")) {
        views::DrawBackupMenuItems(state);
        ImGui::Separator();
        views::DrawInstallMenuItem(state);
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("View")) {
        for (const AreaInfo& area : Areas())
            if (ImGui::MenuItem(area.Name, nullptr, state.Current == area.Id)) Navigate(state, area.Id);
        ImGui::Separator();
        if (ImGui::MenuItem("Presenter mode", "F9", state.Presenter.On)) TogglePresenter(state);
        if (ImGui::BeginMenu("Presenter size")) {
            for (const float scale : {1.5f, 1.75f, 2.0f}) {
                const std::string label = std::to_string(static_cast<int>(scale * 100.0f + 0.5f)) + "%";
                if (ImGui::MenuItem(label.c_str(), nullptr, state.Presenter.Scale == scale)) {
                    state.Presenter.Scale = scale;
                    state.Presenter.On = true;
                }
            }
            ImGui::EndMenu();
        }
        ImGui::EndMenu();
    }
    if (ImGui::BeginMenu("Help")) {
        if (ImGui::MenuItem("Keyboard shortcuts")) state.ShortcutsRequested = true;
        if (ImGui::MenuItem("About Debrief")) RequestAbout(state);
        ImGui::EndMenu();
    }
    // The save status sits at the right end, where people look for it.
    ImGui::SetCursorPosX(ImGui::GetWindowContentRegionMax().x - ui::Em(12));
    views::DrawSaveStatus(state);
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
    views::DrawOfflineStatus(state);
    ImGui::Spacing();
    ImGui::TextWrapped("Everything you enter stays in this browser on this computer.");
    ImGui::Spacing();
    if (ImGui::Button("Close", ui::Em(6, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

void DrawShortcuts(AppState& state) {
    if (state.ShortcutsRequested) {
        ImGui::OpenPopup(kShortcutsPopup);
        state.ShortcutsRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal(kShortcutsPopup, nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    static const char* const kRows[][2] = {
        {"Ctrl+F", "Find a candidate"},
        {"N", "New candidate (in Candidates)"},
        {"E", "Edit the selected candidate"},
        {"Delete", "Delete the selected candidate (asks first)"},
        {"Up / Down", "Move through the candidate list"},
        {"Ctrl+S", "Save the open form"},
        {"Escape", "Leave a text field; again to close the form"},
        {"F9", "Presenter mode: larger, high contrast (workshops)"},
    };
    if (ImGui::BeginTable("Shortcuts", 2, ImGuiTableFlags_SizingFixedFit)) {
        for (const auto& row : kRows) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[0]);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[1]);
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Close", ui::Em(6, 0)) || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

// Shortcuts that work anywhere, as long as no dialog is open.
void GlobalShortcuts(AppState& state) {
    if (ImGui::IsKeyPressed(ui::keys::kF9, false)) TogglePresenter(state);  // Also over a dialog.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (ui::ShortcutPressed(ui::keys::kF)) {
        state.Current = Area::Candidates;
        state.Candidates.Tab = CandidatesTab::Candidates;
        state.Candidates.FocusSearch = true;
    }
}

// Ask the browser once, after the first save, to protect the data from eviction: before there is
// data the request means nothing to the user, and asking on every visit is noise.
void RequestPersistenceOnce(AppState& state) {
    if (!state.Platform || !state.Records || state.Health.Asked) return;
    if (state.Records->AcknowledgedActions() == 0 || state.Platform->PersistenceAlreadyAsked()) return;
    state.Health.Asked = true;
    state.Platform->QueryStorageHealth(true, [&state](const StorageHealth& h) { state.Health = h; });
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
    GlobalShortcuts(state);
    views::DrawUpdateBar(state);
    views::DrawWorkshopBar(state);
    DrawNavigation(state);
    ImGui::SameLine();
    DrawCurrentArea(state);

    // Dialogs, each drawn only while open; at most one is in front.
    views::DrawCandidateForm(state);
    views::DrawRoleForm(state);
    views::DrawInterviewForm(state);
    views::DrawNoteForm(state);
    views::DrawDeleteConfirmation(state);
    views::DrawBackupDialogs(state);
    views::DrawCsvImport(state);
    views::DrawConflicts(state);
    views::DrawLoadProblems(state);
    views::DrawInstallDialog(state);
    DrawAbout(state);
    DrawShortcuts(state);
    ImGui::End();
    views::DrawNotice(state);
    RequestPersistenceOnce(state);
    FollowOfflineCopy(state);
    FollowWorkshop(state);
    NotifyDueFollowUps(state);
}

}  // namespace app
