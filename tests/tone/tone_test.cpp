// Unit tests of the tone checker: tokens, email structure, patterns, each category, readability
// with the published Flesch constants, scores, the user's choices and bad input.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/records/model.h"
#include "core/time/time.h"
#include "core/tone/categories.h"
#include "core/tone/checker.h"
#include "core/tone/rules.h"
#include "core/tone/tokens.h"

namespace tone = debrief::tone;
using tone::Category;
using tone::Finding;
using tone::Kind;
using tone::Report;
using tone::Severity;
using tone::TokenType;

namespace {

// A message as the web app composes it: greeting line, blank line, body, blank line, sign-off.
std::string Email(const std::string& body, const std::string& greeting = "Hi Maya,",
                  const std::string& sign_off = "Kind regards,\nSam") {
    return greeting + "\n\n" + body + "\n\n" + sign_off;
}

Report Check(const std::string& text, Kind kind, const tone::Options& options = {}) {
    return tone::Checker::BuiltIn().Check(text, kind, options);
}

std::vector<Finding> FindingsOf(const Report& r, Category c) {
    std::vector<Finding> out;
    for (const Finding& f : r.Findings)
        if (f.Of == c) out.push_back(f);
    return out;
}

bool Has(const Report& r, Category c) { return !FindingsOf(r, c).empty(); }

std::string SpanOf(const std::string& text, const Finding& f) {
    REQUIRE(f.Start <= f.End);
    REQUIRE(f.End <= text.size());
    return text.substr(f.Start, f.End - f.Start);
}

// The one finding of category `c`; fails the test when there is none or several.
Finding OnlyOf(const Report& r, Category c) {
    const std::vector<Finding> found = FindingsOf(r, c);
    REQUIRE_MESSAGE(found.size() == 1, "findings of " << tone::CategoryId(c) << ": " << found.size());
    return found.front();
}

// Everything the checker said, for failure messages.
std::string Describe(const std::string& text, const Report& r) {
    std::string out;
    for (const Finding& f : r.Findings)
        out += std::string(tone::CategoryId(f.Of)) + " \"" + text.substr(f.Start, f.End - f.Start) + "\"; ";
    return out;
}

// The findings of a category that point at text, as that text.
std::vector<std::string> SpansOf(const std::string& text, const Report& r, Category c) {
    std::vector<std::string> out;
    for (const Finding& f : FindingsOf(r, c)) out.push_back(SpanOf(text, f));
    return out;
}

// Tokens and layout of one text, kept together since tokens point into the text.
struct Laid {
    std::string Text;
    tone::Tokens Toks;
    tone::EmailLayout Layout;
    explicit Laid(std::string text) : Text(std::move(text)) {
        tone::Tokenize(Text, Toks);
        tone::FindLayout(Toks, tone::BuiltInRules().Words, Layout);
    }
    Laid(const Laid&) = delete;
    std::string Bytes(const tone::Span& s) const { return Text.substr(s.Start, s.Stop - s.Start); }
    std::string Greeting() const { return Layout.HasGreeting ? Bytes(Layout.Greeting) : std::string("(none)"); }
    std::string SignOff() const { return Layout.HasSignOff ? Bytes(Layout.SignOff) : std::string("(none)"); }
    std::vector<std::string> Sentences() const {
        std::vector<std::string> out;
        for (const tone::Sentence& s : Layout.Sentences) out.push_back(Bytes(s.Range));
        return out;
    }
};

struct Tok {
    TokenType Type;
    std::uint32_t Start, End;
    std::string Fold;  // For words and numbers.
};

void CheckTokens(const std::string& text, const std::vector<Tok>& expected) {
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    REQUIRE(toks.List.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        const tone::Token& t = toks.List[i];
        CAPTURE(i);
        CHECK(static_cast<int>(t.Type) == static_cast<int>(expected[i].Type));
        CHECK(t.Start == expected[i].Start);
        CHECK(t.End == expected[i].End);
        if (t.Type == TokenType::Word || t.Type == TokenType::Number) CHECK(toks.FoldedOf(t) == expected[i].Fold);
    }
}

tone::Pattern Compile(const std::string& source) {
    tone::Pattern p;
    std::string error;
    const bool ok = tone::CompilePattern(source, p, error);
    REQUIRE_MESSAGE(ok, source << ": " << error);
    CHECK(error.empty());
    return p;
}

std::string CompileError(const std::string& source) {
    tone::Pattern p;
    std::string error;
    CHECK_FALSE_MESSAGE(tone::CompilePattern(source, p, error), source);
    CHECK_FALSE(error.empty());
    return error;
}

// The spans of an email with `body` that the own phrase `pattern` matches (as jargon).
std::vector<std::string> OwnMatches(const std::string& pattern, const std::string& body) {
    debrief::Problems problems;
    const tone::Checker checker =
        tone::Checker::BuiltIn().WithOwnPhrases({{pattern, Category::Jargon, ""}}, &problems);
    REQUIRE(problems.empty());
    const std::string text = Email(body);
    std::vector<std::string> out;
    for (const Finding& f : checker.Check(text, Kind::StatusUpdate).Findings)
        if (f.Rule == "own/1") out.push_back(SpanOf(text, f));
    return out;
}

std::int32_t Day(const char* iso) {
    const auto d = debrief::ParseDate(iso);
    REQUIRE(d.has_value());
    return d->DaysSinceEpoch;
}

std::string ReadWhole(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

bool Contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

const std::vector<Category> kMissingCategories = {Category::MissingName,     Category::MissingThanks,
                                                  Category::MissingSpecific, Category::MissingNextStep,
                                                  Category::MissingTimeline, Category::MissingClosing};

}  // namespace

// --- Ids --------------------------------------------------------------------------------------

TEST_CASE("the 18 category ids are fixed and round-trip") {
    const std::vector<std::string> ids = {"vague",           "protected",       "harsh",
                                          "overpromise",     "passive_aggressive", "hedge",
                                          "passive_decision", "shouting",       "jargon",
                                          "gendered",        "readability",     "missing_name",
                                          "missing_thanks",  "missing_specific", "missing_next_step",
                                          "missing_timeline", "missing_closing", "persistence"};
    REQUIRE(ids.size() == static_cast<std::size_t>(tone::kCategoryCount));
    for (int i = 0; i < tone::kCategoryCount; ++i) {
        const auto c = static_cast<Category>(i);
        CAPTURE(i);
        CHECK(tone::CategoryId(c) == ids[static_cast<std::size_t>(i)]);
        const auto parsed = tone::ParseCategory(tone::CategoryId(c));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == c);
        CHECK_FALSE(tone::CategoryLabel(c).empty());
        CHECK(tone::IsMissingElement(c) == tone::CategoryId(c).starts_with("missing_"));
    }
    CHECK(tone::CategoryId(Category::PassiveAggressive) == "passive_aggressive");
    CHECK(tone::CategoryLabel(Category::PassiveAggressive) == "Passive-aggressive");
    CHECK_FALSE(tone::ParseCategory("Vague").has_value());
    CHECK_FALSE(tone::ParseCategory("").has_value());
    CHECK_FALSE(tone::ParseCategory("missing_").has_value());
}

TEST_CASE("severity ids round-trip") {
    CHECK(tone::SeverityId(Severity::Info) == "info");
    CHECK(tone::SeverityId(Severity::Warn) == "warn");
    CHECK(tone::SeverityId(Severity::Risk) == "risk");
    for (const Severity s : {Severity::Info, Severity::Warn, Severity::Risk}) {
        const auto parsed = tone::ParseSeverity(tone::SeverityId(s));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == s);
    }
    CHECK_FALSE(tone::ParseSeverity("error").has_value());
    CHECK_FALSE(tone::ParseSeverity("WARN").has_value());
}

TEST_CASE("kind ids round-trip and every app message kind maps onto its own kind") {
    const std::vector<std::string> ids = {"rejection",     "feedback",     "next_steps",    "offer",
                                          "status_update", "delay_update", "thank_you",     "keep_in_touch",
                                          "candidate_thank_you", "candidate_follow_up", "candidate_offer_reply"};
    REQUIRE(ids.size() == static_cast<std::size_t>(tone::kKindCount));
    std::set<Kind> mapped;
    for (int i = 0; i < tone::kKindCount; ++i) {
        const auto k = static_cast<Kind>(i);
        CAPTURE(i);
        CHECK(tone::KindId(k) == ids[static_cast<std::size_t>(i)]);
        const auto parsed = tone::ParseKind(tone::KindId(k));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == k);
        CHECK(tone::IsCandidateSide(k) == tone::KindId(k).starts_with("candidate_"));
    }
    REQUIRE(debrief::kMessageKindCount == tone::kKindCount);
    for (int i = 0; i < debrief::kMessageKindCount; ++i) mapped.insert(tone::KindOf(static_cast<debrief::MessageKind>(i)));
    CHECK(mapped.size() == static_cast<std::size_t>(tone::kKindCount));
    CHECK(tone::KindOf(debrief::MessageKind::Rejection) == Kind::Rejection);
    CHECK(tone::KindOf(debrief::MessageKind::DelayUpdate) == Kind::DelayUpdate);
    CHECK(tone::KindOf(debrief::MessageKind::CandidateFollowUp) == Kind::CandidateFollowUp);
    CHECK(tone::KindOf(debrief::MessageKind::CandidateOfferReply) == Kind::CandidateOfferReply);
    CHECK_FALSE(tone::ParseKind("thankyou").has_value());
    CHECK_FALSE(tone::ParseKind("").has_value());
}

// --- Tokens -----------------------------------------------------------------------------------

