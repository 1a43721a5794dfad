#include "core/records/notes_due.h"

#include <algorithm>

namespace debrief {

std::vector<std::string> MissingNotes(const Database& db, const Interview& interview) {
    std::vector<std::string> missing;
    for (const std::string& who : interview.Interviewers)
        if (!who.empty() && !db.NoteBy(interview.Id, who)) missing.push_back(who);
    return missing;
}

std::vector<DueNote> DueNotes(const Database& db, TimeMs now) {
    std::vector<DueNote> due;
    for (const auto& [id, interview] : db.Interviews()) {
        if (interview.EndsAt() > now) continue;
        for (std::string& who : MissingNotes(db, interview))
            due.push_back(
                {&interview, db.FindCandidate(interview.CandidateId), std::move(who), interview.EndsAt()});
    }
    std::sort(due.begin(), due.end(), [](const DueNote& a, const DueNote& b) {
        if (a.DueSince != b.DueSince) return a.DueSince < b.DueSince;
        if (a.ForInterview->Id != b.ForInterview->Id) return a.ForInterview->Id < b.ForInterview->Id;
        return a.Interviewer < b.Interviewer;
    });
    return due;
}

std::string DescribeElapsed(TimeMs elapsed) {
    if (elapsed < kMsPerMinute) return "just now";
    if (elapsed < kMsPerHour) return std::to_string(elapsed / kMsPerMinute) + " min";
    if (elapsed < 2 * kMsPerDay) return std::to_string(elapsed / kMsPerHour) + " h";
    return std::to_string(elapsed / kMsPerDay) + " days";
}

}  // namespace debrief
