#include "core/tone/checker.h"

#include <algorithm>
#include <array>
#include <deque>
#include <unordered_map>

#include "core/calendar/business_calendar.h"
#include "core/tone/tokens.h"

namespace debrief::tone {

// --- The lookup index: which patterns can start at a given word ------------------------------

namespace {

// A pattern that may start at a word: which element, and which of its alternatives the word
// was indexed under, so only that alternative is tried there.
struct Start {
    std::uint32_t Rule = 0;
    std::uint16_t Pattern = 0;
    std::uint16_t Element = 0;  // The first element that must match here (after optional ones).
    std::uint16_t Alt = 0;      // Index in Element::Alternatives, or kWordAlt for Element::Words.
};
constexpr std::uint16_t kWordAlt = 0xFFFF;

}  // namespace

struct Checker::Index {
    // Keys are views into KeyStore, so a lookup hashes the token's folded text in place.
    std::deque<std::string> KeyStore;
    std::unordered_map<std::string_view, std::vector<Start>> Exact;
    // Prefix atoms ("decid*") by their first kPrefixKey bytes (or all of a shorter prefix); the
    // whole prefix is checked when the pattern is matched.
    static constexpr std::size_t kPrefixKey = 3;
    std::unordered_map<std::string_view, std::vector<Start>> Prefix;
    std::array<bool, kPrefixKey + 1> PrefixKeyLengths{};
    std::vector<Start> Numbers, Dates, Times, Currencies;

    std::vector<Start>& Slot(std::unordered_map<std::string_view, std::vector<Start>>& map, std::string_view key) {
        if (const auto it = map.find(key); it != map.end()) return it->second;
        return map[KeyStore.emplace_back(key)];
    }

    void Add(const Atom& first, Start s) {
        switch (first.What) {
            case Atom::Type::Literal: Slot(Exact, first.Text).push_back(s); break;
            case Atom::Type::Prefix: {
                const std::size_t n = std::min(first.Text.size(), kPrefixKey);
                Slot(Prefix, std::string_view(first.Text).substr(0, n)).push_back(s);
                PrefixKeyLengths[n] = true;
                break;
            }
            case Atom::Type::Number: Numbers.push_back(s); break;
            case Atom::Type::Date: Dates.push_back(s); break;
            case Atom::Type::Time: Times.push_back(s); break;
            case Atom::Type::Currency: Currencies.push_back(s); break;
            case Atom::Type::Any: break;  // CompilePattern refuses such starts.
        }
    }

