// CSV files in and out: importing candidate lists from spreadsheets and exporting them back.
//
// Reading follows RFC 4180 and forgives what spreadsheets and people really produce:
// - Encoding. Decode() turns a file's bytes into UTF-8: a UTF-8 BOM is stripped, UTF-16 LE/BE
//   with a BOM is transcoded, and bytes that are not valid UTF-8 are read as Windows-1252 (what
//   Excel on Western Windows saves as "CSV"). The encoding it assumed is reported, so the import
//   screen can ask the person to check the accents in the preview.
// - Line breaks. Records end at CRLF, LF or a lone CR (old Mac files). Inside a quoted cell, CRLF
//   and lone CR become LF, so a cell's text is the same whatever the file's line endings.
// - Delimiter. Unless Options::Delimiter names one, it is whichever of ',', ';' and '\t' occurs
//   most outside quotes in the first non-empty record, or its first 64 KiB (ties go to that
//   order; a record with none of them is one column of ','). European Excel saves ';', and text
//   copied from web pages or spreadsheets has tabs.
// - Sloppy quoting. Text after a closing quote (`"ab"c`) is kept and reported; a quote in the
//   middle of an unquoted cell (`5'10"`) is ordinary text; a quote never closed is reported and
//   its cell keeps the text up to the end of the file.
// - Rows. A completely empty line is skipped, and a final line ending does not add a row. Row
//   numbers in problems are 1-based positions among the rows read (the header is row 1), which is
//   the numbering of the import preview and of a spreadsheet unless the file has empty lines.
// - Limits. Parsing stops with a problem at a cell longer than MaxCellBytes or past MaxRows rows
//   (the unfinished row is dropped), so a wrong or hostile file costs memory in proportion to
//   what was read so far and never more than those limits allow.
// Parser reads in chunks that may split anywhere, so the import screen can parse a large file a
// chunk per frame behind a progress bar; ParseAll() does everything in one call.
//
// Writing follows RFC 4180 exactly: ',' between cells, CRLF after every record, quotes only where
// needed. NeutralizeFormula() defuses cells that a spreadsheet would run as formulas; apply it to
// exported cells, never to imported ones (it changes the text).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/problems.h"

namespace debrief::csv {

using Row = std::vector<std::string>;  // The cells of one record, in file order.
using Table = std::vector<Row>;        // Rows in file order; the first one is the header.

// [SECTION] Decoding bytes to UTF-8

enum class Encoding { Utf8, Utf8WithBom, Utf16Le, Utf16Be, Windows1252 };
std::string_view EncodingName(Encoding encoding);  // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", ...

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";  // What Excel needs to read UTF-8 CSV.

struct DecodedText {
    std::string Text;                        // Valid UTF-8 without a BOM.
    Encoding Assumed = Encoding::Utf8;       // How the bytes were read.
    std::string_view AssumedName = "UTF-8";  // EncodingName(Assumed), for the import screen.
};

// Detects the encoding as described at the top of this file and transcodes to UTF-8. Never fails:
// undecodable bytes (invalid UTF-8 after a UTF-8 BOM, unpaired UTF-16 surrogates, an odd final
// UTF-16 byte) become U+FFFD. Windows-1252's five unassigned bytes (81 8D 8F 90 9D) map to the
// C1 controls of the same value, as browsers do (WHATWG Encoding Standard, index-windows-1252).
DecodedText Decode(std::string_view bytes);

// [SECTION] Parsing

struct Options {
    char Delimiter = '\0';              // ',', ';', '\t' (never '"', CR or LF); '\0' detects it.
    std::size_t MaxCellBytes = 100000;  // A longer cell stops parsing with a problem.
    std::size_t MaxRows = 200000;       // A row past this many stops parsing with a problem.
};

// Reads UTF-8 text (Decode's output) chunk by chunk. Usage, one chunk per frame:
//     parser.Feed(chunk); Append(parser.TakeRows()); progress = parser.BytesConsumed() / total;
//     ... and after the last chunk: parser.Finish(); Append(parser.TakeRows());
// Invalid UTF-8 in a cell is repaired (U+FFFD), so every cell is valid UTF-8.
class Parser {
  public:
    explicit Parser(Options options = {});

