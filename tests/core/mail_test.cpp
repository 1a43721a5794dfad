#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/exchange/mail.h"
#include "core/time/time.h"

using namespace debrief;

// [SECTION] Decoders written for these tests, independent of the encoders under test

namespace {

int HexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;  // RFC 2045 6.7 (1): encoders must use upper case.
}

// Standard base64 with padding; nullopt for anything else.
std::optional<std::string> Base64Decode(std::string_view text) {
    constexpr std::string_view kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    if (text.size() % 4 != 0) return std::nullopt;
    std::string out;
    for (std::size_t i = 0; i < text.size(); i += 4) {
        std::uint32_t group = 0;
        int padding = 0;
        for (std::size_t k = 0; k < 4; ++k) {
            const char c = text[i + k];
            std::size_t value = 0;
            if (c == '=') {
                if (i + 4 != text.size()) return std::nullopt;
                ++padding;
            } else {
                value = kAlphabet.find(c);
                if (padding > 0 || value == std::string_view::npos) return std::nullopt;
            }
            group = (group << 6) | static_cast<std::uint32_t>(value);
        }
        if (padding > 2) return std::nullopt;
        for (int k = 0; k < 3 - padding; ++k) out += static_cast<char>((group >> (16 - 8 * k)) & 0xFF);
    }
    return out;
}

// Quoted-printable back to text with "\n" line ends; nullopt for anything RFC 2045 6.7 forbids an
// encoder to produce (lower-case hex, a bare CR or LF, a control character, a cut "=XX").
std::optional<std::string> QuotedPrintableDecode(std::string_view encoded) {
    std::string out;
    for (std::size_t i = 0; i < encoded.size();) {
        const char c = encoded[i];
        if (encoded.substr(i, 3) == "=\r\n") {
            i += 3;  // Soft line break.
        } else if (c == '=') {
            if (i + 2 >= encoded.size()) return std::nullopt;
            const int high = HexValue(encoded[i + 1]), low = HexValue(encoded[i + 2]);
            if (high < 0 || low < 0) return std::nullopt;
            out += static_cast<char>(high * 16 + low);
            i += 3;
        } else if (c == '\r') {
            if (encoded.substr(i, 2) != "\r\n") return std::nullopt;
            out += '\n';
            i += 2;
        } else {
            if (c != ' ' && c != '\t' && (c < 33 || c > 126)) return std::nullopt;
            out += c;
            ++i;
        }
    }
    return out;
}

std::vector<std::string> SplitCrlfLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find("\r\n", start)) != std::string_view::npos; start = end + 2)
        lines.emplace_back(text.substr(start, end - start));
    lines.emplace_back(text.substr(start));
    return lines;
}

// The length of the longest CRLF-terminated line, for the 76 (RFC 2045 6.7) and 78 (RFC 5322 2.1.1)
// limits.
std::size_t LongestLine(std::string_view text) {
    std::size_t longest = 0;
    for (const std::string& line : SplitCrlfLines(text)) longest = std::max(longest, line.size());
    return longest;
}

// RFC 2045 6.7 (3): no encoded line ends with a space or tab.
bool HasTrailingWhitespace(std::string_view encoded) {
    for (const std::string& line : SplitCrlfLines(encoded))
        if (!line.empty() && (line.back() == ' ' || line.back() == '\t')) return true;
    return false;
}

bool IsCompleteUtf8(std::string_view bytes) {
    for (std::size_t i = 0; i < bytes.size();) {
        const auto lead = static_cast<unsigned char>(bytes[i]);
        const std::size_t length = lead < 0x80    ? 1
                                   : lead >= 0xF0 ? 4
                                   : lead >= 0xE0 ? 3
                                   : lead >= 0xC0 ? 2
                                                  : 0;
        if (length == 0 || i + length > bytes.size()) return false;
        for (std::size_t k = 1; k < length; ++k)
            if ((static_cast<unsigned char>(bytes[i + k]) & 0xC0) != 0x80) return false;
        i += length;
    }
    return true;
}

