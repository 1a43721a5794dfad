#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/exchange/csv.h"

namespace csv = debrief::csv;
using csv::Row;
using csv::Table;

namespace {

const std::string kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8.
const std::string kName = "Zo\xC3\xAB \xC5\x81ukasz-Nu\xC3\xB1"
                          "ez";                 // Zoë Łukasz-Nuñez
const std::string kEmoji = "\xF0\x9F\x98\x80";  // 😀, a surrogate pair in UTF-16.

std::vector<std::string> Lines(const debrief::Problems& problems) {
    std::vector<std::string> lines;
    for (const auto& p : problems) lines.push_back(p.Path + ": " + p.Reason);
    return lines;
}

struct Parsed {
    Table Rows;
    std::vector<std::string> Issues;
    char Delimiter = '\0';
};

// Feeds `text` cut at each of `cuts` (ascending offsets), then finishes.
Parsed ParseInChunks(std::string_view text, const std::vector<std::size_t>& cuts, csv::Options options = {}) {
    csv::Parser parser(options);
    Parsed parsed;
    std::size_t from = 0;
    for (std::size_t cut : cuts) {
        parser.Feed(text.substr(from, cut - from));
        for (auto& row : parser.TakeRows()) parsed.Rows.push_back(std::move(row));
        from = cut;
    }
    parser.Feed(text.substr(from));
    parser.Finish();
    for (auto& row : parser.TakeRows()) parsed.Rows.push_back(std::move(row));
    parsed.Issues = Lines(parser.Issues());
    parsed.Delimiter = parser.Delimiter();
    return parsed;
}

Parsed Parse(std::string_view text, csv::Options options = {}) { return ParseInChunks(text, {}, options); }

std::string Utf16Bytes(std::u16string_view text, bool big_endian) {
    std::string out = big_endian ? "\xFE\xFF" : "\xFF\xFE";
    for (const char16_t unit : text) {
        const char high = static_cast<char>(unit >> 8);
        const char low = static_cast<char>(unit & 0xFF);
        out += big_endian ? high : low;
        out += big_endian ? low : high;
    }
    return out;
}

}  // namespace

// [SECTION] Reading

TEST_CASE("plain CSV rows become cells in file order") {
    const Parsed parsed = Parse("name,email\nAda,ada@example.com\nGrace,grace@example.com\n");
    CHECK(parsed.Rows ==
          Table{{"name", "email"}, {"Ada", "ada@example.com"}, {"Grace", "grace@example.com"}});
    CHECK(parsed.Issues.empty());
    CHECK(parsed.Delimiter == ',');
}

TEST_CASE("quoted CSV cells keep delimiters, doubled quotes and line breaks") {
    const Parsed parsed = Parse("name,note\r\n"
                                "\"Lovelace, Ada\",\"She said \"\"hi\"\"\r\nthen left\"\r\n"
                                "\"x\ny\",\"\"\r\n");
    CHECK(parsed.Rows ==
          Table{{"name", "note"}, {"Lovelace, Ada", "She said \"hi\"\nthen left"}, {"x\ny", ""}});
    CHECK(parsed.Issues.empty());
}

TEST_CASE("CRLF, LF and lone CR line endings give identical CSV rows, inside quoted cells too") {
    const std::string lf = "name,note\nAda,\"first line\nsecond line\"\n\nGrace,\"\"\"quoted\"\"\"\n";
    const Table expected = {{"name", "note"}, {"Ada", "first line\nsecond line"}, {"Grace", "\"quoted\""}};
    std::string crlf, cr;
    for (const char c : lf) {
        crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        cr += c == '\n' ? '\r' : c;
    }
    CHECK(Parse(lf).Rows == expected);
    CHECK(Parse(crlf).Rows == expected);
    CHECK(Parse(cr).Rows == expected);
}

