// The `debrief` command line, as a function of its arguments and two output streams, so tests
// can run it in-process and check exactly what a user would see.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace debrief::cli {

enum ExitCode : int {
    kExitOk = 0,
    kExitFailure = 1,  // The command ran and found a problem (later: a message that fails its checks).
    kExitUsage = 2,    // The command line itself was wrong; the usage text tells how to fix it.
};

// Runs the command line `args` (without the program name). Results go to `out`, diagnostics to
// `err`; the return value is the process exit code.
int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace debrief::cli