// The bytes of each RFC 2047 encoded-word in a header value, in order; nullopt unless every
// whitespace-separated word is a "=?UTF-8?B?...?=" of at most 75 characters.
std::optional<std::vector<std::string>> EncodedWordBytes(std::string_view value) {
    std::vector<std::string> words;
    std::size_t pos = 0;
    while ((pos = value.find_first_not_of(" \t", pos)) != std::string_view::npos) {
        const std::size_t end = value.find_first_of(" \t", pos);
        const std::string_view word = value.substr(pos, end == std::string_view::npos ? end : end - pos);
        if (word.size() > 75 || word.size() < 12 || word.substr(0, 10) != "=?UTF-8?B?" ||
            word.substr(word.size() - 2) != "?=")
            return std::nullopt;
        const std::optional<std::string> bytes = Base64Decode(word.substr(10, word.size() - 12));
        if (!bytes) return std::nullopt;
        words.push_back(*bytes);
        pos = end;
    }
    return words;
}

// The text of a header value made of encoded-words; nullopt unless EncodedWordBytes() accepts it
// and every word holds whole UTF-8 characters.
std::optional<std::string> DecodeEncodedWords(std::string_view value) {
    const auto words = EncodedWordBytes(value);
    if (!words) return std::nullopt;
    std::string out;
    for (const std::string& word : *words) {
        if (!IsCompleteUtf8(word)) return std::nullopt;
        out += word;
    }
    return out;
}

// A display name as a mail client reads it (RFC 2047 6.2): encoded-words decoded, the space
// between two adjacent encoded-words dropped, any other run of spaces one space. Strips the
// " <address>" that follows it in a mailbox.
std::optional<std::string> DecodeDisplayName(std::string_view mailbox) {
    const std::size_t angle = mailbox.rfind(" <");
    if (angle == std::string_view::npos) return std::nullopt;
    const std::string_view phrase = mailbox.substr(0, angle);
    std::string out;
    bool previous_encoded = false;
    std::size_t pos = 0;
    while ((pos = phrase.find_first_not_of(' ', pos)) != std::string_view::npos) {
        const std::size_t end = phrase.find(' ', pos);
        const std::string_view word = phrase.substr(pos, end == std::string_view::npos ? end : end - pos);
        const bool encoded = word.substr(0, 2) == "=?";
        if (!out.empty() && !(encoded && previous_encoded)) out += ' ';
        if (encoded) {
            const auto text = DecodeEncodedWords(word);
            if (!text) return std::nullopt;
            out += *text;
        } else {
            out += word;
        }
        previous_encoded = encoded;
        pos = end;
    }
    return out;
}

struct ParsedEml {
    std::vector<std::string> HeaderLines;  // As written, folded lines separate.
    std::string Body;                      // Still quoted-printable.
};

ParsedEml SplitEml(std::string_view eml) {
    const std::size_t blank = eml.find("\r\n\r\n");
    REQUIRE(blank != std::string_view::npos);
    ParsedEml parsed;
    parsed.HeaderLines = SplitCrlfLines(eml.substr(0, blank));
    parsed.Body = std::string(eml.substr(blank + 4));
    return parsed;
}

// The unfolded value of a header field, or "(missing)".
std::string HeaderValue(std::string_view eml, std::string_view name) {
    const std::vector<std::string> lines = SplitEml(eml).HeaderLines;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        if (lines[i].size() <= name.size() || lines[i].compare(0, name.size(), name) != 0 ||
            lines[i][name.size()] != ':')
            continue;
        std::string value = lines[i].substr(name.size() + 1);
        for (++i; i < lines.size() && (lines[i][0] == ' ' || lines[i][0] == '\t'); ++i) value += lines[i];
        return value.substr(value.find_first_not_of(' '));
    }
    return "(missing)";
}

