#include "web/app/workshop.h"

#include <nlohmann/json.hpp>

#include "core/time/local_time.h"
#include "core/workshop/demo_data.h"
#include "core/workshop/results.h"
#include "web/app/app_state.h"

namespace app {

namespace {

// The demo is made as of the start of today (local time), so a reset during the day gives the
// same records, byte for byte.
debrief::workshop::DemoData TodaysDemo(const AppState& state) {
    const debrief::OffsetAt offset = LocalOffset(state);
    const debrief::TimeMs now = state.Platform ? state.Platform->Now() : 0;
    const debrief::TimeMs day_start = debrief::FromLocal({debrief::ToLocal(now, offset).Day, 0}, offset);
    return debrief::workshop::MakeDemoData(kDemoSeed, day_start, offset);
}

void KeepSituations(AppState& state, const debrief::workshop::DemoData& demo) {
    state.Workshop.Situations.clear();
    for (const auto& [key, id] : demo.Situations) state.Workshop.Situations.emplace(key, id);
}

// The demo replaces every record but the trainer's: participants' results and imported cards stay.
void SendDemo(AppState& state) {
    const debrief::workshop::DemoData demo = TodaysDemo(state);
    debrief::Database replacement = demo.Records;
    const debrief::Database& stored = state.Records->Records();
    for (const auto& [id, result] : stored.ExerciseResults()) replacement.Put(result);
    for (const auto& [id, card] : stored.ScenarioCards()) replacement.Put(card);
    state.Records->RestoreBackup(replacement);
    KeepSituations(state, demo);
    state.Workshop.DemoSent = true;
}

}  // namespace

const char* DatabaseFor(Space space) { return space == Space::Workshop ? kWorkshopDatabase : kOwnDatabase; }

bool CanSwitchSpace(const AppState& state) {
    if (!state.Records) return false;
    const debrief::LoadState load = state.Records->Loading();
    const bool settled = state.Records->Complete() || (load != debrief::LoadState::Ready && load != debrief::LoadState::Loading);
    return settled && state.Records->UnsavedActions() == 0;
}

void RequestSpace(AppState& state, Space space) {
    if (space != state.Workshop.Current && CanSwitchSpace(state)) state.Workshop.Requested = space;
}

void EnterSpace(AppState& state, Space space, debrief::Workspace* records) {
    Host* platform = state.Platform;
    const StorageHealth health = state.Health;
    const OfflineCopyState offline = state.Offline;
    const PresenterMode presenter = state.Presenter;
    state = AppState{};
    state.Presenter = presenter;
    state.Platform = platform;
    state.Health = health;
    state.Offline = offline;
    state.Records = records;
    state.Workshop.Current = space;
    state.Current = space == Space::Workshop ? Area::Workshop : Area::Today;
}

void FollowWorkshop(AppState& state) {
    if (state.Workshop.Current != Space::Workshop || state.Workshop.DemoSent || !state.Records) return;
    if (!state.Records->Complete()) return;
    if (state.Records->Records().Count(debrief::Collection::Candidates) == 0) SendDemo(state);
    else {  // Kept from an earlier visit (a reload in the workshop): the ids are the demo's.
        KeepSituations(state, TodaysDemo(state));
        state.Workshop.DemoSent = true;
    }
}

void ResetDemo(AppState& state) {
    if (state.Workshop.Current != Space::Workshop || !state.Records || !state.Records->Complete()) return;
    SendDemo(state);
    state.Candidates = {};
    state.Compose = {};
}

bool DemoReady(const AppState& state) {
    return state.Workshop.Current == Space::Workshop && state.Workshop.DemoSent && state.Records &&
           state.Records->Complete() && state.Records->UnsavedActions() == 0;
}

const debrief::Candidate* SituationCandidate(const AppState& state, std::string_view key) {
    const auto found = state.Workshop.Situations.find(key);
    if (found == state.Workshop.Situations.end() || !state.Records) return nullptr;
    return state.Records->Records().FindCandidate(found->second);
}

nlohmann::json WorkshopJson(const AppState& state) {
    nlohmann::json done = nlohmann::json::array();
    if (state.Records)
        for (const debrief::ExerciseResult* r : debrief::workshop::ResultsInOrder(state.Records->Records()))
            done.push_back({{"card", r->CardId}, {"participant", r->Participant}, {"before", r->ScoreBefore},
                            {"after", r->ScoreAfter}, {"goals", r->GoalsTotal}, {"met", r->GoalsMet},
                            {"allMet", r->GoalsMet == r->GoalsTotal}, {"resolved", r->Resolved},
                            {"ms", r->SubmittedAt - r->StartedAt}});
    const auto& open = state.Workshop.Exercises.Open;
    return {{"space", state.Workshop.Current == Space::Workshop ? "workshop" : "own"},
            {"exercise", open ? nlohmann::json(open->Card.Id) : nlohmann::json(nullptr)},
            {"results", done},
            {"importErrors", state.Workshop.Exercises.ImportErrors},
            {"requested", state.Workshop.Requested.has_value()},
            {"demoReady", DemoReady(state)},
            {"canSwitch", CanSwitchSpace(state)}};
}

}  // namespace app
