#include "core/tone/categories.h"

namespace debrief::tone {
namespace {

struct CategoryName {
    std::string_view Id;
    std::string_view Label;
};
constexpr std::array<CategoryName, kCategoryCount> kCategories = {{
    {"vague", "Vague reason"},
    {"protected", "Protected characteristic"},
    {"harsh", "Harsh wording"},
    {"overpromise", "Promise you may not keep"},
    {"passive_aggressive", "Passive-aggressive"},
    {"hedge", "Hedging"},
    {"passive_decision", "Decision in the passive"},
    {"shouting", "Shouting"},
    {"jargon", "Jargon"},
    {"gendered", "Gender-coded word"},
    {"readability", "Hard to read"},
    {"missing_name", "No name in the greeting"},
    {"missing_thanks", "No thanks"},
    {"missing_specific", "Nothing specific"},
    {"missing_next_step", "No next step"},
    {"missing_timeline", "No date or time frame"},
    {"missing_closing", "No sign-off"},
    {"persistence", "Too many follow-ups"},
}};

constexpr std::array<std::string_view, 3> kSeverities = {"info", "warn", "risk"};

}  // namespace

std::string_view CategoryId(Category c) { return kCategories[static_cast<std::size_t>(c)].Id; }
std::string_view CategoryLabel(Category c) { return kCategories[static_cast<std::size_t>(c)].Label; }

std::optional<Category> ParseCategory(std::string_view id) {
    for (std::size_t i = 0; i < kCategories.size(); ++i)
        if (kCategories[i].Id == id) return static_cast<Category>(i);
    return std::nullopt;
}

bool IsMissingElement(Category c) { return c >= Category::MissingName && c <= Category::MissingClosing; }

std::string_view SeverityId(Severity s) { return kSeverities[static_cast<std::size_t>(s)]; }

std::optional<Severity> ParseSeverity(std::string_view id) {
    for (std::size_t i = 0; i < kSeverities.size(); ++i)
        if (kSeverities[i] == id) return static_cast<Severity>(i);
    return std::nullopt;
}

std::string_view KindId(Kind k) { return ToString(k); }

std::optional<Kind> ParseKind(std::string_view id) {
    Kind k{};
    if (!FromString(id, k)) return std::nullopt;
    return k;
}

bool IsCandidateSide(Kind k) { return k >= Kind::CandidateThankYou; }

}  // namespace debrief::tone
