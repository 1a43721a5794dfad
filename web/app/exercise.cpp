#include "web/app/exercise.h"

#include <cstdio>

#include "core/workshop/results.h"
#include "web/app/app_state.h"
#include "web/app/compose.h"

namespace app {

namespace {

debrief::TimeMs Now(const AppState& state) { return state.Platform ? state.Platform->Now() : 0; }

bool InWorkshop(const AppState& state) { return state.Records && state.Workshop.Current == Space::Workshop; }

ExerciseState& Derived(AppState& state) {
    ExerciseState& e = state.Workshop.Exercises;
    const std::uint64_t generation = state.Records ? state.Records->Records().Generation() : 0;
    if (e.DerivedGeneration != generation) {
        e.Cards = {};
        e.Results.clear();
        if (state.Records) {
            e.Cards = debrief::workshop::CardsOf(state.Records->Records());
            e.Results = debrief::workshop::ResultsInOrder(state.Records->Records());
        }
        e.DerivedGeneration = generation;
    }
    return e;
}

}  // namespace

const debrief::workshop::WorkshopCards& OfferedCards(AppState& state) { return Derived(state).Cards; }

const std::vector<const debrief::ExerciseResult*>& KeptResults(AppState& state) { return Derived(state).Results; }

bool StartExercise(AppState& state, const std::string& card_id) {
    ExerciseState& e = state.Workshop.Exercises;
    if (!InWorkshop(state)) return false;
    const debrief::workshop::OfferedCard* offered = debrief::workshop::FindCard(OfferedCards(state), card_id);
    if (!offered) return false;
    const debrief::workshop::Scenario card = offered->Card;
    if (e.Participant.empty()) {
        ShowNotice(state, "Type the participant's name first: results are kept under it.");
        return false;
    }
    const debrief::Candidate* who = SituationCandidate(state, card.Candidate);
    if (!who) {
        ShowNotice(state, "This card's candidate is no longer in the demo: Reset demo brings them back.");
        return false;
    }
    const debrief::RecordId candidate = who->Id;
    const debrief::workshop::ScenarioDraft draft =
        debrief::workshop::RenderDraft(card, MessageContextFor(state), candidate);
    debrief::Message m;
    m.CandidateId = candidate;
    m.Kind = card.Kind;
    m.Subject = draft.Subject;
    m.Body = draft.Body;
    const debrief::RecordId id = state.Records->SaveMessage(m);
    const debrief::Message* saved = state.Records->Records().FindMessage(id);
    if (!saved) return false;
    OpenDraft(state, *saved);
    e.Open = OpenExercise{card, e.Participant, candidate, id, draft.Body, Now(state)};
    e.ShowResult = false;
    Navigate(state, Area::Compose);
    return true;
}

const OpenExercise* ExerciseInCompose(const AppState& state) {
    const auto& open = state.Workshop.Exercises.Open;
    if (!open || state.Current != Area::Compose || state.Compose.MessageId != open->MessageId) return nullptr;
    return &*open;
}

bool SubmitExercise(AppState& state) {
    ExerciseState& e = state.Workshop.Exercises;
    const OpenExercise* open = ExerciseInCompose(state);
    if (!open || !InWorkshop(state)) return false;
    SaveDraftIfDue(state, true);
    const debrief::TimeMs now = Now(state);
    ExerciseOutcome outcome;
    outcome.CardId = open->Card.Id;
    outcome.Title = open->Card.Title;
    outcome.Participant = open->Participant;
    outcome.Result = debrief::workshop::EvaluateAttempt(open->Card, open->OriginalBody, state.Compose.Body);
    outcome.TookMs = now - open->StartedAt;
    if (outcome.Result.Error.empty())
        state.Records->SaveExerciseResult(debrief::workshop::MakeResult(
            open->Card, outcome.Result, open->Participant, open->StartedAt, now, state.Compose.Body));
    e.Last = std::move(outcome);
    e.Open.reset();
    e.ShowResult = true;
    Navigate(state, Area::Workshop);
    return true;
}

void AbandonExercise(AppState& state) { state.Workshop.Exercises.Open.reset(); }

std::string FormatDuration(debrief::TimeMs ms) {
    const long long seconds = ms < 0 ? 0 : ms / 1000;
    char text[32];
    std::snprintf(text, sizeof text, "%lld min %02lld s", seconds / 60, seconds % 60);
    return text;
}

void ImportCardsFrom(AppState& state, const std::string& file_name, const std::string& bytes) {
    if (!InWorkshop(state)) return;
    ExerciseState& e = state.Workshop.Exercises;
    debrief::workshop::ScenarioRead read = debrief::workshop::ParseScenarioFile(bytes, file_name);
    e.ImportFile = file_name;
    e.ImportErrors = std::move(read.Errors);
    if (!e.ImportErrors.empty()) return;
    std::vector<debrief::ScenarioCard> records;
    std::string titles;
    for (const debrief::workshop::Scenario& card : read.Cards) {
        records.push_back(debrief::workshop::ToRecord(card));
        titles += (titles.empty() ? "\"" : ", \"") + card.Title + "\"";
    }
    state.Records->ImportScenarioCards(std::move(records));
    ShowNotice(state, "Imported " + std::to_string(read.Cards.size()) +
                          (read.Cards.size() == 1 ? " card: " : " cards: ") + titles);
}

void ImportCards(AppState& state) {
    if (!InWorkshop(state) || !state.Platform) return;
    state.Platform->PickFile(".json,application/json", [&state](PickedFile file) {
        ImportCardsFrom(state, file.Name, file.Bytes);
    });
}

void ExportCards(AppState& state) {
    if (!InWorkshop(state) || !state.Platform) return;
    std::vector<debrief::workshop::Scenario> cards;
    for (const debrief::workshop::OfferedCard& c : OfferedCards(state).Cards) cards.push_back(c.Card);
    const std::string name = "debrief-scenario-cards-" + LocalDateText(state) + ".json";
    state.Platform->Download(name, "application/json", debrief::workshop::ScenariosToJson(cards));
    ShowNotice(state, std::to_string(cards.size()) + " scenario cards saved to your downloads as " + name);
}

void ExportResults(AppState& state) {
    if (!InWorkshop(state) || !state.Platform) return;
    const debrief::Database& db = state.Records->Records();
    const std::string name = "debrief-workshop-results-" + LocalDateText(state) + ".csv";
    state.Platform->Download(name, "text/csv", debrief::workshop::ResultsCsv(db, LocalOffset(state)));
    const std::size_t n = db.Count(debrief::Collection::ExerciseResults);
    ShowNotice(state, std::to_string(n) + (n == 1 ? " result" : " results") + " saved to your downloads as " + name);
}

}  // namespace app
