#include <doctest/doctest.h>

#include "core/build_info.h"

TEST_CASE("the build reports the project's version and a build id") {
    const debrief::BuildInfo build = debrief::CurrentBuild();
    CHECK(build.Version == DEBRIEF_EXPECTED_VERSION);
    CHECK_FALSE(build.Id.empty());
}

TEST_CASE("a build is described as version and build id") {
    CHECK(debrief::DescribeBuild({"1.2.3", "abc123-dirty"}) == "1.2.3 (build abc123-dirty)");
}
