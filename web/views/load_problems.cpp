// When the stored data cannot be used as usual: still opening, saved by a newer version, held by
// an older tab, not available in this browser, or closed because another tab upgraded it. Each
// case says what happened and what to do; none of them changes the stored data.
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

struct Explanation {
    const char* Title;
    const char* Text;
    bool OfferReload;
};

Explanation Explain(debrief::LoadState s) {
    switch (s) {
    case debrief::LoadState::NotOpened:
    case debrief::LoadState::Loading:
        return {"Opening your data", "Reading your records from this browser's storage…", false};
    case debrief::LoadState::NewerVersion:
        return {"Saved by a newer Debrief",
                "Your data was last saved by a newer version of Debrief than this one. Nothing was changed. "
                "Reload "
                "to get the newer version (close other Debrief tabs if it does not appear).",
                true};
    case debrief::LoadState::Blocked:
        return {"Waiting for another tab",
                "Another Debrief tab holds an older version of your data open. Close the other Debrief tabs, "
                "then "
                "reload this one.",
                true};
    case debrief::LoadState::Unavailable:
        return {"No storage in this window",
                "This browser does not let Debrief keep data here (private windows often do not). Open "
                "Debrief in "
                "a normal window to keep your records.",
                false};
    case debrief::LoadState::Failed:
        return {"Your data could not be opened", "The browser reported a problem opening Debrief's storage.",
                true};
    case debrief::LoadState::ClosedForUpgrade:
        return {
            "Debrief was updated in another tab",
            "Another tab opened a newer version of Debrief, so this tab stopped using the data. Reload to "
            "continue with the new version; everything saved is safe.",
            true};
    case debrief::LoadState::Ready: break;
    }
    return {"", "", false};
}

}  // namespace

void DrawLoadProblems(app::AppState& state) {
    if (!state.Records) return;
    if (state.Records->Loading() == debrief::LoadState::Ready) {
        for (debrief::LoadState s : {debrief::LoadState::Loading, debrief::LoadState::NewerVersion,
                                     debrief::LoadState::Blocked, debrief::LoadState::Unavailable,
                                     debrief::LoadState::Failed, debrief::LoadState::ClosedForUpgrade})
            ui::CloseModal(Explain(s).Title);
        return;
    }
    const debrief::Workspace& w = *state.Records;
    const Explanation e = Explain(w.Loading());
    if (!ui::BeginModal(e.Title, nullptr, 30)) return;
    ImGui::TextWrapped("%s", e.Text);
    if (!w.LoadError().empty()) ui::Hint(w.LoadError().c_str());
    if (w.Loading() == debrief::LoadState::ClosedForUpgrade && w.UnsavedActions() > 0) {
        const std::string lost = ui::Plural(w.UnsavedActions(), "change", "changes") +
                                 " made in this tab had not been saved and will be lost on reload.";
        ImGui::TextColored(ui::ErrorColour(), "%s", lost.c_str());
    }
    if (e.OfferReload) {
        ImGui::Spacing();
        if (ImGui::Button("Reload", ui::Em(7, 0))) state.Platform->Reload();
    }
    ui::EndModal();
}

void DrawNotice(app::AppState& state) {
    if (state.Message.Text.empty() || !state.Platform) return;
    if (state.Platform->Now() > state.Message.Until) {
        state.Message.Text.clear();
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - ui::Em(1),
                                   viewport->WorkPos.y + viewport->WorkSize.y - ui::Em(1)),
                            ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowBgAlpha(0.95f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("Notice", nullptr, flags)) ImGui::TextUnformatted(state.Message.Text.c_str());
    ImGui::End();
}

}  // namespace views
