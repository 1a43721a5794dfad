#include "cli/cli.h"

#include <ostream>

#include "core/build_info.h"

namespace debrief::cli {

namespace {

constexpr const char* kUsage = R"(debrief - what happens after a job interview

Usage:
  debrief [--help | --version]

Debrief helps a small business follow up with every candidate after an interview:
notes written while fresh, personal feedback messages, promised reply dates kept,
and tone checks before anything is sent. The web app is the main way to use it;
this command runs the same core on the command line.

Options:
  -h, --help      Show this text and exit.
  -V, --version   Show the version and build id and exit.
)";

}  // namespace

int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        out << kUsage;
        return kExitOk;
    }
    const std::string& first = args.front();
    if (first == "-h" || first == "--help" || first == "help") {
        out << kUsage;
        return kExitOk;
    }
    if (first == "-V" || first == "--version") {
        out << "debrief " << DescribeBuild(CurrentBuild()) << '\n';
        return kExitOk;
    }
    err << "debrief: unknown " << (first.rfind('-', 0) == 0 ? "option" : "command") << " '" << first
        << "'\nRun 'debrief --help' to see what it can do.\n";
    return kExitUsage;
}

}  // namespace debrief::cli
