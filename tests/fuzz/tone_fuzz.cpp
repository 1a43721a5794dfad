// libFuzzer target for the tone checker (core/tone/checker.h).
//
// Input: the first byte picks the kind of message (modulo kKindCount), the second holds option
// bits, the rest is the message. Options take the bytes they need from the end of the input, so
// a seed stays readable: two header characters, then an email ("B Hi Maya,...": a rejection
// without options).
//   bit 0     one category turned off              (its category from the last byte)
//   bit 1     one finding ignored                  (category, where its text starts, its length;
//                                                   length 0 ignores whole-message findings)
//   bit 2     follow-up history                    (today, how many earlier follow-ups, then each
//                                                   one's days before today, -128..127)
//   bits 5-7  == 3 (one input in 8, '`' to DEL)    also a Checker with own phrases: the first
//             bytes of the message (length from the end), one phrase per line, of one category
// Every report must keep the promises of checker.h; a broken one traps so the fuzzer reports it.
// Built by scripts/fuzz-tone with -fsanitize=fuzzer; replayed over tone_corpus/ by replay_main.cpp.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/text/utf8.h"
#include "core/tone/checker.h"
#include "core/tone/tokens.h"

namespace {

namespace tone = debrief::tone;

// Crashes on purpose when an invariant of the API does not hold, so the fuzzer reports it.
void Expect(bool condition) {
    if (!condition) __builtin_trap();
}

// The message with option bytes taken off its end.
struct Input {
    std::string_view Rest;
    std::uint8_t TakeLast() {
        if (Rest.empty()) return 0;
        const auto byte = static_cast<std::uint8_t>(Rest.back());
        Rest.remove_suffix(1);
        return byte;
    }
};

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

bool IsWhole(const tone::Finding& f) { return f.Start == f.End; }

void CheckReport(const tone::Report& report, std::string_view text, const tone::Options& options) {
    Expect(text.size() >= tone::kMaxCheckBytes || report.Error.empty());
    if (!report.Error.empty()) {
        Expect(report.Findings.empty() && report.Markers.empty());
        return;
    }
    const bool valid = debrief::utf8::IsValid(text);
    std::array<int, tone::kCategoryCount> per_category{};
    for (std::size_t i = 0; i < report.Findings.size(); ++i) {
        const tone::Finding& f = report.Findings[i];
        const auto category = static_cast<std::size_t>(f.Of);
        Expect(category < tone::kCategoryCount);
        ++per_category[category];
        Expect(f.Start <= f.End && f.End <= text.size());
        Expect(!f.Message.empty() && !f.Rule.empty());
        if (IsWhole(f)) {
            Expect(f.Start == 0);  // "0,0 for whole-message ones".
        } else if (valid) {
            Expect(!IsContinuation(text[f.Start]));
            Expect(f.End == text.size() || !IsContinuation(text[f.End]));
        }
        // Whole-message findings first, then in text order.
        if (i > 0) {
            const tone::Finding& before = report.Findings[i - 1];
            Expect(!IsWhole(f) || IsWhole(before));
            Expect(IsWhole(before) || before.Start <= f.Start);
        }
        Expect(!options.Off.Has(f.Of));
        for (const tone::Ignored& ignored : options.Ignore) {
            if (ignored.Of != f.Of) continue;
            if (IsWhole(f)) {
                Expect(!ignored.Text.empty());
            } else if (!ignored.Text.empty()) {
                // Ignored text hides a finding over the same words; without words ("!!!"), the same text.
                const std::string_view span = text.substr(f.Start, f.End - f.Start);
                const std::string a = tone::FoldWord(ignored.Text), b = tone::FoldWord(span);
                Expect(a.empty() && b.empty() ? ignored.Text != span : a != b);
            }
        }
    }

    for (std::size_t i = 0; i < report.Markers.size(); ++i) {
        const tone::MarkerHit& m = report.Markers[i];
        Expect(static_cast<int>(m.Of) < tone::kMarkerCount);
        Expect(m.Start < m.End && m.End <= text.size());
        if (valid) Expect(!IsContinuation(text[m.Start]) && (m.End == text.size() || !IsContinuation(text[m.End])));
        Expect(i == 0 || report.Markers[i - 1].Start <= m.Start);  // In text order.
    }

    const tone::Readability& r = report.Reading;
    Expect(!r.Measured || (r.Words > 0 && r.Sentences > 0 && r.Syllables >= r.Words));
    Expect(r.Measured || r.Words == 0);
    Expect(r.LongestStart <= r.LongestEnd && r.LongestEnd <= text.size());

    // The score and its breakdown: categories that cost points, most costly first.
    Expect(report.Score >= 0 && report.Score <= 100);
    int points = 0;
    for (std::size_t i = 0; i < report.Breakdown.size(); ++i) {
        const tone::ScoreLine& line = report.Breakdown[i];
        Expect(line.Count > 0 && line.Count == per_category[static_cast<std::size_t>(line.Of)]);
        Expect(line.Points > 0);
        Expect(i == 0 || report.Breakdown[i - 1].Points >= line.Points);
        points += line.Points;
    }
    Expect(report.Score == std::max(0, 100 - points));
    const int categories = static_cast<int>(std::count_if(per_category.begin(), per_category.end(), [](int n) { return n > 0; }));
    Expect(categories == static_cast<int>(report.Breakdown.size()));
}

void CheckOwnPhrases(std::string_view text, tone::Kind kind, const tone::Options& options, std::string_view phrases,
                     tone::Category category) {
    std::vector<tone::OwnPhrase> own;
    std::size_t start = 0;
    while (start <= phrases.size()) {
        std::size_t end = phrases.find('\n', start);
        if (end == std::string_view::npos) end = phrases.size();
        own.push_back({std::string(phrases.substr(start, end - start)), category, own.size() % 2 ? "Try another way." : ""});
        start = end + 1;
    }
    debrief::Problems problems;
    const tone::Checker checker = tone::Checker::BuiltIn().WithOwnPhrases(own, &problems);
    // Bad phrases are reported as "own[i]", in order, and left out; good ones become rules.
    std::size_t previous = 0;
    for (std::size_t i = 0; i < problems.size(); ++i) {
        const std::string& path = problems[i].Path;
        Expect(path.starts_with("own[") && path.ends_with("]") && !problems[i].Reason.empty());
        const std::size_t index = std::stoul(path.substr(4, path.size() - 5));
        Expect(index < own.size() && (i == 0 || index > previous));
        previous = index;
    }
    const auto rules = static_cast<std::size_t>(std::count_if(checker.Rules().Rules.begin(), checker.Rules().Rules.end(),
                                                              [](const tone::Rule& rule) { return rule.Id.starts_with("own/"); }));
    Expect(rules + problems.size() == own.size());
    const tone::Report report = checker.Check(text, kind, options);
    CheckReport(report, text, options);
    for (const tone::Finding& f : report.Findings)
        if (f.Rule.starts_with("own/")) Expect(f.Of == category && !IsWhole(f));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    Input input{std::string_view(reinterpret_cast<const char*>(bytes), size)};
    const std::uint8_t kind_byte = size > 0 ? bytes[0] : 0;
    const std::uint8_t flags = size > 1 ? bytes[1] : 0;
    input.Rest.remove_prefix(std::min<std::size_t>(size, 2));
    const auto kind = static_cast<tone::Kind>(kind_byte % tone::kKindCount);

    tone::Options options;
    if (flags & 1u) options.Off.Set(static_cast<tone::Category>(input.TakeLast() % tone::kCategoryCount), true);
    std::uint8_t ignore_category = 0, ignore_at = 0, ignore_length = 0;
    if (flags & 2u) {
        ignore_category = input.TakeLast() % tone::kCategoryCount;
        ignore_at = input.TakeLast();
        ignore_length = input.TakeLast() % 32;
    }
    if (flags & 4u) {
        options.History.Known = true;
        options.History.Today = 20000 + input.TakeLast();  // Late 2024 and on.
        const int earlier = input.TakeLast() % 4;
        for (int i = 0; i < earlier; ++i)
            options.History.Earlier.push_back(options.History.Today - static_cast<std::int8_t>(input.TakeLast()));
    }
    const bool own = (flags >> 5) == 3;
    std::uint8_t own_category = 0, own_length = 0;
    if (own) {
        own_category = input.TakeLast() % tone::kCategoryCount;
        own_length = input.TakeLast() % 201;  // The app takes phrases of up to 200 characters.
    }
    const std::string_view text = input.Rest;
    if (flags & 2u) {
        // Text from anywhere in the message, so it sometimes is what a finding covers.
        const std::size_t at = text.size() * ignore_at / 256;
        options.Ignore.push_back({static_cast<tone::Category>(ignore_category), std::string(text.substr(at, ignore_length))});
    }

    const tone::Report report = tone::Checker::BuiltIn().Check(text, kind, options);
    CheckReport(report, text, options);

    if (own)
        CheckOwnPhrases(text, kind, options, text.substr(0, own_length), static_cast<tone::Category>(own_category));
    return 0;
}
