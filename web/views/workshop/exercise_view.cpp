// Workshop exercises on screen: the participant's name and the scenario cards (with import and
// export) in the Workshop area, the card's situation, goals and timer above the draft in Compose,
// the result of the last submission (before and after) back in the Workshop area, and every
// participant's results below the cards.
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/exercise.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
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

// Import and export of scenario cards, and why the last import failed.
void CardFiles(app::AppState& state) {
    app::ExerciseState& e = state.Workshop.Exercises;
    if (ImGui::Button("Import cards…")) app::ImportCards(state);
    ImGui::SameLine();
    if (ImGui::Button("Export cards")) app::ExportCards(state);
    ImGui::SameLine();
    ui::Hint("Cards are JSON files: export them, change them or write your own, and import them here.");
    if (e.ImportErrors.empty()) return;
    const std::string heading = "Nothing was imported: " + e.ImportFile + " has " +
                                ui::Plural(e.ImportErrors.size(), "problem", "problems") + ".";
    ImGui::TextColored(ui::ErrorColour(), "%s", heading.c_str());
    // A few problems show in full; a long list scrolls in a box of its own.
    const bool boxed = e.ImportErrors.size() > 4;
    if (boxed) ImGui::BeginChild("Import problems", ImVec2(0, ui::Em(12)), true);
    for (const std::string& problem : e.ImportErrors) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", problem.c_str());
    }
    if (boxed) ImGui::EndChild();
    if (ImGui::SmallButton("Dismiss")) {
        e.ImportErrors.clear();
        e.ImportFile.clear();
    }
}

}  // namespace

void DrawScenarioCards(app::AppState& state) {
    app::ExerciseState& e = state.Workshop.Exercises;
    ui::SectionHeading("Exercises");
    ImGui::SetNextItemWidth(ui::Em(16));
    ImGui::InputText("Participant name", &e.Participant);
    if (e.ShowResult && e.Last) Result(*e.Last);
    ui::SectionHeading("Scenario cards");
    CardFiles(state);
    const debrief::workshop::WorkshopCards& cards = app::OfferedCards(state);
    for (const std::string& problem : cards.Problems) ImGui::TextColored(ui::WarningColour(), "%s", problem.c_str());
    if (!ImGui::BeginTable("Cards", 3, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Scenario card", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("##start", ImGuiTableColumnFlags_WidthFixed, ui::Em(8));
    ImGui::TableHeadersRow();
    // Copied ids: Start or Delete may change the records, and with them the list, mid-loop.
    std::string start, remove;
    for (const debrief::workshop::OfferedCard& offered : cards.Cards) {
        const Scenario& card = offered.Card;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(card.Title.c_str());
        if (offered.Imported) {
            ImGui::SameLine();
            ImGui::TextDisabled("(imported)");
        }
        ui::Hint(card.Lesson.c_str());
        ImGui::TableNextColumn();
        const debrief::Candidate* c = app::SituationCandidate(state, card.Candidate);
        ImGui::TextUnformatted(c ? c->FullName.c_str() : "—");
        ImGui::TableNextColumn();
        ImGui::BeginDisabled(e.Participant.empty() || !c);
        if (ImGui::SmallButton(("Start##" + card.Id).c_str())) start = card.Id;
        ImGui::EndDisabled();
        if (offered.Imported) {
            ImGui::SameLine();
            if (ImGui::SmallButton(("Delete##card-" + card.Id).c_str())) remove = offered.Record;
        }
    }
    ImGui::EndTable();
    if (e.Participant.empty()) ui::Hint("Type the participant's name to start an exercise.");
    if (!start.empty()) app::StartExercise(state, start);
    if (!remove.empty()) AskToDelete(state, debrief::Collection::ScenarioCards, remove);
}

void DrawExerciseResults(app::AppState& state) {
    const auto& results = app::KeptResults(state);
    ui::SectionHeading("Results");
    if (results.empty()) {
        ui::Hint("Each exercise a participant submits is kept here, under their name, until you delete it.");
        return;
    }
    if (ImGui::Button("Export results (CSV)")) app::ExportResults(state);
    ImGui::SameLine();
    ui::Hint("One row per submission, for a spreadsheet.");
    if (!ImGui::BeginTable("Results", 6, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp)) return;
    ImGui::TableSetupColumn("Participant", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Card", ImGuiTableColumnFlags_WidthStretch, 2.5f);
    ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Goals met", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Time", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("##delete", ImGuiTableColumnFlags_WidthFixed, ui::Em(5));
    ImGui::TableHeadersRow();
    debrief::RecordId remove;
    for (const debrief::ExerciseResult* r : results) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r->Participant.c_str());
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(r->CardTitle.c_str());
        ImGui::TableNextColumn();
        ImGui::Text("%d → %d", r->ScoreBefore, r->ScoreAfter);
        ImGui::TableNextColumn();
        ImGui::TextColored(r->GoalsMet == r->GoalsTotal ? ui::GoodColour() : ui::WarningColour(), "%d of %d",
                           r->GoalsMet, r->GoalsTotal);
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(app::FormatDuration(r->SubmittedAt - r->StartedAt).c_str());
        ImGui::TableNextColumn();
        if (ImGui::SmallButton(("Delete##result-" + r->Id).c_str())) remove = r->Id;
    }
    ImGui::EndTable();
    if (!remove.empty()) AskToDelete(state, debrief::Collection::ExerciseResults, remove);
}

void DrawExerciseBanner(app::AppState& state) {
    const app::OpenExercise* open = app::ExerciseInCompose(state);
    if (!open) return;
    const Scenario* card = &open->Card;
    const debrief::TimeMs now = state.Platform ? state.Platform->Now() : open->StartedAt;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.99f, 0.95f, 0.85f, 1.0f));
    ImGui::BeginChild("Exercise", ImVec2(0, ui::Em(13)), true);
    // The actions and the clock first, where they stay in view; the situation and goals below.
    // Acted on after drawing: both end the exercise, and `open` with it.
    const bool submit = ImGui::Button("Submit exercise");
    ImGui::SameLine();
    const bool stop = ImGui::Button("Stop exercise");
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
    if (submit)
        app::SubmitExercise(state);
    else if (stop)
        app::AbandonExercise(state);
}

}  // namespace views
