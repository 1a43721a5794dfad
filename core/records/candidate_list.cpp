#include "core/records/candidate_list.h"

#include <algorithm>

#include "core/text/search_fold.h"

namespace debrief {

namespace {

struct Row {
    const Candidate* C;
    std::string Key;  // Folded sort text for the text columns.
};

std::string RoleTitle(const Database& db, const Candidate& c) {
    const Role* role = db.FindRole(c.RoleId);
    return role ? role->Title : std::string();
}

}  // namespace

std::vector<const Candidate*> ListCandidates(const Database& db, const CandidateFilter& filter,
                                             CandidateSort sort, bool descending) {
    const std::string query = FoldForSearch(filter.Query);
    std::vector<Row> rows;
    rows.reserve(db.Candidates().size());
    for (const auto& [id, c] : db.Candidates()) {
        if (!filter.RoleId.empty() && c.RoleId != filter.RoleId) continue;
        if (!filter.Stage.empty() && c.Stage != filter.Stage) continue;
        if (filter.Status && c.Status != *filter.Status) continue;
        if (!query.empty()) {
            const std::string haystack =
                FoldForSearch(c.FullName + " " + c.PreferredName + " " + c.Email + " " + c.Phone + " " +
                              c.Source + " " + RoleTitle(db, c));
            if (!MatchesAllWords(haystack, query)) continue;
        }
        std::string key;
        switch (sort) {
        case CandidateSort::Name: key = FoldForSearch(c.FullName); break;
        case CandidateSort::Role: key = FoldForSearch(RoleTitle(db, c)); break;
        case CandidateSort::Stage: key = FoldForSearch(c.Stage); break;
        default: break;
        }
        rows.push_back({&c, std::move(key)});
    }
    const auto less = [sort](const Row& a, const Row& b) {
        switch (sort) {
        case CandidateSort::Status:
            if (a.C->Status != b.C->Status) return a.C->Status < b.C->Status;
            break;
        case CandidateSort::Updated:
            if (a.C->Updated != b.C->Updated) return a.C->Updated < b.C->Updated;
            break;
        default:
            if (a.Key != b.Key) return a.Key < b.Key;
            break;
        }
        return a.C->Id < b.C->Id;  // A stable, total order: rows never jump between frames.
    };
    std::sort(rows.begin(), rows.end(),
              [&](const Row& a, const Row& b) { return descending ? less(b, a) : less(a, b); });
    std::vector<const Candidate*> out;
    out.reserve(rows.size());
    for (const Row& r : rows) out.push_back(r.C);
    return out;
}

}  // namespace debrief
