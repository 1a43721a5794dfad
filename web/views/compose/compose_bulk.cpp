// Bulk compose: tick many candidates (everyone not moving forward when a role closes, say),
// draft one personal message each from the chosen template, then review them one by one. Each
// is an ordinary draft: none is sent, or even marked ready, without the user opening it.
#include <algorithm>

#include "core/records/candidate_list.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/compose.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/compose/compose_parts.h"

namespace views {

namespace {

constexpr const char* kBulkTitle = "Draft for several candidates";

bool Ticked(const std::vector<debrief::RecordId>& list, const debrief::RecordId& id) {
    return std::find(list.begin(), list.end(), id) != list.end();
}

void Toggle(std::vector<debrief::RecordId>& list, const debrief::RecordId& id, bool on) {
    const auto it = std::find(list.begin(), list.end(), id);
    if (on && it == list.end()) list.push_back(id);
    if (!on && it != list.end()) list.erase(it);
}

void CreateBatch(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    debrief::templates::ComposeChoices dates;
    if (!app::ReadComposeDates(c.Dates, dates, app::LocalOffset(state))) return;
    std::vector<debrief::RecordId> batch;
    for (const debrief::RecordId& id : c.BulkSelection)
        if (const std::optional<debrief::RecordId> m = app::CreateDraftFor(state, id, c.From, dates)) batch.push_back(*m);
    if (batch.empty()) return;
    const debrief::Message* first = state.Records->Records().FindMessage(batch.front());
    const app::TemplateChoice from = c.From;
    app::OpenDraft(state, *first);
    c.From = from;
    c.Batch = std::move(batch);
    c.BatchAt = 0;
    app::ShowNotice(state, ui::Plural(c.Batch.size(), "draft", "drafts") +
                               " created. Review each one, then send it from your mail.");
}

}  // namespace

void DrawBulkPicker(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    if (!c.BulkPicking) {
        ui::CloseModal(kBulkTitle);
        return;
    }
    if (!ui::BeginModal(kBulkTitle, &c.BulkPicking, 34)) return;
    const debrief::Database& db = state.Records->Records();
    const std::optional<app::ChosenTemplate> chosen = app::ResolveTemplate(state, c.From);
    ImGui::TextWrapped("One personal draft each from \"%s\". You review every draft before it goes anywhere.",
                       chosen ? chosen->Name.c_str() : "no template chosen");

    static debrief::CandidateFilter filter;  // The picker's own filter; only one picker is ever open.
    ImGui::SetNextItemWidth(ui::Em(14));
    ImGui::InputTextWithHint("##bulk find", "Find by name or email", &filter.Query);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(10));
    if (ui::BeginCombo("##bulk status", filter.Status ? debrief::Label(*filter.Status) : "All statuses")) {
        if (ImGui::Selectable("All statuses", !filter.Status)) filter.Status.reset();
        for (int i = 0; i < debrief::kCandidateStatusCount; ++i) {
            const auto status = static_cast<debrief::CandidateStatus>(i);
            if (ImGui::Selectable(debrief::Label(status), filter.Status == status)) filter.Status = status;
        }
        ImGui::EndCombo();
    }
    const std::vector<const debrief::Candidate*> rows =
        debrief::ListCandidates(db, filter, debrief::CandidateSort::Name, false);
    if (ImGui::SmallButton("Tick all shown"))
        for (const debrief::Candidate* r : rows) Toggle(c.BulkSelection, r->Id, true);
    ImGui::SameLine();
    if (ImGui::SmallButton("Untick all")) c.BulkSelection.clear();

    if (ImGui::BeginChild("bulk rows", ImVec2(0, ui::Em(16)), true)) {
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(rows.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const debrief::Candidate* r = rows[static_cast<std::size_t>(i)];
                bool on = Ticked(c.BulkSelection, r->Id);
                ImGui::PushID(r->Id.c_str());
                const std::string label = r->FullName + "  ·  " + debrief::Label(r->Status);
                if (ImGui::Checkbox(label.c_str(), &on)) Toggle(c.BulkSelection, r->Id, on);
                ImGui::PopID();
            }
        }
    }
    ImGui::EndChild();

    ImGui::BeginDisabled(c.BulkSelection.empty() || !chosen);
    const std::string create = "Create " + ui::Plural(c.BulkSelection.size(), "draft", "drafts");
    if (ImGui::Button(create.c_str())) {
        CreateBatch(state);
        c.BulkPicking = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) {
        c.BulkPicking = false;
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

void BatchNavigation(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    if (c.Batch.empty()) return;
    const debrief::Database& db = state.Records->Records();
    std::size_t sent = 0;
    for (const debrief::RecordId& id : c.Batch)
        if (const debrief::Message* m = db.FindMessage(id); m && m->Status == debrief::MessageStatus::Sent) ++sent;
    const std::string where = "Draft " + std::to_string(c.BatchAt + 1) + " of " + std::to_string(c.Batch.size()) +
                              " · " + std::to_string(sent) + " sent";
    ImGui::TextUnformatted(where.c_str());
    ImGui::SameLine();
    const auto go = [&](std::size_t to) {
        app::SaveDraftIfDue(state, true);
        const debrief::Message* m = db.FindMessage(c.Batch[to]);
        if (!m) return;
        std::vector<debrief::RecordId> batch = std::move(c.Batch);
        const app::TemplateChoice from = c.From;
        app::OpenDraft(state, *m);
        c.From = from;
        c.Batch = std::move(batch);
        c.BatchAt = to;
    };
    ImGui::BeginDisabled(c.BatchAt == 0);
    if (ImGui::SmallButton("Previous draft")) go(c.BatchAt - 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    ImGui::BeginDisabled(c.BatchAt + 1 >= c.Batch.size());
    if (ImGui::SmallButton("Next draft")) go(c.BatchAt + 1);
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::SmallButton("End review")) c.Batch.clear();
    ImGui::Separator();
}

}  // namespace views