TEST_CASE("completely empty CSV lines are skipped and a final line ending adds no row") {
    CHECK(Parse("a,b\n\n\r\n\r1,2\n\n").Rows == Table{{"a", "b"}, {"1", "2"}});
    CHECK(Parse("a\n").Rows == Table{{"a"}});
    CHECK(Parse("a\r\n").Rows == Table{{"a"}});
    CHECK(Parse("a").Rows == Table{{"a"}});
    CHECK(Parse("").Rows.empty());
    // Not empty: a space, a lone delimiter and a quoted empty cell are all data.
    CHECK(Parse("h\n \n,\n\"\"\n").Rows == Table{{"h"}, {" "}, {"", ""}, {""}});
    CHECK(Parse("a,\n").Rows == Table{{"a", ""}});
    CHECK(Parse("a,").Rows == Table{{"a", ""}});
}

TEST_CASE("a quote inside an unquoted CSV cell is ordinary text") {
    const Parsed parsed = Parse("height,x\n5'10\",y\n");
    CHECK(parsed.Rows == Table{{"height", "x"}, {"5'10\"", "y"}});
    CHECK(parsed.Issues.empty());
}

TEST_CASE("an unterminated CSV quote is reported with its row and keeps the partial cell") {
    const Parsed parsed = Parse("h1,h2\na,b\nc,\"never\nclosed");
    REQUIRE(parsed.Rows.size() == 3);
    CHECK(parsed.Rows[2] == Row{"c", "never\nclosed"});
    CHECK(parsed.Issues ==
          std::vector<std::string>{
              "row 3, column 2: a quoted cell is never closed; it holds the rest of the file"});
}

TEST_CASE("text after a closing CSV quote is kept and reported with its row") {
    const Parsed parsed = Parse("h1,h2\n\"multi\nline\",x\n\"ab\"c,d\n");
    CHECK(parsed.Rows == Table{{"h1", "h2"}, {"multi\nline", "x"}, {"abc", "d"}});
    // Row 3, not line 4: the quoted line break does not start a row.
    CHECK(parsed.Issues == std::vector<std::string>{
                               "row 3, column 1: has text after its closing quote; it was kept in the cell"});
}

TEST_CASE("the CSV delimiter is whichever of comma, semicolon and tab occurs most outside quotes") {
    const Parsed semicolons = Parse("name;email;note\nAda;ada@example.com;\"a, b, c\"\n");
    CHECK(semicolons.Delimiter == ';');
    CHECK(semicolons.Rows == Table{{"name", "email", "note"}, {"Ada", "ada@example.com", "a, b, c"}});

    const Parsed tabs = Parse("name\temail\nAda\tada@example.com\n");
    CHECK(tabs.Delimiter == '\t');
    CHECK(tabs.Rows == Table{{"name", "email"}, {"Ada", "ada@example.com"}});

    // Commas inside quotes do not count; nor do lines after the first record.
    CHECK(Parse("\"x,y,z\";b\n1,2,3,4,5\n").Delimiter == ';');
    CHECK(Parse("5'10\";a;b\nx,y\n").Delimiter == ';');     // A quote inside a cell opens nothing.
    CHECK(Parse("\n\r\na;b\n").Delimiter == ';');           // Leading empty lines are not the first record.
    CHECK(Parse("name\nAda;Lovelace\n").Delimiter == ',');  // None in the first record: one column.
    CHECK(Parse("a;b,c\n").Delimiter == ',');               // A tie goes to the comma.
}

TEST_CASE("a CSV delimiter given in the options is used as is") {
    csv::Options options;
    options.Delimiter = ';';
    const Parsed parsed = Parse("a,b;c\n", options);
    CHECK(parsed.Delimiter == ';');
    CHECK(parsed.Rows == Table{{"a,b", "c"}});
}

TEST_CASE("the detected CSV delimiter is known once the first record ends") {
    csv::Parser parser;
    parser.Feed("name;\"e;mail\"");
    CHECK(parser.Delimiter() == '\0');
    CHECK(parser.TakeRows().empty());
    parser.Feed("\r");
    CHECK(parser.Delimiter() == ';');
    CHECK(parser.TakeRows() == Table{{"name", "e;mail"}});
}

