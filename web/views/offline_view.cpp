// The offline copy on screen: the bar that offers a new version ("Update available — reload"),
// Settings' "Offline and updates" section, and the "Install Debrief" dialog that says why
// installing keeps the data safer.
#include "imgui.h"
#include "web/app/offline_copy.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

using Copy = app::OfflineCopy;
constexpr const char* kInstallTitle = "Install Debrief";
constexpr const char* kUpdateButton = "Update available — reload";

void CopyStatus(const Copy& copy) {
    switch (copy.Copy) {
    case Copy::State::Ready:
        ImGui::TextColored(ui::GoodColour(), "Ready to work offline.");
        ui::Hint("This browser keeps a complete copy of Debrief, so it starts and works without a connection.");
        break;
    case Copy::State::Preparing: ui::Hint("Preparing the offline copy…"); break;
    case Copy::State::Failed: {
        const std::string text = "The offline copy could not be made: " + copy.Problem +
                                 ". Debrief works while it can reach its server and tries again on the next visit.";
        ImGui::PushStyleColor(ImGuiCol_Text, ui::ErrorColour());
        ImGui::TextWrapped("%s", text.c_str());
        ImGui::PopStyleColor();
        break;
    }
    case Copy::State::Unsupported:
        ui::Hint("This browser cannot keep Debrief for offline use (some private windows cannot). "
                 "It works while it can reach its server.");
        break;
    }
}

void UpdateCheck(app::AppState& state, const Copy& copy) {
    ImGui::BeginDisabled(copy.Copy == Copy::State::Unsupported || copy.LastCheck == Copy::Check::Checking);
    if (ImGui::Button("Check for updates")) state.Platform->CheckForUpdate();
    ImGui::EndDisabled();
    ImGui::SameLine();
    switch (copy.LastCheck) {
    case Copy::Check::Idle: break;
    case Copy::Check::Checking: ui::Hint("Checking…"); break;
    case Copy::Check::Current:
        if (copy.NewVersion == Copy::Update::None) ui::Hint("This is the newest version.");
        break;
    case Copy::Check::Found:
        ui::Hint(copy.NewVersion == Copy::Update::None ? "A new version is downloading; Debrief offers it when it is ready."
                                                        : "A new version is ready: see the bar at the top.");
        break;
    case Copy::Check::Failed:
        ui::Hint("The server could not be reached. Debrief keeps working offline and checks again when "
                 "the connection returns.");
        break;
    }
}

void InstallOffer(app::AppState& state, const Copy& copy) {
    if (copy.Installed) {
        ImGui::TextColored(ui::GoodColour(), "Installed as an app.");
        return;
    }
    ui::Hint("Installed, Debrief opens in its own window like any program, works without a connection, and "
             "browsers are more willing to protect its data from being cleared when space runs low.");
    if (copy.CanInstall) {
        if (ImGui::Button("Install Debrief…")) state.Offline.InstallDialog = true;
    } else {
        ui::Hint("To install it, use the install button in the browser's address bar (on a phone: Add to Home "
                 "screen). Some browsers offer it only after a few visits.");
    }
}

}  // namespace

void DrawUpdateBar(app::AppState& state) {
    const Copy copy = app::CurrentOfflineCopy(state);
    if (copy.NewVersion == Copy::Update::None) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.87f, 0.94f, 0.96f, 1.0f));
    ImGui::BeginChild("Update bar", ImVec2(0, ImGui::GetFrameHeightWithSpacing() + ui::Em(0.6f)), true,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(copy.NewVersion == Copy::Update::Elsewhere
                               ? "Debrief was updated (in another tab or window); this one still runs the previous version."
                               : "A new version of Debrief is ready.");
    ImGui::SameLine();
    if (copy.NewVersion == Copy::Update::Applying) {
        ImGui::TextUnformatted("Updating…");
    } else {
        const bool can = app::UpdateCanApplyNow(state);
        ImGui::BeginDisabled(!can);
        if (ImGui::Button(kUpdateButton)) app::ApplyUpdate(state);
        ImGui::EndDisabled();
        ImGui::SameLine();
        ui::Hint(can ? "Your records stay as they are." : "Saving your changes first…");
    }
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void DrawOfflineSettings(app::AppState& state) {
    if (!state.Platform) return;
    const Copy copy = state.Platform->Offline();
    ui::SectionHeading("Offline and updates");
    CopyStatus(copy);
    UpdateCheck(state, copy);
    ui::SectionHeading("Install as an app");
    InstallOffer(state, copy);
}

void DrawOfflineStatus(const app::AppState& state) { CopyStatus(app::CurrentOfflineCopy(state)); }

void DrawInstallMenuItem(app::AppState& state) {
    const Copy copy = app::CurrentOfflineCopy(state);
    if (ImGui::MenuItem("Install Debrief as an app…", nullptr, false, copy.CanInstall && !copy.Installed))
        state.Offline.InstallDialog = true;
}

void DrawInstallDialog(app::AppState& state) {
    if (!state.Offline.InstallDialog) {
        ui::CloseModal(kInstallTitle);
        return;
    }
    if (!ui::BeginModal(kInstallTitle, &state.Offline.InstallDialog, 30)) return;
    ImGui::TextWrapped("Installing gives Debrief its own window and a place on your desktop, start menu or "
                       "dock. It starts and works without a connection.");
    ImGui::Spacing();
    ImGui::TextWrapped("It also keeps your records safer. A browser may clear a website's stored data when "
                       "the disk runs low; it protects an installed app's data much more readily. Your "
                       "records stay on this computer either way, and a backup (File > Export backup) is "
                       "still the best protection.");
    ImGui::Spacing();
    if (ImGui::Button("Install", ui::Em(7, 0))) {
        state.Platform->Install();  // The browser's own dialog follows.
        state.Offline.InstallDialog = false;
    }
    ImGui::SameLine();
    if (ImGui::Button("Not now", ui::Em(7, 0))) state.Offline.InstallDialog = false;
    ui::EndModal();
}

}  // namespace views
