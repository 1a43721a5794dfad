// Workshop exercises: a participant opens a scenario card (core/workshop/cards.h: built-in or
// imported), rewrites its draft in Compose with the live tone check, submits, and sees before and
// after: the score, the findings resolved, each goal met or not, and the time taken
// (core/workshop/attempt.h). Each submission is kept in the workshop's database under the
// participant's name; the trainer exports them as CSV. Trainers also import and export cards as
// JSON files (the format of assets/scenarios/README.md).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "core/records/record_id.h"
#include "core/time/time.h"
#include "core/workshop/attempt.h"
#include "core/workshop/cards.h"

namespace app {

struct AppState;

struct OpenExercise {
    debrief::workshop::Scenario Card;  // As it was when opened: an import meanwhile changes nothing.
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
    std::string Participant;             // As typed in the Workshop area.
    std::optional<OpenExercise> Open;    // The exercise in Compose.
    std::optional<ExerciseOutcome> Last;  // The latest submission in this tab, shown in full.
    bool ShowResult = false;              // The Workshop area shows Last.
    // A card file that could not be imported: its name and every problem, until dismissed.
    std::string ImportFile;
    std::vector<std::string> ImportErrors;
    // The cards on offer and the kept results in order, derived from the records and rebuilt
    // only when they change (Database::Generation), not every frame.
    debrief::workshop::WorkshopCards Cards;
    std::vector<const debrief::ExerciseResult*> Results;
    std::uint64_t DerivedGeneration = std::numeric_limits<std::uint64_t>::max();
};

const debrief::workshop::WorkshopCards& OfferedCards(AppState& state);  // Built-in and imported.
const std::vector<const debrief::ExerciseResult*>& KeptResults(AppState& state);  // Oldest first.

// Opens `card_id` for the typed participant: its draft, filled in for the demo candidate it
// concerns, becomes a draft message, open in Compose. False, with a notice, when it cannot.
bool StartExercise(AppState& state, const std::string& card_id);
// Checks the rewrite against the card's goals, keeps the result and shows it in the Workshop area.
bool SubmitExercise(AppState& state);
void AbandonExercise(AppState& state);
// The open exercise when Compose shows its draft; nullptr otherwise.
const OpenExercise* ExerciseInCompose(const AppState& state);
std::string FormatDuration(debrief::TimeMs ms);  // "4 min 05 s"

// Files. Importing asks for a file; a card with the id of a stored or built-in card replaces it.
// A file with any problem imports nothing and lists every problem (ImportErrors).
void ImportCards(AppState& state);
void ImportCardsFrom(AppState& state, const std::string& file_name, const std::string& bytes);
void ExportCards(AppState& state);    // Every card on offer, as one collection file.
void ExportResults(AppState& state);  // Every participant's results, as CSV.

}  // namespace app
