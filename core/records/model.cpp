#include "core/records/model.h"

#include <array>
#include <utility>

namespace debrief {

std::vector<std::string> DefaultStages() {
    return {"Applied", "Screening", "Interview", "Final interview", "Offer", "Hired"};
}

bool IsDecided(CandidateStatus s) {
    return s == CandidateStatus::Offered || s == CandidateStatus::Hired || s == CandidateStatus::NotSelected ||
           s == CandidateStatus::Withdrawn;
}

std::string GreetingName(const Candidate& c) {
    if (!c.PreferredName.empty()) return c.PreferredName;
    const std::size_t space = c.FullName.find(' ');
    return c.FullName.substr(0, space);
}

namespace {

// One table per enum: stored name and label, in enum order.
struct EnumName {
    std::string_view Stored;
    const char* Label;
};

constexpr std::array<EnumName, kCandidateStatusCount> kStatusNames = {{
    {"active", "Active"},
    {"on_hold", "On hold"},
    {"offered", "Offered"},
    {"hired", "Hired"},
    {"not_selected", "Not selected"},
    {"withdrawn", "Withdrawn"},
}};

constexpr std::array<EnumName, kInterviewFormatCount> kFormatNames = {{
    {"in_person", "In person"},
    {"video", "Video call"},
    {"phone", "Phone"},
}};

constexpr std::array<EnumName, kRecommendationCount> kRecommendationNames = {{
    {"undecided", "Undecided"},
    {"strong_no", "Strong no"},
    {"no", "No"},
    {"yes", "Yes"},
    {"strong_yes", "Strong yes"},
}};

constexpr std::array<EnumName, kMessageKindCount> kKindNames = {{
    {"rejection", "Rejection"},
    {"feedback", "Feedback"},
    {"next_steps", "Next steps"},
    {"offer", "Offer"},
    {"status_update", "Status update"},
    {"delay_update", "Delay update"},
    {"thank_you", "Thank you"},
    {"keep_in_touch", "Keep in touch"},
    {"candidate_thank_you", "Candidate's thank-you"},
    {"candidate_follow_up", "Candidate's follow-up"},
    {"candidate_offer_reply", "Candidate's reply to an offer"},
}};

constexpr std::array<EnumName, kMessageStatusCount> kMessageStatusNames = {{
    {"draft", "Draft"},
    {"ready", "Ready to send"},
    {"sent", "Sent"},
}};

template <typename E, std::size_t N>
bool Lookup(const std::array<EnumName, N>& table, std::string_view s, E& out) {
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].Stored == s) {
            out = static_cast<E>(i);
            return true;
        }
    }
    return false;
}

}  // namespace

std::string_view ToString(CandidateStatus v) { return kStatusNames[static_cast<std::size_t>(v)].Stored; }
std::string_view ToString(InterviewFormat v) { return kFormatNames[static_cast<std::size_t>(v)].Stored; }
std::string_view ToString(Recommendation v) {
    return kRecommendationNames[static_cast<std::size_t>(v)].Stored;
}
std::string_view ToString(MessageKind v) { return kKindNames[static_cast<std::size_t>(v)].Stored; }
std::string_view ToString(MessageStatus v) { return kMessageStatusNames[static_cast<std::size_t>(v)].Stored; }

bool FromString(std::string_view s, CandidateStatus& out) { return Lookup(kStatusNames, s, out); }
bool FromString(std::string_view s, InterviewFormat& out) { return Lookup(kFormatNames, s, out); }
bool FromString(std::string_view s, Recommendation& out) { return Lookup(kRecommendationNames, s, out); }
bool FromString(std::string_view s, MessageKind& out) { return Lookup(kKindNames, s, out); }
bool FromString(std::string_view s, MessageStatus& out) { return Lookup(kMessageStatusNames, s, out); }

const char* Label(CandidateStatus v) { return kStatusNames[static_cast<std::size_t>(v)].Label; }
const char* Label(InterviewFormat v) { return kFormatNames[static_cast<std::size_t>(v)].Label; }
const char* Label(Recommendation v) { return kRecommendationNames[static_cast<std::size_t>(v)].Label; }
const char* Label(MessageKind v) { return kKindNames[static_cast<std::size_t>(v)].Label; }
const char* Label(MessageStatus v) { return kMessageStatusNames[static_cast<std::size_t>(v)].Label; }

RecordId ProfileId() { return RecordId("00000000000000000000000000000001"); }

}  // namespace debrief
