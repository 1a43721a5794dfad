#include <doctest/doctest.h>

#include <sstream>

#include "cli/cli.h"
#include "core/build_info.h"

namespace {
struct Result {
    int Code;
    std::string Out, Err;
};
Result Run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = debrief::cli::Run(args, out, err);
    return {code, out.str(), err.str()};
}
}  // namespace

TEST_CASE("--version prints the version and build id") {
    for (const char* flag : {"--version", "-V"}) {
        const Result r = Run({flag});
        CHECK(r.Code == debrief::cli::kExitOk);
        CHECK(r.Out == "debrief " + debrief::DescribeBuild(debrief::CurrentBuild()) + "\n");
        CHECK(r.Err.empty());
    }
}

TEST_CASE("--help and no arguments print the usage") {
    for (const auto& args : {std::vector<std::string>{"--help"}, {"-h"}, {}}) {
        const Result r = Run(args);
        CHECK(r.Code == debrief::cli::kExitOk);
        CHECK(r.Out.find("Usage:") != std::string::npos);
        CHECK(r.Out.find("--version") != std::string::npos);
    }
}

TEST_CASE("an unknown option is a usage error that says what to do") {
    const Result r = Run({"--frobnicate"});
    CHECK(r.Code == debrief::cli::kExitUsage);
    CHECK(r.Out.empty());
    CHECK(r.Err.find("unknown option '--frobnicate'") != std::string::npos);
    CHECK(r.Err.find("debrief --help") != std::string::npos);
}

TEST_CASE("an unknown command is named as a command") {
    const Result r = Run({"frobnicate"});
    CHECK(r.Code == debrief::cli::kExitUsage);
    CHECK(r.Err.find("unknown command 'frobnicate'") != std::string::npos);
}