std::vector<std::string> HeaderNames(std::string_view eml) {
    std::vector<std::string> names;
    for (const std::string& line : SplitEml(eml).HeaderLines)
        if (!line.empty() && line[0] != ' ' && line[0] != '\t')
            names.push_back(line.substr(0, line.find(':')));
    return names;
}

TimeMs Instant(const char* iso) {
    const auto parsed = ParseInstant(iso);
    REQUIRE(parsed.has_value());
    return *parsed;
}

}  // namespace

// [SECTION] mailto: links

TEST_CASE("mailto links percent-encode subject and body as UTF-8 with CRLF line breaks") {
    MailDraft m;
    m.To = "ana@example.com";
    m.Subject = "Entretien — résumé é";
    m.Body = "Tom & Jerry? #1\nLine 2";
    CHECK(MailtoUrl(m) == "mailto:ana@example.com"
                          "?subject=Entretien%20%E2%80%94%20r%C3%A9sum%C3%A9%20%C3%A9"
                          "&body=Tom%20%26%20Jerry%3F%20%231%0D%0ALine%202");
}

TEST_CASE("mailto addresses keep '@' and encode '+' and other characters") {
    MailDraft m;
    m.To = "ana+jobs@example.com";
    CHECK(MailtoUrl(m) == "mailto:ana%2Bjobs@example.com");
    m.To = "first.last_x~y-z@example.co.uk";
    CHECK(MailtoUrl(m) == "mailto:first.last_x~y-z@example.co.uk");
    m.To = "a?b#c%d@example.com";
    CHECK(MailtoUrl(m) == "mailto:a%3Fb%23c%25d@example.com");
    m.To = " ana@example.com\r\n";
    CHECK(MailtoUrl(m) == "mailto:ana@example.com");
}

TEST_CASE("mailto links leave out empty parameters") {
    MailDraft m;
    CHECK(MailtoUrl(m) == "mailto:");
    m.Subject = "Hi";
    CHECK(MailtoUrl(m) == "mailto:?subject=Hi");
    m.To = "ben@example.org";
    m.Subject.clear();
    m.Body = "x";
    CHECK(MailtoUrl(m) == "mailto:ben@example.org?body=x");
    m.Subject = "a+b=c";
    CHECK(MailtoUrl(m) == "mailto:ben@example.org?subject=a%2Bb%3Dc&body=x");
    m.FromName = "Ana";
    m.FromEmail = "ana@example.com";
    m.ToName = "Ben";
    CHECK(MailtoUrl(m) == "mailto:ben@example.org?subject=a%2Bb%3Dc&body=x");
}

TEST_CASE("mailto bodies accept any line ends; subjects stay on one line") {
    MailDraft m;
    m.Subject = "One\r\nTwo";
    m.Body = "a\r\nb\rc\n\nd\n";
    CHECK(MailtoUrl(m) == "mailto:?subject=One%20Two&body=a%0D%0Ab%0D%0Ac%0D%0A%0D%0Ad%0D%0A");
}

TEST_CASE("mailto links fit up to the safe length and not beyond") {
    CHECK(MailtoFits(std::string(kMailtoSafeLength, 'a')));
    CHECK_FALSE(MailtoFits(std::string(kMailtoSafeLength + 1, 'a')));
    CHECK(MailtoFits(""));

    MailDraft m;
    m.To = "ana@example.com";
    m.Body = std::string(2000 - std::string_view("mailto:ana@example.com?body=").size(), 'x');
    CHECK(MailtoUrl(m).size() == 2000);
    CHECK(MailtoFits(MailtoUrl(m)));
    m.Body += "é";  // Two bytes, six characters once encoded.
    CHECK(MailtoUrl(m).size() == 2006);
    CHECK_FALSE(MailtoFits(MailtoUrl(m)));
}

// [SECTION] .eml files