    void AddRule(const Rule& rule, std::uint32_t rule_index) {
        for (std::size_t p = 0; p < rule.Match.size(); ++p) {
            const Pattern& pattern = rule.Match[p];
            for (std::size_t e = 0; e < pattern.Elements.size(); ++e) {
                const Element& element = pattern.Elements[e];
                if (element.Skip > 0) break;
                const auto pi = static_cast<std::uint16_t>(p), ei = static_cast<std::uint16_t>(e);
                for (const std::string& word : element.Words) Slot(Exact, word).push_back({rule_index, pi, ei, kWordAlt});
                for (std::size_t a = 0; a < element.Alternatives.size(); ++a)
                    Add(element.Alternatives[a][0], {rule_index, pi, ei, static_cast<std::uint16_t>(a)});
                if (!element.Optional) break;
            }
        }
    }
};

namespace {

RuleSet WithOwn(RuleSet rules, const std::vector<OwnPhrase>& own, Problems* problems) {
    for (std::size_t i = 0; i < own.size(); ++i) {
        Rule rule;
        rule.Id = "own/" + std::to_string(i + 1);
        rule.Of = own[i].Of;
        rule.Level = IsMissingElement(own[i].Of) ? Severity::Warn : rules.Level[static_cast<std::size_t>(own[i].Of)];
        rule.Kinds.fill(true);
        Pattern p;
        std::string error;
        if (!CompilePattern(own[i].Phrase, p, error)) {
            if (problems) problems->push_back({"own[" + std::to_string(i) + "]", error});
            continue;
        }
        rule.Match.push_back(std::move(p));
        rule.Message = "\"" + own[i].Phrase + "\" is on your own list of phrases to avoid.";
        rule.Suggestion = own[i].Suggestion.empty() ? "Say it another way." : own[i].Suggestion;
        rules.Rules.push_back(std::move(rule));
    }
    return rules;
}

}  // namespace

Checker::Checker(RuleSet rules) : Checker(std::move(rules), {}, nullptr) {}

Checker::Checker(RuleSet rules, const std::vector<OwnPhrase>& own, Problems* problems) {
    auto set = std::make_shared<const RuleSet>(WithOwn(std::move(rules), own, problems));
    auto index = std::make_shared<Index>();
    for (std::size_t i = 0; i < set->Rules.size(); ++i) index->AddRule(set->Rules[i], static_cast<std::uint32_t>(i));
    rules_ = std::move(set);
    index_ = std::move(index);
}

const Checker& Checker::BuiltIn() {
    static const Checker checker(BuiltInRules());
    return checker;
}

Checker Checker::WithOwnPhrases(const std::vector<OwnPhrase>& own, Problems* problems) const {
    RuleSet base = *rules_;
    std::erase_if(base.Rules, [](const Rule& r) { return r.Id.starts_with("own/"); });
    return Checker(std::move(base), own, problems);
}

// --- Dates and syllables ----------------------------------------------------------------------

int BusinessDaysBetween(std::int32_t from, std::int32_t to) {
    static const calendar::BusinessCalendar weekdays;  // Monday to Friday: holidays are not known here.
    return weekdays.BusinessDaysBetween(Date{from}, Date{to});
}

int CountSyllables(std::string_view w) {
    auto vowel = [](char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || static_cast<unsigned char>(c) >= 0xC0;
    };
    std::size_t n = w.size();
    // Letters only: apostrophes and digits do not make syllables.
    int count = 0;
    bool previous = false;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(w[i]);
        if (c >= 0x80 && c < 0xC0) continue;  // UTF-8 continuation byte: part of the letter before.
        const bool v = vowel(w[i]);
        if (v && !previous) ++count;
        previous = v;
    }
    if (n >= 3 && w[n - 1] == 'e' && !vowel(w[n - 2]) && !(w[n - 2] == 'l' && !vowel(w[n - 3]))) --count;  // "make", not "table"
    if (n >= 4 && w[n - 1] == 'd' && w[n - 2] == 'e' && w[n - 3] != 't' && w[n - 3] != 'd' && !vowel(w[n - 3])) --count;  // "jumped"
    if (n >= 4 && w[n - 1] == 's' && w[n - 2] == 'e' && !vowel(w[n - 3]) && w[n - 3] != 's' && w[n - 3] != 'x' &&
        w[n - 3] != 'z' && w[n - 3] != 'h' && w[n - 3] != 'c' && w[n - 3] != 'g')
        --count;  // "makes", not "boxes"
    return std::max(count, 1);
}

// --- Checking ---------------------------------------------------------------------------------

namespace {

struct Hit {
    std::uint32_t Rule;
    std::uint32_t First;  // Content positions within the sentence.
    std::uint32_t End;
};

struct SentenceView {
    const Tokens& Toks;
    std::vector<std::uint32_t> Content;  // Token indices of words, numbers and currency signs.