TEST_CASE("feeding CSV in chunks gives the same rows as one call, wherever the chunks split") {
    // Splits land inside "" escapes, between CR and LF (in and out of quotes), inside multi-byte
    // characters, during delimiter detection, and next to each problem.
    const std::string input = "name;note\r\n"
                              "\"a;\"\"b\"\"\r\nc\";Zo\xC3\xAB\r\n"
                              "\"x\"y;" +
                              kEmoji +
                              "\r\r\n"
                              ";\n"
                              "\n"
                              "\"open;\xC3\xA9";
    const Parsed whole = Parse(input);
    CHECK(whole.Delimiter == ';');
    CHECK(whole.Rows ==
          Table{{"name", "note"}, {"a;\"b\"\nc", "Zo\xC3\xAB"}, {"xy", kEmoji}, {"", ""}, {"open;\xC3\xA9"}});
    CHECK(whole.Issues ==
          std::vector<std::string>{
              "row 3, column 1: has text after its closing quote; it was kept in the cell",
              "row 5, column 1: a quoted cell is never closed; it holds the rest of the file"});

    for (std::size_t first = 0; first <= input.size(); ++first) {
        for (std::size_t second = first; second <= input.size(); ++second) {
            INFO("chunks cut at " << first << " and " << second);
            const Parsed chunked = ParseInChunks(input, {first, second});
            CHECK(chunked.Rows == whole.Rows);
            CHECK(chunked.Issues == whole.Issues);
            CHECK(chunked.Delimiter == whole.Delimiter);
        }
    }
    std::vector<std::size_t> every_byte;
    for (std::size_t cut = 1; cut < input.size(); ++cut) every_byte.push_back(cut);
    const Parsed byte_by_byte = ParseInChunks(input, every_byte);
    CHECK(byte_by_byte.Rows == whole.Rows);
    CHECK(byte_by_byte.Issues == whole.Issues);
}

TEST_CASE("the CSV parser hands out each completed row once and counts the bytes it read") {
    csv::Parser parser(csv::Options{',', 100000, 200000});
    parser.Feed("a,b\nc,");
    CHECK(parser.BytesConsumed() == 6);
    CHECK(parser.TakeRows() == Table{{"a", "b"}});
    CHECK(parser.TakeRows().empty());
    parser.Feed("d");
    parser.Finish();
    CHECK(parser.BytesConsumed() == 7);
    CHECK(parser.TakeRows() == Table{{"c", "d"}});
    parser.Finish();  // Idempotent: no second copy of the last row.
    parser.Feed("e\n");
    CHECK(parser.TakeRows().empty());
}

TEST_CASE("invalid UTF-8 fed to the CSV parser is repaired in the cells") {
    CHECK(Parse("ok,bad\xFF\n").Rows == Table{{"ok", "bad" + kReplacement}});
}

TEST_CASE("a CSV cell longer than MaxCellBytes stops parsing with a problem") {
    csv::Options options;
    options.MaxCellBytes = 5;
    CHECK(Parse("abcde,\"12345\"\n", options).Issues.empty());  // Exactly at the limit is fine.

    csv::Parser parser(options);
    parser.Feed("ab,cd\nxy,\"abc\"\"de\"\nlater\n");  // The second cell is 6 bytes.
    parser.Feed("more,rows\n");
    parser.Finish();
    CHECK(parser.Stopped());
    CHECK(parser.TakeRows() == Table{{"ab", "cd"}});  // The unfinished row is dropped.
    CHECK(Lines(parser.Issues()) ==
          std::vector<std::string>{
              "row 2, column 2: is longer than 5 bytes, the most Debrief reads in one cell; "
              "reading stopped here"});
}

TEST_CASE("a CSV file with more rows than MaxRows stops parsing with a problem") {
    csv::Options options;
    options.MaxRows = 2;
    const Parsed at_limit = Parse("h\n1\n\n\r\n", options);  // Trailing empty lines are not rows.
    CHECK(at_limit.Rows.size() == 2);
    CHECK(at_limit.Issues.empty());

    csv::Parser parser(options);
    parser.Feed("h\n1\n2\n3\n");
    parser.Finish();
    CHECK(parser.Stopped());
    CHECK(parser.TakeRows() == Table{{"h"}, {"1"}});
    CHECK(Lines(parser.Issues()) ==
          std::vector<std::string>{
              "row 3: the file has more than 2 rows, the most Debrief reads; reading stopped here"});
}

