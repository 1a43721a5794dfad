// mailto: links and .eml drafts (see mail.h).
//
// [SECTION] Helpers for text
// [SECTION] mailto: links
// [SECTION] Header fields (folding, encoded-words, display names, Date, Message-ID)
// [SECTION] Quoted-printable
// [SECTION] .eml files
// The helpers of each section come first (anonymous namespace), then the public functions.
#include "core/exchange/mail.h"

#include <cstdint>

namespace debrief {

namespace {

// [SECTION] Helpers for text

constexpr char kHexDigits[] = "0123456789ABCDEF";  // Upper case, as RFC 3986 2.1 and RFC 2045 6.7 ask.

void AppendHexByte(std::string& out, char prefix, unsigned char byte) {
    out += prefix;
    out += kHexDigits[byte >> 4];
    out += kHexDigits[byte & 0x0F];
}

bool IsAsciiAlnum(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsLineBreakChar(char c) { return c == '\r' || c == '\n'; }

// A header value on one line: each run of CR and LF becomes one space, so "Hi\r\nBcc: x" stays
// inside the Subject header instead of starting a Bcc header.
std::string SingleLine(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!IsLineBreakChar(text[i])) {
            out += text[i];
            continue;
        }
        out += ' ';
        while (i + 1 < text.size() && IsLineBreakChar(text[i + 1])) ++i;
    }
    return out;
}

std::string_view TrimSpaces(std::string_view text) {
    const std::size_t first = text.find_first_not_of(" \t");
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

// An address has no use for line breaks or surrounding spaces; both are dropped.
std::string CleanAddress(std::string_view address) {
    std::string out;
    for (const char c : TrimSpaces(address))
        if (!IsLineBreakChar(c)) out += c;
    return std::string(TrimSpaces(out));
}

// Body text with "\n" line ends: CRLF and a lone CR (old Mac text, some pastes) become "\n".
std::string NormalizeLineEnds(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '\r') {
            out += text[i];
            continue;
        }
        out += '\n';
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
    }
    return out;
}

// The length of the UTF-8 sequence starting at `pos`, or 1 for a byte that does not start a
// complete sequence, so that splitting text never cuts a valid character in two.
std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos) {
    const auto lead = static_cast<unsigned char>(text[pos]);
    const std::size_t length = lead < 0x80           ? 1
                               : (lead >> 5) == 0x06 ? 2
                               : (lead >> 4) == 0x0E ? 3
                               : (lead >> 3) == 0x1E ? 4
                                                     : 1;
    if (pos + length > text.size()) return 1;
    for (std::size_t i = pos + 1; i < pos + length; ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 1;
    return length;
}

std::string Base64Encode(std::string_view bytes) {
    constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::size_t n = bytes.size() - i < 3 ? bytes.size() - i : 3;
        std::uint32_t group = 0;
        for (std::size_t k = 0; k < 3; ++k)
            group = (group << 8) | (k < n ? static_cast<unsigned char>(bytes[i + k]) : 0u);
        for (std::size_t k = 0; k < 4; ++k) out += k <= n ? kAlphabet[(group >> (18 - 6 * k)) & 0x3F] : '=';
    }
    return out;
}

// [SECTION] mailto: links

// RFC 3986 2.3 unreserved characters stay; every other byte is %XX. '@' may stay in the address.
std::string PercentEncode(std::string_view text, bool keep_at) {
    std::string out;
    out.reserve(text.size() * 3);
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        if (IsAsciiAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || (keep_at && c == '@'))
            out += ch;
        else
            AppendHexByte(out, '%', c);
    }
    return out;
}

// [SECTION] Header fields (folding, encoded-words, display names, Date, Message-ID)

constexpr std::size_t kMaxHeaderLine = 78;        // RFC 5322 2.1.1: lines SHOULD be at most 78 characters.
constexpr std::size_t kMaxEncodedWordBytes = 42;  // See EncodeHeaderWord() in mail.h.
// A run of ASCII without spaces longer than this could not be folded under 78 characters even
// on the first line of "Subject: "; such text is sent as encoded-words, which can be split.
constexpr std::size_t kMaxPlainWord = kMaxHeaderLine - 9;

