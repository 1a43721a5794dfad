#include "core/tone/tokens.h"

#include <algorithm>

#include "core/text/utf8.h"
#include "core/tone/rules.h"

namespace debrief::tone {
namespace {

enum class Class : std::uint8_t { Letter, Digit, Apostrophe, Space, Newline, Terminal, Punct, Currency, Symbol };

Class Classify(char32_t c, bool valid) {
    if (!valid) return Class::Symbol;
    if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return Class::Letter;
        if (c >= '0' && c <= '9') return Class::Digit;
        if (c == '\'') return Class::Apostrophe;
        if (c == '\n') return Class::Newline;
        if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return Class::Space;
        if (c == '.' || c == '!' || c == '?') return Class::Terminal;
        if (c == '$') return Class::Currency;
        if (c < 0x20 || c == 0x7F) return Class::Space;
        return Class::Punct;
    }
    if (c == 0x2019 || c == 0x2018 || c == 0x02BC) return Class::Apostrophe;
    if (c == 0x00A0 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF)
        return Class::Space;
    if (c == 0x2028 || c == 0x2029 || c == 0x85) return Class::Newline;
    if (c == 0x3002 || c == 0xFF01 || c == 0xFF1F || c == 0xFF0E) return Class::Terminal;
    if (c == 0x00A3 || c == 0x20AC || c == 0x00A5 || c == 0x20B9 || c == 0x20A9) return Class::Currency;
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x00AB || c == 0x00BB ||
        c == 0x00BF || c == 0x00A1 || (c >= 0x3001 && c <= 0x3011) || (c >= 0xFF01 && c <= 0xFF0F) || c == 0x00B7)
        return Class::Punct;
    if ((c >= 0x2190 && c <= 0x2BFF) || (c >= 0x1F000 && c <= 0x1FAFF) || c == 0xFE0F || c == 0x200D ||
        (c >= 0xE000 && c <= 0xF8FF) || c == utf8::kReplacementChar || (c >= 0x80 && c < 0xA0) ||
        c == 0x00A9 || c == 0x00AE || c == 0x00B0 || c == 0x00D7 || c == 0x00F7)
        return Class::Symbol;
    return Class::Letter;  // Accented Latin, Greek, Cyrillic, CJK, Arabic...: part of words.
}

struct Reader {
    std::string_view Text;
    std::size_t At = 0;
    Class Next(std::size_t& length, char32_t& cp) const {
        const auto byte = static_cast<unsigned char>(Text[At]);
        if (byte < 0x80) {  // Most text is ASCII: no decoding needed.
            length = 1;
            cp = byte;
            return Classify(cp, true);
        }
        const utf8::Decoded d = utf8::DecodeFirst(Text.substr(At));
        length = d.Length;
        cp = d.CodePoint;
        return Classify(d.CodePoint, d.Valid);
    }
};

void AppendFolded(std::string& out, std::string_view bytes, char32_t cp, Class cls) {
    if (cls == Class::Apostrophe) {
        out.push_back('\'');
    } else if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        out.push_back(c);
    } else {
        out.append(bytes);
    }
}

constexpr std::size_t kMaxWordBytes = 0xFFFF;

}  // namespace

