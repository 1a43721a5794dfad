// Entry point of the native `debrief` tool; everything it does lives in cli.cpp.
#include <iostream>
#include <string>
#include <vector>

#include "cli/cli.h"

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return debrief::cli::Run(args, std::cout, std::cerr);
}
