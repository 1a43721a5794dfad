// The Candidates area: the candidate list with search, filters and sorting on the left and the
// selected candidate on the right; a second tab for the roles.
//
// The list stays fluid with 10,000 candidates: it is recomputed only when the records, the
// filter or the sort change, and ImGuiListClipper draws only the rows on screen.
#include "core/records/candidate_list.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/views.h"

namespace views {

namespace {

void RefreshRows(app::CandidateListState& list, const debrief::Database& db) {
    if (list.RowsGeneration == db.Generation() && list.RowsFilter == list.Filter &&
        list.RowsSort == list.Sort && list.RowsDescending == list.Descending)
        return;
    list.Rows = debrief::ListCandidates(db, list.Filter, list.Sort, list.Descending);
    list.RowsGeneration = db.Generation();
    list.RowsFilter = list.Filter;
    list.RowsSort = list.Sort;
    list.RowsDescending = list.Descending;
}

void Filters(app::AppState& state) {
    app::CandidateListState& list = state.Candidates;
    const debrief::Database& db = state.Records->Records();
    if (list.FocusSearch) {
        ImGui::SetKeyboardFocusHere();
        list.FocusSearch = false;
    }
    ImGui::SetNextItemWidth(ui::Em(16));
    ImGui::InputTextWithHint("Find a candidate", "Name, email, role, source", &list.Filter.Query);

    ImGui::SetNextItemWidth(ui::Em(11));
    const debrief::Role* role = db.FindRole(list.Filter.RoleId);
    if (ui::BeginCombo("##role filter", role ? role->Title.c_str() : "All roles")) {
        if (ImGui::Selectable("All roles", list.Filter.RoleId.empty())) list.Filter.RoleId.clear();
        for (const auto& [id, r] : db.Roles()) {
            ImGui::PushID(id.c_str());
            if (ImGui::Selectable(r.Title.c_str(), id == list.Filter.RoleId)) {
                list.Filter.RoleId = id;
                list.Filter.Stage.clear();
            }
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(10));
    if (ui::BeginCombo("##stage filter",
                       list.Filter.Stage.empty() ? "All stages" : list.Filter.Stage.c_str())) {
        if (ImGui::Selectable("All stages", list.Filter.Stage.empty())) list.Filter.Stage.clear();
        const std::vector<std::string> stages = role ? role->Stages : debrief::DefaultStages();
        for (const std::string& stage : stages)
            if (ImGui::Selectable(stage.c_str(), stage == list.Filter.Stage)) list.Filter.Stage = stage;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(9));
    if (ui::BeginCombo("##status filter",
                       list.Filter.Status ? debrief::Label(*list.Filter.Status) : "All statuses")) {
        if (ImGui::Selectable("All statuses", !list.Filter.Status)) list.Filter.Status.reset();
        for (int i = 0; i < debrief::kCandidateStatusCount; ++i) {
            const auto status = static_cast<debrief::CandidateStatus>(i);
            if (ImGui::Selectable(debrief::Label(status), list.Filter.Status == status))
                list.Filter.Status = status;
        }
        ImGui::EndCombo();
    }
}

void ApplySort(app::CandidateListState& list) {
    ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs();
    if (!specs || !specs->SpecsDirty || specs->SpecsCount == 0) return;
    list.Sort = static_cast<debrief::CandidateSort>(specs->Specs[0].ColumnUserID);
    list.Descending = specs->Specs[0].SortDirection == ImGuiSortDirection_Descending;
    specs->SpecsDirty = false;
}

// Arrow keys move the selection when no text field has focus.
void MoveSelection(app::CandidateListState& list) {
    const int up = ui::KeyPressedOutsideText(ui::keys::kUp) ? -1 : 0;
    const int down = ui::KeyPressedOutsideText(ui::keys::kDown) ? 1 : 0;
    if ((up | down) == 0 || list.Rows.empty()) return;
    int index = -1;
    for (int i = 0; i < static_cast<int>(list.Rows.size()); ++i)
        if (list.Rows[static_cast<std::size_t>(i)]->Id == list.Selected) index = i;
    index = std::clamp(index + up + down, 0, static_cast<int>(list.Rows.size()) - 1);
    list.Selected = list.Rows[static_cast<std::size_t>(index)]->Id;
    list.ScrollToSelected = true;
}

void Table(app::AppState& state) {
    app::CandidateListState& list = state.Candidates;
    const debrief::Database& db = state.Records->Records();
    RefreshRows(list, db);
    MoveSelection(list);
    const ImGuiTableFlags flags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_BordersOuter | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_Resizable;
    if (!ImGui::BeginTable("Candidate list", 4, flags, ImVec2(0, -ImGui::GetFrameHeightWithSpacing())))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_DefaultSort | ImGuiTableColumnFlags_WidthStretch,
                            2.0f, static_cast<ImGuiID>(debrief::CandidateSort::Name));
    ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthStretch, 1.4f,
                            static_cast<ImGuiID>(debrief::CandidateSort::Role));
    ImGui::TableSetupColumn("Stage", ImGuiTableColumnFlags_WidthStretch, 1.2f,
                            static_cast<ImGuiID>(debrief::CandidateSort::Stage));
    ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthStretch, 1.0f,
                            static_cast<ImGuiID>(debrief::CandidateSort::Status));
    ImGui::TableHeadersRow();
    ApplySort(list);

