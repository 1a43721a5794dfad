// The subcommands of `debrief`, one file each, and what they share. cli.cpp dispatches.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace debrief::cli {

// The whole file, or nullopt with the system's reason in `error`.
std::optional<std::string> ReadFile(const std::string& path, std::string& error);

// The value of the option at args[i] ("--data FILE": FILE) into `into`, moving `i` onto it; false
// after saying on `err` that the option needs one when args[i] is the last argument.
bool TakeOptionValue(const std::vector<std::string>& args, std::size_t& i, std::string& into,
                     std::ostream& err);

// `text` as a whole decimal number from `low` to `high` into `out`; false (and `out` untouched)
// for anything else: empty, trailing characters ("5x"), or out of range.
bool ParseInt(const std::string& text, int low, int high, int& out);

int ImportCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);  // cli.cpp
int Render(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);       // render.cpp
int Tone(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);         // tone.cpp
int Bizdays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);      // calendar.cpp
int Holidays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);     // calendar.cpp
int ShowPlan(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);     // plan.cpp
int ExportIcs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);    // plan.cpp

}  // namespace debrief::cli
