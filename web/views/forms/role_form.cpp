// The role editor: title, team, hiring manager, and the stages of its hiring process.
#include <algorithm>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

constexpr const char* kTitle = "Role";

// The stage list: rename in place, move up or down, remove, add at the end.
void StageList(app::RoleForm& form) {
    std::vector<std::string>& stages = form.Draft.Stages;
    int remove = -1, up = -1;
    for (int i = 0; i < static_cast<int>(stages.size()); ++i) {
        ImGui::PushID(i);
        ImGui::SetNextItemWidth(ui::Em(16));
        ImGui::InputText("##stage", &stages[static_cast<std::size_t>(i)]);
        ImGui::SameLine();
        ImGui::BeginDisabled(i == 0);
        if (ImGui::Button("Up")) up = i;
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button("Remove")) remove = i;
        ImGui::PopID();
        ui::FieldMessages(form.Issues, "stages[" + std::to_string(i) + "]");
    }
    if (up > 0) std::swap(stages[static_cast<std::size_t>(up)], stages[static_cast<std::size_t>(up - 1)]);
    if (remove >= 0) stages.erase(stages.begin() + remove);
    ImGui::SetNextItemWidth(ui::Em(16));
    const bool entered = ImGui::InputTextWithHint("##new stage", "New stage", &form.NewStage,
                                                  ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::SameLine();
    if ((ImGui::Button("Add stage") || entered) && !form.NewStage.empty()) {
        stages.push_back(form.NewStage);
        form.NewStage.clear();
    }
}

void Save(app::AppState& state) {
    app::RoleForm& form = state.EditRole;
    if (!form.NewStage.empty()) {  // Typed but not added: the user meant it.
        form.Draft.Stages.push_back(form.NewStage);
        form.NewStage.clear();
    }
    form.Issues = debrief::CheckRole(form.Draft);
    if (debrief::HasErrors(form.Issues) || !debrief::Validate(form.Draft.Policy).empty()) {
        form.ShowPolicy = form.ShowPolicy || !debrief::Validate(form.Draft.Policy).empty();
        return;
    }
    state.Records->SaveRole(form.Draft);
    form.Open = false;
    ImGui::CloseCurrentPopup();
}

}  // namespace

void OpenRoleForm(app::AppState& state, const debrief::Role* existing) {
    state.EditRole = {};
    state.EditRole.Open = true;
    if (existing)
        state.EditRole.Draft = *existing;
    else
        state.EditRole.Draft.Stages = debrief::DefaultStages();
}

void DrawRoleForm(app::AppState& state) {
    app::RoleForm& form = state.EditRole;
    if (!form.Open || !state.Records) return;
    if (!ui::BeginModal(kTitle, &form.Open, 34)) return;
    debrief::Role& d = form.Draft;
    ImGui::PushItemWidth(ui::Em(20));
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("Title", &d.Title);
    ui::FieldMessages(form.Issues, "title");
    ImGui::InputText("Team", &d.Team);
    ImGui::InputText("Hiring manager", &d.HiringManager);
    ImGui::Checkbox("Open for candidates", &d.Open);
    ImGui::Checkbox("I am the candidate (my own application)", &d.OwnApplication);
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("The plan then holds your thank-you notes and polite follow-ups to this employer.");
    ImGui::PopItemWidth();
    ui::SectionHeading("Stages");
    StageList(form);
    ImGui::Spacing();
    if (ImGui::Checkbox("Show the follow-up policy", &form.ShowPolicy) || form.ShowPolicy) {
        ui::SectionHeading("Follow-up policy");
        DrawPolicyEditor(d.Policy, d.OwnApplication);
    }
    for (const std::string& problem : debrief::Validate(d.Policy))
        if (!form.ShowPolicy) ImGui::TextColored(ui::ErrorColour(), "Follow-up policy: %s", problem.c_str());

    ImGui::Spacing();
    if (ImGui::Button("Save", ui::Em(7, 0)) || ui::ShortcutPressed(ui::keys::kS)) Save(state);
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ui::Em(7, 0)) || ui::KeyPressedOutsideText(ui::keys::kEscape)) {
        form.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

}  // namespace views