TEST_CASE("tokens keep exact byte offsets in every script") {
    // Zoë (ë is 2 bytes), a curly apostrophe (3 bytes), CJK (3 bytes each), an emoji (4 bytes).
    const std::string text = "Zo\xC3\xAB wasn\xE2\x80\x99t at \xE6\x9D\x8E\xE4\xBC\x9F \xF0\x9F\x98\x80 ok.";
    CheckTokens(text, {
                          {TokenType::Word, 0, 4, "zo\xC3\xAB"},
                          {TokenType::Word, 5, 13, "wasn't"},
                          {TokenType::Word, 14, 16, "at"},
                          {TokenType::Word, 17, 23, "\xE6\x9D\x8E\xE4\xBC\x9F"},
                          {TokenType::Symbol, 24, 28, ""},
                          {TokenType::Word, 29, 31, "ok"},
                          {TokenType::Terminal, 31, 32, ""},
                      });
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    CHECK(toks.TextOf(toks.List[1]) == "wasn\xE2\x80\x99t");  // The text as typed; only the fold is straight.
    CHECK(toks.List[6].Mark == '.');
    CHECK(toks.List[0].SpaceBefore);
    CHECK_FALSE(toks.List[6].SpaceBefore);
}

TEST_CASE("a curly apostrophe folds to a straight one, and words fold to lower case") {
    CHECK(tone::FoldWord("wasn\xE2\x80\x99t") == "wasn't");
    CHECK(tone::FoldWord("Wasn't") == "wasn't");
    CHECK(tone::FoldWord("O\xE2\x80\x99" "Brien") == "o'brien");
    CHECK(tone::FoldWord("Kind   Regards,") == "kind regards");
    CHECK(tone::FoldWord("ZO\xC3\x8B") == "zo\xC3\x8B");  // Only ASCII is lowered; Ë is kept as typed.
    CHECK(tone::FoldWord("...") == "");
    // An apostrophe that joins nothing is punctuation, not part of a word.
    CheckTokens("'twas the candidates' turn", {
                                                  {TokenType::Punct, 0, 1, ""},
                                                  {TokenType::Word, 1, 5, "twas"},
                                                  {TokenType::Word, 6, 9, "the"},
                                                  {TokenType::Word, 10, 20, "candidates"},
                                                  {TokenType::Punct, 20, 21, ""},
                                                  {TokenType::Word, 22, 26, "turn"},
                                              });
}

TEST_CASE("numbers with times, dates, thousands and ordinals are one token each") {
    const std::string text = "At 10:30am on 12/03/2026, \xC2\xA3" "45,000 for the 3rd time; 3.5 or 2026-03-12.";
    CheckTokens(text, {
                          {TokenType::Word, 0, 2, "at"},
                          {TokenType::Number, 3, 10, "10:30am"},
                          {TokenType::Word, 11, 13, "on"},
                          {TokenType::Number, 14, 24, "12/03/2026"},
                          {TokenType::Punct, 24, 25, ""},
                          {TokenType::Symbol, 26, 28, ""},  // £
                          {TokenType::Number, 28, 34, "45,000"},
                          {TokenType::Word, 35, 38, "for"},
                          {TokenType::Word, 39, 42, "the"},
                          {TokenType::Number, 43, 46, "3rd"},
                          {TokenType::Word, 47, 51, "time"},
                          {TokenType::Punct, 51, 52, ""},
                          {TokenType::Number, 53, 56, "3.5"},
                          {TokenType::Word, 57, 59, "or"},
                          {TokenType::Number, 60, 70, "2026-03-12"},
                          {TokenType::Terminal, 70, 71, ""},
                      });
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    CHECK(toks.List[5].Currency);
    CHECK(toks.List[4].Mark == ',');
    // A separator not followed by a digit is not part of the number: "45," then a space.
    CheckTokens("45, 10:", {{TokenType::Number, 0, 2, "45"},
                            {TokenType::Punct, 2, 3, ""},
                            {TokenType::Number, 4, 6, "10"},
                            {TokenType::Punct, 6, 7, ""}});
}

TEST_CASE("invalid UTF-8 becomes symbol tokens covering exactly the bad bytes") {
    const std::string text = "ok\xFF\xFE go a\xE2\x80" "b \xF0\x9F\x98 x";
    CheckTokens(text, {
                          {TokenType::Word, 0, 2, "ok"},
                          {TokenType::Symbol, 2, 3, ""},
                          {TokenType::Symbol, 3, 4, ""},
                          {TokenType::Word, 5, 7, "go"},
                          {TokenType::Word, 8, 9, "a"},
                          {TokenType::Symbol, 9, 11, ""},  // A truncated 3-byte sequence: both its bytes.
                          {TokenType::Word, 11, 12, "b"},
                          {TokenType::Symbol, 13, 16, ""},  // A truncated 4-byte sequence.
                          {TokenType::Word, 17, 18, "x"},
                      });
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    std::string bad;
    for (const tone::Token& t : toks.List)
        if (t.Type == TokenType::Symbol) bad += std::string(toks.TextOf(t));
    CHECK(bad == "\xFF\xFE\xE2\x80\xF0\x9F\x98");
    // A lone continuation byte at the very end, and a lone lead byte at the very start.
    CheckTokens("\xC3", {{TokenType::Symbol, 0, 1, ""}});
    CheckTokens("end\x80", {{TokenType::Word, 0, 3, "end"}, {TokenType::Symbol, 3, 4, ""}});
}

TEST_CASE("newline tokens count the lines they cover") {
    const std::string text = "a\nb\n\n\nc\r\n \r\nd\xE2\x80\xA8" "e";
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    std::vector<int> lines;
    for (const tone::Token& t : toks.List)
        if (t.Type == TokenType::Newline) lines.push_back(t.Lines);
    CHECK(lines == std::vector<int>{1, 3, 2, 1});  // U+2028 is a line break too.
    REQUIRE(toks.List.size() == 9);
    CHECK(toks.List[1].Start == 1);
    CHECK(toks.List[1].End == 2);
    CHECK(toks.List[3].Start == 3);
    CHECK(toks.List[3].End == 6);
    CHECK(toks.List[5].Start == 8);  // The \r before the line feed is a space, not part of the token.
    CHECK(toks.List[5].End == 12);
    CHECK(toks.TextOf(toks.List[6]) == "d");
    CHECK(toks.TextOf(toks.List[8]) == "e");
}

TEST_CASE("capitals are marked only for words of two or more ASCII capitals") {
    tone::Tokens toks;
    tone::Tokenize("URGENT A Zo\xC3\xAB SQL B2B Ok", toks);
    REQUIRE(toks.List.size() == 6);
    CHECK(toks.List[0].AllCaps);
    CHECK_FALSE(toks.List[1].AllCaps);
    CHECK_FALSE(toks.List[2].AllCaps);
    CHECK(toks.List[3].AllCaps);
    CHECK(toks.List[4].AllCaps);
    CHECK_FALSE(toks.List[5].AllCaps);
}

TEST_CASE("a word longer than 65,535 bytes is split into pieces, with no byte lost") {
    const std::string text(200 * 1024, 'a');
    tone::Tokens toks;
    tone::Tokenize(text, toks);
    REQUIRE(toks.List.size() == 4);
    std::uint32_t at = 0;
    for (const tone::Token& t : toks.List) {
        CHECK(t.Type == TokenType::Word);
        CHECK(t.Start == at);
        CHECK(t.End - t.Start <= 0xFFFFu);
        CHECK(t.FoldLength == t.End - t.Start);
        at = t.End;
    }
    CHECK(at == text.size());
}

// --- Email structure --------------------------------------------------------------------------

TEST_CASE("a greeting with a name names someone; a generic one does not") {
    SUBCASE("Hi Maya,") {
        const Laid m(Email("We will reply on Friday."));
        CHECK(m.Layout.HasGreeting);
        CHECK(m.Layout.GreetingNamesSomeone);
        CHECK(m.Greeting() == "Hi Maya,");
    }
    SUBCASE("Dear Mr O'Brien,") {
        const Laid m(Email("We will reply on Friday.", "Dear Mr O'Brien,"));
        CHECK(m.Greeting() == "Dear Mr O'Brien,");
        CHECK(m.Layout.GreetingNamesSomeone);
    }
    SUBCASE("Dear Candidate,") {
        const Laid m(Email("We will reply on Friday.", "Dear Candidate,"));
        CHECK(m.Greeting() == "Dear Candidate,");
        CHECK_FALSE(m.Layout.GreetingNamesSomeone);
    }
    SUBCASE("Hi,") {
        const Laid m(Email("We will reply on Friday.", "Hi,"));
        CHECK(m.Greeting() == "Hi,");
        CHECK_FALSE(m.Layout.GreetingNamesSomeone);
    }
    SUBCASE("To whom it may concern") {
        for (const char* g : {"To whom it may concern,", "To whom it may concern"}) {
            const Laid m(Email("We will reply on Friday.", g));
            CHECK(m.Greeting() == g);
            CHECK_FALSE(m.Layout.GreetingNamesSomeone);
        }
    }
    SUBCASE("a name alone") {
        const Laid m(Email("We will reply on Friday.", "Ravi,"));
        CHECK(m.Greeting() == "Ravi,");
        CHECK(m.Layout.GreetingNamesSomeone);
        REQUIRE(m.Sentences().size() == 1);
        CHECK(m.Sentences()[0] == "We will reply on Friday.");
    }
    SUBCASE("a name in another script") {
        const Laid m(Email("We will reply on Friday.", "Hi \xE6\x9D\x8E\xE4\xBC\x9F,"));
        CHECK(m.Greeting() == "Hi \xE6\x9D\x8E\xE4\xBC\x9F,");
        CHECK(m.Layout.GreetingNamesSomeone);
    }
    SUBCASE("a greeting that runs on into the first sentence") {
        const Laid m("Hi Maya, thanks for coming in. We will reply on Friday.\n\nBest,\nSam");
        CHECK(m.Greeting() == "Hi Maya,");
        CHECK(m.Layout.GreetingNamesSomeone);
        CHECK(m.Sentences() == std::vector<std::string>{"thanks for coming in.", "We will reply on Friday."});
    }
    SUBCASE("no greeting at all") {
        const Laid m("We will reply on Friday.\n\nBest,\nSam");
        CHECK_FALSE(m.Layout.HasGreeting);
        CHECK(m.Sentences() == std::vector<std::string>{"We will reply on Friday."});
    }
}

