// Workshop exercises: a participant opens a scenario card (core/workshop/scenario.h), rewrites its
// draft in Compose with the live tone check, submits, and sees before and after: the score, the
// findings resolved, each goal met or not, and the time taken (core/workshop/attempt.h).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/records/record_id.h"
#include "core/time/time.h"
#include "core/workshop/attempt.h"

namespace app {

struct AppState;

struct OpenExercise {
    std::string CardId;
    std::string Participant;
    debrief::RecordId Candidate;
    debrief::RecordId MessageId;  // The draft being rewritten, a Message of the demo candidate.
    std::string OriginalBody;     // The card's draft as filled in for the candidate.
    debrief::TimeMs StartedAt = 0;
};

struct ExerciseOutcome {
    std::string CardId, Title, Participant;
    debrief::workshop::AttemptResult Result;
    debrief::TimeMs TookMs = 0;
};

struct ExerciseState {
    std::string Participant;            // As typed in the Workshop area.
    std::optional<OpenExercise> Open;   // The exercise in Compose.
    std::vector<ExerciseOutcome> Done;  // Submitted in this workshop, newest last.
    bool ShowResult = false;            // The Workshop area shows Done.back() in full.
};

// Opens `card_id` for the typed participant: its draft, filled in for the demo candidate it
// concerns, becomes a draft message, open in Compose. False, with a notice, when it cannot.
bool StartExercise(AppState& state, const std::string& card_id);
// Checks the rewrite against the card's goals and shows the result in the Workshop area.
bool SubmitExercise(AppState& state);
void AbandonExercise(AppState& state);
// The open exercise when Compose shows its draft; nullptr otherwise.
const OpenExercise* ExerciseInCompose(const AppState& state);
std::string FormatDuration(debrief::TimeMs ms);  // "4 min 05 s"

}  // namespace app