    const Token& At(std::size_t pos) const { return Toks.List[Content[pos]]; }
};

bool IsDateLike(std::string_view f) {
    const bool has_sep = f.find_first_of("/-") != std::string_view::npos;
    if (has_sep) return true;
    if (f.size() >= 3) {
        const std::string_view tail = f.substr(f.size() - 2);
        const char before = f[f.size() - 3];
        if (before >= '0' && before <= '9' && (tail == "st" || tail == "nd" || tail == "rd" || tail == "th")) return true;
    }
    return false;
}

bool IsTimeLike(std::string_view f) {
    if (f.find(':') != std::string_view::npos) return true;
    return f.size() >= 3 && (f.ends_with("am") || f.ends_with("pm"));
}

bool AtomMatches(const Atom& a, const SentenceView& s, std::size_t pos) {
    const Token& t = s.At(pos);
    switch (a.What) {
        case Atom::Type::Any: return t.Type != TokenType::Symbol;
        case Atom::Type::Currency: return t.Type == TokenType::Symbol && t.Currency;
        case Atom::Type::Number: return t.Type == TokenType::Number;
        case Atom::Type::Date: return t.Type == TokenType::Number && IsDateLike(s.Toks.FoldedOf(t));
        case Atom::Type::Time: return t.Type == TokenType::Number && IsTimeLike(s.Toks.FoldedOf(t));
        case Atom::Type::Literal: return t.Type != TokenType::Symbol && s.Toks.FoldedOf(t) == a.Text;
        case Atom::Type::Prefix: return t.Type != TokenType::Symbol && s.Toks.FoldedOf(t).starts_with(a.Text);
    }
    return false;
}

// Matches elements [e, end) at content position pos; the end position in `end_out`.
bool MatchFrom(const Pattern& p, std::size_t e, const SentenceView& s, std::size_t pos, std::size_t& end_out) {
    if (e == p.Elements.size()) {
        end_out = pos;
        return true;
    }
    const Element& element = p.Elements[e];
    if (element.Skip > 0) {
        for (std::size_t k = 0; k <= element.Skip && pos + k <= s.Content.size(); ++k)
            if (MatchFrom(p, e + 1, s, pos + k, end_out)) return true;
        return false;
    }
    if (!element.Words.empty() && pos < s.Content.size()) {
        const Token& t = s.At(pos);
        if (t.Type != TokenType::Symbol) {
            const std::string_view f = s.Toks.FoldedOf(t);
            const auto it = std::lower_bound(element.Words.begin(), element.Words.end(), f,
                                             [](const std::string& a, std::string_view b) { return std::string_view(a) < b; });
            if (it != element.Words.end() && *it == f && MatchFrom(p, e + 1, s, pos + 1, end_out)) return true;
        }
    }
    for (const auto& alt : element.Alternatives) {
        if (pos + alt.size() > s.Content.size()) continue;
        bool ok = true;
        for (std::size_t i = 0; i < alt.size() && ok; ++i) ok = AtomMatches(alt[i], s, pos + i);
        if (ok && MatchFrom(p, e + 1, s, pos + alt.size(), end_out)) return true;
    }
    if (element.Optional) return MatchFrom(p, e + 1, s, pos, end_out);
    return false;
}

bool AnyMatchesAt(const std::vector<Pattern>& patterns, const SentenceView& s, std::size_t pos, std::size_t* end = nullptr) {
    for (const Pattern& p : patterns) {
        std::size_t stop = 0;
        if (pos < s.Content.size() && MatchFrom(p, 0, s, pos, stop)) {
            if (end) *end = stop;
            return true;
        }
    }
    return false;
}

// True when punctuation that ends a clause (, ; : dash) stands between content positions a < b.
bool ClauseBreakBetween(const SentenceView& s, std::size_t a, std::size_t b) {
    for (std::uint32_t i = s.Content[a] + 1; i < s.Content[b]; ++i) {
        const Token& t = s.Toks.List[i];
        if (t.Type == TokenType::Punct && (t.Mark == ',' || t.Mark == ';' || t.Mark == ':' || t.Mark == 0 || t.Mark == '('))
            return true;
    }
    return false;
}

bool IsNegation(const StructureWords& words, std::string_view folded) {
    return folded.ends_with("n't") || words.Negations.contains(std::string(folded));
}

struct Checking {
    const RuleSet& Rules;
    const Checker::Index& Idx;
    const Tokens& Toks;
    Kind Of;
    std::vector<Finding>& Out;
    std::vector<MarkerHit>& Markers;
    std::array<bool, kMarkerCount> Seen{};
    std::uint32_t WeaknessStart = 0, WeaknessEnd = 0;

    void Candidates(const SentenceView& s, std::size_t pos, std::vector<Hit>& hits) {
        const Token& t = s.At(pos);
        auto try_starts = [&](const std::vector<Start>& starts) {
            for (const Start& st : starts) {
                const Rule& rule = Rules.Rules[st.Rule];
                if (!rule.Kinds[static_cast<std::size_t>(Of)]) continue;
                // The indexed word or alternative first, then the rest of the pattern.
                const Pattern& pattern = rule.Match[st.Pattern];
                std::size_t next = pos + 1;
                if (st.Alt != kWordAlt) {
                    const std::vector<Atom>& alt = pattern.Elements[st.Element].Alternatives[st.Alt];
                    if (pos + alt.size() > s.Content.size()) continue;
                    bool ok = true;
                    for (std::size_t i = 0; i < alt.size() && ok; ++i) ok = AtomMatches(alt[i], s, pos + i);
                    if (!ok) continue;
                    next = pos + alt.size();
                }
                std::size_t end = 0;
                if (MatchFrom(pattern, st.Element + 1u, s, next, end) && end > pos)
                    hits.push_back({st.Rule, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(end)});
            }
        };
        if (t.Type == TokenType::Symbol) {
            if (t.Currency) try_starts(Idx.Currencies);
            return;
        }
        const std::string_view f = Toks.FoldedOf(t);
        if (const auto it = Idx.Exact.find(f); it != Idx.Exact.end()) try_starts(it->second);
        for (std::size_t len = 1; len <= f.size() && len <= Checker::Index::kPrefixKey; ++len) {
            if (!Idx.PrefixKeyLengths[len]) continue;
            if (const auto it = Idx.Prefix.find(f.substr(0, len)); it != Idx.Prefix.end()) try_starts(it->second);
        }
        if (t.Type == TokenType::Number) {
            try_starts(Idx.Numbers);
            if (IsDateLike(f)) try_starts(Idx.Dates);
            if (IsTimeLike(f)) try_starts(Idx.Times);
        }
    }