TEST_CASE("sign-offs are found, and a body sentence that starts with thanks is not one") {
    SUBCASE("Kind regards,") {
        const Laid m(Email("We will reply on Friday."));
        CHECK(m.SignOff() == "Kind regards,");
    }
    SUBCASE("Thanks, Sam") {
        const Laid m(Email("We will reply on Friday.", "Hi Maya,", "Thanks, Sam"));
        CHECK(m.SignOff() == "Thanks, Sam");
        CHECK(m.Sentences() == std::vector<std::string>{"We will reply on Friday."});
    }
    SUBCASE("a longer closing line above the name") {
        const Laid m(Email("We will reply on Friday.", "Hi Maya,", "Looking forward to hearing from you,\nSam"));
        CHECK(m.SignOff() == "Looking forward to hearing from you,");
    }
    SUBCASE("Thanks for the update. as a body sentence") {
        const Laid m(Email("We will reply on Friday.\n\nThanks for the update.", "Hi Maya,", "Sam"));
        CHECK_FALSE(m.Layout.HasSignOff);
        CHECK(m.Sentences() == std::vector<std::string>{"We will reply on Friday.", "Thanks for the update."});
        const Laid last("Hi Maya,\n\nWe will reply on Friday.\nThanks for the update.");
        CHECK_FALSE(last.Layout.HasSignOff);
    }
    SUBCASE("the sign-off and the name below it are not body sentences") {
        const Laid m(Email("We will reply on Friday.", "Hi Maya,", "Best wishes,\nSam Okafor\nHead Baker"));
        CHECK(m.SignOff() == "Best wishes,");
        CHECK(m.Sentences() == std::vector<std::string>{"We will reply on Friday."});
    }
}

TEST_CASE("sentences split at a full stop and a space, not inside abbreviations or numbers") {
    const Laid m(Email("Please bring ID, e.g. the passport. Mr. Okafor will meet you. The score was 3.5 out of 5. "
                       "See example.com for the map. Really?! Yes."));
    CHECK(m.Sentences() == std::vector<std::string>{"Please bring ID, e.g. the passport.", "Mr. Okafor will meet you.",
                                                    "The score was 3.5 out of 5.", "See example.com for the map.",
                                                    "Really?!", "Yes."});
    REQUIRE(m.Layout.Sentences.size() == 6);
    CHECK(m.Layout.Sentences[0].Words == 7);  // please bring id e g the passport: "e.g" is two words.
    CHECK(m.Layout.Sentences[2].Words == 7);
}

TEST_CASE("a blank line splits sentences; a hard-wrapped line runs on") {
    const std::string first = "we have read every answer you gave us and we are still talking it over";
    REQUIRE(first.size() >= 60);
    const std::string second = "with the rest of the team this week.";
    const Laid wrapped(Email(first + "\n" + second));
    CHECK(wrapped.Sentences() == std::vector<std::string>{first + "\n" + second});
    const Laid paragraphs(Email(first + "\n\n" + second));
    CHECK(paragraphs.Sentences() == std::vector<std::string>{first, second});
}

TEST_CASE("short unpunctuated lines are sentences of their own") {
    const Laid m(Email("quick note\nsee you at 10\n\nthe panel is busy"));
    CHECK(m.Sentences() == std::vector<std::string>{"quick note", "see you at 10", "the panel is busy"});
    CHECK(m.Layout.Sentences[0].Words == 2);
    CHECK(m.Layout.Sentences[1].Words == 4);
}

TEST_CASE("list items are sentences of their own") {
    const Laid m(Email("Please bring:\n- your passport\n- a pen"));
    CHECK(m.Sentences() == std::vector<std::string>{"Please bring:", "- your passport", "- a pen"});
}

TEST_CASE("CRLF line endings: greeting, body and sign-off as with LF") {
    const Laid m("Hi Maya,\r\n\r\nWe will reply on Friday.\r\nThe panel meets then.\r\n\r\nKind regards,\r\nSam\r\n");
    CHECK(m.Greeting() == "Hi Maya,");
    CHECK(m.Layout.GreetingNamesSomeone);
    CHECK(m.SignOff() == "Kind regards,");
    CHECK(m.Sentences() == std::vector<std::string>{"We will reply on Friday.", "The panel meets then."});
}

// --- Patterns ---------------------------------------------------------------------------------

TEST_CASE("patterns: the parts of a pattern") {
    const tone::Pattern p = Compile("{a|b c} x? ** decid* <num>");
    REQUIRE(p.Elements.size() == 5);
    CHECK_FALSE(p.Elements[0].Optional);
    CHECK(p.Elements[1].Optional);
    CHECK(p.Elements[2].Skip == 3);
    CHECK_FALSE(p.Elements[3].Optional);
    CHECK(p.Elements[3].Skip == 0);
    // An optional first part is fine when a required word follows it.
    const tone::Pattern q = Compile("x? fit");
    REQUIRE(q.Elements.size() == 2);
    CHECK(q.Elements[0].Optional);
    Compile("by <num> <date> <time> <currency>");
    Compile("<currency> <num>");
    Compile("We\xE2\x80\x99ll take-home e.g");
}

TEST_CASE("patterns match word by word, ignoring case, punctuation and curly apostrophes") {
    CHECK(OwnMatches("{apple|green pear} tart", "An apple tart. A green pear tart. A pear tart.") ==
          std::vector<std::string>{"apple tart", "green pear tart"});
    CHECK(OwnMatches("ripe? apple", "A ripe apple. An apple.") == std::vector<std::string>{"ripe apple", "apple"});
    CHECK(OwnMatches("apple * tart", "An apple pie tart. An apple tart. An apple \xF0\x9F\x98\x80 tart.") ==
          std::vector<std::string>{"apple pie tart"});
    CHECK(OwnMatches("apple ** tart", "Apple tart. Apple one two three tart. Apple one two three four tart.") ==
          std::vector<std::string>{"Apple tart", "Apple one two three tart"});
    CHECK(OwnMatches("bake*", "The baker baked. We bake. A cake.") == std::vector<std::string>{"baker", "baked", "bake"});
    CHECK(OwnMatches("<num> apples", "Buy 3 apples, not three apples.") == std::vector<std::string>{"3 apples"});
    CHECK(OwnMatches("due <date>", "Due 12/03, due 3rd, due 2026-03-12, not due 12.") ==
          std::vector<std::string>{"Due 12/03", "due 3rd", "due 2026-03-12"});
    CHECK(OwnMatches("at <time>", "At 10:30, at 3pm, not at 10.") == std::vector<std::string>{"At 10:30", "at 3pm"});
    CHECK(OwnMatches("<currency> <num>", "It pays \xC2\xA3" "45,000 or $50, not 45,000.") ==
          std::vector<std::string>{"\xC2\xA3" "45,000", "$50"});
    CHECK(OwnMatches("we'll bake", "WE\xE2\x80\x99LL BAKE. We'll, bake.") ==
          std::vector<std::string>{"WE\xE2\x80\x99LL BAKE", "We'll, bake"});
    CHECK(OwnMatches("take-home tart", "The take home tart.") == std::vector<std::string>{"take home tart"});
    // Matches stay within a sentence.
    CHECK(OwnMatches("apple tart", "An apple. Tart.").empty());
}

TEST_CASE("patterns that are not valid are refused with a reason") {
    CHECK(Contains(CompileError("{a|b fit"), "unclosed {"));
    CHECK(Contains(CompileError("* fit"), "must start with a word"));
    CHECK(Contains(CompileError("** fit"), "must start with a word"));
    CHECK(Contains(CompileError("x?"), "must start with a word"));
    CHECK(Contains(CompileError("we 'll"), "contraction"));
    CHECK(Contains(CompileError("we \xE2\x80\x99ll"), "contraction"));
    CHECK(Contains(CompileError(""), "empty"));
    CHECK(Contains(CompileError("   "), "empty"));
    CHECK(Contains(CompileError("{} fit"), "empty"));
    CHECK(Contains(CompileError("a|b"), "stray"));
    CHECK(Contains(CompileError("by <weekday>"), "unknown class <weekday>"));
    CHECK(Contains(CompileError("fit ..."), "no letters or digits"));
    // Wildcards and optional parts are bounded, so no pattern can make matching explode.
    Compile("a ** ** ** ** ** z");
    CompileError("a ** ** ** ** ** ** ** ** ** ** z");
    CompileError("a b c d e f g h i j k l m n o p q r s t u v w x y z");
}

// --- Categories, each on a plain example and its trap -----------------------------------------

TEST_CASE("vague: a reason that says nothing, unless the sentence gives one") {
    const std::string text = Email("Thank you for your time. You were not a good fit.");
    const Report r = Check(text, Kind::Rejection);
    const Finding f = OnlyOf(r, Category::Vague);
    CHECK(SpanOf(text, f) == "not a good fit");
    CHECK(f.Level == Severity::Warn);
    CHECK(f.Rule == "vague/not-a-fit");
    CHECK_FALSE(f.Message.empty());
    CHECK_FALSE(f.Suggestion.empty());

    const std::string reason =
        Email("Thank you for your time. You were not a good fit because we needed someone who has run payroll.");
    const Report given = Check(reason, Kind::Rejection);
    CHECK_MESSAGE(!Has(given, Category::Vague), Describe(reason, given));

    // Only the sentence with the reason is spared.
    const std::string other = Email("You were not a good fit. We chose someone else because of payroll.");
    CHECK(SpansOf(other, Check(other, Kind::Rejection), Category::Vague) == std::vector<std::string>{"not a good fit"});
}