TEST_CASE("an .eml draft has the expected header block and a quoted-printable body") {
    MailDraft m;
    m.FromName = "Ana Recruiter";
    m.FromEmail = "ana@example.com";
    m.To = "ben@example.org";
    m.ToName = "Ben Candidate";
    m.Subject = "Interview on Tuesday";
    m.Body = "Hello Ben,\nSee you at 10:00 = sharp.";
    EmlOptions o;
    o.Date = Instant("2026-11-22T09:30:00.250Z");
    o.MessageIdLocal = "rec-42";
    CHECK(BuildEml(m, o) == "Date: Sun, 22 Nov 2026 09:30:00 +0000\r\n"
                            "From: Ana Recruiter <ana@example.com>\r\n"
                            "To: Ben Candidate <ben@example.org>\r\n"
                            "Subject: Interview on Tuesday\r\n"
                            "Message-ID: <rec-42@debrief.invalid>\r\n"
                            "MIME-Version: 1.0\r\n"
                            "Content-Type: text/plain; charset=UTF-8\r\n"
                            "Content-Transfer-Encoding: quoted-printable\r\n"
                            "X-Unsent: 1\r\n"
                            "\r\n"
                            "Hello Ben,\r\n"
                            "See you at 10:00 =3D sharp.=\r\n");
}

TEST_CASE(".eml headers that have no value are left out") {
    MailDraft m;
    m.Body = "Notes\n";
    EmlOptions o;
    o.Date = Instant("2028-02-29T23:59:59.999Z");
    const std::string eml = BuildEml(m, o);
    CHECK(HeaderNames(eml) == std::vector<std::string>{"Date", "MIME-Version", "Content-Type",
                                                       "Content-Transfer-Encoding", "X-Unsent"});
    CHECK(HeaderValue(eml, "Date") == "Tue, 29 Feb 2028 23:59:59 +0000");
    CHECK(SplitEml(eml).Body == "Notes\r\n");  // Ends with a hard break: no soft break needed.

    m.ToName = "Ben";  // A name without an address makes no To header.
    m.FromName = "Ana";
    CHECK(HeaderNames(BuildEml(m, o)) == HeaderNames(eml));
    m.To = "ben@example.org";
    CHECK(HeaderValue(BuildEml(m, o), "To") == "Ben <ben@example.org>");
    m.ToName.clear();
    CHECK(HeaderValue(BuildEml(m, o), "To") == "ben@example.org");
}

TEST_CASE(".eml dates are RFC 5322 date-times in UTC") {
    EmlOptions o;
    o.Date = 0;
    CHECK(HeaderValue(BuildEml({}, o), "Date") == "Thu, 01 Jan 1970 00:00:00 +0000");
    o.Date = Instant("2026-07-05T07:08:09Z");
    CHECK(HeaderValue(BuildEml({}, o), "Date") == "Sun, 05 Jul 2026 07:08:09 +0000");
    o.Date = -1;
    CHECK(HeaderValue(BuildEml({}, o), "Date") == "Wed, 31 Dec 1969 23:59:59 +0000");
}

TEST_CASE("Message-ID parts are made valid dot-atoms") {
    EmlOptions o;
    o.MessageIdLocal = "rec 42<x>";
    o.MessageIdDomain = "mail.example.com";
    CHECK(HeaderValue(BuildEml({}, o), "Message-ID") == "<rec-42-x-@mail.example.com>");
    o.MessageIdLocal = ".a..b.";
    o.MessageIdDomain = "";
    CHECK(HeaderValue(BuildEml({}, o), "Message-ID") == "<-a.-b-@debrief.invalid>");
}

TEST_CASE("display names with specials are quoted, with quotes and backslashes escaped") {
    MailDraft m;
    m.FromEmail = "ana@example.com";
    m.FromName = "O'Brien, Ana";
    CHECK(HeaderValue(BuildEml(m, {}), "From") == "\"O'Brien, Ana\" <ana@example.com>");
    m.FromName = "Ana \"The Boss\" \\ X.";
    CHECK(HeaderValue(BuildEml(m, {}), "From") == "\"Ana \\\"The Boss\\\" \\\\ X.\" <ana@example.com>");
    m.FromName = "  Ana Smith  ";
    CHECK(HeaderValue(BuildEml(m, {}), "From") == "Ana Smith <ana@example.com>");
}

