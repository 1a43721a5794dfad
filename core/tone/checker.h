// The tone checker: reads a message as the user types it and says what will land badly with
// the candidate (vague reasons, harsh or risky words, promises, passive-aggressive lines), what
// is missing for its kind (name, thanks, specifics, next step, date, sign-off), how hard it is to
// read, and a 0-100 score with its breakdown.
//
//   const tone::Checker& checker = tone::Checker::BuiltIn();
//   tone::Report report = checker.Check(text, tone::Kind::Rejection);
//
// Findings point at UTF-8 byte offsets of `text` (end exclusive; 0,0 for whole-message ones).
// Check is a pure function of its arguments; a Checker never changes once built, so one can be
// shared freely. Any input is accepted: invalid UTF-8, no punctuation, emoji, megabytes.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/tone/categories.h"
#include "core/tone/rules.h"

namespace debrief::tone {

inline constexpr std::size_t kMaxCheckBytes = 8u << 20;  // Longer text gets an error, not a check.

struct Finding {
    Category Of = Category::Vague;
    Severity Level = Severity::Info;
    std::uint32_t Start = 0;
    std::uint32_t End = 0;
    std::string Message;      // What is wrong, in plain words.
    std::string Suggestion;   // What to do instead.
    std::string Replacement;  // Text that can replace [Start, End) as it is; empty if none.
    std::string Rule;         // "vague/not-a-fit", "own/3", "missing_name": which rule spoke.
};

struct Readability {
    bool Measured = false;  // False when the body has no words.
    int Words = 0;          // Body words with at least one letter.
    int Sentences = 0;
    int Syllables = 0;
    double ReadingEase = 0;  // Flesch: 206.835 - 1.015 (words/sentences) - 84.6 (syllables/words).
    double Grade = 0;        // Flesch-Kincaid: 0.39 (words/sentences) + 11.8 (syllables/words) - 15.59.
    int LongestWords = 0;
    std::uint32_t LongestStart = 0;
    std::uint32_t LongestEnd = 0;
};

struct ScoreLine {
    Category Of = Category::Vague;
    int Count = 0;   // Findings of the category.
    int Points = 0;  // Points they took off the score.
};

// Where the checker saw one of the parts a message needs ("thanks", "timeline"...): for rule
// authors (`debrief tone --explain`) and tests.
struct MarkerHit {
    Marker Of = Marker::Thanks;
    std::uint32_t Start = 0;
    std::uint32_t End = 0;
    bool Counted = true;  // False for a date that does not look ahead ("thanks for Tuesday").
};

struct Report {
    std::string Error;  // Set when the text could not be checked (too long); nothing else is.
    std::vector<Finding> Findings;  // In text order; whole-message findings first.
    Readability Reading;
    int Score = 100;
    std::vector<ScoreLine> Breakdown;  // Categories that cost points, most costly first.
    std::vector<MarkerHit> Markers;    // In text order.
};

// A phrase a user wants flagged, in the rule pattern syntax of rules.h (plain words work).
struct OwnPhrase {
    std::string Phrase;
    Category Of = Category::Vague;
    std::string Suggestion;
};

// What a user has chosen to ignore in one message: findings of this category over this text.
struct Ignored {
    Category Of = Category::Vague;
    std::string Text;  // As it appears in the message; compared ignoring case.
};

// Days are counted from 1970-01-01; history is only used for candidate_follow_up.
struct FollowUpHistory {
    bool Known = false;
    std::int32_t Today = 0;
    std::vector<std::int32_t> Earlier;  // Days the candidate's earlier follow-ups were sent.
};

struct Options {
    CategorySet Off;  // Categories the user turned off.
    std::vector<Ignored> Ignore;
    FollowUpHistory History;
};

class Checker {
public:
    // Builds the lookup index of `rules`. Own phrases that are not valid patterns are reported
    // in `problems` (path "own[3]") and left out.
    explicit Checker(RuleSet rules);
    Checker(RuleSet rules, const std::vector<OwnPhrase>& own, Problems* problems);

    static const Checker& BuiltIn();
    Checker WithOwnPhrases(const std::vector<OwnPhrase>& own, Problems* problems = nullptr) const;

    Report Check(std::string_view text, Kind kind, const Options& options = {}) const;

    const RuleSet& Rules() const { return *rules_; }

    struct Index;

private:
    std::shared_ptr<const RuleSet> rules_;
    std::shared_ptr<const Index> index_;
};

// Weekdays from day `from` (exclusive) to day `to` (inclusive); negative when `to` is earlier.
int BusinessDaysBetween(std::int32_t from, std::int32_t to);

// English syllables in one folded word, by rule; at least 1.
int CountSyllables(std::string_view folded_word);

}  // namespace debrief::tone