void Tokenize(std::string_view text, Tokens& out) {
    out.Text = text;
    out.List.clear();
    out.Folded.clear();
    out.List.reserve(text.size() / 4 + 4);
    out.Folded.reserve(text.size());
    Reader r{text};
    bool space_before = true;
    while (r.At < text.size()) {
        if (text[r.At] == ' ') {  // The commonest byte: skipped without classifying.
            ++r.At;
            space_before = true;
            continue;
        }
        std::size_t len = 0;
        char32_t cp = 0;
        const Class cls = r.Next(len, cp);
        Token t;
        t.Start = static_cast<std::uint32_t>(r.At);
        t.SpaceBefore = space_before;
        if (cls == Class::Space) {
            r.At += len;
            space_before = true;
            continue;
        }
        if (cls == Class::Newline) {
            t.Type = TokenType::Newline;
            std::size_t lines = 0;
            while (r.At < text.size()) {
                const Class c = r.Next(len, cp);
                if (c == Class::Newline) {
                    ++lines;
                } else if (c != Class::Space) {
                    break;
                }
                r.At += len;
            }
            t.Lines = static_cast<std::uint16_t>(std::min<std::size_t>(lines, 0xFFFF));
            t.End = static_cast<std::uint32_t>(r.At);
            out.List.push_back(t);
            space_before = true;
            continue;
        }
        space_before = false;
        if (cls == Class::Letter || cls == Class::Digit) {
            t.Type = cls == Class::Letter ? TokenType::Word : TokenType::Number;
            t.Fold = static_cast<std::uint32_t>(out.Folded.size());
            bool lower = false;
            int upper = 0;
            while (r.At < text.size()) {
                // Fast path: plain ASCII letters and digits, folded in place.
                const auto byte = static_cast<unsigned char>(text[r.At]);
                const bool ascii_lower = byte >= 'a' && byte <= 'z';
                const bool ascii_upper = byte >= 'A' && byte <= 'Z';
                if ((ascii_lower || ascii_upper || (byte >= '0' && byte <= '9')) && r.At - t.Start < kMaxWordBytes) {
                    out.Folded.push_back(static_cast<char>(ascii_upper ? byte - 'A' + 'a' : byte));
                    upper += ascii_upper ? 1 : 0;
                    lower = lower || ascii_lower;
                    ++r.At;
                    continue;
                }
                const std::size_t here = r.At;
                const Class c = r.Next(len, cp);
                bool take = c == Class::Letter || c == Class::Digit;
                if (!take && here > t.Start && r.At + len < text.size()) {
                    // Joiners count only between two word characters: "wasn't", "10:30", "3.5".
                    std::size_t next_len = 0;
                    char32_t next_cp = 0;
                    Reader peek{text, here + len};
                    const Class after = peek.Next(next_len, next_cp);
                    if (c == Class::Apostrophe && t.Type == TokenType::Word) take = after == Class::Letter;
                    if (t.Type == TokenType::Number && (cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-'))
                        take = after == Class::Digit;
                }
                if (!take || r.At - t.Start + len > kMaxWordBytes) break;
                if (cp >= 'A' && cp <= 'Z') ++upper;
                if ((cp >= 'a' && cp <= 'z') || (cp >= 0x80 && c == Class::Letter)) lower = true;
                AppendFolded(out.Folded, text.substr(here, len), cp, c);
                r.At += len;
            }
            t.End = static_cast<std::uint32_t>(r.At);
            t.FoldLength = static_cast<std::uint16_t>(out.Folded.size() - t.Fold);
            t.AllCaps = t.Type == TokenType::Word && upper >= 2 && !lower;
            out.List.push_back(t);
            continue;
        }
        r.At += len;
        t.End = static_cast<std::uint32_t>(r.At);
        if (cls == Class::Terminal) {
            t.Type = TokenType::Terminal;
            t.Mark = cp < 0x80 ? static_cast<char>(cp) : '.';
        } else if (cls == Class::Punct || cls == Class::Apostrophe) {
            t.Type = TokenType::Punct;
            t.Mark = cp < 0x80 ? static_cast<char>(cp) : 0;
        } else {
            t.Type = TokenType::Symbol;
            t.Currency = cls == Class::Currency;
        }
        out.List.push_back(t);
    }
}

std::string FoldWord(std::string_view word) {
    Tokens tokens;
    Tokenize(word, tokens);
    std::string out;
    for (const Token& t : tokens.List) {
        if (t.Type != TokenType::Word && t.Type != TokenType::Number) continue;
        if (!out.empty()) out.push_back(' ');
        out.append(tokens.FoldedOf(t));
    }
    return out;
}

// --- Email structure ---------------------------------------------------------------------------

namespace {

bool IsContent(const Token& t) { return t.Type == TokenType::Word || t.Type == TokenType::Number; }

struct Line {
    std::uint32_t First = 0;
    std::uint32_t End = 0;    // Excludes the newline token.
    std::uint32_t BlankAfter = 0;  // Line breaks after it minus one: 1+ means a paragraph break.
};

std::vector<Line> SplitLines(const Tokens& tokens) {
    std::vector<Line> lines;
    Line line;
    const auto n = static_cast<std::uint32_t>(tokens.List.size());
    for (std::uint32_t i = 0; i < n; ++i) {
        const Token& t = tokens.List[i];
        if (t.Type != TokenType::Newline) continue;
        line.End = i;
        line.BlankAfter = t.Lines > 0 ? t.Lines - 1u : 0u;
        if (line.End > line.First) lines.push_back(line);
        line = Line{};
        line.First = i + 1;
    }
    line.End = n;
    if (line.End > line.First) lines.push_back(line);
    return lines;
}

// The folded content words of tokens [first, end).
std::vector<std::string_view> WordsOf(const Tokens& tokens, std::uint32_t first, std::uint32_t end) {
    std::vector<std::string_view> words;
    for (std::uint32_t i = first; i < end; ++i)
        if (IsContent(tokens.List[i])) words.push_back(tokens.FoldedOf(tokens.List[i]));
    return words;
}

bool StartsWith(const std::vector<std::string_view>& words, const std::vector<std::string>& phrase) {
    if (phrase.empty() || words.size() < phrase.size()) return false;
    for (std::size_t i = 0; i < phrase.size(); ++i)
        if (words[i] != phrase[i]) return false;
    return true;
}

std::size_t LongestPrefix(const std::vector<std::string_view>& words,
                          const std::vector<std::vector<std::string>>& phrases) {
    std::size_t best = 0;
    for (const auto& p : phrases)
        if (p.size() > best && StartsWith(words, p)) best = p.size();
    return best;
}

Span MakeSpan(const Tokens& tokens, std::uint32_t first, std::uint32_t end) {
    Span s{first, end, 0, 0};
    if (end > first) {
        s.Start = tokens.List[first].Start;
        s.Stop = tokens.List[end - 1].End;
    }
    return s;
}

// Finds the greeting in the first line: "Hi Maya," or "Dear Mr O'Brien" or "Hello, and thanks...".
void FindGreeting(const Tokens& tokens, const StructureWords& words, const Line& line, EmailLayout& out,
                  std::uint32_t& body_first) {
    const std::vector<std::string_view> all = WordsOf(tokens, line.First, line.End);
    const std::size_t opener = LongestPrefix(all, words.Greetings);
    if (opener == 0) {
        // "Ravi," or "Dr Okafor," alone on the first line: a greeting that is only a name.
        const Token& last = tokens.List[line.End - 1];
        const Token& first = tokens.List[line.First];
        const bool capital = first.Type == TokenType::Word &&
                             !(tokens.Text[first.Start] >= 'a' && tokens.Text[first.Start] <= 'z');
        if (!all.empty() && all.size() <= 3 && capital && last.Type == TokenType::Punct && last.Mark == ',') {
            out.HasGreeting = true;
            out.Greeting = MakeSpan(tokens, line.First, line.End);
            for (std::string_view w : all)
                if (!words.NotNames.contains(std::string(w))) out.GreetingNamesSomeone = true;
            body_first = line.End;
        }
        return;
    }
    // The greeting runs to the first comma, colon, dash, terminal or the end of the line.
    std::uint32_t end = line.End;
    std::size_t content = 0;
    for (std::uint32_t i = line.First; i < line.End; ++i) {
        const Token& t = tokens.List[i];
        if (IsContent(t)) ++content;
        // "Dear Dr. O'Brien,": the full stop of an abbreviation does not end the greeting.
        const bool abbreviation = t.Type == TokenType::Terminal && t.Mark == '.' && i > line.First &&
                                  tokens.List[i - 1].Type == TokenType::Word &&
                                  words.Abbreviations.contains(std::string(tokens.FoldedOf(tokens.List[i - 1])));
        const bool stop = (t.Type == TokenType::Terminal && !abbreviation) ||
                          (t.Type == TokenType::Punct && (t.Mark == ',' || t.Mark == ':' || t.Mark == ';' || t.Mark == 0));
        if (stop && content >= opener) {
            end = i + 1;
            break;
        }
    }
    const std::vector<std::string_view> greeting = WordsOf(tokens, line.First, end);
    if (greeting.size() > opener + 5) return;  // A sentence that happens to start with "Hello".
    out.HasGreeting = true;
    out.Greeting = MakeSpan(tokens, line.First, end);
    for (std::size_t i = opener; i < greeting.size(); ++i)
        if (!words.NotNames.contains(std::string(greeting[i]))) out.GreetingNamesSomeone = true;
    body_first = end;
}

bool LooksLikeSignatureLine(const Tokens& tokens, const Line& line);

// Finds the sign-off among the last lines: "Kind regards," / "Thanks, Sam" / "Best".
bool FindSignOff(const Tokens& tokens, const StructureWords& words, const std::vector<Line>& lines,
                 std::size_t first_line, EmailLayout& out, std::uint32_t& body_end) {
    const std::size_t lookback = 7;
    for (std::size_t k = lines.size(); k-- > first_line && lines.size() - k <= lookback;) {
        const Line& line = lines[k];
        const std::vector<std::string_view> all = WordsOf(tokens, line.First, line.End);
        const std::size_t n = LongestPrefix(all, words.SignOffs);
        // "Kind regards," "Thanks, Sam" - or a longer closing line that ends in a comma above the
        // name: "Thanks for bearing with us," "Looking forward to hearing from you,".
        const Token& end_mark = tokens.List[line.End - 1];
        const bool trailing_comma = end_mark.Type == TokenType::Punct && end_mark.Mark == ',' && k + 1 < lines.size();
        if (n == 0 || all.size() > n + (trailing_comma ? 7 : 3)) continue;
        const Token& last = tokens.List[line.End - 1];
        if (last.Type == TokenType::Terminal && last.Mark != '!' && all.size() > n) continue;  // "Thanks for that."
        if (last.Type == TokenType::Terminal && last.Mark == '?') continue;
        out.HasSignOff = true;
        out.SignOff = MakeSpan(tokens, line.First, line.End);
        body_end = line.First;
        return true;
    }
    // Not a sign-off we know, but shaped like one: a short line ending in a comma, followed only by
    // a short signature ("Have a good week,\nLorraine\nSparkle Cleaning").
    for (std::size_t k = lines.size(); k-- > first_line + 1 && lines.size() - k <= 4;) {
        const Line& line = lines[k];
        const Token& last = tokens.List[line.End - 1];
        if (!(last.Type == TokenType::Punct && last.Mark == ',') || k + 1 >= lines.size()) continue;
        if (WordsOf(tokens, line.First, line.End).size() > 6) continue;
        bool signature = true;
        for (std::size_t j = k + 1; j < lines.size() && signature; ++j) signature = LooksLikeSignatureLine(tokens, lines[j]);
        if (!signature) continue;
        out.HasSignOff = true;
        out.SignOff = MakeSpan(tokens, line.First, line.End);
        body_end = line.First;
        return true;
    }
    return false;
}

bool LooksLikeSignatureLine(const Tokens& tokens, const Line& line) {
    std::size_t content = 0;
    for (std::uint32_t i = line.First; i < line.End; ++i) {
        if (IsContent(tokens.List[i])) ++content;
        if (tokens.List[i].Type == TokenType::Terminal && tokens.List[i].Mark != '.') return false;
    }
    const Token& last = tokens.List[line.End - 1];
    return content <= 6 && !(last.Type == TokenType::Terminal);
}

bool StartsItem(const Tokens& tokens, const Line& line) {
    const Token& t = tokens.List[line.First];
    if (t.Type == TokenType::Punct && (t.Mark == '-' || t.Mark == '*' || t.Mark == 0)) return true;
    if (t.Type == TokenType::Symbol) return true;
    if (t.Type == TokenType::Number && line.First + 1 < line.End) {
        const Token& next = tokens.List[line.First + 1];
        return (next.Type == TokenType::Terminal && next.Mark == '.') || (next.Type == TokenType::Punct && next.Mark == ')');
    }
    return false;
}

bool StartsLower(const Tokens& tokens, const Line& line) {
    const Token& t = tokens.List[line.First];
    if (t.Type != TokenType::Word) return false;
    const char c = tokens.Text[t.Start];
    return c >= 'a' && c <= 'z';
}

bool EndsOpen(const Tokens& tokens, const Line& line) {
    const Token& t = tokens.List[line.End - 1];
    return IsContent(t) || (t.Type == TokenType::Punct && (t.Mark == ',' || t.Mark == '-'));
}

}  // namespace

void FindLayout(const Tokens& tokens, const StructureWords& words, EmailLayout& out) {
    out = EmailLayout{};
    const std::vector<Line> lines = SplitLines(tokens);
    const auto n = static_cast<std::uint32_t>(tokens.List.size());
    std::uint32_t body_first = 0;
    std::uint32_t body_end = n;
    std::size_t first_line = 0;
    if (!lines.empty()) {
        FindGreeting(tokens, words, lines.front(), out, body_first);
        if (out.HasGreeting && body_first >= lines.front().End) first_line = 1;
    }
    if (!FindSignOff(tokens, words, lines, first_line, out, body_end)) {
        // No sign-off: short unpunctuated lines after the last paragraph break are a signature.
        std::size_t k = lines.size();
        while (k > first_line + 1 && lines.size() - k < 4 && LooksLikeSignatureLine(tokens, lines[k - 1])) --k;
        if (k < lines.size() && k > first_line && lines[k - 1].BlankAfter > 0) body_end = lines[k].First;
    }
    out.BodyFirst = std::min(body_first, body_end);
    out.BodyEnd = body_end;

    // Sentences: split at terminal punctuation followed by a space, at paragraph breaks, at list
    // items, and at line breaks unless the line plainly runs on ("...and\nthe team").
    std::vector<bool> line_break_splits(n, false);
    for (std::size_t k = 0; k + 1 < lines.size(); ++k) {
        const Line& a = lines[k];
        const Line& b = lines[k + 1];
        // Hard-wrapped text runs on: a long line that stops mid-phrase, the next one in lower case.
        // Short unpunctuated lines ("quick note\nsee you at 10") are sentences of their own.
        const bool long_line = tokens.List[a.End - 1].End - tokens.List[a.First].Start >= 60;
        const bool runs_on = a.BlankAfter == 0 && long_line && EndsOpen(tokens, a) && StartsLower(tokens, b) && !StartsItem(tokens, b);
        if (!runs_on) line_break_splits[a.End] = true;  // a.End is the newline token.
    }
    std::uint32_t start = out.BodyFirst;
    std::uint32_t words_in = 0;
    auto close = [&](std::uint32_t end) {
        if (words_in > 0) out.Sentences.push_back({MakeSpan(tokens, start, end), words_in});
        start = end;
        words_in = 0;
    };
    for (std::uint32_t i = out.BodyFirst; i < out.BodyEnd; ++i) {
        const Token& t = tokens.List[i];
        if (t.Type == TokenType::Newline) {
            if (line_break_splits[i] || i == out.BodyFirst) {
                close(i);
                start = i + 1;
            }
            continue;
        }
        if (IsContent(t)) {
            ++words_in;
            continue;
        }
        if (t.Type != TokenType::Terminal) continue;
        // A run of terminals and closing quotes or brackets ends together: "Really?!" "(done.)"
        std::uint32_t j = i + 1;
        while (j < out.BodyEnd && (tokens.List[j].Type == TokenType::Terminal ||
                                   (tokens.List[j].Type == TokenType::Punct && !tokens.List[j].SpaceBefore &&
                                    tokens.List[j].Mark != ',' && tokens.List[j].Mark != '-')))
            ++j;
        const bool at_end = j >= out.BodyEnd || tokens.List[j].Type == TokenType::Newline || tokens.List[j].SpaceBefore;
        if (!at_end) continue;  // "e.g." mid-word, "3.5", "example.com".
        if (t.Mark == '.' && i > out.BodyFirst && j == i + 1) {
            const Token& before = tokens.List[i - 1];
            if (before.Type == TokenType::Word && !before.AllCaps) {
                const std::string_view w = tokens.FoldedOf(before);
                const bool capital = tokens.Text[before.Start] >= 'A' && tokens.Text[before.Start] <= 'Z';
                const bool dotted = i >= 2 && !before.SpaceBefore && tokens.List[i - 2].Type == TokenType::Terminal;
                const bool initial = w.size() == 1 && (capital || dotted);  // "J. Smith", "e.g. the"
                if (initial || words.Abbreviations.contains(std::string(w))) {
                    // "Mr. Okafor", "e.g. the", "J. Smith": not an end unless a capitalised
                    // sentence plainly starts after an abbreviation like "etc.".
                    if (initial) continue;
                    const bool capital_next = j < out.BodyEnd && tokens.List[j].Type == TokenType::Word &&
                                              tokens.Text[tokens.List[j].Start] >= 'A' && tokens.Text[tokens.List[j].Start] <= 'Z';
                    if (w != "etc" || !capital_next) continue;
                }
            }
        }
        close(j);
        i = j - 1;
    }
    close(out.BodyEnd);
}

}  // namespace debrief::tone
