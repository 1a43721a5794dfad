// A problem found in data from outside: where it is and what is wrong, in plain words.
// Paths read like "candidates[12].email" so a person can find the spot in the file.
#pragma once

#include <string>
#include <vector>

namespace debrief {

struct Problem {
    std::string Path;    // "candidates[12].email"; empty for the whole document.
    std::string Reason;  // "must be text, not a number"
};
using Problems = std::vector<Problem>;

std::string Describe(const Problem& p);  // "candidates[12].email: must be text, not a number"

}  // namespace debrief