    int scroll_to = -1;
    if (list.ScrollToSelected) {
        for (int i = 0; i < static_cast<int>(list.Rows.size()); ++i)
            if (list.Rows[static_cast<std::size_t>(i)]->Id == list.Selected) scroll_to = i;
        list.ScrollToSelected = false;
    }
    if (scroll_to >= 0) {
        // Bring the row into view before clipping decides what to draw.
        const float row_height = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
        const float y = row_height * static_cast<float>(scroll_to);
        if (y < ImGui::GetScrollY() || y > ImGui::GetScrollY() + ImGui::GetWindowHeight() - 3 * row_height)
            ImGui::SetScrollY(std::max(0.0f, y - ImGui::GetWindowHeight() / 3));
    }

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.Rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const debrief::Candidate& c = *list.Rows[static_cast<std::size_t>(i)];
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::PushID(c.Id.c_str());
            const bool selected = c.Id == list.Selected;
            if (ImGui::Selectable(c.FullName.empty() ? "(no name)" : c.FullName.c_str(), selected,
                                  ImGuiSelectableFlags_SpanAllColumns))
                list.Selected = c.Id;
            ImGui::PopID();
            ImGui::TableNextColumn();
            const debrief::Role* role = db.FindRole(c.RoleId);
            ImGui::TextUnformatted(role ? role->Title.c_str() : "");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(c.Stage.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(debrief::Label(c.Status));
        }
    }
    ImGui::EndTable();
    const std::string count = list.Rows.size() == db.Candidates().size()
                                  ? ui::Plural(list.Rows.size(), "candidate", "candidates")
                                  : std::to_string(list.Rows.size()) + " of " +
                                        ui::Plural(db.Candidates().size(), "candidate", "candidates");
    ui::Hint(count.c_str());
}

void CandidatesTab(app::AppState& state) {
    app::CandidateListState& list = state.Candidates;
    const debrief::Database& db = state.Records->Records();
    if (ImGui::Button("New candidate") || ui::KeyPressedOutsideText(ui::keys::kN))
        OpenCandidateForm(state, nullptr);
    ImGui::SameLine();
    Filters(state);

    if (db.Candidates().empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No candidates yet.");
        ui::Hint(
            "Add one with New candidate (or the N key), or import a list: File > Import candidates (CSV).");
        return;
    }
    const float list_width = std::max(ui::Em(24), ImGui::GetContentRegionAvail().x * 0.48f);
    ImGui::BeginChild("List", ImVec2(list_width, 0), false);
    Table(state);
    ImGui::EndChild();
    ImGui::SameLine();
    ImGui::BeginChild("Detail", ImVec2(0, 0), true);
    if (const debrief::Candidate* c = db.FindCandidate(list.Selected))
        DrawCandidateDetail(state, *c);
    else
        ui::Hint("Select a candidate to see their interviews, notes, messages and history.");
    ImGui::EndChild();
}

void RolesTab(app::AppState& state) {
    const debrief::Database& db = state.Records->Records();
    if (ImGui::Button("New role")) OpenRoleForm(state, nullptr);
    if (db.Roles().empty()) {
        ImGui::Spacing();
        ImGui::TextUnformatted("No roles yet.");
        ui::Hint("A role holds the stages of its hiring process and who manages it.");
        return;
    }
    std::vector<const debrief::Role*> roles;
    for (const auto& [id, r] : db.Roles()) roles.push_back(&r);
    std::sort(roles.begin(), roles.end(), [](const debrief::Role* a, const debrief::Role* b) {
        return a->Open != b->Open ? a->Open : a->Title < b->Title;
    });
    if (!ImGui::BeginTable("Roles", 5, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter)) return;
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableSetupColumn("Team", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Hiring manager", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Candidates", ImGuiTableColumnFlags_WidthFixed, ui::Em(6));
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, ui::Em(9));
    ImGui::TableHeadersRow();
    for (const debrief::Role* r : roles) {
        ImGui::PushID(r->Id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r->Title.c_str());
        if (!r->Open) {
            ImGui::SameLine();
            ImGui::TextDisabled("(closed)");
        }
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r->Team.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r->HiringManager.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%zu", db.CandidatesInRole(r->Id));
        ImGui::TableNextColumn();
        const std::string edit = "Edit##" + r->Title;
        if (ImGui::SmallButton(edit.c_str())) OpenRoleForm(state, r);
        ImGui::SameLine();
        ImGui::BeginDisabled(db.CandidatesInRole(r->Id) > 0);
        if (ImGui::SmallButton("Delete")) AskToDelete(state, debrief::Collection::Roles, r->Id);
        ImGui::EndDisabled();
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace

void DrawCandidates(app::AppState& state) {
    DrawAreaHeader(app::Area::Candidates);
    if (!state.Records) return;
    // Two views of the area, as a pair of buttons: the active one is highlighted.
    const auto segment = [&](const char* label, app::CandidatesTab which) {
        const bool active = state.Candidates.Tab == which;
        if (active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_Header));
        if (ImGui::Button(label, ui::Em(9, 0))) state.Candidates.Tab = which;
        if (active) ImGui::PopStyleColor();
    };
    segment("All candidates", app::CandidatesTab::Candidates);
    ImGui::SameLine(0, 0);
    segment("Roles", app::CandidatesTab::Roles);
    ImGui::Spacing();
    if (state.Candidates.Tab == app::CandidatesTab::Candidates)
        CandidatesTab(state);
    else
        RolesTab(state);
}

}  // namespace views
