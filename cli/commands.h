// The subcommands of `debrief`, one file each, and what they share. cli.cpp dispatches.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace debrief::cli {

// The whole file, or nullopt with the system's reason in `error`.
std::optional<std::string> ReadFile(const std::string& path, std::string& error);

int ImportCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);  // cli.cpp
int Render(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);       // render.cpp
int Tone(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);         // tone.cpp
int Bizdays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);      // calendar.cpp
int Holidays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);     // calendar.cpp
int ShowPlan(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);     // plan.cpp
int ExportIcs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);    // plan.cpp

}  // namespace debrief::cli