TEST_CASE("protected: age in a decision is a risk; accessibility is not") {
    const std::string text = Email("Thank you for your time. We want someone young and energetic.");
    const Report r = Check(text, Kind::Rejection);
    const Finding f = OnlyOf(r, Category::Protected);
    CHECK(SpanOf(text, f) == "young and energetic");
    CHECK(f.Level == Severity::Risk);

    const std::string trap = Email("Thank you for your time. Our site is wheelchair accessible.");
    const Report t = Check(trap, Kind::Rejection);
    CHECK_MESSAGE(!Has(t, Category::Protected), Describe(trap, t));
    const std::string trap2 = Email("We offer private health insurance and a generous parental leave policy.");
    CHECK_FALSE(Has(Check(trap2, Kind::Offer), Category::Protected));
}

TEST_CASE("harsh: judging the person; not words about other things") {
    const std::string text = Email("Thank you for your time. Your answers were sloppy.");
    const Finding f = OnlyOf(Check(text, Kind::Feedback), Category::Harsh);
    CHECK(SpanOf(text, f) == "Your answers were sloppy");
    CHECK(f.Level == Severity::Warn);

    for (const std::string body : {"In the role you would handle angry callers.", "Sorry about the poor connection.",
                                   "It was not bad at all."}) {
        const std::string trap = Email(body);
        const Report t = Check(trap, Kind::Feedback);
        CHECK_MESSAGE(!Has(t, Category::Harsh), Describe(trap, t));
    }
}

TEST_CASE("overpromise: a guarantee, but not a refusal to give one") {
    const std::string text = Email("Thank you for your time. We guarantee you a role next year.");
    const Finding f = OnlyOf(Check(text, Kind::Rejection), Category::Overpromise);
    CHECK(SpanOf(text, f) == "guarantee");
    CHECK(f.Level == Severity::Warn);

    const std::string trap = Email("Thank you for your time. We cannot guarantee a role next year.");
    const Report t = Check(trap, Kind::Rejection);
    CHECK_MESSAGE(!Has(t, Category::Overpromise), Describe(trap, t));

    // "Soon" is a promise without a date; with a date in the sentence it is not.
    const std::string soon = Email("We'll be in touch soon.");
    CHECK(SpansOf(soon, Check(soon, Kind::StatusUpdate), Category::Overpromise) ==
          std::vector<std::string>{"We'll be in touch soon"});
    CHECK_FALSE(Has(Check(Email("We'll be in touch soon, by Friday 12 December."), Kind::StatusUpdate),
                    Category::Overpromise));
}

TEST_CASE("a negation just before a negatable phrase cancels it, within the same clause") {
    const std::string text = Email("Thank you. We would never guarantee a role. We don't guarantee a role. "
                                   "Don't worry, we guarantee a role.");
    const Report r = Check(text, Kind::Rejection);
    const Finding f = OnlyOf(r, Category::Overpromise);
    CHECK(f.Start == text.rfind("guarantee"));  // Only the last: the comma ends the clause of "Don't".
    CHECK(SpanOf(text, f) == "guarantee");
}

TEST_CASE("passive_aggressive: pointing back at an earlier email") {
    const std::string text = Email("As per my last email, the panel meets on Friday.");
    const Finding f = OnlyOf(Check(text, Kind::StatusUpdate), Category::PassiveAggressive);
    CHECK(SpanOf(text, f) == "As per my last email");
    CHECK(f.Level == Severity::Warn);

    const std::string reminder = Email("This is a friendly reminder to send the form.");
    CHECK(SpansOf(reminder, Check(reminder, Kind::NextSteps), Category::PassiveAggressive) ==
          std::vector<std::string>{"friendly reminder"});

    const std::string trap = Email("As we discussed in the interview, we will reply on Friday.");
    const Report t = Check(trap, Kind::StatusUpdate);
    CHECK_MESSAGE(!Has(t, Category::PassiveAggressive), Describe(trap, t));
}

TEST_CASE("passive_aggressive: 'as I said' is a rebuke only when it opens the sentence") {
    const std::string text = Email("The start date, as I said, is Monday 5 January. As I said, the start date is Monday "
                                   "5 January.");
    const Finding f = OnlyOf(Check(text, Kind::StatusUpdate), Category::PassiveAggressive);
    CHECK(SpanOf(text, f) == "As I said");
    CHECK(f.Start == text.find("As I said"));
    CHECK(f.Rule == "passive_aggressive/sentence-start-rebuke");
}

TEST_CASE("hedge: softeners are notes; 'the kind of work' is not one") {
    const std::string text = Email("Thank you for your time. I think maybe we will pass.");
    const Finding f = OnlyOf(Check(text, Kind::Rejection), Category::Hedge);
    CHECK(SpanOf(text, f) == "I think maybe");
    CHECK(f.Level == Severity::Info);

    const std::string sort_of = Email("The panel was kind of busy.");
    CHECK(SpansOf(sort_of, Check(sort_of, Kind::StatusUpdate), Category::Hedge) == std::vector<std::string>{"kind of"});
    const std::string trap = Email("It is the kind of work we love.");
    const Report t = Check(trap, Kind::StatusUpdate);
    CHECK_MESSAGE(!Has(t, Category::Hedge), Describe(trap, t));
}

TEST_CASE("passive_decision: offers the active voice, and only for the employer's messages") {
    const std::string text = Email("Thank you for your time. It has been decided that we will not proceed.");
    const Finding f = OnlyOf(Check(text, Kind::Rejection), Category::PassiveDecision);
    CHECK(SpanOf(text, f) == "It has been decided");
    CHECK(f.Replacement == "We have decided");
    CHECK(f.Level == Severity::Warn);

    const std::string not_selected = Email("Thank you for your time. You have not been selected for the role.");
    CHECK(SpansOf(not_selected, Check(not_selected, Kind::Rejection), Category::PassiveDecision) ==
          std::vector<std::string>{"You have not been selected"});

    for (const Kind k : {Kind::CandidateThankYou, Kind::CandidateFollowUp, Kind::CandidateOfferReply})
        CHECK_FALSE(Has(Check(text, k), Category::PassiveDecision));
    const std::string active = Email("Thank you for your time. We have decided not to proceed.");
    CHECK_FALSE(Has(Check(active, Kind::Rejection), Category::PassiveDecision));
}

TEST_CASE("shouting: capitals and !!, not acronyms or one exclamation mark") {
    const std::string text = Email("This is URGENT and we need an answer!! We will reply on Friday.");
    const Report r = Check(text, Kind::StatusUpdate);
    const std::vector<Finding> found = FindingsOf(r, Category::Shouting);
    REQUIRE(found.size() == 2);
    CHECK(SpanOf(text, found[0]) == "URGENT");
    CHECK(found[0].Replacement == "urgent");
    CHECK(SpanOf(text, found[1]) == "!!");
    CHECK(found[1].Replacement == "!");

    const std::string run = Email("PLEASE REPLY TODAY about the form.");
    CHECK(SpansOf(run, Check(run, Kind::StatusUpdate), Category::Shouting) ==
          std::vector<std::string>{"PLEASE REPLY TODAY"});

    const std::string trap = Email("The SQL test and the HMRC form are ready! We need your NEBOSH certificate. The "
                                   "HTML CSS test is on Friday.");
    const Report t = Check(trap, Kind::StatusUpdate);
    CHECK_MESSAGE(!Has(t, Category::Shouting), Describe(trap, t));
    // Capitals in the greeting or sign-off are not shouting.
    CHECK_FALSE(Has(Check(Email("We will reply on Friday.", "Hi MAYA,", "Kind regards,\nSAM"), Kind::StatusUpdate),
                    Category::Shouting));
}

TEST_CASE("jargon: buzzwords are notes; guarded uses are not") {
    const std::string text = Email("Let us circle back on Friday.");
    const Finding f = OnlyOf(Check(text, Kind::StatusUpdate), Category::Jargon);
    CHECK(SpanOf(text, f) == "circle back");
    CHECK(f.Level == Severity::Info);
    CHECK(f.Rule == "jargon/buzz");
    const std::string trap = Email("The loan uses financial leverage. We will reply on Friday.");
    CHECK_FALSE(Has(Check(trap, Kind::StatusUpdate), Category::Jargon));
}

TEST_CASE("gendered: coded words are info notes") {
    const std::string text = Email("You were very confident and supportive. We will reply on Friday.");
    const Report r = Check(text, Kind::StatusUpdate);
    const std::vector<Finding> found = FindingsOf(r, Category::Gendered);
    REQUIRE(found.size() == 2);
    CHECK(SpanOf(text, found[0]) == "confident");
    CHECK(found[0].Rule == "gendered/masculine");
    CHECK(SpanOf(text, found[1]) == "supportive");
    CHECK(found[1].Rule == "gendered/feminine");
    for (const Finding& g : found) CHECK(g.Level == Severity::Info);
    CHECK_FALSE(Has(Check(Email("The lead of the project will reply on Friday."), Kind::StatusUpdate), Category::Gendered));
}

