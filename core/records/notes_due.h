// Notes written while fresh: when an interview ends, each of its interviewers owes a note.
// The Today view lists the ones still missing; the candidate view shows how long each has
// been due.
#pragma once

#include <string>
#include <vector>

#include "core/records/database.h"

namespace debrief {

struct DueNote {
    const Interview* ForInterview = nullptr;
    const Candidate* About = nullptr;  // Null if the candidate was deleted meanwhile.
    std::string Interviewer;
    TimeMs DueSince = 0;  // The interview's end.
};

// Every missing note of an interview that has ended by `now`, the longest overdue first.
std::vector<DueNote> DueNotes(const Database& db, TimeMs now);

// The interviewers of `interview` who have not written their note yet.
std::vector<std::string> MissingNotes(const Database& db, const Interview& interview);

// "12 min", "3 h", "2 days": how long ago, short, for lists.
std::string DescribeElapsed(TimeMs elapsed);

}  // namespace debrief
