// Settings: who signs the messages, what the tone checks look for, this copy's version, its offline
// copy and updates, the health of the browser storage that holds the records, and the working
// week the follow-up plan counts.
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/tone/tone_parts.h"
#include "web/views/views.h"

namespace views {

namespace {

std::string Size(double bytes) {
    char buffer[32];
    if (bytes < 1024.0 * 1024.0)
        std::snprintf(buffer, sizeof buffer, "%.0f KB", bytes / 1024.0);
    else if (bytes < 1024.0 * 1024.0 * 1024.0)
        std::snprintf(buffer, sizeof buffer, "%.1f MB", bytes / (1024.0 * 1024.0));
    else
        std::snprintf(buffer, sizeof buffer, "%.1f GB", bytes / (1024.0 * 1024.0 * 1024.0));
    return buffer;
}

constexpr double kNearlyFull = 0.8;

void StorageHealth(app::AppState& state) {
    const app::StorageHealth& h = state.Health;
    ui::SectionHeading("Storage in this browser");
    if (!h.Known) {
        ui::Hint("Checking…");
        return;
    }
    if (h.Persisted == 1)
        ImGui::TextColored(ui::GoodColour(),
                           "Protected: the browser will not clear Debrief's data to free space.");
    else if (h.Persisted == 0)
        ImGui::TextColored(ui::WarningColour(),
                           "Not protected: the browser may clear Debrief's data when the disk runs low.");
    else
        ui::Hint("This browser does not say whether it might clear Debrief's data.");
    if (h.Asked) ui::Hint("Debrief asked the browser for protected storage once, after your first save.");
    if (h.UsageBytes >= 0 && h.QuotaBytes > 0) {
        const double used = h.UsageBytes / h.QuotaBytes;
        const std::string text =
            Size(h.UsageBytes) + " used of " + Size(h.QuotaBytes) + " available to Debrief";
        ImGui::ProgressBar(static_cast<float>(used), ImVec2(ui::Em(20), 0), "");
        ImGui::SameLine();
        ImGui::TextUnformatted(text.c_str());
        if (used >= kNearlyFull)
            ImGui::TextColored(ui::ErrorColour(), "Storage is nearly full: new changes may fail to save.");
    }
    if (h.Persisted == 0 || (h.QuotaBytes > 0 && h.UsageBytes / h.QuotaBytes >= kNearlyFull)) {
        ui::Hint(
            "Keep a backup of your records somewhere safe. Installing Debrief as an app also makes browsers "
            "more willing to protect its data.");
        if (state.Records && state.Records->Complete() && ImGui::Button("Export backup now"))
            ExportBackupNow(state);
        ImGui::SameLine();
    }
    if (ImGui::Button("Check again"))
        state.Platform->QueryStorageHealth(false,
                                           [&state](const app::StorageHealth& r) { state.Health = r; });
}

}  // namespace

void DrawBuildDetails(const debrief::BuildInfo& b) {
    if (!ImGui::BeginTable("Build", 2, ImGuiTableFlags_SizingFixedFit)) return;
    const std::string version(b.Version), id(b.Id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("Version");
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(version.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("Build");
    ImGui::TableNextColumn();
    // The build id can be copied (for a support question); as a selectable it is one item.
    if (ImGui::Selectable(id.c_str(), false, 0, ImGui::CalcTextSize(id.c_str()))) ImGui::SetClipboardText(id.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Click to copy the build id");
    ImGui::EndTable();
}

void DrawSettings(app::AppState& state) {
    DrawAreaHeader(app::Area::Settings);
    // Two columns: who you are and this browser on the left, what the tone checks look for on the right.
    const bool ready = state.Records && state.Records->Loading() == debrief::LoadState::Ready;
    if (!ImGui::BeginTable("settings", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    if (ready) DrawProfileForm(state);
    if (state.Platform) StorageHealth(state);
    ui::SectionHeading("About this copy");
    DrawBuildDetails(state.Build);
    DrawOfflineSettings(state);
    if (ready) DrawScheduleForm(state);
    ImGui::TableNextColumn();
    if (ready) DrawToneSettings(state);
    ImGui::EndTable();
}

}  // namespace views
