#include "web/app/exercise.h"

#include <cstdio>

#include "core/workshop/scenario.h"
#include "web/app/app_state.h"
#include "web/app/compose.h"

namespace app {

bool StartExercise(AppState& state, const std::string& card_id) {
    ExerciseState& e = state.Workshop.Exercises;
    const debrief::workshop::Scenario* card = debrief::workshop::FindBuiltInScenario(card_id);
    if (!card || !state.Records || state.Workshop.Current != Space::Workshop) return false;
    if (e.Participant.empty()) {
        ShowNotice(state, "Type the participant's name first: results are kept under it.");
        return false;
    }
    const debrief::Candidate* who = SituationCandidate(state, card->Candidate);
    if (!who) {
        ShowNotice(state, "This card's candidate is no longer in the demo: Reset demo brings them back.");
        return false;
    }
    const debrief::RecordId candidate = who->Id;
    const debrief::workshop::ScenarioDraft draft =
        debrief::workshop::RenderDraft(*card, MessageContextFor(state), candidate);
    debrief::Message m;
    m.CandidateId = candidate;
    m.Kind = card->Kind;
    m.Subject = draft.Subject;
    m.Body = draft.Body;
    const debrief::RecordId id = state.Records->SaveMessage(m);
    const debrief::Message* saved = state.Records->Records().FindMessage(id);
    if (!saved) return false;
    OpenDraft(state, *saved);
    e.Open = OpenExercise{card->Id, e.Participant, candidate, id, draft.Body, state.Platform ? state.Platform->Now() : 0};
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
    const debrief::workshop::Scenario* card = open ? debrief::workshop::FindBuiltInScenario(open->CardId) : nullptr;
    if (!card) return false;
    SaveDraftIfDue(state, true);
    ExerciseOutcome outcome;
    outcome.CardId = card->Id;
    outcome.Title = card->Title;
    outcome.Participant = open->Participant;
    outcome.Result = debrief::workshop::EvaluateAttempt(*card, open->OriginalBody, state.Compose.Body);
    outcome.TookMs = (state.Platform ? state.Platform->Now() : 0) - open->StartedAt;
    e.Done.push_back(std::move(outcome));
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

}  // namespace app