TEST_CASE("non-ASCII subjects and names become encoded-words that decode back") {
    MailDraft m;
    m.FromEmail = "chloe@example.com";
    m.FromName = "Chloé Dupont";
    m.Subject = "Entretien — résumé é";
    const std::string eml = BuildEml(m, {});
    const std::string subject = HeaderValue(eml, "Subject");
    CHECK(subject.find("é") == std::string::npos);
    CHECK(DecodeEncodedWords(subject) == m.Subject);

    // Words that are plain ASCII atoms stay readable; the others become encoded-words.
    CHECK(HeaderValue(eml, "From") == "=?UTF-8?B?Q2hsb8Op?= Dupont <chloe@example.com>");
    for (const char* name : {"Chloé Dupont", "Dupont Chloé", "Ana Chloé Ben", "Bjørn Østergård",
                             "O'Brien, Chloé", "=?x?= Chloé", "Chloé \"Dupont\""}) {
        INFO(name);
        m.FromName = name;
        CHECK(DecodeDisplayName(HeaderValue(BuildEml(m, {}), "From")) == std::string(name));
    }
    m.FromName = "Bjørn Østergård";  // Adjacent non-ASCII words share one encoded-word.
    CHECK(HeaderValue(BuildEml(m, {}), "From") == "=?UTF-8?B?QmrDuHJuIMOYc3RlcmfDpXJk?= <chloe@example.com>");

    CHECK(EncodeHeaderWord("é") == "=?UTF-8?B?w6k=?=");
    CHECK(EncodeHeaderWord("") == "");
}

TEST_CASE("encoded-words never split a UTF-8 character and stay within 75 characters") {
    for (const std::string_view unit : {"é", "€", "😀", "a", "aé"}) {
        std::string text;
        for (int n = 0; n < 60; ++n) {
            text += unit;
            INFO(text);
            const std::string words = EncodeHeaderWord(text);
            CHECK(DecodeEncodedWords(words) == text);  // Checks length and whole characters per word.
        }
    }
}

TEST_CASE("encoded-words carry invalid UTF-8 byte for byte and keep the valid characters after it whole") {
    std::string text = "\x80";  // A stray continuation byte, then 40 two-byte characters.
    for (int i = 0; i < 40; ++i) text += "é";
    const auto words = EncodedWordBytes(EncodeHeaderWord(text));
    REQUIRE(words.has_value());
    REQUIRE(words->size() == 2);
    CHECK((*words)[0].size() == 41);  // The stray byte and 20 characters: a 21st would pass 42 bytes.
    CHECK(IsCompleteUtf8((*words)[1]));
    CHECK((*words)[0] + (*words)[1] == text);

    const std::string truncated = "abc\xC3";  // A two-byte sequence cut short at the end.
    const auto cut = EncodedWordBytes(EncodeHeaderWord(truncated));
    REQUIRE(cut.has_value());
    CHECK(*cut == std::vector<std::string>{truncated});
}

TEST_CASE("ASCII text that could be misread or not folded is encoded too") {
    MailDraft m;
    m.Subject = "=?UTF-8?B?w6k=?= is not an encoded word here";
    CHECK(DecodeEncodedWords(HeaderValue(BuildEml(m, {}), "Subject")) == m.Subject);
    m.Subject = "See https://example.com/" + std::string(100, 'x');
    const std::string eml = BuildEml(m, {});
    CHECK(DecodeEncodedWords(HeaderValue(eml, "Subject")) == m.Subject);
    CHECK(LongestLine(eml) <= 78);
}

