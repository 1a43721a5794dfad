// The tone checker's knowledge, held as data: phrase rules per category, the markers that show
// a message has thanks, specifics, a next step or a date, which of those each kind of message
// needs, and the words that shape an email (greetings, sign-offs, abbreviations). The built-in
// set is read from assets/tone/*.json (described in assets/tone/README.md), embedded at build
// time; users add their own phrases on top (OwnPhrase in checker.h).
//
// Pattern syntax, one phrase per string, matched word by word within a sentence, ignoring case,
// punctuation between words and the difference between ' and ’:
//   word        that word                    decid*      a word starting with "decid"
//   {a|b c|d}   one of the alternatives      x?  {..}?   optional word or group
//   *           any one word                 **          up to three words
//   <num> <date> <time> <currency>           a number, a date like 12/03 or 3rd, a time like
//                                            10:30 or 3pm, a currency sign
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/records/problems.h"
#include "core/tone/categories.h"

namespace debrief::tone {

struct Atom {
    enum class Type : std::uint8_t { Literal, Prefix, Any, Number, Date, Time, Currency };
    Type What = Type::Literal;
    std::string Text;  // Folded. Literal: the word; Prefix: the start of it.
};

struct Element {
    std::vector<std::string> Words;  // Alternatives that are one plain word: sorted, for a binary search.
    std::vector<std::vector<Atom>> Alternatives;  // The others, each a run of words.
    bool Optional = false;
    std::uint8_t Skip = 0;  // "**": up to this many words of anything (Alternatives empty).
};

struct Pattern {
    std::vector<Element> Elements;
};

inline constexpr std::size_t kMaxPatternElements = 16;
inline constexpr long kMaxOptionalElements = 5;

// Reads one pattern. False with a reason ("unclosed {") if it is not valid or too long.
bool CompilePattern(std::string_view source, Pattern& out, std::string& error);

// What a message's body can be shown to contain, for the required parts of each kind.
enum class Marker : std::uint8_t { Thanks, Specific, NextStep, Improvement, Timeline, Weakness, Reason, Future };
inline constexpr int kMarkerCount = 8;
std::string_view MarkerId(Marker m);

struct Rule {
    std::string Id;  // "vague/not-a-fit": file category and rule id; markers "@specific".
    Category Of = Category::Vague;
    Severity Level = Severity::Warn;
    bool IsMarker = false;
    Marker Mark = Marker::Thanks;
    std::vector<Pattern> Match;
    std::vector<Pattern> UnlessNext;      // Not when one of these follows the match directly.
    std::vector<Pattern> UnlessPrev;      // Not when one of these ends right before the match.
    std::vector<Pattern> UnlessSentence;  // Not when one of these is anywhere in the sentence.
    std::vector<Marker> UnlessMarkers;    // Not when the sentence shows one of these ("@specific").
    bool Negatable = false;               // Not after "not", "never", "cannot"... within 3 words.
    bool AtStart = false;                 // Only as the first words of a sentence.
    std::array<bool, kKindCount> Kinds{};  // The kinds of message it applies to.
    std::string Message;      // What is wrong, in plain words.
    std::string Suggestion;   // What to do instead.
    std::string Replacement;  // Text that can replace the match as it is, or empty.
};

struct StructureWords {
    std::vector<std::vector<std::string>> Greetings;  // Folded phrases that open a greeting line.
    std::unordered_set<std::string> NotNames;          // "candidate", "team", "sir": not a person's name.
    std::vector<std::vector<std::string>> SignOffs;   // "kind regards", "best", "thanks".
    std::unordered_set<std::string> Abbreviations;     // "mr", "e.g": a full stop after them ends nothing.
    std::unordered_set<std::string> Acronyms;          // "SQL", "HMRC": capitals that are not shouting.
    std::unordered_set<std::string> Negations;         // "not", "never", "cannot".
    std::unordered_set<std::string> ShoutWords;        // "must", "now": short words that shout in capitals.
};

struct MissingText {
    std::string Message;
    std::string Suggestion;
};

struct Limits {
    int LongSentenceInfo = 30;  // Words in a body sentence before readability notes it.
    int LongSentenceWarn = 40;  // ... and warns.
    double DenseGrade = 14.0;   // Flesch-Kincaid grade above which a message is called dense.
    int DenseMinWords = 40;     // Only for messages at least this long.
    int ShoutMinLetters = 5;    // A word in capitals this long (not an acronym) is shouting.
    int FollowUpsAllowed = 2;   // Earlier follow-ups a candidate may have sent.
    int FollowUpGapDays = 5;    // Business days between two follow-ups.
};

struct RuleSet {
    std::vector<Rule> Rules;  // Phrase rules of every category, then the markers.
    StructureWords Words;
    std::array<std::vector<Category>, kKindCount> Requires;  // Missing-element categories per kind.
    std::array<MissingText, kCategoryCount> Missing;         // Texts for whole-message findings.
    std::array<Severity, kCategoryCount> Level{};            // Each category's usual severity.
    Limits Limit;
};

// Adds one assets/tone file to `rules`. False (with problems under `path`) if it is not valid;
// the rules of a bad file are not added.
bool LoadRuleFile(std::string_view json_text, std::string_view path, RuleSet& rules, Problems& problems);

// The embedded rules, read once. Problems are a build defect: the tests load every file.
const RuleSet& BuiltInRules();
const Problems& BuiltInRuleProblems();

}  // namespace debrief::tone