// Text that cannot appear as itself in a header: non-ASCII, control characters, a run too long to
// fold, or "=?" that a reader would try to decode as an encoded-word (RFC 2047 section 5).
bool NeedsEncodedWords(std::string_view text) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c >= 0x7F) return true;
        if (c == '=' && i + 1 < text.size() && text[i + 1] == '?') return true;
        run = c == ' ' ? 0 : run + 1;
        if (run > kMaxPlainWord) return true;
    }
    return false;
}

// RFC 5322 3.2.3 atext: the characters a display name may use without quotes, besides spaces.
bool IsAtext(unsigned char c) {
    constexpr std::string_view kAtextSymbols = "!#$%&'*+-/=?^_`{|}~";
    return IsAsciiAlnum(c) || kAtextSymbols.find(static_cast<char>(c)) != std::string_view::npos;
}

// A word that can stand in a phrase as itself: an RFC 5322 3.2.3 atom that is not mistaken for an
// encoded-word and not too long to fold.
bool IsPlainAtom(std::string_view word) {
    if (word.empty() || NeedsEncodedWords(word)) return false;
    for (const char c : word)
        if (!IsAtext(static_cast<unsigned char>(c))) return false;
    return true;
}

// A display name as an RFC 5322 3.2.5 phrase. Plain ASCII stays as it is when it is only atoms and
// becomes a quoted-string (3.2.4, with '"' and '\\' escaped) when it has specials such as ','.
// Other names keep their atoms and turn each run of the remaining words into encoded-words
// (RFC 2047 5(3)): "=?UTF-8?B?Q2hsb8Op?= Dupont". Keeping the atoms keeps most names in one
// encoded-word, which matters because some parsers (Python's email package among them) do not drop
// the space between two adjacent encoded-words in a phrase as RFC 2047 6.2 asks.
std::string DisplayNamePhrase(std::string_view name) {
    if (!NeedsEncodedWords(name)) {
        bool only_atoms = true;
        for (const char c : name)
            only_atoms = only_atoms && (c == ' ' || IsAtext(static_cast<unsigned char>(c)));
        if (only_atoms) return std::string(name);
        std::string quoted = "\"";
        for (const char c : name) {
            if (c == '"' || c == '\\') quoted += '\\';
            quoted += c;
        }
        return quoted + "\"";
    }
    std::string phrase, to_encode;
    const auto flush_encoded = [&] {
        if (to_encode.empty()) return;
        if (!phrase.empty()) phrase += ' ';  // Appends, not "" + ...: GCC 12 -O3 warns falsely (-Wrestrict).
        phrase += EncodeHeaderWord(to_encode);
        to_encode.clear();
    };
    for (std::size_t start = 0; start < name.size();) {
        std::size_t end = name.find(' ', start);
        if (end == std::string_view::npos) end = name.size();
        const std::string_view word = name.substr(start, end - start);
        start = end + 1;
        if (word.empty()) continue;  // Runs of spaces between words count as one, as in any phrase.
        if (IsPlainAtom(word)) {
            flush_encoded();
            if (!phrase.empty()) phrase += ' ';
            phrase += word;
        } else {
            if (!to_encode.empty()) to_encode += ' ';
            to_encode += word;
        }
    }
    flush_encoded();
    return phrase;
}

// "Name <address>", or the bare address when there is no name.
std::string Mailbox(std::string_view name, std::string_view address) {
    const std::string clean_name(TrimSpaces(SingleLine(name)));
    if (clean_name.empty()) return std::string(address);
    return DisplayNamePhrase(clean_name) + " <" + std::string(address) + ">";
}