TEST_CASE("no .eml line exceeds 78 characters, even with long non-ASCII subjects and names") {
    MailDraft m;
    m.FromName = "Anaïs-Éléonore Müller-Lüdenscheidt de la Tour d'Auvergne et Saint-Étienne";
    m.FromEmail = "anais.eleonore.mueller-luedenscheidt@recrutement.example.com";
    m.To = "bjoern.oestergaard@example.org";
    m.ToName = "Bjørn Østergård 😀";
    m.Subject = "Entretien pour le poste de développeur·se — résumé de l'échange, prochaines étapes "
                "et questions à préparer 🎉 avant le rendez-vous de décembre";
    m.Body = std::string(300, 'e') + "\n" + m.Subject;
    EmlOptions o;
    o.MessageIdLocal = "candidate-1234";
    const std::string eml = BuildEml(m, o);
    CHECK(LongestLine(eml) <= 78);
    CHECK(DecodeEncodedWords(HeaderValue(eml, "Subject")) == m.Subject);
    CHECK(DecodeDisplayName(HeaderValue(eml, "From")) == m.FromName);
    CHECK(DecodeDisplayName(HeaderValue(eml, "To")) == m.ToName);
    CHECK(QuotedPrintableDecode(SplitEml(eml).Body) == m.Body);
}

TEST_CASE("long ASCII subjects fold at spaces and unfold to the same text") {
    MailDraft m;
    for (int i = 0; i < 30; ++i) m.Subject += "word" + std::to_string(i) + " ";
    m.Subject += "end";
    const std::string eml = BuildEml(m, {});
    int continuation_lines = 0;
    for (const std::string& line : SplitEml(eml).HeaderLines) continuation_lines += line[0] == ' ' ? 1 : 0;
    CHECK(continuation_lines >= 2);  // About 210 characters of subject take at least three lines.
    CHECK(LongestLine(eml) <= 78);
    CHECK(HeaderValue(eml, "Subject") == m.Subject);
}

TEST_CASE("CR and LF in header values cannot add headers") {
    MailDraft m;
    m.FromEmail = "ana@example.com\r\nBcc: evil@example.com";
    m.FromName = "Ana\nBcc: evil@example.com";
    m.To = "ben@example.org\nBcc: evil@example.com";
    m.ToName = "Ben\r\n\r\nInjected body";
    m.Subject = "Hello\r\nBcc: evil@example.com\r\n\r\nInjected body";
    const std::string eml = BuildEml(m, {});
    CHECK(HeaderNames(eml) == std::vector<std::string>{"Date", "From", "To", "Subject", "MIME-Version",
                                                       "Content-Type", "Content-Transfer-Encoding",
                                                       "X-Unsent"});
    CHECK(HeaderValue(eml, "Subject") == "Hello Bcc: evil@example.com Injected body");
    CHECK(SplitEml(eml).Body.empty());
    CHECK(eml.find("\nBcc") == std::string::npos);
    // No bare CR or LF anywhere: every line ends with CRLF.
    CHECK(std::count(eml.begin(), eml.end(), '\r') == std::count(eml.begin(), eml.end(), '\n'));
    CHECK(std::count(eml.begin(), eml.end(), '\n') ==
          static_cast<std::ptrdiff_t>(SplitCrlfLines(eml).size() - 1));
}

// [SECTION] Quoted-printable

TEST_CASE("quoted-printable encodes '=', non-ASCII and line-final whitespace") {
    CHECK(QuotedPrintableEncode("") == "");
    CHECK(QuotedPrintableEncode("a=b") == "a=3Db");
    CHECK(QuotedPrintableEncode("é") == "=C3=A9");
    CHECK(QuotedPrintableEncode("a b\n") == "a b\r\n");
    CHECK(QuotedPrintableEncode("a \nb\t\nc ") == "a=20\r\nb=09\r\nc=20");
    CHECK(QuotedPrintableEncode("a\r\nb") == "a=0D\r\nb");
    CHECK(QuotedPrintableEncode("Tom & Jerry? #1") == "Tom & Jerry? #1");
}

