// Participants' results: a submitted exercise as a record for the workshop's database, and all of
// them as a CSV file for the trainer's spreadsheet.
//
//   workspace.SaveExerciseResult(MakeResult(card, attempt, participant, started, now, text));
//   download("workshop-results.csv", ResultsCsv(db));
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/records/database.h"
#include "core/time/local_time.h"
#include "core/workshop/attempt.h"

namespace debrief::workshop {

ExerciseResult MakeResult(const Scenario& card, const AttemptResult& attempt, std::string_view participant,
                          TimeMs started, TimeMs submitted, std::string_view text);

// Every result, oldest submission first (ties by id), so the order never depends on storage.
std::vector<const ExerciseResult*> ResultsInOrder(const Database& db);

// One row per result under a header: participant, card, submitted (local time, as shown in the
// app), seconds taken, scores before and after, the change, findings resolved, introduced and
// left, goals met of all, and the goals missed. Cells are defused against spreadsheet formulas.
// Times are local ("2026-11-20 10:12", which spreadsheets read as a date and time).
std::string ResultsCsv(const Database& db, const OffsetAt& offset);

}  // namespace debrief::workshop
