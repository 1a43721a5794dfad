#include "core/exchange/csv.h"

#include <algorithm>
#include <iterator>
#include <utility>

#include "core/text/utf8.h"

namespace debrief::csv {

// [SECTION] Decoding bytes to UTF-8

namespace {

// Delimiter detection gives up waiting for the end of the first record after this many bytes and
// decides from what it has seen, so a file without line breaks is never held in memory twice.
constexpr std::size_t kDetectionWindow = 64 * 1024;
constexpr char kCandidateDelimiters[] = {',', ';', '\t'};  // In order of preference on a tie.

// Windows-1252 bytes 0x80..0x9F (WHATWG index-windows-1252); every other byte is its Latin-1
// code point. The five unassigned bytes map to the C1 control of the same value, as in browsers.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80..87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,  // 88..8F
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90..97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,  // 98..9F
};

std::string FromWindows1252(std::string_view bytes) {
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 2);
    for (const char c : bytes) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x80)
            out += c;
        else if (byte < 0xA0)
            utf8::AppendCodePoint(out, kWindows1252High[byte - 0x80]);
        else
            utf8::AppendCodePoint(out, byte);
    }
    return out;
}

// `bytes` is UTF-16 without its BOM. A surrogate without its partner, and an odd final byte,
// become U+FFFD (AppendCodePoint refuses surrogates).
std::string FromUtf16(std::string_view bytes, bool big_endian) {
    const std::size_t units = bytes.size() / 2;
    const auto unit = [&](std::size_t i) -> char32_t {
        const auto first = static_cast<unsigned char>(bytes[2 * i]);
        const auto second = static_cast<unsigned char>(bytes[2 * i + 1]);
        return big_endian ? ((char32_t{first} << 8) | second) : ((char32_t{second} << 8) | first);
    };
    std::string out;
    out.reserve(bytes.size());
    for (std::size_t i = 0; i < units; ++i) {
        const char32_t u = unit(i);
        if (u >= 0xD800 && u <= 0xDBFF && i + 1 < units) {
            const char32_t low = unit(i + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                utf8::AppendCodePoint(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                ++i;
                continue;
            }
        }
        utf8::AppendCodePoint(out, u);
    }
    if (bytes.size() % 2 != 0) utf8::AppendCodePoint(out, utf8::kReplacementChar);
    return out;
}

DecodedText Decoded(std::string text, Encoding encoding) {
    return {std::move(text), encoding, EncodingName(encoding)};
}

}  // namespace

std::string_view EncodingName(Encoding encoding) {
    switch (encoding) {
    case Encoding::Utf8: return "UTF-8";
    case Encoding::Utf8WithBom: return "UTF-8 with BOM";
    case Encoding::Utf16Le: return "UTF-16 LE";
    case Encoding::Utf16Be: return "UTF-16 BE";
    case Encoding::Windows1252: return "Windows-1252";
    }
    return "UTF-8";
}

DecodedText Decode(std::string_view bytes) {
    if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
        // The BOM says UTF-8, so bad bytes are damage to repair, not a sign of another encoding.
        bytes.remove_prefix(kUtf8Bom.size());
        return Decoded(utf8::Sanitize(bytes), Encoding::Utf8WithBom);
    }
    if (bytes.substr(0, 2) == "\xFF\xFE")
        return Decoded(FromUtf16(bytes.substr(2), false), Encoding::Utf16Le);
    if (bytes.substr(0, 2) == "\xFE\xFF") return Decoded(FromUtf16(bytes.substr(2), true), Encoding::Utf16Be);
    // Windows-1252 text with accents is almost never valid UTF-8 by accident: an accented
    // letter (C0..FF) would have to be followed by exactly the right continuation bytes.
    if (utf8::IsValid(bytes)) return Decoded(std::string(bytes), Encoding::Utf8);
    return Decoded(FromWindows1252(bytes), Encoding::Windows1252);
}

// [SECTION] Parsing

Parser::Parser(Options options) : options_(options), delimiter_(options.Delimiter) {}

void Parser::Feed(std::string_view utf8_chunk) {
    if (stopped_ || finished_) return;
    consumed_ += utf8_chunk.size();
    if (delimiter_ == '\0')
        Detect(utf8_chunk);
    else
        Consume(utf8_chunk);
}