TEST_CASE("readability: a long sentence is noted, a very long one warned about") {
    const auto sentence = [](int words) {
        std::string s = "We";
        for (int i = 1; i < words; ++i) s += " sat";
        return s + ".";
    };
    {
        const std::string body = sentence(45);
        const std::string text = Email("We will reply on Friday. " + body);
        const Report r = Check(text, Kind::StatusUpdate);
        const Finding f = OnlyOf(r, Category::Readability);
        CHECK(f.Level == Severity::Warn);
        CHECK(SpanOf(text, f) == body);
        CHECK(Contains(f.Message, "45 words"));
        CHECK(r.Reading.LongestWords == 45);
    }
    {
        const std::string body = sentence(35);
        const std::string text = Email(body + " We will reply on Friday.");
        const Finding f = OnlyOf(Check(text, Kind::StatusUpdate), Category::Readability);
        CHECK(f.Level == Severity::Info);
        CHECK(SpanOf(text, f) == body);
    }
    // At the limits: 30 words is fine, 31 is a note; 40 is a note, 41 a warning.
    CHECK_FALSE(Has(Check(Email(sentence(30)), Kind::StatusUpdate), Category::Readability));
    CHECK(OnlyOf(Check(Email(sentence(31)), Kind::StatusUpdate), Category::Readability).Level == Severity::Info);
    CHECK(OnlyOf(Check(Email(sentence(40)), Kind::StatusUpdate), Category::Readability).Level == Severity::Info);
    CHECK(OnlyOf(Check(Email(sentence(41)), Kind::StatusUpdate), Category::Readability).Level == Severity::Warn);
    CHECK_FALSE(Has(Check(Email("We will reply on Friday. The panel meets on Thursday."), Kind::StatusUpdate),
                    Category::Readability));
}

TEST_CASE("readability: a dense message of long words is noted as a whole") {
    std::string body;
    for (int i = 0; i < 5; ++i)
        body += "Organisational considerations necessitated comprehensive reconsideration of the "
                "administrative requirements. ";
    const std::string text = Email(body + "We will reply on Friday.");
    const Report r = Check(text, Kind::StatusUpdate);
    REQUIRE(r.Reading.Measured);
    CHECK(r.Reading.Grade > 14);
    const Finding f = OnlyOf(r, Category::Readability);
    CHECK(f.Start == 0);
    CHECK(f.End == 0);
    CHECK(f.Level == Severity::Info);
}

// --- Required parts of each kind ----------------------------------------------------------------

TEST_CASE("a complete message of each kind misses nothing") {
    struct Case {
        Kind Of;
        std::string Text;
    };
    const std::vector<Case> cases = {
        {Kind::Rejection,
         Email("Thank you for the bookkeeping exercise. We have offered the role to another candidate because we "
               "needed someone who has run payroll.")},
        {Kind::Feedback,
         Email("Thank you for the bookkeeping exercise. Your answer on month-end close was clear. You could practise "
               "VAT returns with a free online course.")},
        {Kind::NextSteps, Email("The next step is a call with Amara on Friday 12 December at 10:30am.")},
        {Kind::Offer,
         Email("We are delighted to offer you the role of bookkeeper at a salary of \xC2\xA3" "32,000. Please sign and "
               "return the contract by Friday 12 December.")},
        {Kind::StatusUpdate, Email("We will reply on Friday.")},
        {Kind::DelayUpdate,
         Email("The decision is taking longer than planned. We'll be in touch on Friday 12 December.")},
        {Kind::ThankYou, Email("Thank you for coming in. We will let you know by Friday.")},
        {Kind::KeepInTouch, Email("Your portfolio stood out and we would love to stay in touch.")},
        {Kind::CandidateThankYou,
         Email("Thank you for the interview. I enjoyed hearing about your plans for the bakery.", "Hi Sam,",
               "Kind regards,\nMaya")},
        {Kind::CandidateFollowUp,
         Email("I wanted to ask whether there is any news on the bookkeeper role.", "Hi Sam,", "Kind regards,\nMaya")},
        {Kind::CandidateOfferReply,
         Email("Thank you for the offer. I am happy to accept.", "Hi Sam,", "Kind regards,\nMaya")},
    };
    REQUIRE(cases.size() == static_cast<std::size_t>(tone::kKindCount));
    for (const Case& c : cases) {
        CAPTURE(tone::KindId(c.Of));
        const Report r = Check(c.Text, c.Of);
        CHECK_MESSAGE(r.Findings.empty(), Describe(c.Text, r));
        CHECK(r.Score == 100);
    }
}

TEST_CASE("the parts each kind requires are reported when missing") {
    // A body with none of the markers: no thanks, nothing specific, no next step, no date.
    const std::string bare = "Dear Candidate,\n\nThe role is filled.";
    const auto missing = [&](Kind k) {
        std::set<Category> out;
        const Report r = Check(bare, k);
        for (const Finding& f : r.Findings)
            if (tone::IsMissingElement(f.Of)) out.insert(f.Of);
        return out;
    };
    using C = Category;
    CHECK(missing(Kind::Rejection) == std::set<C>{C::MissingName, C::MissingThanks, C::MissingSpecific, C::MissingClosing});
    CHECK(missing(Kind::Feedback) ==
          std::set<C>{C::MissingName, C::MissingThanks, C::MissingSpecific, C::MissingNextStep, C::MissingClosing});
    CHECK(missing(Kind::NextSteps) == std::set<C>{C::MissingName, C::MissingNextStep, C::MissingTimeline, C::MissingClosing});
    CHECK(missing(Kind::Offer) ==
          std::set<C>{C::MissingName, C::MissingSpecific, C::MissingNextStep, C::MissingTimeline, C::MissingClosing});
    CHECK(missing(Kind::StatusUpdate) == std::set<C>{C::MissingName, C::MissingTimeline, C::MissingClosing});
    CHECK(missing(Kind::DelayUpdate) == std::set<C>{C::MissingName, C::MissingTimeline, C::MissingClosing});
    CHECK(missing(Kind::ThankYou) == std::set<C>{C::MissingName, C::MissingThanks, C::MissingTimeline, C::MissingClosing});
    CHECK(missing(Kind::KeepInTouch) == std::set<C>{C::MissingName, C::MissingSpecific, C::MissingClosing});
    CHECK(missing(Kind::CandidateThankYou) ==
          std::set<C>{C::MissingName, C::MissingThanks, C::MissingSpecific, C::MissingClosing});
    CHECK(missing(Kind::CandidateFollowUp) == std::set<C>{C::MissingName, C::MissingClosing});
    CHECK(missing(Kind::CandidateOfferReply) == std::set<C>{C::MissingName, C::MissingThanks, C::MissingClosing});

    // missing_name points at the generic greeting; the others are about the whole message.
    const Report r = Check(bare, Kind::Rejection);
    const Finding name = OnlyOf(r, Category::MissingName);
    CHECK(SpanOf(bare, name) == "Dear Candidate,");
    CHECK(name.Level == Severity::Warn);
    CHECK(name.Rule == "missing_name");
    const Finding closing = OnlyOf(r, Category::MissingClosing);
    CHECK(closing.Start == 0);
    CHECK(closing.End == 0);
    CHECK_FALSE(closing.Message.empty());
    CHECK_FALSE(closing.Suggestion.empty());
    // Whole-message findings come first.
    CHECK(r.Findings.front().End == r.Findings.front().Start);
    // No greeting at all: missing_name over the whole message.
    const Finding none = OnlyOf(Check("The role is filled.", Kind::Rejection), Category::MissingName);
    CHECK(none.Start == 0);
    CHECK(none.End == 0);
}

TEST_CASE("a delay update needs a date that looks ahead") {
    const std::string no_date = Email("The decision is taking longer than planned.");
    CHECK(Has(Check(no_date, Kind::DelayUpdate), Category::MissingTimeline));

    const std::string dated = Email("The decision is taking longer than planned. We'll be in touch on Friday 12 December.");
    const Report d = Check(dated, Kind::DelayUpdate);
    CHECK_MESSAGE(!Has(d, Category::MissingTimeline), Describe(dated, d));
    CHECK_FALSE(Has(Check(Email("We will decide within five working days."), Kind::DelayUpdate), Category::MissingTimeline));

    // A date about the past is not a timeline.
    CHECK(Has(Check(Email("We met on Tuesday."), Kind::DelayUpdate), Category::MissingTimeline));
    CHECK(Has(Check(Email("Thanks for meeting us on Tuesday."), Kind::DelayUpdate), Category::MissingTimeline));
}

TEST_CASE("the report lists the parts it saw, and marks a date that does not look ahead") {
    const std::string text = Email("Thanks for meeting us on Tuesday. We'll be in touch on Friday 12 December.");
    const Report r = Check(text, Kind::DelayUpdate);
    const auto hit = [&](tone::Marker m, const std::string& what) -> const tone::MarkerHit* {
        for (const tone::MarkerHit& h : r.Markers)
            if (h.Of == m && text.substr(h.Start, h.End - h.Start) == what) return &h;
        return nullptr;
    };
    const tone::MarkerHit* tuesday = hit(tone::Marker::Timeline, "Tuesday");
    REQUIRE(tuesday != nullptr);
    CHECK_FALSE(tuesday->Counted);
    const tone::MarkerHit* friday = hit(tone::Marker::Timeline, "Friday");
    REQUIRE(friday != nullptr);
    CHECK(friday->Counted);
    CHECK(hit(tone::Marker::Thanks, "Thanks") != nullptr);
    for (std::size_t i = 1; i < r.Markers.size(); ++i) CHECK(r.Markers[i - 1].Start <= r.Markers[i].Start);
    for (const tone::MarkerHit& h : r.Markers) CHECK(h.End <= text.size());
    // Greeting and sign-off lines are not searched: "Kind regards" holds no marker.
    for (const tone::MarkerHit& h : r.Markers) CHECK(h.Start > text.find("Maya,"));
    CHECK(r.Markers.back().End <= text.find("Kind regards"));
}

TEST_CASE("an offer's date counts only next to what the candidate must do") {
    const std::string loose = Email("We are delighted to offer you the role of bookkeeper at a salary of \xC2\xA3" "32,000. "
                                    "The team meets on Friday. Please sign the contract.");
    CHECK(Has(Check(loose, Kind::Offer), Category::MissingTimeline));
    const std::string tied = Email("We are delighted to offer you the role of bookkeeper at a salary of \xC2\xA3" "32,000. "
                                   "Please sign the contract by Friday.");
    CHECK_FALSE(Has(Check(tied, Kind::Offer), Category::MissingTimeline));
}