    bool Suppressed(const Rule& rule, const Hit& h, const SentenceView& s, const std::array<bool, kMarkerCount>& here) {
        if (rule.AtStart && h.First != 0) return true;
        if (rule.Negatable) {
            // Up to three words back, within the same clause: "we cannot guarantee", not "don't worry, you're sure to".
            for (std::size_t k = h.First; k > 0 && h.First - k < 3; --k) {
                if (ClauseBreakBetween(s, k - 1, k)) break;
                if (s.At(k - 1).Type == TokenType::Word && IsNegation(Rules.Words, Toks.FoldedOf(s.At(k - 1)))) return true;
            }
        }
        if (!rule.UnlessNext.empty() && AnyMatchesAt(rule.UnlessNext, s, h.End)) return true;
        for (std::size_t from = h.First >= 4 ? h.First - 4 : 0; from < h.First && !rule.UnlessPrev.empty(); ++from) {
            // Only words of the same clause: "with the team, it has been decided" is still passive.
            bool broken = false;
            for (std::size_t k = from; k < h.First && !broken; ++k) broken = ClauseBreakBetween(s, k, k + 1);
            if (broken) continue;
            std::size_t end = 0;
            for (const Pattern& p : rule.UnlessPrev)
                if (MatchFrom(p, 0, s, from, end) && end == h.First) return true;
        }
        for (const Marker m : rule.UnlessMarkers)
            if (here[static_cast<std::size_t>(m)]) return true;
        if (!rule.UnlessSentence.empty()) {
            // Once per rule and sentence, however often the rule matches in it.
            const auto seen = std::find_if(SentenceGuards.begin(), SentenceGuards.end(),
                                           [&](const auto& g) { return g.first == h.Rule; });
            if (seen != SentenceGuards.end()) return seen->second;
            bool found = false;
            for (std::size_t pos = 0; pos < s.Content.size() && !found; ++pos) found = AnyMatchesAt(rule.UnlessSentence, s, pos);
            SentenceGuards.emplace_back(h.Rule, found);
            if (found) return true;
        }
        return false;
    }

    std::vector<Hit> Hits;  // Reused from sentence to sentence.
    std::vector<std::pair<std::uint32_t, bool>> SentenceGuards;  // Rule -> its unless_sentence found here.

