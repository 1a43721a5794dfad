// Workshop exercises on screen: the participant's name and the scenario cards in the Workshop
// area, the card's situation, goals and timer above the draft in Compose, and the result of the
// last submission (before and after) back in the Workshop area.
#include "core/workshop/scenario.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/exercise.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

using debrief::workshop::Scenario;

void Goals(const Scenario& card) {
    for (debrief::tone::Category c : card.Goals.Remove) {
        const std::string text = "No \"" + std::string(debrief::tone::CategoryLabel(c)) + "\" finding";
        ImGui::BulletText("%s", text.c_str());
    }
    for (debrief::workshop::MessagePart p : card.Goals.Include) {
        const std::string text(debrief::workshop::PartLabel(p));
        ImGui::BulletText("%s", text.c_str());
    }
    ImGui::BulletText("A tone score of at least %d", card.Goals.MinScore);
}

void Findings(const char* heading, const std::vector<debrief::workshop::FindingSummary>& list) {
    if (list.empty()) return;
    ImGui::TextDisabled("%s", heading);
    for (const auto& f : list) {
        const std::string text = std::string(debrief::tone::CategoryLabel(f.Of)) +
                                 (f.Text.empty() ? std::string() : ": \"" + f.Text + "\"");
        ImGui::BulletText("%s", text.c_str());
    }
}

void Result(const app::ExerciseOutcome& o) {
    const auto& r = o.Result;
    ui::SectionHeading("Result");
    const std::string who = o.Participant + ", \"" + o.Title + "\", in " + app::FormatDuration(o.TookMs);
    ImGui::TextUnformatted(who.c_str());
    if (!r.Error.empty()) {
        ImGui::TextColored(ui::ErrorColour(), "%s", r.Error.c_str());
        return;
    }
    ImGui::Text("Tone score: %d before, %d after", r.ScoreBefore, r.ScoreAfter);
    int met = 0;
    for (const auto& g : r.Goals) met += g.Met ? 1 : 0;
    ImGui::TextColored(r.AllGoalsMet ? ui::GoodColour() : ui::WarningColour(), "%d of %d goals met%s", met,
                       static_cast<int>(r.Goals.size()), r.AllGoalsMet ? ": well done." : ".");
    if (ImGui::BeginTable("goals", 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg)) {
        for (const auto& g : r.Goals) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextColored(g.Met ? ui::GoodColour() : ui::ErrorColour(), "%s", g.Met ? "Met" : "Not met");
            ImGui::TableNextColumn();
            const std::string text = g.Goal + ": " + g.Reason;
            ImGui::TextWrapped("%s", text.c_str());
        }
        ImGui::EndTable();
    }
    Findings("Findings resolved", r.Resolved);
    Findings("New findings", r.Introduced);
    Findings("Still there", r.Remaining);
}

}  // namespace

void DrawScenarioCards(app::AppState& state) {
    app::ExerciseState& e = state.Workshop.Exercises;
    ui::SectionHeading("Exercises");
    ImGui::SetNextItemWidth(ui::Em(16));
    ImGui::InputText("Participant name", &e.Participant);
    if (e.ShowResult && !e.Done.empty()) Result(e.Done.back());
    const auto& cards = debrief::workshop::BuiltInScenarios();
    if (!ImGui::BeginTable("Cards", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Scenario card", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("##start", ImGuiTableColumnFlags_WidthFixed, ui::Em(5));
    ImGui::TableHeadersRow();
    for (const Scenario& card : cards) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(card.Title.c_str());
        ui::Hint(card.Lesson.c_str());
        ImGui::TableNextColumn();
        const debrief::Candidate* c = app::SituationCandidate(state, card.Candidate);
        ImGui::TextUnformatted(c ? c->FullName.c_str() : "—");
        ImGui::TableNextColumn();
        const std::string label = "Start##" + card.Id;
        ImGui::BeginDisabled(e.Participant.empty() || !c);
        if (ImGui::SmallButton(label.c_str())) app::StartExercise(state, card.Id);
        ImGui::EndDisabled();
    }
    ImGui::EndTable();
    if (e.Participant.empty()) ui::Hint("Type the participant's name to start an exercise.");
}

void DrawExerciseBanner(app::AppState& state) {
    const app::OpenExercise* open = app::ExerciseInCompose(state);
    const Scenario* card = open ? debrief::workshop::FindBuiltInScenario(open->CardId) : nullptr;
    if (!card) return;
    const debrief::TimeMs now = state.Platform ? state.Platform->Now() : open->StartedAt;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.99f, 0.95f, 0.85f, 1.0f));
    ImGui::BeginChild("Exercise", ImVec2(0, ui::Em(13)), true);
    // The actions and the clock first, where they stay in view; the situation and goals below.
    if (ImGui::Button("Submit exercise")) app::SubmitExercise(state);
    ImGui::SameLine();
    if (ImGui::Button("Stop exercise")) app::AbandonExercise(state);
    ImGui::SameLine();
    const std::string title = "Exercise: " + card->Title + " (" + open->Participant + "), " +
                              app::FormatDuration(now - open->StartedAt);
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(title.c_str());
    app::WakeAt(state, now + 1000);  // The clock moves on every second.
    ImGui::TextWrapped("%s", card->Situation.c_str());
    ImGui::TextDisabled("Goals");
    Goals(*card);
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace views
