// "Delete this?" before any record goes: deleting a candidate takes their whole history with it.
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

std::string Question(const debrief::Database& db, debrief::Collection where, const debrief::RecordId& id) {
    switch (where) {
    case debrief::Collection::Candidates: {
        const debrief::Candidate* c = db.FindCandidate(id);
        if (!c) return {};
        std::size_t notes = 0;
        const auto interviews = db.InterviewsOf(id);
        for (const debrief::Interview* i : interviews) notes += db.NotesOf(i->Id).size();
        return "Delete " + c->FullName + " with " + ui::Plural(interviews.size(), "interview", "interviews") +
               ", " + ui::Plural(notes, "note", "notes") + ", " +
               ui::Plural(db.MessagesOf(id).size(), "message", "messages") +
               " and their history? This cannot be undone.";
    }
    case debrief::Collection::Interviews: {
        const debrief::Interview* i = db.FindInterview(id);
        if (!i) return {};
        return "Delete this interview and its " + ui::Plural(db.NotesOf(id).size(), "note", "notes") + "?";
    }
    case debrief::Collection::Notes: {
        const debrief::InterviewNote* n = db.FindNote(id);
        return n ? "Delete " + n->Interviewer + "'s note?" : std::string();
    }
    case debrief::Collection::Roles: {
        const debrief::Role* r = db.FindRole(id);
        return r ? "Delete the role " + r->Title + "?" : std::string();
    }
    case debrief::Collection::Messages: return db.FindMessage(id) ? "Delete this message?" : std::string();
    case debrief::Collection::Templates: {
        const debrief::MessageTemplate* t = db.FindTemplate(id);
        return t ? "Delete the template " + t->Name + "?" : std::string();
    }
    case debrief::Collection::ExerciseResults: {
        const auto it = db.ExerciseResults().find(id);
        if (it == db.ExerciseResults().end()) return {};
        return "Delete " + it->second.Participant + "'s result for \"" + it->second.CardTitle + "\"?";
    }
    case debrief::Collection::ScenarioCards:
        return db.ScenarioCards().count(id) ? "Delete this imported scenario card?" : std::string();
    case debrief::Collection::Activity:
    case debrief::Collection::Settings: return {};
    }
    return {};
}

void Delete(app::AppState& state) {
    const app::DeleteConfirmation& c = state.ConfirmDelete;
    debrief::Workspace& w = *state.Records;
    switch (c.Where) {
    case debrief::Collection::Candidates:
        w.DeleteCandidate(c.Id);
        if (state.Candidates.Selected == c.Id) state.Candidates.Selected.clear();
        break;
    case debrief::Collection::Interviews: w.DeleteInterview(c.Id); break;
    case debrief::Collection::Notes: w.DeleteNote(c.Id); break;
    case debrief::Collection::Roles:
        if (!w.DeleteRole(c.Id)) app::ShowNotice(state, "Candidates still use this role: close it instead.");
        break;
    case debrief::Collection::Messages: w.DeleteMessage(c.Id); break;
    case debrief::Collection::Templates: w.DeleteTemplate(c.Id); break;
    case debrief::Collection::ExerciseResults: w.DeleteExerciseResult(c.Id); break;
    case debrief::Collection::ScenarioCards: w.DeleteScenarioCard(c.Id); break;
    case debrief::Collection::Activity:
    case debrief::Collection::Settings: break;
    }
}

}  // namespace

void AskToDelete(app::AppState& state, debrief::Collection where, const debrief::RecordId& id) {
    std::string question = Question(state.Records->Records(), where, id);
    if (question.empty()) return;
    state.ConfirmDelete = {true, where, id, std::move(question)};
}

void DrawDeleteConfirmation(app::AppState& state) {
    app::DeleteConfirmation& c = state.ConfirmDelete;
    if (!c.Open || !state.Records) return;
    if (!ui::BeginModal("Delete?", &c.Open, 28)) return;
    ImGui::TextWrapped("%s", c.Question.c_str());
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Button, ui::ErrorColour());
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1, 1, 1, 1));
    const bool confirmed = ImGui::Button("Delete", ui::Em(7, 0));
    ImGui::PopStyleColor(2);
    if (confirmed) {
        Delete(state);
        c.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep", ui::Em(7, 0)) || ui::KeyPressedOutsideText(ui::keys::kEscape)) {
        c.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

}  // namespace views