    void Feed(std::string_view utf8_chunk);  // Reads a chunk; it may end anywhere, even mid-character.
    void Finish();                           // The input ended: completes the last row; Feed() no more.
    Table TakeRows();                        // Moves out the rows completed since the last call.
    const Problems& Issues() const { return problems_; }     // Everything reported so far, in order.
    std::size_t BytesConsumed() const { return consumed_; }  // Input bytes read, for a progress bar.
    char Delimiter() const { return delimiter_; }  // The delimiter in use; '\0' while still detecting.
    bool Stopped() const { return stopped_; }      // A limit was hit; later input is ignored.

  private:
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };

    void Detect(std::string_view chunk);  // Buffers input until the first record picks the delimiter.
    void ChooseDelimiter();
    void Consume(std::string_view text);  // The state machine proper, once the delimiter is known.
    bool Append(std::string_view text);   // Adds to the current cell; false (and stops) past the limit.
    bool StartRecord();                   // False (and stops) when the row limit is reached.
    void EndCell();
    void EndRecord();
    std::string RowPath() const;                      // "row 12": the row being read.
    std::string CellPath() const;                     // "row 12, column 3": the cell being read.
    void Stop(std::string path, std::string reason);  // Reports why and ignores all later input.

    Options options_;
    char delimiter_ = '\0';
    State state_ = State::FieldStart;
    bool skip_lf_ = false;         // The last byte was a CR: an LF right after it belongs to it.
    bool record_started_ = false;  // The current record has a cell or a delimiter (is not empty).
    bool stopped_ = false;
    bool finished_ = false;
    std::size_t consumed_ = 0;
    std::size_t rows_read_ = 0;  // Completed rows, including those already taken.
    std::string cell_;
    Row row_;
    Table rows_;
    Problems problems_;

    struct DelimiterScan {           // Delimiter detection over the first record, before parsing starts.
        std::string Pending;         // Input held back until the delimiter is known.
        std::size_t Counts[3] = {};  // Occurrences of ',', ';', '\t' outside quotes.
        bool InQuotes = false;
        bool AfterClosingQuote = false;
        bool AtFieldStart = true;
        bool SawContent = false;  // Past any leading empty lines.
    } scan_;
};

struct ParseResult {
    Table Rows;                              // Header first; empty lines skipped.
    Problems Issues;                         // Parse problems in file order (not ragged rows).
    char Delimiter = ',';                    // The delimiter used (detected or given).
    Encoding Assumed = Encoding::Utf8;       // How the bytes were decoded.
    std::string_view AssumedName = "UTF-8";  // EncodingName(Assumed).
};

ParseResult ParseAll(std::string_view bytes, Options options = {});  // Decode() and parse in one go.

// Each row whose cell count differs from the header's: Path "row 5", Reason "has 4 cells; the
// header has 6". Kept apart from parsing because a ragged row is still usable data.
Problems FindRaggedRows(const Table& rows);

// [SECTION] Writing

struct WriteOptions {
    // Starts the output with a UTF-8 BOM. Off by default: RFC 4180 text is what other programs
    // and diff tools expect. Turn it on for files meant for Excel, which otherwise reads a CSV
    // in the Windows ANSI code page and garbles every accent.
    bool Bom = false;
};

// One record: cells joined by ',' and ended by CRLF. A cell is quoted when it holds ',', '"', CR
// or LF, or begins or ends with a space (which readers may trim); quotes inside are doubled. A
// row of one empty cell is written `""` so it is not read back as an empty line and skipped.
std::string WriteRow(const Row& cells);
std::string Write(const Table& rows, WriteOptions options = {});  // Every row, each ended by CRLF.

// Prefixes "'" to a cell beginning with '=', '+', '-', '@', tab or CR, so a spreadsheet shows it
// as text instead of running it as a formula (OWASP "CSV Injection": a candidate's name like
// =HYPERLINK(...) could otherwise leak data or run commands on the recruiter's machine). Other
// cells, including numbers like "42", are returned unchanged. For export only: the quote is a
// visible change to the text, so imported cells are never neutralised.
std::string NeutralizeFormula(std::string_view cell);

}  // namespace debrief::csv
