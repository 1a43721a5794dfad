// The offline copy of the app as the app sees it (the browser keeps it: web/platform/sw.js):
// "Ready to work offline" said once, a new version applied only when every change is stored,
// and protected storage asked for again once the app is installed.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "web/app/host.h"

namespace app {

struct AppState;

struct OfflineCopyState {
    bool Announced = false;      // "Ready to work offline" was shown for this visit's first copy.
    bool WasInstalled = false;   // Installed as an app, as last seen.
    bool InstallDialog = false;  // The "Install Debrief" explanation is asked for.
};

OfflineCopy CurrentOfflineCopy(const AppState& state);  // Unsupported without a platform.
// Once per frame: announces the first copy, and asks for protected storage after an install.
void FollowOfflineCopy(AppState& state);
// A new version may take over only when nothing is on its way to storage (a reload drops it).
bool UpdateCanApplyNow(const AppState& state);
void ApplyUpdate(AppState& state);  // Does nothing while UpdateCanApplyNow() is false.
nlohmann::json OfflineCopyJson(const AppState& state);  // For tests: the copy, updates, installing.

}  // namespace app