TEST_CASE("feedback that names a weakness must say how to improve") {
    const std::string weak = Email("Thank you for the bookkeeping exercise. Your answer on month-end close was clear. "
                                   "You struggled with the VAT question. Let me know if you have any questions.");
    const Report r = Check(weak, Kind::Feedback);
    const Finding f = OnlyOf(r, Category::MissingNextStep);
    CHECK(SpanOf(weak, f) == "You struggled with the VAT question.");
    CHECK(Contains(f.Message, "weakness"));

    const std::string helped = Email("Thank you for the bookkeeping exercise. Your answer on month-end close was clear. "
                                     "You struggled with the VAT question, so you could practise with a free online "
                                     "course.");
    const Report h = Check(helped, Kind::Feedback);
    CHECK_MESSAGE(!Has(h, Category::MissingNextStep), Describe(helped, h));
    // Only feedback asks for it.
    CHECK_FALSE(Has(Check(weak, Kind::Rejection), Category::MissingNextStep));
}

// --- Persistence ------------------------------------------------------------------------------

TEST_CASE("persistence: a follow-up that counts earlier emails") {
    const std::string text = Email("This is my third email about the role.", "Hi Sam,", "Kind regards,\nMaya");
    const Finding f = OnlyOf(Check(text, Kind::CandidateFollowUp), Category::Persistence);
    CHECK(SpanOf(text, f) == "This is my third email");
    CHECK(f.Level == Severity::Warn);
    // Employers' messages are not checked for it.
    CHECK_FALSE(Has(Check(text, Kind::StatusUpdate), Category::Persistence));
}

TEST_CASE("persistence: from the history of earlier follow-ups") {
    const std::string text =
        Email("I wanted to ask whether there is any news on the bookkeeper role.", "Hi Sam,", "Kind regards,\nMaya");
    tone::Options o;
    o.History.Known = true;
    o.History.Today = Day("2026-12-10");  // A Thursday.

    SUBCASE("two earlier follow-ups") {
        o.History.Earlier = {Day("2026-11-02"), Day("2026-11-16")};
        const Finding f = OnlyOf(Check(text, Kind::CandidateFollowUp, o), Category::Persistence);
        CHECK(f.Start == 0);
        CHECK(f.End == 0);
        CHECK(Contains(f.Message, "number 3"));
    }
    SUBCASE("one, two business days ago") {
        o.History.Earlier = {Day("2026-12-08")};
        const Finding f = OnlyOf(Check(text, Kind::CandidateFollowUp, o), Category::Persistence);
        CHECK(Contains(f.Message, "2 business days ago"));
    }
    SUBCASE("one, eight business days ago") {
        o.History.Earlier = {Day("2026-11-30")};
        REQUIRE(tone::BusinessDaysBetween(o.History.Earlier[0], o.History.Today) == 8);
        const Report r = Check(text, Kind::CandidateFollowUp, o);
        CHECK_MESSAGE(!Has(r, Category::Persistence), Describe(text, r));
    }
    SUBCASE("history only counts for follow-ups, and only when known") {
        o.History.Earlier = {Day("2026-11-02"), Day("2026-11-16")};
        CHECK_FALSE(Has(Check(text, Kind::CandidateThankYou, o), Category::Persistence));
        o.History.Known = false;
        CHECK_FALSE(Has(Check(text, Kind::CandidateFollowUp, o), Category::Persistence));
    }
}

TEST_CASE("business days between two days") {
    const std::int32_t friday = Day("2026-11-27");
    const std::int32_t monday = Day("2026-11-30");
    CHECK(tone::BusinessDaysBetween(friday, monday) == 1);
    CHECK(tone::BusinessDaysBetween(monday, Day("2026-12-07")) == 5);
    CHECK(tone::BusinessDaysBetween(monday, monday) == 0);
    CHECK(tone::BusinessDaysBetween(monday, friday) == -1);
    CHECK(tone::BusinessDaysBetween(Day("2026-12-07"), monday) == -5);
    CHECK(tone::BusinessDaysBetween(Day("2026-12-12"), Day("2026-12-13")) == 0);  // Saturday to Sunday.
    CHECK(tone::BusinessDaysBetween(friday, Day("2026-11-28")) == 0);             // Friday to Saturday.
    CHECK(tone::BusinessDaysBetween(0, 1) == 1);                                  // Thursday 1 Jan 1970 to Friday.
    CHECK(tone::BusinessDaysBetween(0, 4) == 2);                                  // ... to Monday.
    CHECK(tone::BusinessDaysBetween(Day("1969-12-26"), 0) == 4);                  // Before the epoch: Fri to Thu.
    CHECK(tone::BusinessDaysBetween(monday, monday + 28) == 20);
}

// --- Readability ------------------------------------------------------------------------------

TEST_CASE("syllables by rule") {
    CHECK(tone::CountSyllables("make") == 1);
    CHECK(tone::CountSyllables("table") == 2);
    CHECK(tone::CountSyllables("jumped") == 1);
    CHECK(tone::CountSyllables("wanted") == 2);
    CHECK(tone::CountSyllables("reconciliation") >= 5);
    CHECK(tone::CountSyllables("the") == 1);
    CHECK(tone::CountSyllables("cat") == 1);
    CHECK(tone::CountSyllables("makes") == 1);
    CHECK(tone::CountSyllables("boxes") == 2);
    CHECK(tone::CountSyllables("rhythm") == 1);
    CHECK(tone::CountSyllables("b2b") == 1);  // At least one.
    CHECK(tone::CountSyllables("") == 1);
}

TEST_CASE("reading ease and grade follow the published Flesch formulas, over the body only") {
    const std::vector<std::string> words = {"the", "cat", "sat", "on", "the", "mat", "we", "wanted", "a", "table"};
    const std::string text = Email("The cat sat on the mat. We wanted a table.");
    const Report r = Check(text, Kind::StatusUpdate);
    REQUIRE(r.Reading.Measured);
    int syllables = 0;
    for (const std::string& w : words) syllables += tone::CountSyllables(w);
    CHECK(syllables == 12);  // Ten one-syllable words, "wanted" and "table" two each.
    CHECK(r.Reading.Words == 10);  // Not "Hi Maya", "Kind regards" or "Sam".
    CHECK(r.Reading.Sentences == 2);
    CHECK(r.Reading.Syllables == syllables);
    const double wps = 10.0 / 2.0;
    const double spw = 12.0 / 10.0;
    CHECK(r.Reading.ReadingEase == doctest::Approx(206.835 - 1.015 * wps - 84.6 * spw));
    CHECK(r.Reading.Grade == doctest::Approx(0.39 * wps + 11.8 * spw - 15.59));
    CHECK(r.Reading.ReadingEase == doctest::Approx(100.24).epsilon(1e-9));
    CHECK(r.Reading.Grade == doctest::Approx(0.52).epsilon(1e-9));
    CHECK(r.Reading.LongestWords == 6);
    CHECK(text.substr(r.Reading.LongestStart, r.Reading.LongestEnd - r.Reading.LongestStart) == "The cat sat on the mat.");

    // Numbers and symbols are not words; a sentence of only numbers is not a sentence.
    const Report n = Check(Email("The cat sat on the mat. 10:30 \xF0\x9F\x98\x80."), Kind::StatusUpdate);
    CHECK(n.Reading.Words == 6);
    CHECK(n.Reading.Sentences == 1);
}

// --- Score ------------------------------------------------------------------------------------

TEST_CASE("score: a clean rejection scores high; a risk costs 25") {
    const std::string clean = Email(
        "Thank you for coming in on Tuesday and for the care you put into the bookkeeping exercise. We have decided "
        "to offer the role to another candidate because we needed someone who has run payroll end to end. Your "
        "reconciliation walkthrough was clear, and I hope you will apply again.");
    const Report c = Check(clean, Kind::Rejection);
    CHECK_MESSAGE(c.Score >= 90, Describe(clean, c));

    const std::string risky = Email(
        "Thank you for coming in on Tuesday and for the care you put into the bookkeeping exercise. We have decided "
        "to offer the role to another candidate because we needed someone young and energetic. Your reconciliation "
        "walkthrough was clear, and I hope you will apply again.");
    const Report r = Check(risky, Kind::Rejection);
    REQUIRE(Has(r, Category::Protected));
    CHECK(r.Score <= 75);
    REQUIRE_FALSE(r.Breakdown.empty());
    CHECK(r.Breakdown.front().Of == Category::Protected);
    CHECK(r.Breakdown.front().Points == 25);
}

TEST_CASE("score: the breakdown adds up, most costly first, at most three findings per category") {
    const std::string text = Email(
        "Thank you. Let us circle back, touch base, reach out, deep dive, and circle back on synergy with a "
        "rockstar going forward. You were not a good fit.");
    const Report r = Check(text, Kind::Rejection);
    CHECK(FindingsOf(r, Category::Jargon).size() == 8);
    int sum = 0;
    for (const tone::ScoreLine& line : r.Breakdown) sum += line.Points;
    CHECK(sum == 100 - r.Score);
    for (std::size_t i = 1; i < r.Breakdown.size(); ++i) CHECK(r.Breakdown[i - 1].Points >= r.Breakdown[i].Points);
    const auto jargon = std::find_if(r.Breakdown.begin(), r.Breakdown.end(),
                                     [](const tone::ScoreLine& l) { return l.Of == Category::Jargon; });
    REQUIRE(jargon != r.Breakdown.end());
    CHECK(jargon->Count == 8);
    CHECK(jargon->Points == 3 * 2);  // Three info findings counted.
    // vague warn 10 + missing_specific warn 10 + jargon 6.
    CHECK(r.Score == 100 - 10 - 10 - 6);
    // Each category is listed once, and only categories that were found.
    std::set<Category> listed;
    for (const tone::ScoreLine& line : r.Breakdown) {
        CHECK(listed.insert(line.Of).second);
        CHECK(Has(r, line.Of));
    }
    CHECK(listed.size() == 3);
}

