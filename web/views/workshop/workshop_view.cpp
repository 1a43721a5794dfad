// The Workshop area and the bar that labels the demo space on every screen.
//
// Outside a workshop the area explains what starting one does and starts it. Inside, the bar at
// the top says so at all times, with Reset demo and Leave workshop; the area lists what the demo
// holds: each situation a trainer can show, with the candidate in it.
#include "core/workshop/demo_data.h"
#include "imgui.h"
#include "web/app/workshop.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

void StartOffer(app::AppState& state) {
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ui::Em(40));
    ImGui::TextWrapped("A workshop opens a separate demo space: %s, a fictional small business hiring for three "
                       "roles, with about twenty-five candidates at every stage, interviews over the past weeks, "
                       "notes good and bad, overdue follow-ups and a broken promise.",
                       debrief::workshop::kDemoCompanyName);
    ImGui::Spacing();
    ImGui::TextWrapped("While it is open your own records are closed: nothing in them is read or changed. Leave "
                       "the workshop and they are back exactly as they were.");
    ImGui::PopTextWrapPos();
    ImGui::Spacing();
    const bool can = app::CanSwitchSpace(state);
    state.Workshop.Approaching = true;
    ImGui::BeginDisabled(!can);
    if (ImGui::Button("Start workshop", ui::Em(10, 0))) app::RequestSpace(state, app::Space::Workshop);
    ImGui::EndDisabled();
    if (!can) {
        ImGui::SameLine();
        ui::Hint("Waiting until your records are read and every change is saved…");
    }
    ui::Hint("Trainers: open Debrief with ?workshop=1 at the end of its address to start in the demo space.");
}

void DemoContents(app::AppState& state) {
    if (!app::DemoReady(state)) {
        ui::Hint("Preparing the demo…");
        return;
    }
    DrawScenarioCards(state);
    DrawExerciseResults(state);
    ui::SectionHeading("What the demo holds");
    ui::Hint("Each situation below is in the demo's records; open the candidate to show it.");
    const auto& situations = debrief::workshop::DemoSituations();
    if (!ImGui::BeginTable("Situations", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Situation", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("##open", ImGuiTableColumnFlags_WidthFixed, ui::Em(5));
    ImGui::TableHeadersRow();
    for (const debrief::workshop::DemoSituation& s : situations) {
        const debrief::Candidate* c = app::SituationCandidate(state, s.Key);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%.*s", static_cast<int>(s.Description.size()), s.Description.data());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(c ? c->FullName.c_str() : "(deleted in this workshop)");
        ImGui::TableNextColumn();
        if (c) {
            const std::string label = "Open##" + std::string(s.Key);
            if (ImGui::SmallButton(label.c_str())) app::SelectCandidate(state, c->Id);
        }
    }
    ImGui::EndTable();
}

}  // namespace

void DrawWorkshop(app::AppState& state) {
    DrawAreaHeader(app::Area::Workshop);
    if (!state.Records) return;
    if (state.Workshop.Current == app::Space::Own) StartOffer(state);
    else DemoContents(state);
}

void DrawWorkshopBar(app::AppState& state) {
    if (state.Workshop.Current != app::Space::Workshop) return;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.99f, 0.90f, 0.72f, 1.0f));
    ImGui::BeginChild("Workshop bar", ImVec2(0, ImGui::GetFrameHeightWithSpacing() + ui::Em(0.6f)), true,
                      ImGuiWindowFlags_NoScrollbar);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted("WORKSHOP");
    ImGui::SameLine();
    // The buttons must always show: on a narrow window (or in presenter mode) the label shortens,
    // and goes when even the short one does not fit.
    const ImGuiStyle& style = ImGui::GetStyle();
    const float buttons = ImGui::CalcTextSize("Reset demo").x + ImGui::CalcTextSize("Leave workshop").x +
                          4 * style.FramePadding.x + 2 * style.ItemSpacing.x;
    const std::string texts[] = {std::string("Fictional demo data (") + debrief::workshop::kDemoCompanyName +
                                     "). Your own records are closed and untouched.",
                                 "Demo data. Your records are closed."};
    for (const std::string& text : texts)
        if (ImGui::CalcTextSize(text.c_str()).x + buttons <= ImGui::GetContentRegionAvail().x) {
            ImGui::TextUnformatted(text.c_str());
            ImGui::SameLine();
            break;
        }
    ImGui::BeginDisabled(!state.Records || !state.Records->Complete());
    if (ImGui::Button("Reset demo")) app::ResetDemo(state);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(!app::CanSwitchSpace(state));
    if (ImGui::Button("Leave workshop")) app::RequestSpace(state, app::Space::Own);
    ImGui::EndDisabled();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace views
