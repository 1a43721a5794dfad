// What the web app shows and remembers between frames, apart from the records themselves.
//
// Views are thin functions of this state: they read it and change it only through the small
// actions declared here, so the same state can be driven by real clicks in the browser or by
// headless view tests.
#pragma once

#include <array>
#include <string>

#include <nlohmann/json_fwd.hpp>

#include "core/build_info.h"

namespace app {

// The areas of the app, in navigation order.
enum class Area { Today, Candidates, Compose, Templates, Timeline, Workshop, Settings };
inline constexpr int kAreaCount = 7;

struct AreaInfo {
    Area Id;
    const char* Name;     // Label in the navigation and the View menu.
    const char* Purpose;  // One line: what the area is for.
};

const std::array<AreaInfo, kAreaCount>& Areas();
const AreaInfo& Describe(Area area);

struct AppState {
    Area Current = Area::Today;
    std::string CandidateQuery;   // "Find a candidate" on the Candidates view.
    bool AboutRequested = false;  // Set by the Help menu; the About box opens on the next frame.
    debrief::BuildInfo Build = debrief::CurrentBuild();
};

// --- Actions ---------------------------------------------------------------------------------
void Navigate(AppState& state, Area area);
void RequestAbout(AppState& state);

// The state as JSON, for tests and diagnostics: {"area":"Today","candidateQuery":"", ...}.
nlohmann::json ToJson(const AppState& state);

}  // namespace app