// Folds "Name: value" into lines of at most 78 characters by putting CRLF before a space (RFC
// 5322 2.2.3; unfolding removes only the CRLF, so the value is unchanged). A line never holds only
// whitespace. A run too long to fold stays whole on its line. Returns the field with its final CRLF.
std::string FoldHeader(std::string_view unfolded) {
    std::string out;
    const std::size_t value_start = unfolded.find(':') + 1;
    std::size_t line_start = 0;
    while (unfolded.size() - line_start > kMaxHeaderLine) {
        // A fold point is a space with something other than whitespace both in the line it ends and
        // in the rest; among those within the limit take the last, else the first beyond it.
        const auto can_fold_at = [&](std::size_t p) {
            const std::size_t earliest = line_start == 0 ? value_start : line_start;
            const std::size_t content = unfolded.find_first_not_of(" \t", earliest);
            return unfolded[p] == ' ' && content < p &&
                   unfolded.find_first_not_of(" \t", p) != std::string_view::npos;
        };
        std::size_t fold = std::string_view::npos;
        for (std::size_t p = line_start + kMaxHeaderLine; p > line_start; --p)
            if (can_fold_at(p)) {
                fold = p;
                break;
            }
        if (fold == std::string_view::npos)
            for (std::size_t p = line_start + kMaxHeaderLine + 1; p < unfolded.size(); ++p)
                if (can_fold_at(p)) {
                    fold = p;
                    break;
                }
        if (fold == std::string_view::npos) break;
        out.append(unfolded.substr(line_start, fold - line_start)).append("\r\n");
        line_start = fold;
    }
    out.append(unfolded.substr(line_start)).append("\r\n");
    return out;
}

// RFC 5322 3.3 date-time in UTC: "Sun, 22 Nov 2026 09:30:00 +0000".
std::string Rfc5322DateTime(TimeMs t) {
    constexpr const char* kWeekdays[] = {"Thu", "Fri", "Sat", "Sun",
                                         "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday.
    constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const Date day = DateOf(t);
    const CivilDate c = ToCivil(day);
    const TimeMs seconds_in_day = (t - StartOf(day)) / 1000;
    const auto two_digits = [](long long n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
    return std::string(kWeekdays[(day.DaysSinceEpoch % 7 + 7) % 7]) + ", " + two_digits(c.Day) + " " +
           kMonths[c.Month - 1] + " " + std::to_string(c.Year) + " " + two_digits(seconds_in_day / 3600) +
           ":" + two_digits(seconds_in_day / 60 % 60) + ":" + two_digits(seconds_in_day % 60) + " +0000";
}

// RFC 5322 3.2.3 dot-atom-text for either side of a Message-ID: characters outside atext, and dots
// at the start, the end or doubled, become '-'.
std::string DotAtomText(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        const bool good_dot = c == '.' && i > 0 && i + 1 < text.size() && out.back() != '.';
        out += (IsAtext(c) || good_dot) ? static_cast<char>(c) : '-';
    }
    return out;
}

// [SECTION] Quoted-printable

// Quoted-printable as in QuotedPrintableEncode(); with `end_with_soft_break`, text that does not end
// with "\n" gets a final soft break, so that the last line ends with CRLF and decodes to nothing.
std::string EncodeQuotedPrintable(std::string_view text, bool end_with_soft_break) {
    constexpr std::size_t kMaxLine = 76;  // RFC 2045 6.7 (5): encoded lines at most 76 characters.
    std::string out;
    std::size_t line_length = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            out += "\r\n";
            line_length = 0;
            continue;
        }
        const bool last_in_text = i + 1 == text.size();
        const bool last_in_line = last_in_text || text[i + 1] == '\n';
        std::string token;
        // RFC 2045 6.7 (2) literal printable ASCII but '='; (3) a space or tab only where it does
        // not end a line, as transports may strip trailing whitespace.
        if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last_in_line))
            token = static_cast<char>(c);
        else
            AppendHexByte(token, '=', c);
        // A soft break takes one character: keep room for it unless nothing follows on this line.
        const bool soft_break_follows = !last_in_line || (last_in_text && end_with_soft_break);
        if (line_length + token.size() > (soft_break_follows ? kMaxLine - 1 : kMaxLine)) {
            out += "=\r\n";
            line_length = 0;
        }
        out += token;
        line_length += token.size();
    }
    if (end_with_soft_break && !text.empty() && text.back() != '\n') out += "=\r\n";
    return out;
}

}  // namespace