TEST_CASE("score never drops below zero") {
    std::string body;
    for (const char* phrase : {"You were not a good fit. ", "We want someone young and energetic. ",
                               "We want someone younger. ", "Is English your first language? ",
                               "Your answers were sloppy. ", "We guarantee a role. ", "As per my last email, no. ",
                               "It has been decided. "})
        body += phrase;
    const Report r = Check("URGENT!!! " + body, Kind::Rejection);
    CHECK(r.Score == 0);
    int sum = 0;
    for (const tone::ScoreLine& line : r.Breakdown) sum += line.Points;
    CHECK(sum > 100);
}

// --- Options ----------------------------------------------------------------------------------

TEST_CASE("options: a category switched off is not reported or scored") {
    const std::string text = Email("Thank you for your time. You were not a good fit.");
    tone::Options o;
    o.Off.Set(Category::Vague, true);
    const Report r = Check(text, Kind::Rejection, o);
    CHECK_FALSE(Has(r, Category::Vague));
    CHECK(Has(r, Category::MissingSpecific));  // Others stay.
    CHECK(r.Score == Check(text, Kind::Rejection).Score + 10);
    o.Off.Set(Category::MissingSpecific, true);
    CHECK(Check(text, Kind::Rejection, o).Findings.empty());
}

TEST_CASE("options: an ignored finding is removed, ignoring case, and only that one") {
    const std::string text =
        Email("Thank you for your time. You were not a good fit. The other candidate was a better fit, not a good fit.");
    const Report all = Check(text, Kind::Rejection);
    REQUIRE(FindingsOf(all, Category::Vague).size() == 2);

    tone::Options o;
    o.Ignore.push_back({Category::Vague, "NOT A GOOD FIT"});
    const Report ignored = Check(text, Kind::Rejection, o);
    CHECK_MESSAGE(!Has(ignored, Category::Vague), Describe(text, ignored));  // Both occurrences of that text.
    CHECK(Has(ignored, Category::MissingSpecific));

    tone::Options other;
    other.Ignore.push_back({Category::Harsh, "not a good fit"});  // Same text, another category.
    CHECK(FindingsOf(Check(text, Kind::Rejection, other), Category::Vague).size() == 2);

    const std::string two = Email("You were not a good fit. We need a younger team.");
    tone::Options partial;
    partial.Ignore.push_back({Category::Protected, "Younger"});  // Not the whole finding's text.
    CHECK(SpansOf(two, Check(two, Kind::Rejection, partial), Category::Protected) ==
          std::vector<std::string>{"younger team"});
    partial.Ignore.push_back({Category::Protected, "YOUNGER  Team"});
    const Report p = Check(two, Kind::Rejection, partial);
    CHECK_FALSE(Has(p, Category::Protected));
    CHECK(SpansOf(two, p, Category::Vague) == std::vector<std::string>{"not a good fit"});

    // An ignore with empty text removes a whole-message finding of its category.
    tone::Options whole;
    whole.Ignore.push_back({Category::MissingSpecific, ""});
    const Report w = Check(two, Kind::Rejection, whole);
    CHECK_FALSE(Has(w, Category::MissingSpecific));
    CHECK(Has(w, Category::Vague));
}

TEST_CASE("options: own phrases are flagged, and a bad one is reported without a crash") {
    const tone::Checker own = tone::Checker::BuiltIn().WithOwnPhrases(
        {{"onboarding pack", Category::Jargon, "Say \"welcome pack\"."}, {"{unclosed", Category::Harsh, ""},
         {"bring* {a|the} pen*", Category::Hedge, ""}});
    const std::string text = Email("I will send the onboarding pack. Please bring the pens on Friday.");
    const Report r = own.Check(text, Kind::StatusUpdate);
    std::vector<Finding> mine;
    for (const Finding& f : r.Findings)
        if (f.Rule.starts_with("own/")) mine.push_back(f);
    REQUIRE(mine.size() == 2);
    CHECK(mine[0].Rule == "own/1");
    CHECK(mine[0].Of == Category::Jargon);
    CHECK(SpanOf(text, mine[0]) == "onboarding pack");
    CHECK(mine[0].Suggestion == "Say \"welcome pack\".");
    CHECK(Contains(mine[0].Message, "onboarding pack"));
    CHECK(mine[1].Rule == "own/3");
    CHECK(mine[1].Of == Category::Hedge);
    CHECK(mine[1].Level == Severity::Info);  // The category's usual severity.
    CHECK(SpanOf(text, mine[1]) == "bring the pens");
    CHECK_FALSE(mine[1].Suggestion.empty());

    debrief::Problems problems;
    const tone::Checker reported =
        tone::Checker::BuiltIn().WithOwnPhrases({{"fine words", Category::Vague, ""}, {"* x", Category::Vague, ""},
                                                 {"{unclosed", Category::Harsh, ""}},
                                                &problems);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].Path == "own[1]");
    CHECK(problems[1].Path == "own[2]");
    CHECK(Contains(problems[1].Reason, "unclosed"));
    const std::string fine = Email("These are fine words.");
    CHECK(SpansOf(fine, reported.Check(fine, Kind::StatusUpdate), Category::Vague) ==
          std::vector<std::string>{"fine words"});

    // Own phrases replace earlier own phrases; the built-in checker is unchanged.
    const tone::Checker replaced = own.WithOwnPhrases({});
    for (const Finding& f : replaced.Check(text, Kind::StatusUpdate).Findings) CHECK_FALSE(f.Rule.starts_with("own/"));
    for (const Finding& f : tone::Checker::BuiltIn().Check(text, Kind::StatusUpdate).Findings)
        CHECK_FALSE(f.Rule.starts_with("own/"));
}

// --- Bad input --------------------------------------------------------------------------------

TEST_CASE("bad input: empty text") {
    for (int k = 0; k < tone::kKindCount; ++k) {
        const Report r = Check("", static_cast<Kind>(k));
        CAPTURE(tone::KindId(static_cast<Kind>(k)));
        CHECK(r.Error.empty());
        CHECK_FALSE(r.Reading.Measured);
        CHECK(r.Reading.Words == 0);
        for (const Finding& f : r.Findings) {
            CHECK(tone::IsMissingElement(f.Of));
            CHECK(f.Start == 0);
            CHECK(f.End == 0);
        }
    }
    const Report r = Check("", Kind::Rejection);
    CHECK(r.Findings.size() == 4);  // name, thanks, specific, closing.
}

TEST_CASE("bad input: only emoji, and mixed scripts") {
    const std::string emoji = "\xF0\x9F\x98\x80\xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD \xE2\x9D\xA4\xEF\xB8\x8F";
    const Report e = Check(emoji, Kind::StatusUpdate);
    CHECK(e.Error.empty());
    CHECK_FALSE(e.Reading.Measured);
    for (const Finding& f : e.Findings) CHECK(tone::IsMissingElement(f.Of));

    // Arabic, Cyrillic and Chinese around an English phrase: the phrase is found at its bytes.
    const std::string mixed = Email("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 \xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"
                                    " \xE6\x9D\x8E\xE4\xBC\x9F: you were not a good fit \xE2\x80\x94 Zo\xC3\xAB.",
                                    "Hi \xE6\x9D\x8E\xE4\xBC\x9F,");
    const Report m = Check(mixed, Kind::Rejection);
    CHECK(SpansOf(mixed, m, Category::Vague) == std::vector<std::string>{"not a good fit"});
    CHECK_FALSE(Has(m, Category::MissingName));
    CHECK(m.Reading.Measured);
}

TEST_CASE("bad input: invalid UTF-8 in the middle of a phrase") {
    const std::string text = Email("Thank you for your time. You were not a \xFF good fit.");
    const Report r = Check(text, Kind::Rejection);
    CHECK(r.Error.empty());
    CHECK(SpansOf(text, r, Category::Vague) == std::vector<std::string>{"not a \xFF good fit"});
    // Inside a word, the bad byte splits it: no phrase matches across a broken word.
    const std::string broken = Email("We guar\xC3" "antee nothing.");
    const Report b = Check(broken, Kind::StatusUpdate);
    CHECK(b.Error.empty());
    CHECK_FALSE(Has(b, Category::Overpromise));
    for (const Finding& f : b.Findings) CHECK(f.End <= broken.size());
}

TEST_CASE("bad input: CRLF line endings") {
    const std::string text = "Hi Maya,\r\n\r\nThank you for your time. You were not a good fit because we needed "
                             "payroll experience.\r\n\r\nKind regards,\r\nSam\r\n";
    const Report r = Check(text, Kind::Rejection);
    CHECK_MESSAGE(r.Findings.empty(), Describe(text, r));
    const std::string bad = "Dear Candidate,\r\n\r\nYou were not a good fit.\r\n";
    const Report b = Check(bad, Kind::Rejection);
    CHECK(SpanOf(bad, OnlyOf(b, Category::MissingName)) == "Dear Candidate,");
    CHECK(SpansOf(bad, b, Category::Vague) == std::vector<std::string>{"not a good fit"});
    CHECK(Has(b, Category::MissingClosing));
}

TEST_CASE("bad input: a 200 KB word with no spaces") {
    const std::string text = "Hi Maya,\n\n" + std::string(200 * 1024, 'x') + "\n\nKind regards,\nSam";
    const Report r = Check(text, Kind::StatusUpdate);
    CHECK(r.Error.empty());
    CHECK(r.Reading.Measured);
    CHECK(r.Reading.Words == 4);  // The word in pieces of at most 65,535 bytes.
    CHECK(r.Reading.Sentences == 1);
    for (const Finding& f : r.Findings) CHECK(f.End <= text.size());
}