void Parser::Finish() {
    if (stopped_ || finished_) return;
    finished_ = true;
    if (delimiter_ == '\0') ChooseDelimiter();
    if (stopped_) return;
    switch (state_) {
    case State::Quoted:
        problems_.push_back({CellPath(), "a quoted cell is never closed; it holds the rest of the file"});
        EndCell();
        EndRecord();
        break;
    case State::Unquoted:
    case State::QuoteInQuoted:
        EndCell();
        EndRecord();
        break;
    case State::FieldStart:
        if (record_started_) {  // "a," at the very end: the empty last cell.
            EndCell();
            EndRecord();
        }
        break;
    }
    state_ = State::FieldStart;
}

Table Parser::TakeRows() {
    Table taken = std::move(rows_);
    rows_.clear();
    return taken;
}

// Mirrors Consume()'s notion of quoting (a quote opens a quoted cell only at the start of a cell),
// with every candidate delimiter counted as a cell boundary.
void Parser::Detect(std::string_view chunk) {
    DelimiterScan& s = scan_;
    for (std::size_t i = 0; i < chunk.size(); ++i) {
        const char c = chunk[i];
        bool record_ended = false;
        if (s.InQuotes) {
            if (c == '"') {
                s.InQuotes = false;
                s.AfterClosingQuote = true;
            }
        } else if (s.AfterClosingQuote && c == '"') {  // The second quote of an escaped "".
            s.AfterClosingQuote = false;
            s.InQuotes = true;
        } else {
            s.AfterClosingQuote = false;
            if (c == '\r' || c == '\n') {
                record_ended = s.SawContent;  // Leading empty lines are skipped, here as in Consume().
            } else {
                s.SawContent = true;
                if (c == '"' && s.AtFieldStart) {
                    s.InQuotes = true;
                    s.AtFieldStart = false;
                } else {
                    s.AtFieldStart = false;
                    for (std::size_t k = 0; k < std::size(kCandidateDelimiters); ++k) {
                        if (c != kCandidateDelimiters[k]) continue;
                        ++s.Counts[k];
                        s.AtFieldStart = true;
                    }
                }
            }
        }
        if (record_ended || s.Pending.size() + i + 1 >= kDetectionWindow) {
            s.Pending.append(chunk.substr(0, i + 1));
            ChooseDelimiter();
            Consume(chunk.substr(i + 1));
            return;
        }
    }
    s.Pending.append(chunk);
}

void Parser::ChooseDelimiter() {
    std::size_t best = 0;
    for (std::size_t k = 1; k < std::size(kCandidateDelimiters); ++k)
        if (scan_.Counts[k] > scan_.Counts[best]) best = k;
    delimiter_ = kCandidateDelimiters[best];
    const std::string pending = std::move(scan_.Pending);
    scan_ = {};
    Consume(pending);
}

// The state machine. In FieldStart, cell_ holds the text of the cell being read (empty at the
// true start of a cell): a delimiter completes it, a line break completes it and the record.
// Unquoted and QuoteInQuoted hand those bytes to FieldStart rather than handling them twice.
void Parser::Consume(std::string_view text) {
    const char stops[] = {delimiter_, '\r', '\n'};
    const std::string_view unquoted_stops(stops, std::size(stops));
    std::size_t i = 0;
    while (i < text.size() && !stopped_) {
        const char c = text[i];
        if (skip_lf_) {
            skip_lf_ = false;
            if (c == '\n') {  // The LF of a CRLF whose CR was already handled.
                ++i;
                continue;
            }
        }
        switch (state_) {
        case State::FieldStart:
            if (c == '\r' || c == '\n') {
                if (record_started_) {  // Otherwise a completely empty line: skipped.
                    EndCell();
                    EndRecord();
                }
                skip_lf_ = c == '\r';
                ++i;
                break;
            }
            if (!record_started_ && !StartRecord()) return;
            if (c == delimiter_) {
                EndCell();
                ++i;
            } else if (c == '"') {
                state_ = State::Quoted;
                ++i;
            } else {
                state_ = State::Unquoted;  // Reads c too.
            }
            break;
        case State::Unquoted: {
            const std::size_t stop = std::min(text.find_first_of(unquoted_stops, i), text.size());
            if (!Append(text.substr(i, stop - i))) return;
            i = stop;
            if (i < text.size()) state_ = State::FieldStart;
            break;
        }
        case State::Quoted: {
            const std::size_t stop = std::min(text.find_first_of("\"\r", i), text.size());
            if (!Append(text.substr(i, stop - i))) return;
            i = stop;
            if (i == text.size()) break;
            if (text[i] == '"') {
                state_ = State::QuoteInQuoted;
            } else {  // A CR, alone or in CRLF: stored as LF so cells do not depend on line endings.
                if (!Append("\n")) return;
                skip_lf_ = true;
            }
            ++i;
            break;
        }
        case State::QuoteInQuoted:
            if (c == '"') {  // RFC 4180 2.7: a doubled quote is one quote.
                if (!Append("\"")) return;
                state_ = State::Quoted;
                ++i;
            } else if (c == delimiter_ || c == '\r' || c == '\n') {
                state_ = State::FieldStart;
            } else {
                problems_.push_back(
                    {CellPath(), "has text after its closing quote; it was kept in the cell"});
                state_ = State::Unquoted;
            }
            break;
        }
    }
}