TEST_CASE("long lines get soft breaks at 76 characters at most") {
    CHECK(QuotedPrintableEncode(std::string(76, 'x')) == std::string(76, 'x'));
    CHECK(QuotedPrintableEncode(std::string(77, 'x')) == std::string(75, 'x') + "=\r\nxx");
    const std::string encoded = QuotedPrintableEncode(std::string(200, 'x'));
    CHECK(encoded == std::string(75, 'x') + "=\r\n" + std::string(75, 'x') + "=\r\n" + std::string(50, 'x'));
    CHECK(LongestLine(encoded) <= 76);
    CHECK_FALSE(HasTrailingWhitespace(encoded));
}

TEST_CASE("quoted-printable round-trips exactly") {
    std::vector<std::string> samples = {"",
                                        "=",
                                        "==\n==",
                                        "trailing spaces   ",
                                        "trailing spaces   \nand tabs\t\t\nend",
                                        "emoji 😀🎉👩‍💻 and accents é è ü ß",
                                        "\n\n\n",
                                        "lone\rcarriage return",
                                        "Tom & Jerry? #1\nLine 2",
                                        std::string(200, 'a'),
                                        std::string(200, '='),
                                        std::string(200, ' '),
                                        std::string(100, ' ') + "x"};
    std::string emoji_line;
    for (int i = 0; i < 50; ++i) emoji_line += "😀";
    samples.push_back(emoji_line);
    // Lines around the 76-character limit, ending in each kind of character.
    for (std::size_t length = 70; length <= 80; ++length)
        for (const std::string_view tail : {"x", " ", "\t", "=", "é", "😀"}) {
            samples.push_back(std::string(length, 'a') + std::string(tail));
            samples.push_back(std::string(length, 'a') + std::string(tail) + "\nnext");
        }
    // Pseudo-random text from an alphabet of awkward pieces (a fixed linear congruential sequence).
    const std::string_view pieces[] = {"a", " ", "\t", "=", "\n", "é", "😀", "\r", ".", "=\n", " \n"};
    std::uint32_t state = 12345;
    for (int sample = 0; sample < 200; ++sample) {
        std::string text;
        const int length = sample % 150;
        for (int i = 0; i < length; ++i) {
            state = state * 1664525u + 1013904223u;
            text += pieces[(state >> 16) % std::size(pieces)];
        }
        samples.push_back(text);
    }
    for (const std::string& text : samples) {
        INFO(text);
        const std::string encoded = QuotedPrintableEncode(text);
        CHECK(QuotedPrintableDecode(encoded) == text);
        CHECK(LongestLine(encoded) <= 76);
        CHECK_FALSE(HasTrailingWhitespace(encoded));
    }
}

TEST_CASE(".eml bodies decode back to the draft's text, with any line ends") {
    MailDraft m;
    m.Body = "Tom & Jerry? #1\nLine 2 😀\n" + std::string(200, 'z') + "\nlast line  ";
    const std::string body = SplitEml(BuildEml(m, {})).Body;
    CHECK(body.size() >= 2);
    CHECK(body.substr(body.size() - 2) == "\r\n");  // The file ends with a line end, via a soft break.
    CHECK(QuotedPrintableDecode(body) == m.Body);
    CHECK(LongestLine(body) <= 76);
    CHECK_FALSE(HasTrailingWhitespace(body));

    m.Body = "one\r\ntwo\rthree\n";
    CHECK(QuotedPrintableDecode(SplitEml(BuildEml(m, {})).Body) == "one\ntwo\nthree\n");
    // A last line of exactly 76 characters still has room for the final soft break.
    m.Body = std::string(76, 'q');
    const std::string full = SplitEml(BuildEml(m, {})).Body;
    CHECK(LongestLine(full) <= 76);
    CHECK_FALSE(HasTrailingWhitespace(full));
    CHECK(QuotedPrintableDecode(full) == m.Body);
}