TEST_CASE("bad input: megabytes of realistic text finish") {
    const std::string paragraph =
        "Thank you for coming in on Tuesday. You were not a good fit, and we want someone young and energetic. "
        "As per my last email, we will circle back by Friday 12 December at 10:30am!!\n\n";
    std::string text = "Hi Maya,\n\n";
    while (text.size() < 5u << 20) text += paragraph;
    text += "Kind regards,\nSam";
    const auto started = std::chrono::steady_clock::now();
    const Report r = Check(text, Kind::Rejection);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    MESSAGE("5 MB checked in " << seconds << " s");
    CHECK(r.Error.empty());
    CHECK(r.Reading.Measured);
    CHECK(r.Score < 100);
    CHECK(FindingsOf(r, Category::Vague).size() > 1000);
    bool in_order = true;  // Whole-message findings first, then by position.
    for (std::size_t i = 1; i < r.Findings.size(); ++i)
        if (r.Findings[i - 1].End > r.Findings[i - 1].Start && r.Findings[i - 1].Start > r.Findings[i].Start)
            in_order = false;
    CHECK(in_order);
    CHECK(r.Findings.back().End <= text.size());
}

TEST_CASE("bad input: text over the limit gives an error and no findings") {
    const std::string text(tone::kMaxCheckBytes + 1, 'a');
    const Report r = Check(text, Kind::Rejection);
    CHECK_FALSE(r.Error.empty());
    CHECK(Contains(r.Error, "MB"));
    CHECK(r.Findings.empty());
    CHECK(r.Breakdown.empty());
    CHECK_FALSE(r.Reading.Measured);
    // Exactly at the limit is checked.
    const std::string at_limit(tone::kMaxCheckBytes, ' ');
    CHECK(Check(at_limit, Kind::Rejection).Error.empty());
}

// --- Finding positions ------------------------------------------------------------------------

TEST_CASE("every finding points at the exact bytes of its phrase, after multibyte text") {
    const std::string text = Email("Zo\xC3\xAB, \xE6\x9D\x8E\xE4\xBC\x9F and \xF0\x9F\x98\x80 aside: it has been decided "
                                   "that we want someone younger, as per my last email.",
                                   "Hi Zo\xC3\xAB,");
    const Report r = Check(text, Kind::Rejection);
    CHECK(SpanOf(text, OnlyOf(r, Category::PassiveDecision)) == "it has been decided");
    CHECK(SpanOf(text, OnlyOf(r, Category::Protected)) == "younger");
    CHECK(SpanOf(text, OnlyOf(r, Category::PassiveAggressive)) == "as per my last email");
    for (const Finding& f : r.Findings) {
        CHECK(f.Start <= f.End);
        CHECK(f.End <= text.size());
        if (f.End > f.Start) {
            // Spans start and end on code point boundaries.
            CHECK((static_cast<unsigned char>(text[f.Start]) & 0xC0) != 0x80);
            if (f.End < text.size()) CHECK((static_cast<unsigned char>(text[f.End]) & 0xC0) != 0x80);
        }
    }
}

TEST_CASE("a checker is a pure function: the same text gives the same report") {
    const std::string text = Email("You were not a good fit. We want someone younger!!");
    const Report a = Check(text, Kind::Rejection);
    const Report b = Check(text, Kind::Rejection);
    REQUIRE(a.Findings.size() == b.Findings.size());
    for (std::size_t i = 0; i < a.Findings.size(); ++i) {
        CHECK(a.Findings[i].Of == b.Findings[i].Of);
        CHECK(a.Findings[i].Start == b.Findings[i].Start);
        CHECK(a.Findings[i].End == b.Findings[i].End);
    }
    CHECK(a.Score == b.Score);
}

// --- Rule files -------------------------------------------------------------------------------

TEST_CASE("every rule file loads on its own without problems, and the built-in set is whole") {
    CHECK(tone::BuiltInRuleProblems().empty());
    for (const debrief::Problem& p : tone::BuiltInRuleProblems()) MESSAGE(p.Path << ": " << p.Reason);

    int files = 0;
    std::set<Category> categories;
    for (const auto& entry : std::filesystem::directory_iterator(DEBRIEF_TONE_ASSETS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        ++files;
        const std::string path = entry.path().filename().string();
        CAPTURE(path);
        tone::RuleSet rules;
        debrief::Problems problems;
        const bool ok = tone::LoadRuleFile(ReadWhole(entry.path()), path, rules, problems);
        CHECK(ok);
        CHECK(problems.empty());
        for (const debrief::Problem& p : problems) MESSAGE(p.Path << ": " << p.Reason);
        for (const tone::Rule& rule : rules.Rules) {
            if (!rule.IsMarker) categories.insert(rule.Of);
            CHECK_FALSE(rule.Match.empty());
        }
    }
    CHECK(files >= 12);
    // Every phrase category has rules in some file.
    for (const Category c : {Category::Vague, Category::Protected, Category::Harsh, Category::Overpromise,
                             Category::PassiveAggressive, Category::Hedge, Category::PassiveDecision, Category::Jargon,
                             Category::Gendered, Category::Persistence})
        CHECK_MESSAGE(categories.contains(c), tone::CategoryId(c));

    const tone::RuleSet& built_in = tone::BuiltInRules();
    CHECK_FALSE(built_in.Words.Greetings.empty());
    CHECK_FALSE(built_in.Words.SignOffs.empty());
    CHECK(built_in.Words.Acronyms.contains("SQL"));
    CHECK(built_in.Words.Abbreviations.contains("mr"));
    for (int k = 0; k < tone::kKindCount; ++k) {
        const auto& required = built_in.Requires[static_cast<std::size_t>(k)];
        CAPTURE(tone::KindId(static_cast<Kind>(k)));
        CHECK(std::find(required.begin(), required.end(), Category::MissingName) != required.end());
        CHECK(std::find(required.begin(), required.end(), Category::MissingClosing) != required.end());
    }
    for (const Category c : kMissingCategories)
        CHECK_FALSE(built_in.Missing[static_cast<std::size_t>(c)].Message.empty());
    CHECK(built_in.Level[static_cast<std::size_t>(Category::Protected)] == Severity::Risk);
    CHECK(built_in.Level[static_cast<std::size_t>(Category::Gendered)] == Severity::Info);
}

TEST_CASE("a malformed rule file gives problems with its path and adds no rules") {
    const auto load = [](const std::string& json, tone::RuleSet& rules, debrief::Problems& problems) {
        return tone::LoadRuleFile(json, "mine.json", rules, problems);
    };
    tone::RuleSet rules;
    debrief::Problems problems;

    SUBCASE("not JSON") {
        CHECK_FALSE(load("{\"category\": \"vague\", ", rules, problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].Path == "mine.json");
        CHECK(Contains(problems[0].Reason, "not a JSON object"));
    }
    SUBCASE("an unknown category") {
        CHECK_FALSE(load(R"({"category": "rude", "severity": "warn", "rules": [{"id": "x", "match": ["rude"],
                             "message": "m", "suggestion": "s"}]})",
                         rules, problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].Path == "mine.json: category");
        CHECK(Contains(problems[0].Reason, "rude"));
    }
    SUBCASE("a bad pattern among good ones") {
        CHECK_FALSE(load(R"({"category": "harsh", "severity": "warn", "rules": [
                             {"id": "good", "match": ["awful"], "message": "m", "suggestion": "s"},
                             {"id": "bad", "match": ["{awful|bad"], "message": "m", "suggestion": "s"}]})",
                         rules, problems));
        REQUIRE_FALSE(problems.empty());
        CHECK(problems[0].Path == "mine.json: rules[1].match");
        CHECK(Contains(problems[0].Reason, "unclosed {"));
        for (const debrief::Problem& p : problems) CHECK(p.Path.starts_with("mine.json: rules[1]"));
    }
    SUBCASE("an unknown kind and a missing message") {
        CHECK_FALSE(load(R"({"category": "harsh", "severity": "warn", "rules": [
                             {"id": "x", "match": ["awful"], "suggestion": "s", "kinds": ["memo"]}]})",
                         rules, problems));
        REQUIRE(problems.size() == 2);
        for (const debrief::Problem& p : problems) CHECK(p.Path.starts_with("mine.json: rules[0]"));
    }
    SUBCASE("a file of no known shape") {
        CHECK_FALSE(load(R"({"words": []})", rules, problems));
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].Path == "mine.json");
    }
    CHECK(rules.Rules.empty());
    CHECK_FALSE(problems.empty());
}

TEST_CASE("a valid rule file adds its rules, and a checker built on them uses them") {
    tone::RuleSet rules = tone::BuiltInRules();
    const std::size_t before = rules.Rules.size();
    debrief::Problems problems;
    CHECK(tone::LoadRuleFile(R"({"category": "jargon", "severity": "info", "rules": [
                                {"id": "mine", "match": ["blue sky {thinking|ideas}"], "message": "m",
                                 "suggestion": "s", "kinds": ["status_update"]}]})",
                             "mine.json", rules, problems));
    CHECK(problems.empty());
    REQUIRE(rules.Rules.size() == before + 1);
    const tone::Checker checker(rules);
    const std::string text = Email("We had some blue sky thinking. We will reply on Friday.");
    const Report r = checker.Check(text, Kind::StatusUpdate);
    const Finding f = OnlyOf(r, Category::Jargon);
    CHECK(f.Rule == "jargon/mine");
    CHECK(SpanOf(text, f) == "blue sky thinking");
    CHECK_FALSE(Has(checker.Check(text, Kind::DelayUpdate), Category::Jargon));  // Not one of its kinds.
}