bool Parser::Append(std::string_view text) {
    if (cell_.size() + text.size() > options_.MaxCellBytes) {
        Stop(CellPath(), "is longer than " + std::to_string(options_.MaxCellBytes) +
                             " bytes, the most Debrief reads in one cell; reading stopped here");
        return false;
    }
    cell_.append(text);
    return true;
}

bool Parser::StartRecord() {
    if (rows_read_ >= options_.MaxRows) {
        Stop(RowPath(), "the file has more than " + std::to_string(options_.MaxRows) +
                            " rows, the most Debrief reads; reading stopped here");
        return false;
    }
    record_started_ = true;
    return true;
}

void Parser::EndCell() {
    if (!utf8::IsValid(cell_)) cell_ = utf8::Sanitize(cell_);
    row_.push_back(std::move(cell_));
    cell_.clear();
}

void Parser::EndRecord() {
    rows_.push_back(std::move(row_));
    row_.clear();
    ++rows_read_;
    record_started_ = false;
}

std::string Parser::RowPath() const { return "row " + std::to_string(rows_read_ + 1); }

std::string Parser::CellPath() const { return RowPath() + ", column " + std::to_string(row_.size() + 1); }

void Parser::Stop(std::string path, std::string reason) {
    problems_.push_back({std::move(path), std::move(reason)});
    stopped_ = true;
    cell_ = std::string();  // Releases the memory too: the unfinished row is dropped.
    row_ = Row();
    scan_.Pending = std::string();
}

ParseResult ParseAll(std::string_view bytes, Options options) {
    DecodedText decoded = Decode(bytes);
    Parser parser(options);
    parser.Feed(decoded.Text);
    parser.Finish();
    ParseResult result;
    result.Rows = parser.TakeRows();
    result.Issues = parser.Issues();
    result.Delimiter = parser.Delimiter();
    result.Assumed = decoded.Assumed;
    result.AssumedName = decoded.AssumedName;
    return result;
}

Problems FindRaggedRows(const Table& rows) {
    Problems found;
    if (rows.empty()) return found;
    const std::size_t header = rows.front().size();
    const auto cells = [](std::size_t n) { return std::to_string(n) + (n == 1 ? " cell" : " cells"); };
    for (std::size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].size() == header) continue;
        found.push_back({"row " + std::to_string(i + 1),
                         "has " + cells(rows[i].size()) + "; the header has " + std::to_string(header)});
    }
    return found;
}

// [SECTION] Writing

namespace {

void AppendCell(std::string& out, std::string_view cell) {
    const bool quoted = cell.find_first_of(",\"\r\n") != std::string_view::npos ||
                        (!cell.empty() && (cell.front() == ' ' || cell.back() == ' '));
    if (!quoted) {
        out += cell;
        return;
    }
    out += '"';
    for (const char c : cell) {
        if (c == '"') out += '"';  // RFC 4180 2.7.
        out += c;
    }
    out += '"';
}

void AppendRow(std::string& out, const Row& cells) {
    if (cells.size() == 1 && cells.front().empty()) {
        out += "\"\"\r\n";  // A bare CRLF would read back as an empty line, which readers skip.
        return;
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i > 0) out += ',';
        AppendCell(out, cells[i]);
    }
    out += "\r\n";  // RFC 4180 2.1 and 2.2: CRLF after every record, the last one too.
}

}  // namespace

std::string WriteRow(const Row& cells) {
    std::string out;
    AppendRow(out, cells);
    return out;
}

std::string Write(const Table& rows, WriteOptions options) {
    std::string out;
    if (options.Bom) out += kUtf8Bom;
    for (const Row& row : rows) AppendRow(out, row);
    return out;
}

std::string NeutralizeFormula(std::string_view cell) {
    constexpr std::string_view kFormulaStarts = "=+-@\t\r";
    if (cell.empty() || kFormulaStarts.find(cell.front()) == std::string_view::npos) return std::string(cell);
    std::string out;  // Built by appending: GCC 12 at -O3 misreports `"'" + std::string` (-Wrestrict).
    out.reserve(cell.size() + 1);
    out += '\'';
    out.append(cell);
    return out;
}

}  // namespace debrief::csv