    void Sentence(const SentenceView& s, std::uint32_t sentence_start, std::uint32_t sentence_end) {
        std::vector<Hit>& hits = Hits;
        hits.clear();
        SentenceGuards.clear();
        for (std::size_t pos = 0; pos < s.Content.size(); ++pos) Candidates(s, pos, hits);
        std::array<bool, kMarkerCount> here{};
        for (const Hit& h : hits) {
            const Rule& rule = Rules.Rules[h.Rule];
            if (rule.IsMarker) here[static_cast<std::size_t>(rule.Mark)] = true;
        }
        // A date counts as a timeline only when it looks ahead ("by Friday", "is on 3 March"), not
        // "thanks for Tuesday"; in an offer, only next to what the candidate must do by then.
        const auto at = [&](Marker m) { return here[static_cast<std::size_t>(m)]; };
        bool& timeline = here[static_cast<std::size_t>(Marker::Timeline)];
        timeline = timeline && (Of == Kind::Offer ? at(Marker::NextStep) : at(Marker::Future) || at(Marker::NextStep));
        for (const Hit& h : hits) {
            const Rule& rule = Rules.Rules[h.Rule];
            if (rule.IsMarker)
                Markers.push_back({rule.Mark, s.At(h.First).Start, s.At(h.End - 1).End, here[static_cast<std::size_t>(rule.Mark)]});
        }
        for (std::size_t m = 0; m < kMarkerCount; ++m) Seen[m] = Seen[m] || here[m];
        if (here[static_cast<std::size_t>(Marker::Weakness)] && !here[static_cast<std::size_t>(Marker::Improvement)] &&
            WeaknessEnd == 0) {
            WeaknessStart = sentence_start;
            WeaknessEnd = sentence_end;
        }
        // Longest match first, so "as per my last email" wins over "my last email" of the same category.
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
            return a.First != b.First ? a.First < b.First : (a.End - a.First) > (b.End - b.First);
        });
        std::array<std::uint32_t, kCategoryCount> covered{};  // Per category: content end of the last finding.
        for (const Hit& h : hits) {
            const Rule& rule = Rules.Rules[h.Rule];
            if (rule.IsMarker) continue;
            std::uint32_t& reach = covered[static_cast<std::size_t>(rule.Of)];
            if (reach > h.First) continue;  // Overlaps a finding of the same category.
            if (Suppressed(rule, h, s, here)) continue;
            reach = h.End;
            Finding f;
            f.Of = rule.Of;
            f.Level = rule.Level;
            f.Start = s.At(h.First).Start;
            f.End = s.At(h.End - 1).End;
            f.Message = rule.Message;
            f.Suggestion = rule.Suggestion;
            f.Replacement = rule.Replacement;
            f.Rule = rule.Id;
            Out.push_back(std::move(f));
        }
    }
};

void Whole(std::vector<Finding>& out, const RuleSet& rules, Category c, Severity level, std::uint32_t start = 0,
           std::uint32_t end = 0) {
    const MissingText& text = rules.Missing[static_cast<std::size_t>(c)];
    out.push_back({c, level, start, end, text.Message, text.Suggestion, {}, std::string(CategoryId(c))});
}

void CheckShouting(const Tokens& toks, const EmailLayout& layout, const RuleSet& rules, std::vector<Finding>& out) {
    const MissingText& text = rules.Missing[static_cast<std::size_t>(Category::Shouting)];
    auto add = [&](std::uint32_t start, std::uint32_t end, std::string replacement) {
        out.push_back({Category::Shouting, rules.Level[static_cast<std::size_t>(Category::Shouting)], start, end,
                       text.Message, text.Suggestion, std::move(replacement), "shouting"});
    };
    auto is_acronym = [&](const Token& t) { return rules.Words.Acronyms.contains(std::string(toks.TextOf(t))); };
    for (std::uint32_t i = layout.BodyFirst; i < layout.BodyEnd; ++i) {
        const Token& t = toks.List[i];
        if (t.Type == TokenType::Terminal) {
            std::uint32_t j = i;
            int bangs = 0;
            while (j < layout.BodyEnd && toks.List[j].Type == TokenType::Terminal && toks.List[j].Mark != '.' &&
                   (j == i || !toks.List[j].SpaceBefore)) {
                bangs += toks.List[j].Mark == '!' ? 1 : 0;
                ++j;
            }
            // "!!" and "?!?!" shout; one "!" or "?!" does not.
            if (bangs >= 2 || (bangs == 1 && j - i >= 3)) add(t.Start, toks.List[j - 1].End, "!");
            if (j > i) i = j - 1;
            continue;
        }
        if (t.Type != TokenType::Word || !t.AllCaps) continue;
        // A run of capitalised words: shouting if one is long enough, or the run has two words,
        // and not all of them are known acronyms.
        std::uint32_t j = i, words = 0, last = i;
        bool long_word = false, all_acronyms = true;
        for (; j < layout.BodyEnd; ++j) {
            const Token& w = toks.List[j];
            if (w.Type == TokenType::Word && w.AllCaps) {
                ++words;
                last = j;
                const bool acronym = is_acronym(w);
                all_acronyms = all_acronyms && acronym;
                // Acronyms are short and sparse in vowels (HACCP, RSPCA, PEDR); words that shout
                // are known ones (MUST, NEVER) or long with vowels (OVERCOOKED, URGENTLY).
                const std::string_view folded = toks.FoldedOf(w);
                const bool shout_word = rules.Words.ShoutWords.contains(std::string(folded));
                const auto vowels = std::count_if(folded.begin(), folded.end(), [](char ch) {
                    return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u' || ch == 'y';
                });
                const bool wordlike = static_cast<int>(folded.size()) >= rules.Limit.ShoutMinLetters && vowels >= 2 &&
                                      vowels * 4 >= static_cast<long>(folded.size());
                long_word = long_word || (!acronym && (wordlike || shout_word));
            } else if (w.Type != TokenType::Punct) {
                break;
            }
        }
        if (!all_acronyms && long_word) {
            std::string lower(toks.Text.substr(t.Start, toks.List[last].End - t.Start));
            for (char& c : lower)
                if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            add(t.Start, toks.List[last].End, lower);
        }
        i = last;
    }
}