TEST_CASE("CSV rows whose cell count differs from the header's are reported as ragged") {
    const Parsed parsed = Parse("a,b,c\n1,2,3\n1,2\n\n1,2,3,4\n\"x\"\n1,2,3\n");
    CHECK(Lines(csv::FindRaggedRows(parsed.Rows)) == std::vector<std::string>{
                                                         "row 3: has 2 cells; the header has 3",
                                                         "row 4: has 4 cells; the header has 3",
                                                         "row 5: has 1 cell; the header has 3",
                                                     });
    CHECK(Lines(csv::FindRaggedRows(Table{{"a", "b"}, {"1"}, {"2"}})) ==
          std::vector<std::string>{"row 2: has 1 cell; the header has 2",
                                   "row 3: has 1 cell; the header has 2"});
    CHECK(csv::FindRaggedRows(Table{}).empty());
    CHECK(csv::FindRaggedRows(Table{{"a", "b"}, {"1", "2"}}).empty());
}

// [SECTION] Decoding

TEST_CASE("CSV bytes in UTF-8 without a BOM are read as is and reported as UTF-8") {
    const csv::DecodedText decoded = csv::Decode("name\n" + kName + "\n");
    CHECK(decoded.Text == "name\n" + kName + "\n");
    CHECK(decoded.Assumed == csv::Encoding::Utf8);
    CHECK(decoded.AssumedName == "UTF-8");
}

TEST_CASE("a UTF-8 BOM is stripped from CSV bytes and reported") {
    const csv::DecodedText decoded = csv::Decode("\xEF\xBB\xBFname,email\n");
    CHECK(decoded.Text == "name,email\n");
    CHECK(decoded.Assumed == csv::Encoding::Utf8WithBom);
    CHECK(decoded.AssumedName == "UTF-8 with BOM");
    const csv::ParseResult result = csv::ParseAll("\xEF\xBB\xBFname,email\n");
    CHECK(result.Rows == Table{{"name", "email"}});  // Not "\xEF\xBB\xBFname".
    CHECK(result.AssumedName == "UTF-8 with BOM");
}

TEST_CASE("UTF-16 LE and BE CSV files with a BOM are transcoded, surrogate pairs included") {
    const std::u16string text = u"name,note\r\nZo\u00EB \u0141ukasz-Nu\u00F1ez,\U0001F600\r\n";
    const std::string expected = "name,note\r\n" + kName + "," + kEmoji + "\r\n";

    const csv::DecodedText little = csv::Decode(Utf16Bytes(text, false));
    CHECK(little.Text == expected);
    CHECK(little.Assumed == csv::Encoding::Utf16Le);
    CHECK(little.AssumedName == "UTF-16 LE");

    const csv::DecodedText big = csv::Decode(Utf16Bytes(text, true));
    CHECK(big.Text == expected);
    CHECK(big.Assumed == csv::Encoding::Utf16Be);
    CHECK(big.AssumedName == "UTF-16 BE");

    const csv::ParseResult result = csv::ParseAll(Utf16Bytes(text, true));
    CHECK(result.Rows == Table{{"name", "note"}, {kName, kEmoji}});
    CHECK(result.Assumed == csv::Encoding::Utf16Be);
}

TEST_CASE("unpaired UTF-16 surrogates and an odd final byte in a CSV file become U+FFFD") {
    const std::u16string units = {u'a', char16_t{0xD83D}, u'b', char16_t{0xDE00}, u'c', char16_t{0xD83D}};
    CHECK(csv::Decode(Utf16Bytes(units, false)).Text ==
          "a" + kReplacement + "b" + kReplacement + "c" + kReplacement);
    CHECK(csv::Decode(Utf16Bytes(u"ab", true) + "x").Text == "ab" + kReplacement);
}

