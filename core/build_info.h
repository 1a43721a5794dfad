// Which Debrief this is: the release version and the build id of the exact sources.
//
// The web app shows both in Settings and the About box; `debrief --version` prints them. The
// definition of CurrentBuild() is generated at build time (cmake/BuildInfoScript.cmake).
#pragma once

#include <string>
#include <string_view>

namespace debrief {

struct BuildInfo {
    std::string_view Version;  // Semantic version of the release, e.g. "0.1.0".
    std::string_view Id;       // Source commit, with "-dirty.<hash>" for uncommitted changes; "unknown" outside git.
};

BuildInfo CurrentBuild();                       // The build this binary was made from.
std::string DescribeBuild(const BuildInfo& b);  // "0.1.0 (build 1a2b3c4d5e6f)", for people to read.

}  // namespace debrief
