// The workshop's demo space as the app sees it. A workshop works on fictional demo data in a
// database of its own: while it is open the user's own records are closed, neither read nor
// written, and leaving opens them again as they were.
//
// The app asks; the platform switches. RequestSpace() records the wish; after the frame the
// platform closes the open records, opens the other database, and calls EnterSpace() with the new
// Workspace (web/platform/browser_main.cpp). An empty workshop database is filled with the demo
// (core/workshop/demo_data.h) as soon as it is read; Reset demo puts it back exactly, keeping
// what belongs to the trainer: participants' results and imported scenario cards.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/records/record_id.h"
#include "core/time/time.h"
#include "web/app/exercise.h"

namespace debrief {
class Workspace;
struct Candidate;
}

namespace app {

struct AppState;

enum class Space { Own, Workshop };

inline constexpr const char* kOwnDatabase = "debrief";
inline constexpr const char* kWorkshopDatabase = "debrief-workshop";
inline constexpr std::uint64_t kDemoSeed = 20261201;

struct WorkshopSpace {
    Space Current = Space::Own;
    std::optional<Space> Requested;  // Switched by the platform after the frame.
    bool Approaching = false;        // Start workshop is on screen: the platform may prepare the demo database.
    bool DemoSent = false;           // The demo was handed to storage (seeding or a reset).
    std::map<std::string, debrief::RecordId, std::less<>> Situations;  // Situation key -> candidate id.
    ExerciseState Exercises;
};

const char* DatabaseFor(Space space);
// Switching needs everything read and stored: nothing may be left on its way to the database
// that is about to close.
bool CanSwitchSpace(const AppState& state);
void RequestSpace(AppState& state, Space space);  // Does nothing while CanSwitchSpace() is false.
// Called by the platform once `records` (not yet opened) belongs to `space`: a fresh app state
// for it, keeping only what belongs to the browser (platform, storage health, offline copy).
void EnterSpace(AppState& state, Space space, debrief::Workspace* records);
// Once per frame: fills an empty workshop database with the demo.
void FollowWorkshop(AppState& state);
void ResetDemo(AppState& state);  // The demo exactly as it starts, in one transaction.
bool DemoReady(const AppState& state);  // In the workshop, with the demo stored.
// The demo candidate in situation `key` ("waiting_9_days"); nullptr when the participants
// deleted them (Reset demo brings them back).
const debrief::Candidate* SituationCandidate(const AppState& state, std::string_view key);
nlohmann::json WorkshopJson(const AppState& state);  // For tests.

}  // namespace app