TEST_CASE("CSV bytes that are not UTF-8 are read as Windows-1252 and reported") {
    const csv::ParseResult result = csv::ParseAll("name,quote,price\nJos\xE9,\x93quoted\x94,\x80"
                                                  "5\n");
    CHECK(result.Assumed == csv::Encoding::Windows1252);
    CHECK(result.AssumedName == "Windows-1252");
    CHECK(result.Rows == Table{{"name", "quote", "price"},
                               {"Jos\xC3\xA9", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
                                "\xE2\x82\xAC"
                                "5"}});
    // An unassigned byte maps to the C1 control of the same value, as in browsers.
    CHECK(csv::Decode("\x81\xFF").Text == "\xC2\x81\xC3\xBF");
    // The rest of the 0x80..0x9F range that names need: Š Œ Ž š œ ž Ÿ, and ™.
    CHECK(csv::Decode("\x8A\x8C\x8E\x9A\x9C\x9E\x9F\x99").Text ==
          "\xC5\xA0\xC5\x92\xC5\xBD\xC5\xA1\xC5\x93\xC5\xBE\xC5\xB8\xE2\x84\xA2");
}

TEST_CASE("invalid bytes after a UTF-8 BOM in a CSV file are repaired, not read as Windows-1252") {
    const csv::DecodedText decoded = csv::Decode("\xEF\xBB\xBFJos\xE9");
    CHECK(decoded.Assumed == csv::Encoding::Utf8WithBom);
    CHECK(decoded.Text == "Jos" + kReplacement);
}

TEST_CASE("imported CSV cells that look like formulas are left as they are") {
    CHECK(csv::ParseAll("=1+1,@SUM(A1),-3\n").Rows == Table{{"=1+1", "@SUM(A1)", "-3"}});
}

// [SECTION] Writing

TEST_CASE("the CSV writer quotes only the cells that need it and ends every record with CRLF") {
    CHECK(csv::WriteRow(
              {"plain", "a,b", "say \"hi\"", "two\nlines", "cr\rhere", " lead", "trail ", "", kName}) ==
          "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"cr\rhere\",\" lead\",\"trail \",," + kName +
              "\r\n");
    CHECK(csv::WriteRow({"a", "b"}) == "a,b\r\n");
    CHECK(csv::WriteRow({"in side"}) == "in side\r\n");
    CHECK(csv::WriteRow({""}) == "\"\"\r\n");  // Not a bare CRLF, which would read back as nothing.
    CHECK(csv::WriteRow({"", ""}) == ",\r\n");
    CHECK(csv::Write({{"h1", "h2"}, {"1", "2"}}) == "h1,h2\r\n1,2\r\n");
}

TEST_CASE("exported CSV files start with a UTF-8 BOM only when asked, for Excel") {
    CHECK(csv::Write({{"Jos\xC3\xA9"}}) == "Jos\xC3\xA9\r\n");
    csv::WriteOptions for_excel;
    for_excel.Bom = true;
    CHECK(csv::Write({{"Jos\xC3\xA9"}}, for_excel) == "\xEF\xBB\xBFJos\xC3\xA9\r\n");
}

TEST_CASE("writing then parsing CSV gives back awkward cells unchanged") {
    const Table rows = {
        {"name", "note; remarks", "empty"},
        {"\"quoted\" start", "a, b, and c", ""},
        {" leading space", "line one\nline two", "trailing space "},
        {kName, kEmoji + " \"" + kEmoji + "\"", "=1+1"},
        {""},
        {"", "", ""},
        {"last", "\"", "\"\""},
    };
    csv::WriteOptions options;
    options.Bom = true;
    const csv::ParseResult result = csv::ParseAll(csv::Write(rows, options));
    CHECK(result.Rows == rows);
    CHECK(result.Issues.empty());
    CHECK(result.Delimiter == ',');
    CHECK(result.Assumed == csv::Encoding::Utf8WithBom);
}

TEST_CASE("CSV formula neutralisation prefixes a quote to each trigger and leaves other text alone") {
    for (const std::string cell : {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"}) {
        INFO("cell: " << cell);
        CHECK(csv::NeutralizeFormula(cell) == "'" + cell);
    }
    CHECK(csv::NeutralizeFormula("42") == "42");
    CHECK(csv::NeutralizeFormula("Ada Lovelace") == "Ada Lovelace");
    CHECK(csv::NeutralizeFormula("a=b") == "a=b");
    CHECK(csv::NeutralizeFormula(kName) == kName);
    CHECK(csv::NeutralizeFormula("") == "");
}
