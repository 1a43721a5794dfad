#include "web/app/offline_copy.h"

#include <nlohmann/json.hpp>

#include "web/app/app_state.h"

namespace app {

namespace {
constexpr debrief::TimeMs kAnnounceMs = 12'000;
}

OfflineCopy CurrentOfflineCopy(const AppState& state) {
    return state.Platform ? state.Platform->Offline() : OfflineCopy{};
}

void FollowOfflineCopy(AppState& state) {
    if (!state.Platform) return;
    const OfflineCopy copy = state.Platform->Offline();
    if (copy.Copy == OfflineCopy::State::Ready && copy.FirstInstall && !state.Offline.Announced) {
        state.Offline.Announced = true;
        ShowNotice(state, "Ready to work offline: Debrief now starts and works without a connection.", kAnnounceMs);
    }
    // Browsers protect an installed app's data more readily; ask again once it is installed.
    if (copy.Installed && !state.Offline.WasInstalled && state.Health.Known && state.Health.Persisted != 1)
        state.Platform->QueryStorageHealth(true, [&state](const StorageHealth& h) { state.Health = h; });
    if (state.Health.Known || !copy.Installed) state.Offline.WasInstalled = copy.Installed;
}

bool UpdateCanApplyNow(const AppState& state) {
    return !state.Records || state.Records->UnsavedActions() == 0;
}

void ApplyUpdate(AppState& state) {
    if (state.Platform && UpdateCanApplyNow(state)) state.Platform->ApplyUpdate();
}

nlohmann::json OfflineCopyJson(const AppState& state) {
    const OfflineCopy copy = CurrentOfflineCopy(state);
    static constexpr const char* kStates[] = {"unsupported", "preparing", "ready", "failed"};
    static constexpr const char* kUpdates[] = {"none", "waiting", "applying", "elsewhere"};
    static constexpr const char* kChecks[] = {"idle", "checking", "current", "found", "failed"};
    return {{"copy", kStates[static_cast<int>(copy.Copy)]},
            {"firstInstall", copy.FirstInstall},
            {"update", kUpdates[static_cast<int>(copy.NewVersion)]},
            {"check", kChecks[static_cast<int>(copy.LastCheck)]},
            {"canInstall", copy.CanInstall},
            {"installed", copy.Installed},
            {"problem", copy.Problem},
            {"announced", state.Offline.Announced},
            {"installDialog", state.Offline.InstallDialog}};
}

}  // namespace app