bool IsContentToken(const Token& t) {
    return t.Type == TokenType::Word || t.Type == TokenType::Number || (t.Type == TokenType::Symbol && t.Currency);
}

}  // namespace

Report Checker::Check(std::string_view text, Kind kind, const Options& options) const {
    Report report;
    if (text.size() > kMaxCheckBytes) {
        report.Error = "This text is " + std::to_string(text.size() >> 20) +
                       " MB; messages longer than 8 MB are not checked.";
        report.Score = 0;
        return report;
    }
    const RuleSet& rules = *rules_;
    Tokens toks;
    Tokenize(text, toks);
    EmailLayout layout;
    FindLayout(toks, rules.Words, layout);

    std::vector<Finding> found;
    Checking checking{rules, *index_, toks, kind, found, report.Markers, {}, 0, 0, {}, {}};
    SentenceView view{toks, {}};
    Readability& reading = report.Reading;
    for (const Sentence& sentence : layout.Sentences) {
        view.Content.clear();
        int words = 0;
        for (std::uint32_t i = sentence.Range.First; i < sentence.Range.End; ++i) {
            const Token& t = toks.List[i];
            if (!IsContentToken(t)) continue;
            view.Content.push_back(i);
            if (t.Type == TokenType::Word) {
                ++words;
                reading.Syllables += CountSyllables(toks.FoldedOf(t));
            }
        }
        checking.Sentence(view, sentence.Range.Start, sentence.Range.Stop);
        if (words == 0) continue;
        reading.Words += words;
        ++reading.Sentences;
        if (words > reading.LongestWords) {
            reading.LongestWords = words;
            reading.LongestStart = sentence.Range.Start;
            reading.LongestEnd = sentence.Range.Stop;
        }
    }
    if (reading.Words > 0) {
        reading.Measured = true;
        const double wps = static_cast<double>(reading.Words) / reading.Sentences;
        const double spw = static_cast<double>(reading.Syllables) / reading.Words;
        reading.ReadingEase = 206.835 - 1.015 * wps - 84.6 * spw;
        reading.Grade = 0.39 * wps + 11.8 * spw - 15.59;
    }
    CheckShouting(toks, layout, rules, found);

    // Readability: the longest sentence, then the message as a whole.
    const Limits& limit = rules.Limit;
    if (reading.LongestWords > limit.LongSentenceInfo) {
        const Severity level = reading.LongestWords > limit.LongSentenceWarn ? Severity::Warn : Severity::Info;
        Finding f{Category::Readability, level, reading.LongestStart, reading.LongestEnd,
                  "This sentence has " + std::to_string(reading.LongestWords) + " words; one idea per sentence is easier to take in.",
                  rules.Missing[static_cast<std::size_t>(Category::Readability)].Suggestion, {}, "readability/long-sentence"};
        found.push_back(std::move(f));
    } else if (reading.Measured && reading.Words >= limit.DenseMinWords && reading.Grade > limit.DenseGrade) {
        Whole(found, rules, Category::Readability, Severity::Info);
        found.back().Message = rules.Missing[static_cast<std::size_t>(Category::Readability)].Message;
    }

    // Required parts of this kind of message.
    const auto seen = [&](Marker m) { return checking.Seen[static_cast<std::size_t>(m)]; };
    for (const Category need : rules.Requires[static_cast<std::size_t>(kind)]) {
        bool present = true;
        std::uint32_t start = 0, end = 0;
        switch (need) {
            case Category::MissingName:
                present = layout.HasGreeting && layout.GreetingNamesSomeone;
                if (layout.HasGreeting) start = layout.Greeting.Start, end = layout.Greeting.Stop;
                break;
            case Category::MissingThanks: present = seen(Marker::Thanks); break;
            case Category::MissingSpecific: present = seen(Marker::Specific); break;
            case Category::MissingNextStep: present = seen(Marker::NextStep) || seen(Marker::Improvement); break;
            case Category::MissingTimeline: present = seen(Marker::Timeline); break;
            case Category::MissingClosing: present = layout.HasSignOff; break;
            default: break;
        }
        if (!present) Whole(found, rules, need, Severity::Warn, start, end);
    }
    // Feedback that names a weakness must say how to improve on it.
    if (kind == Kind::Feedback && checking.WeaknessEnd > 0 && !seen(Marker::Improvement)) {
        const bool already = std::any_of(found.begin(), found.end(), [](const Finding& f) { return f.Of == Category::MissingNextStep; });
        if (!already) {
            Whole(found, rules, Category::MissingNextStep, Severity::Warn, checking.WeaknessStart, checking.WeaknessEnd);
            found.back().Message = "This names a weakness without a way to improve on it.";
            found.back().Suggestion = "Add one concrete way to work on it: a resource, a practice exercise or what to try next time.";
        }
    }
    // A candidate's follow-ups: not more than the limit, not closer together than the gap.
    if (kind == Kind::CandidateFollowUp && options.History.Known && !options.History.Earlier.empty()) {
        const auto& earlier = options.History.Earlier;
        const int count = static_cast<int>(earlier.size());
        const std::int32_t last = *std::max_element(earlier.begin(), earlier.end());
        const int gap = BusinessDaysBetween(last, options.History.Today);
        std::string why;
        if (count >= limit.FollowUpsAllowed)
            why = "This would be follow-up number " + std::to_string(count + 1) + "; after " +
                  std::to_string(limit.FollowUpsAllowed) + " without an answer, more messages rarely help.";
        else if (gap < limit.FollowUpGapDays)
            why = "Your last follow-up was " + std::to_string(std::max(gap, 0)) + " business day" + (gap == 1 ? "" : "s") +
                  " ago; leave at least " + std::to_string(limit.FollowUpGapDays) + " between them.";
        if (!why.empty()) {
            Whole(found, rules, Category::Persistence, rules.Level[static_cast<std::size_t>(Category::Persistence)]);
            found.back().Message = why;
        }
    }

    // The user's choices: categories off, findings ignored in this message.
    std::erase_if(found, [&](const Finding& f) {
        if (options.Off.Has(f.Of)) return true;
        for (const Ignored& ig : options.Ignore) {
            if (ig.Of != f.Of) continue;
            if (f.End == f.Start) {
                if (ig.Text.empty()) return true;
                continue;
            }
            if (ig.Text.empty()) continue;
            const std::string_view span = text.substr(f.Start, f.End - f.Start);
            const std::string a = FoldWord(ig.Text), b = FoldWord(span);
            if (a.empty() && b.empty() ? ig.Text == span : a == b) return true;  // "!!!" has no words: compare as typed.
        }
        return false;
    });
    std::stable_sort(found.begin(), found.end(), [](const Finding& a, const Finding& b) {
        const bool wa = a.End == a.Start, wb = b.End == b.Start;
        if (wa != wb) return wa;
        return a.Start < b.Start;
    });

    // The score: 100 less each category's cost, counting at most three findings per category.
    std::array<ScoreLine, kCategoryCount> lines{};
    for (const Finding& f : found) {
        ScoreLine& line = lines[static_cast<std::size_t>(f.Of)];
        line.Of = f.Of;
        ++line.Count;
        if (line.Count > 3) continue;
        line.Points += f.Level == Severity::Risk ? 25 : f.Level == Severity::Warn ? 10 : 2;
    }
    int total = 0;
    for (const ScoreLine& line : lines) {
        if (line.Count == 0) continue;
        total += line.Points;
        report.Breakdown.push_back(line);
    }
    std::stable_sort(report.Breakdown.begin(), report.Breakdown.end(),
                     [](const ScoreLine& a, const ScoreLine& b) { return a.Points > b.Points; });
    report.Score = std::clamp(100 - total, 0, 100);
    report.Findings = std::move(found);
    return report;
}

}  // namespace debrief::tone
