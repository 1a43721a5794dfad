// Whether the user's changes are safely stored: a quiet word in the menu bar while all is well,
// a clear message with Retry when storage failed, and a dialog when another tab saved the same
// record first.
#include <set>

#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

constexpr const char* kConflictTitle = "Changed in another tab";

// Field names as people read them; anything not listed shows its stored name.
const char* FieldLabel(const std::string& key) {
    static const std::pair<const char*, const char*> kLabels[] = {
        {"full_name", "Full name"},
        {"preferred_name", "Preferred name"},
        {"email", "Email"},
        {"phone", "Phone"},
        {"role_id", "Role"},
        {"stage", "Stage"},
        {"status", "Status"},
        {"source", "Source"},
        {"consent_date", "Consent date"},
        {"talent_pool_consent", "Future roles"},
        {"retain_until", "Keep data until"},
        {"notes", "Notes"},
        {"title", "Title"},
        {"team", "Team"},
        {"hiring_manager", "Hiring manager"},
        {"stages", "Stages"},
        {"open", "Open"},
        {"starts_at", "Starts"},
        {"duration_minutes", "Length (minutes)"},
        {"format", "Format"},
        {"interviewers", "Interviewers"},
        {"location", "Where"},
        {"strengths", "Strengths"},
        {"concerns", "Concerns"},
        {"candidate_questions", "Candidate's questions"},
        {"recommendation", "Recommendation"},
        {"subject", "Subject"},
        {"body", "Message"},
        {"updated", "Last changed"},
    };
    for (const auto& [stored, label] : kLabels)
        if (key == stored) return label;
    return key.c_str();
}

// Field names of a record's JSON, for the side-by-side view.
void SideBySide(const nlohmann::json& mine, const nlohmann::json& theirs) {
    if (!ImGui::BeginTable("Both versions", 3,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                               ImGuiTableFlags_SizingStretchProp))
        return;
    ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthFixed, ui::Em(9));
    ImGui::TableSetupColumn("This tab");
    ImGui::TableSetupColumn("Other tab");
    ImGui::TableHeadersRow();
    std::set<std::string> keys;
    for (const nlohmann::json* side : {&mine, &theirs})
        if (side->is_object())
            for (const auto& [key, value] : side->items()) keys.insert(key);
    const auto show = [](const nlohmann::json& side, const std::string& key) {
        if (!side.is_object()) return std::string("(deleted)");
        const auto it = side.find(key);
        if (it == side.end() || it->is_null()) return std::string();
        return it->is_string() ? it->get<std::string>() : it->dump();
    };
    for (const std::string& key : keys) {
        if (key == "id" || key == "rev" || key == "created") continue;
        const std::string a = show(mine, key), b = show(theirs, key);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextDisabled("%s", FieldLabel(key));
        const ImVec4 colour = a != b ? ui::WarningColour() : ImGui::GetStyleColorVec4(ImGuiCol_Text);
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, colour);
        ImGui::TextWrapped("%s", a.c_str());
        ImGui::TableNextColumn();
        ImGui::TextWrapped("%s", b.c_str());
        ImGui::PopStyleColor();
    }
    ImGui::EndTable();
}

}  // namespace

void DrawSaveStatus(app::AppState& state) {
    if (!state.Records) return;
    debrief::Workspace& w = *state.Records;
    switch (w.Saving()) {
    case debrief::SaveState::Idle: break;
    case debrief::SaveState::Saving: ImGui::TextDisabled("Saving…"); break;
    case debrief::SaveState::Saved: ImGui::TextColored(ui::GoodColour(), "Saved"); break;
    case debrief::SaveState::Failed: {
        ImGui::TextColored(ui::ErrorColour(), "Not saved");
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", w.SaveError().c_str());
        if (ImGui::SmallButton("Retry")) w.Retry();
        break;
    }
    case debrief::SaveState::Conflict:
        ImGui::TextColored(ui::WarningColour(), "Changed in another tab");
        break;
    }
}

void DrawConflicts(app::AppState& state) {
    if (!state.Records || state.Records->Conflicts().empty()) {
        ui::CloseModal(kConflictTitle);  // Settled elsewhere (say, another tab restored a backup).
        return;
    }
    debrief::Workspace& w = *state.Records;
    if (!ui::BeginModal(kConflictTitle, nullptr, 40)) return;
    ImGui::TextWrapped(
        "Another tab saved these records after this tab loaded them. Your change is not saved yet. "
        "For each one, keep your version (it replaces theirs) or take theirs (yours is dropped).");
    ImGui::Spacing();
    for (std::size_t i = 0; i < w.Conflicts().size(); ++i) {
        const debrief::PendingConflict& c = w.Conflicts()[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::TextUnformatted(c.What.c_str());
        if (c.Theirs.is_null()) ui::Hint("The other tab deleted it.");
        if (c.Mine.is_null()) ui::Hint("This tab deleted it.");
        bool resolved = false;
        if (ImGui::Button("Keep mine")) {
            w.KeepMine(i);
            resolved = true;
        }
        ImGui::SameLine();
        if (!resolved && ImGui::Button("Take theirs")) {
            w.TakeTheirs(i);
            resolved = true;
        }
        ImGui::SameLine();
        const bool showing = state.ConflictShown == static_cast<int>(i);
        if (!resolved && ImGui::Button(showing ? "Hide both" : "See both"))
            state.ConflictShown = showing ? -1 : static_cast<int>(i);
        if (!resolved && showing) SideBySide(c.Mine, c.Theirs);
        ImGui::PopID();
        if (resolved) {
            state.ConflictShown = -1;
            break;  // The list changed; the rest shows next frame.
        }
    }
    if (w.Conflicts().empty()) ImGui::CloseCurrentPopup();
    ui::EndModal();
}

}  // namespace views