// [SECTION] mailto: links

std::string MailtoUrl(const MailDraft& m) {
    std::string url = "mailto:" + PercentEncode(CleanAddress(m.To), true);
    char separator = '?';
    const std::string subject = SingleLine(m.Subject);
    if (!subject.empty()) {
        url += separator;
        url += "subject=" + PercentEncode(subject, false);
        separator = '&';
    }
    if (!m.Body.empty()) {
        // PercentEncode() turns each "\n" into %0A; RFC 6068 section 5 asks for %0D%0A.
        const std::string body = NormalizeLineEnds(m.Body);
        url += separator;
        url += "body=";
        std::size_t line_start = 0;
        for (std::size_t end; (end = body.find('\n', line_start)) != std::string::npos; line_start = end + 1)
            url +=
                PercentEncode(std::string_view(body).substr(line_start, end - line_start), false) + "%0D%0A";
        url += PercentEncode(std::string_view(body).substr(line_start), false);
    }
    return url;
}

bool MailtoFits(std::string_view url) { return url.size() <= kMailtoSafeLength; }

// [SECTION] .eml files

std::string BuildEml(const MailDraft& m, const EmlOptions& o) {
    std::string eml = FoldHeader("Date: " + Rfc5322DateTime(o.Date));
    const std::string from = CleanAddress(m.FromEmail), to = CleanAddress(m.To);
    if (!from.empty()) eml += FoldHeader("From: " + Mailbox(m.FromName, from));
    if (!to.empty()) eml += FoldHeader("To: " + Mailbox(m.ToName, to));
    const std::string subject = SingleLine(m.Subject);
    if (!subject.empty())
        eml += FoldHeader("Subject: " + (NeedsEncodedWords(subject) ? EncodeHeaderWord(subject) : subject));
    if (!o.MessageIdLocal.empty()) {
        const std::string domain = o.MessageIdDomain.empty() ? "debrief.invalid" : o.MessageIdDomain;
        eml += "Message-ID: <" + DotAtomText(o.MessageIdLocal) + "@" + DotAtomText(domain) + ">\r\n";
    }
    eml += "MIME-Version: 1.0\r\n"
           "Content-Type: text/plain; charset=UTF-8\r\n"
           "Content-Transfer-Encoding: quoted-printable\r\n";
    // Outlook opens a message with this header as an unsent draft with a Send button (MS-OXCMAIL:
    // X-Unsent: 1 keeps MAPI's unsent flag); some other clients honour it too. Without it, or in a
    // client that ignores it, the file opens as a received message whose text can still be forwarded.
    eml += "X-Unsent: 1\r\n";
    eml += "\r\n";  // RFC 5322 3.5: an empty line ends the header.
    eml += EncodeQuotedPrintable(NormalizeLineEnds(m.Body), true);
    return eml;
}

// [SECTION] Quoted-printable and encoded-words, public for tests

std::string QuotedPrintableEncode(std::string_view utf8) { return EncodeQuotedPrintable(utf8, false); }

std::string EncodeHeaderWord(std::string_view utf8) {
    std::string out;
    for (std::size_t start = 0; start < utf8.size();) {
        std::size_t end = start;
        while (end < utf8.size()) {
            const std::size_t next = end + Utf8SequenceLength(utf8, end);
            if (next - start > kMaxEncodedWordBytes) break;
            end = next;
        }
        if (!out.empty()) out += ' ';
        out += "=?UTF-8?B?" + Base64Encode(utf8.substr(start, end - start)) + "?=";
        start = end;
    }
    return out;
}

}  // namespace debrief
