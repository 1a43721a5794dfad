// The candidate list: search, filters and sorting, as the Candidates view shows them.
// Pure function of the records, so 10,000 candidates are sorted once per change, not per frame.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/records/database.h"

namespace debrief {

enum class CandidateSort { Name, Role, Stage, Status, Updated };

struct CandidateFilter {
    std::string Query;  // Words, each of which must occur in the name, email, phone, source or role.
    RecordId RoleId;    // Empty: any role.
    std::string Stage;  // Empty: any stage.
    std::optional<CandidateStatus> Status;

    friend bool operator==(const CandidateFilter&, const CandidateFilter&) = default;
};

std::vector<const Candidate*> ListCandidates(const Database& db, const CandidateFilter& filter,
                                             CandidateSort sort, bool descending);

}  // namespace debrief
