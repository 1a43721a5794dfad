#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <sstream>
#include <vector>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "core/build_info.h"
#include "core/exchange/backup.h"
#include "core/records/ids.h"
#include "core/records/schema.h"
#include "core/sample_records.h"
#include "core/time/local_time.h"
#include "core/timeline/ics_export.h"

namespace {
struct Result {
    int Code;
    std::string Out, Err;
};
Result Run(std::vector<std::string> args) {
    std::ostringstream out, err;
    const int code = debrief::cli::Run(args, out, err);
    return {code, out.str(), err.str()};
}

bool Contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A file in the system's temporary folder under a unique name, removed when the test ends.
class TempFile {
  public:
    TempFile(const std::string& extension, const std::string& bytes)
        : Path(std::filesystem::temp_directory_path() /
               (std::string("debrief-cli-test-") + debrief::NewRecordId() + extension)) {
        std::ofstream(Path, std::ios::binary) << bytes;
    }
    ~TempFile() {
        std::error_code ignored;
        std::filesystem::remove(Path, ignored);
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;
    std::string Name() const { return Path.string(); }

  private:
    std::filesystem::path Path;
};

// A backup of one role, candidate, interview and note.
std::string SampleBackup() {
    debrief::Database db;
    const debrief::Role role = samples::Bookkeeper();
    const debrief::Candidate zoe = samples::Zoe(role.Id);
    const debrief::Interview interview = samples::PanelInterview(zoe.Id);
    db.Put(role);
    db.Put(zoe);
    db.Put(interview);
    db.Put(samples::NoteBy(interview, "Amara Okafor"));
    return debrief::ExportBackup(db, {"0.1.0", "test"});
}
}  // namespace

TEST_CASE("--version prints the version and build id") {
    for (const char* flag : {"--version", "-V"}) {
        const Result r = Run({flag});
        CHECK(r.Code == debrief::cli::kExitOk);
        CHECK(r.Out == "debrief " + debrief::DescribeBuild(debrief::CurrentBuild()) + "\n");
        CHECK(r.Err.empty());
    }
}

TEST_CASE("--help and no arguments print the usage") {
    for (const auto& args : {std::vector<std::string>{"--help"}, {"-h"}, {}}) {
        const Result r = Run(args);
        CHECK(r.Code == debrief::cli::kExitOk);
        CHECK(r.Out.find("Usage:") != std::string::npos);
        CHECK(r.Out.find("--version") != std::string::npos);
    }
}

TEST_CASE("an unknown option is a usage error that says what to do") {
    const Result r = Run({"--frobnicate"});
    CHECK(r.Code == debrief::cli::kExitUsage);
    CHECK(r.Out.empty());
    CHECK(r.Err.find("unknown option '--frobnicate'") != std::string::npos);
    CHECK(r.Err.find("debrief --help") != std::string::npos);
}

TEST_CASE("an unknown command is named as a command") {
    const Result r = Run({"frobnicate"});
    CHECK(r.Code == debrief::cli::kExitUsage);
    CHECK(r.Err.find("unknown command 'frobnicate'") != std::string::npos);
}

TEST_CASE("import-check accepts a valid backup and sums up what it holds") {
    const TempFile file(".json", SampleBackup());
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Out == "Debrief backup, schema version " + std::to_string(debrief::kSchemaVersion) +
                       "\n"
                       "OK: 1 role, 1 candidate, 1 interview, 1 note, 0 messages, 0 activity entries, 0 own "
                       "templates\n");
    CHECK(r.Err.empty());
}

TEST_CASE("import-check reports a truncated backup as JSON that is not valid, with the line") {
    std::string backup = SampleBackup();
    backup.resize(backup.size() / 2);  // Cut short, as a failed download would.
    const TempFile file(".json", backup);
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(Contains(r.Out, "not valid JSON"));
    CHECK(Contains(r.Out, "line "));
    CHECK(Contains(r.Out, "1 problem found; nothing would be imported\n"));
    CHECK_FALSE(Contains(r.Out, "OK:"));
}

TEST_CASE("import-check names the field of a backup record that has the wrong type") {
    nlohmann::json doc = nlohmann::json::parse(SampleBackup());
    doc["candidates"][0]["email"] = 42;
    const TempFile file(".json", doc.dump());
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(Contains(r.Out, "candidates[0].email: must be text, not a number\n"));
    CHECK(Contains(r.Out, "1 problem found; nothing would be imported\n"));
}

TEST_CASE("import-check shows a CSV file's column mapping and each bad row by its number") {
    const TempFile file(".csv", "Name,Email,Notes 2\n"
                                "Ada,ada@example.org,x\n"
                                ",nobody@example.org,y\n"
                                "Grace,not an email,z\n");
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(r.Out == "Encoding (assumed): UTF-8\n"
                   "Delimiter: comma\n"
                   "Columns:\n"
                   "  Name → Full name\n"
                   "  Email → Email\n"
                   "  Notes 2 → (not imported)\n"
                   "row 3: has no name, so it was not imported\n"
                   "row 4, Email: This does not look like an email address. The row was not imported.\n"
                   "2 problems found; 1 candidate would be imported, 2 rows skipped\n");
    CHECK(r.Err.empty());
}

TEST_CASE("import-check reports ragged CSV rows as problems, among the others in row order") {
    const TempFile file(".csv", "Name,Email\nGrace,not an email\nAda,ada@example.org,extra\n");
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(Contains(r.Out,
                   "row 2, Email: This does not look like an email address. The row was not imported.\n"
                   "row 3: has 3 cells; the header has 2\n"
                   "2 problems found; 1 candidate would be imported, 1 row skipped\n"));
}

TEST_CASE("import-check accepts a clean CSV file, whatever the case of its extension") {
    const TempFile file(".CSV", "\xEF\xBB\xBF"
                                "Full name;E-mail;Phone\r\n"
                                "Zoë Łukasz-Nuñez;zoe@example.org;'+44 20 7946 0000\r\n"
                                "Aoife O'Brien;;+353 1 555 0100\r\n");
    const Result r = Run({"import-check", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(Contains(r.Out, "Encoding (assumed): UTF-8 with BOM\n"));
    CHECK(Contains(r.Out, "Delimiter: semicolon\n"));
    CHECK(Contains(r.Out, "  E-mail → Email\n"));
    CHECK(Contains(r.Out, "OK: 2 candidates would be imported\n"));
    CHECK(r.Err.empty());
}

TEST_CASE("import-check of a file that cannot be read says why and fails") {
    const std::string missing =
        (std::filesystem::temp_directory_path() / (std::string("debrief-missing-") + debrief::NewRecordId()))
            .string();
    const Result r = Run({"import-check", missing + ".json"});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(r.Out.empty());
    CHECK(r.Err == "debrief: cannot read '" + missing + ".json': No such file or directory\n");
}

TEST_CASE("import-check without a FILE, or with more than one, is a usage error") {
    const Result none = Run({"import-check"});
    CHECK(none.Code == debrief::cli::kExitUsage);
    CHECK(none.Out.empty());
    CHECK(Contains(none.Err, "import-check needs the FILE"));
    CHECK(Contains(none.Err, "Usage: debrief import-check FILE"));

    const Result extra = Run({"import-check", "a.json", "b.json"});
    CHECK(extra.Code == debrief::cli::kExitUsage);
    CHECK(Contains(extra.Err, "unexpected 'b.json'"));
}

TEST_CASE("the usage text lists import-check") {
    CHECK(Contains(Run({"--help"}).Out, "debrief import-check FILE"));
}

// --- debrief tone ---------------------------------------------------------------------------------

namespace {
// A rejection with a vague reason, a passive decision (which has a replacement) and nothing
// specific; line 4 starts with a two-byte letter so columns count code points, not bytes.
const std::string kToneMessage = "Hi Maya,\n"
                                 "\n"
                                 "Thank you for your time.\n"
                                 "Zo\xC3\xAB, you were not a good fit. It has been decided.\n"
                                 "\n"
                                 "Kind regards,\n"
                                 "Sam\n";

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

std::vector<std::string> Keys(const nlohmann::ordered_json& j) {
    std::vector<std::string> keys;
    for (auto it = j.begin(); it != j.end(); ++it) keys.push_back(it.key());
    return keys;
}

// The categories of the finding lines of `tone --json` output (all lines but the summary).
std::vector<std::string> JsonCategories(const std::string& out) {
    std::vector<std::string> categories;
    for (const std::string& line : Lines(out)) {
        const nlohmann::json j = nlohmann::json::parse(line);
        if (!j.contains("summary")) categories.push_back(j.at("category").get<std::string>());
    }
    return categories;
}

// Runs with std::cin reading `input`, as `debrief tone ... -` does.
Result RunWithStdin(std::vector<std::string> args, const std::string& input) {
    std::istringstream in(input);
    std::streambuf* const saved = std::cin.rdbuf(in.rdbuf());
    Result r = Run(std::move(args));
    std::cin.rdbuf(saved);
    std::cin.clear();
    return r;
}
}  // namespace

TEST_CASE("tone --json prints one object per finding in a fixed key order, then a summary") {
    const TempFile file(".txt", kToneMessage);
    const Result r = Run({"tone", "--kind", "rejection", "--json", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Err.empty());
    const std::vector<std::string> lines = Lines(r.Out);
    REQUIRE(lines.size() == 4);

    const std::vector<std::string> keys = {"category", "severity", "start", "end", "text", "message", "suggestion"};
    std::vector<nlohmann::ordered_json> findings;
    for (std::size_t i = 0; i + 1 < lines.size(); ++i) findings.push_back(nlohmann::ordered_json::parse(lines[i]));
    // Whole-message findings come first, with no text.
    CHECK(Keys(findings[0]) == keys);
    CHECK(findings[0]["category"] == "missing_specific");
    CHECK(findings[0]["severity"] == "warn");
    CHECK(findings[0]["start"] == 0);
    CHECK(findings[0]["end"] == 0);
    CHECK(findings[0]["text"] == "");
    CHECK_FALSE(findings[0]["message"].get<std::string>().empty());
    CHECK_FALSE(findings[0]["suggestion"].get<std::string>().empty());

    CHECK(Keys(findings[1]) == keys);
    CHECK(findings[1]["category"] == "vague");
    CHECK(findings[1]["text"] == "not a good fit");
    const auto start = findings[1]["start"].get<std::size_t>();
    const auto end = findings[1]["end"].get<std::size_t>();
    CHECK(start == kToneMessage.find("not a good fit"));  // UTF-8 byte offsets.
    CHECK(kToneMessage.substr(start, end - start) == "not a good fit");

    std::vector<std::string> with_replacement = keys;
    with_replacement.push_back("replacement");
    CHECK(Keys(findings[2]) == with_replacement);
    CHECK(findings[2]["category"] == "passive_decision");
    CHECK(findings[2]["text"] == "It has been decided");
    CHECK(findings[2]["replacement"] == "We have decided");

    const nlohmann::json last = nlohmann::json::parse(lines.back());
    REQUIRE(last.size() == 1);
    REQUIRE(last.contains("summary"));
    const nlohmann::json& summary = last["summary"];
    CHECK(summary["score"] == 70);
    CHECK(summary["findings"] == 3);
    // 16 body words in 3 sentences, 20 syllables (the greeting and sign-off left out), rounded to 0.1.
    CHECK(summary["reading_ease"].get<double>() == doctest::Approx(106.2));
    CHECK(summary["grade"].get<double>() == doctest::Approx(-0.2));
    CHECK(summary["breakdown"] == nlohmann::json({{"vague", -10}, {"passive_decision", -10}, {"missing_specific", -10}}));
}

TEST_CASE("tone --json of a message with no words has no reading scores") {
    const TempFile file(".txt", "");
    const Result r = Run({"tone", "--kind", "candidate_follow_up", "--json", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    const std::vector<std::string> lines = Lines(r.Out);
    REQUIRE(lines.size() == 3);  // missing_name, missing_closing, summary.
    CHECK(JsonCategories(r.Out) == std::vector<std::string>{"missing_name", "missing_closing"});
    const nlohmann::json summary = nlohmann::json::parse(lines.back())["summary"];
    CHECK(summary["reading_ease"].is_null());
    CHECK(summary["grade"].is_null());
    CHECK(summary["findings"] == 2);
    CHECK(summary["score"] == 80);
}

TEST_CASE("tone --json keeps every line valid JSON when the message has invalid UTF-8") {
    const TempFile file(".txt", "Hi Maya,\n\nThank you. You were not a \xFF good fit.\n\nBest,\nSam\n");
    const Result r = Run({"tone", "--kind", "rejection", "--json", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    bool found = false;
    for (const std::string& line : Lines(r.Out)) {
        const nlohmann::json j = nlohmann::json::parse(line);  // Throws (and fails the test) if not valid.
        if (j.value("category", "") == "vague") {
            found = true;
            CHECK(j["text"] == "not a \xEF\xBF\xBD good fit");  // The bad byte printed as U+FFFD.
            CHECK(j["end"].get<int>() - j["start"].get<int>() == 16);  // The bad byte is one byte of the text.
        }
    }
    CHECK(found);
}

TEST_CASE("tone --off leaves a category out of the findings and the score") {
    const TempFile file(".txt", kToneMessage);
    const Result all = Run({"tone", "--kind", "rejection", "--json", file.Name()});
    CHECK(JsonCategories(all.Out) == std::vector<std::string>{"missing_specific", "vague", "passive_decision"});

    const Result off = Run({"tone", "--kind", "rejection", "--json", "--off", "vague", "--off", "missing_specific",
                            file.Name()});
    CHECK(off.Code == debrief::cli::kExitOk);
    CHECK(JsonCategories(off.Out) == std::vector<std::string>{"passive_decision"});
    const nlohmann::json summary = nlohmann::json::parse(Lines(off.Out).back())["summary"];
    CHECK(summary["score"] == 90);
    CHECK(summary["findings"] == 1);

    const Result bad = Run({"tone", "--kind", "rejection", "--off", "rudeness", file.Name()});
    CHECK(bad.Code == debrief::cli::kExitUsage);
    CHECK(Contains(bad.Err, "no category called \"rudeness\""));
}

TEST_CASE("tone prints findings for people with line:column in code points, then the score") {
    const TempFile file(".txt", kToneMessage);
    const Result r = Run({"tone", "--kind", "rejection", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Err.empty());
    const std::vector<std::string> lines = Lines(r.Out);
    REQUIRE(lines.size() == 11);
    CHECK(lines[0] == "message  warn  missing_specific");
    CHECK(lines[3] == "4:15  warn  vague  \"not a good fit\"");  // Z o ë , space y o u space w e r e space: 14.
    CHECK(lines[4] == "    \"Not a good fit\" tells the candidate nothing they can act on.");
    CHECK(lines[6] == "4:31  warn  passive_decision  \"It has been decided\"");
    CHECK(lines[9] == "Score 70/100: vague -10, passive_decision -10, missing_specific -10");
    CHECK(lines[10] == "Reading ease 106.2, grade -0.2, 16 words in 3 sentences");
}

TEST_CASE("tone of a clean message prints only the score") {
    const TempFile file(".txt", "Hi Maya,\n\nWe will reply on Friday 12 December.\n\nKind regards,\nSam\n");
    const Result r = Run({"tone", "--kind", "status_update", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(Lines(r.Out).at(0) == "Score 100/100");
}

TEST_CASE("tone --explain lists the parts the checker saw, and a date it did not count") {
    const TempFile file(".txt",
                        "Hi Maya,\n\nThanks for meeting us on Tuesday. We will reply by Friday.\n\nKind regards,\nSam\n");
    const Result r = Run({"tone", "--kind", "delay_update", "--explain", file.Name()});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(Contains(r.Out, "  @thanks  \"Thanks\"\n"));
    CHECK(Contains(r.Out, "  @timeline (not counted)  \"Tuesday\"\n"));
    CHECK(Contains(r.Out, "  @timeline  \"Friday\"\n"));
    CHECK(Contains(r.Out, "Score 100/100\n"));
    CHECK_FALSE(Contains(Run({"tone", "--kind", "delay_update", file.Name()}).Out, "@timeline"));
}

TEST_CASE("tone - reads the message from stdin") {
    const Result r = RunWithStdin({"tone", "--kind", "rejection", "--json", "-"}, kToneMessage);
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(JsonCategories(r.Out) == std::vector<std::string>{"missing_specific", "vague", "passive_decision"});
}

TEST_CASE("tone with an unknown kind is a usage error that lists the kinds") {
    const TempFile file(".txt", kToneMessage);
    const Result r = Run({"tone", "--kind", "memo", file.Name()});
    CHECK(r.Code == debrief::cli::kExitUsage);
    CHECK(r.Out.empty());
    CHECK(Contains(r.Err, "no message kind called \"memo\""));
    for (const char* kind : {"rejection", "feedback", "next_steps", "offer", "status_update", "delay_update",
                             "thank_you", "keep_in_touch", "candidate_thank_you", "candidate_follow_up",
                             "candidate_offer_reply"})
        CHECK_MESSAGE(Contains(r.Err, kind), kind);
}

TEST_CASE("tone without a kind or a file, or with two files, is a usage error") {
    const TempFile file(".txt", kToneMessage);
    for (const auto& args : {std::vector<std::string>{"tone", file.Name()}, {"tone", "--kind", "rejection"},
                             {"tone", "--kind"}, {"tone", "--kind", "rejection", file.Name(), file.Name()},
                             {"tone", "--kind", "rejection", "--frobnicate", file.Name()}}) {
        const Result r = Run(args);
        CHECK(r.Code == debrief::cli::kExitUsage);
        CHECK(r.Out.empty());
        CHECK_FALSE(r.Err.empty());
    }
    CHECK(Contains(Run({"tone", "--kind", "rejection"}).Err, "Usage: debrief tone --kind KIND"));
}

TEST_CASE("tone of a file that cannot be read fails and says why") {
    const std::string missing =
        (std::filesystem::temp_directory_path() / (std::string("debrief-missing-") + debrief::NewRecordId() + ".txt"))
            .string();
    const Result r = Run({"tone", "--kind", "rejection", missing});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(r.Out.empty());
    CHECK(r.Err == "debrief: cannot read " + missing + ": No such file or directory\n");
}

TEST_CASE("tone counts a candidate's earlier follow-ups from --earlier and --today") {
    const TempFile file(".txt",
                        "Hi Sam,\n\nIs there any news on the bookkeeper role?\n\nKind regards,\nMaya\n");
    const Result soon = Run({"tone", "--kind", "candidate_follow_up", "--json", "--earlier", "2026-12-08", "--today",
                             "2026-12-10", file.Name()});
    CHECK(soon.Code == debrief::cli::kExitOk);
    CHECK(JsonCategories(soon.Out) == std::vector<std::string>{"persistence"});
    const Result later = Run({"tone", "--kind", "candidate_follow_up", "--json", "--earlier", "2026-11-30",
                              "--today", "2026-12-10", file.Name()});
    CHECK(JsonCategories(later.Out).empty());

    const Result no_today = Run({"tone", "--kind", "candidate_follow_up", "--earlier", "2026-12-08", file.Name()});
    CHECK(no_today.Code == debrief::cli::kExitUsage);
    CHECK(Contains(no_today.Err, "--earlier needs --today"));
    const Result bad_date = Run({"tone", "--kind", "candidate_follow_up", "--earlier", "2026-02-30", "--today",
                                 "2026-12-10", file.Name()});
    CHECK(bad_date.Code == debrief::cli::kExitUsage);
    CHECK(Contains(bad_date.Err, "2026-02-30"));
}

TEST_CASE("tone of a message over the size limit fails with the reason") {
    const TempFile file(".txt", std::string((8u << 20) + 1, 'a'));
    const Result r = Run({"tone", "--kind", "rejection", "--json", file.Name()});
    CHECK(r.Code == debrief::cli::kExitFailure);
    CHECK(r.Out.empty());
    CHECK(Contains(r.Err, "not checked"));
}

TEST_CASE("the usage text lists tone") {
    CHECK(Contains(Run({"--help"}).Out, "debrief tone --kind KIND"));
}

TEST_CASE("debrief --help lists every tone kind and option") {
    std::ostringstream out, err;
    debrief::cli::Run({"--help"}, out, err);
    for (const char* word : {"candidate_offer_reply", "--explain", "--earlier", "--today", "--off"})
        CHECK(out.str().find(word) != std::string::npos);
}

namespace {

int RunCli(std::vector<std::string> args, std::string& out, std::string& err) {
    std::ostringstream o, e;
    const int code = debrief::cli::Run(args, o, e);
    out = o.str();
    err = e.str();
    return code;
}

}  // namespace

TEST_CASE("debrief bizdays adds and counts business days, with a region's holidays") {
    std::string out, err;
    CHECK(RunCli({"bizdays", "add", "--from", "2026-12-24", "--days", "1"}, out, err) == 0);
    CHECK(out == "2026-12-25\n");
    CHECK(RunCli({"bizdays", "add", "--from", "2026-12-24", "--days", "1", "--region", "GB-ENG"}, out, err) == 0);
    CHECK(out == "2026-12-29\n");
    CHECK(RunCli({"bizdays", "add", "--from", "2026-12-29", "--days", "-1", "--region", "GB-ENG"}, out, err) == 0);
    CHECK(out == "2026-12-24\n");
    CHECK(RunCli({"bizdays", "between", "--from", "2026-12-24", "--to", "2027-01-04", "--region", "GB-ENG"}, out, err) == 0);
    CHECK(out == "4\n");
}

TEST_CASE("debrief holidays prints one date and name per line") {
    std::string out, err;
    CHECK(RunCli({"holidays", "--region", "US", "--year", "2026"}, out, err) == 0);
    CHECK(out.find("2026-07-03 Independence Day (observed)\n") != std::string::npos);
    CHECK(out.find("2026-11-26 Thanksgiving Day\n") != std::string::npos);
}

TEST_CASE("debrief bizdays and holidays refuse impossible dates, unknown regions and missing values") {
    std::string out, err;
    CHECK(RunCli({"bizdays", "add", "--from", "2026-02-30", "--days", "1"}, out, err) == 2);
    CHECK(err.find("not \"2026-02-30\"") != std::string::npos);
    CHECK(RunCli({"bizdays", "add", "--from", "2026-02-27", "--days", "1", "--region", "XX"}, out, err) == 2);
    CHECK(err.find("GB-ENG") != std::string::npos);
    CHECK(RunCli({"bizdays", "add", "--from", "2026-02-27"}, out, err) == 2);
    CHECK(RunCli({"bizdays", "add", "--from", "2026-02-27", "--days", "ten"}, out, err) == 2);
    CHECK(RunCli({"holidays", "--region", "DE", "--year", "3000"}, out, err) == 2);
    CHECK(out.empty());
}

TEST_CASE("debrief bizdays takes holidays from an .ics file and says what is wrong with a bad one") {
    const auto dir = std::filesystem::temp_directory_path() / "debrief-cli-ics";
    std::filesystem::create_directories(dir);
    const auto good = dir / "closures.ics";
    std::ofstream(good) << "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261130\r\nSUMMARY:Stocktake\r\nEND:VEVENT\r\n"
                           "END:VCALENDAR\r\n";
    std::string out, err;
    CHECK(RunCli({"bizdays", "add", "--from", "2026-11-27", "--days", "1", "--holidays", good.string()}, out, err) == 0);
    CHECK(out == "2026-12-01\n");  // Monday 30 November is closed.
    const auto bad = dir / "not.ics";
    std::ofstream(bad) << "Date,Name\n2026-11-30,Stocktake\n";
    CHECK(RunCli({"bizdays", "add", "--from", "2026-11-27", "--days", "1", "--holidays", bad.string()}, out, err) == 1);
    CHECK(err.find("line 1") != std::string::npos);
    CHECK(RunCli({"bizdays", "add", "--from", "2026-11-27", "--days", "1", "--holidays", (dir / "missing.ics").string()}, out, err) == 1);
    std::filesystem::remove_all(dir);
}

// ---------------------------------------------------------------------------------------------
// debrief plan and debrief ics, on tests/cli/fixtures/plan-backup.json: five candidates (one of
// them the user's own application), with a missing note, a snoozed closure, a thank-you marked as
// not needed, a pending and a broken promise. "Now" is Tuesday 24 November 2026, 09:00 in UTC+1.
// The planner's wording is its own business: these tests take each follow-up's text from
// `plan --json` and check that the other outputs agree with it.

namespace {

const std::string kPlanFixture = std::string(DEBRIEF_CLI_FIXTURES_DIR) + "/plan-backup.json";
const std::string kPlanNow = "2026-11-24T09:00:00+01:00";

int CountOf(const std::string& text, const std::string& part) {
    int n = 0;
    for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size()))
        ++n;
    return n;
}

nlohmann::json PlanJson(const std::string& now = kPlanNow) {
    const Result r = Run({"plan", "--data", kPlanFixture, "--now", now, "--json"});
    REQUIRE(r.Code == debrief::cli::kExitOk);
    return nlohmann::json::parse(r.Out);
}

// The follow-up whose key starts with `prefix`, or null.
nlohmann::json FollowUpWithKey(const nlohmann::json& plan, const std::string& prefix) {
    for (const nlohmann::json& f : plan["follow_ups"])
        if (f["key"].get<std::string>().rfind(prefix, 0) == 0) return f;
    return nullptr;
}

// "2026-11-24 09:00": an instant from the JSON in UTC+1, as the human output shows it.
std::string InPlanZone(const nlohmann::json& instant) {
    const debrief::LocalDateTime local = debrief::ToLocal(*debrief::ParseInstant(instant.get<std::string>()),
                                                          [](debrief::TimeMs) { return 60; });
    return debrief::FormatDate(local.Day) + " " + debrief::FormatClockTime(local.Minute);
}

int OpenCount(const nlohmann::json& plan) {
    const nlohmann::json& c = plan["counts"];
    return c["overdue"].get<int>() + c["due_today"].get<int>() + c["upcoming"].get<int>();
}

}  // namespace

TEST_CASE("plan prints the follow-ups grouped by status in local time, then promises and issues") {
    const nlohmann::json plan = PlanJson();
    const Result r = Run({"plan", "--data", kPlanFixture, "--now", kPlanNow});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Err.empty());
    const nlohmann::json& counts = plan["counts"];
    CHECK(r.Out.rfind("Follow-ups at Tue 24 Nov 2026, 09:00 (UTC+01:00): " + counts["overdue"].dump() +
                          " overdue, " + counts["due_today"].dump() + " due today, " +
                          counts["upcoming"].dump() + " upcoming\n",
                      0) == 0);

    // Late first, settled last; each follow-up once, "YYYY-MM-DD HH:MM  what  (why)" in its group.
    const std::vector<std::pair<std::string, std::string>> groups = {{"overdue", "Overdue"},
                                                                     {"due_today", "Due today"},
                                                                     {"upcoming", "Upcoming"},
                                                                     {"done", "Done"},
                                                                     {"skipped", "Not needed"}};
    std::size_t previous = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        CAPTURE(groups[g].second);
        int n = 0;
        for (const nlohmann::json& f : plan["follow_ups"]) n += f["status"] == groups[g].first;
        REQUIRE(n > 0);  // The fixture has some of each.
        const std::size_t heading = r.Out.find("\n" + groups[g].second + " (" + std::to_string(n) + ")\n");
        REQUIRE(heading != std::string::npos);
        CHECK(heading >= previous);
        const std::size_t next =
            g + 1 < groups.size() ? r.Out.find("\n" + groups[g + 1].second + " (") : r.Out.size();
        for (const nlohmann::json& f : plan["follow_ups"]) {
            if (f["status"] != groups[g].first) continue;
            const std::string line =
                "\n  " + InPlanZone(f.contains("snoozed_until") ? f["snoozed_until"] : f["due"]) + "  " +
                f["what"].get<std::string>() + "  (" + f["why"].get<std::string>() + ")";
            const std::size_t at = r.Out.find(line);
            CHECK_MESSAGE((at > heading && at < next), line);
        }
        previous = heading;
    }
    // The missing note is overdue since the end of the interview's business day, 17:00 local.
    const nlohmann::json note = FollowUpWithKey(plan, "interview_note:b0000000000000000000000000000001:Kenji Watanabe");
    CHECK(note["status"] == "overdue");
    CHECK(InPlanZone(note["due"]) == "2026-11-20 17:00");
    // A snoozed follow-up is listed at its snooze time, with the date it was due; a skipped one with
    // the user's reason.
    CHECK(Contains(r.Out, "  snoozed from 2026-11-25 17:00  Waiting for the panel's written feedback; "
                          "Amara's, then Kenji's.\n"));
    CHECK(Contains(r.Out, ")  Thanked her in person; she said no email was needed.\n"));
    const std::size_t promises = r.Out.find("\nPromises (2)\n");
    CHECK(promises > previous);
    CHECK(Contains(r.Out, "\n  2026-11-20  Broken  Seán O'Connor-Ní Bhriain  (promised 2026-11-16 16:00)\n"));
    CHECK(Contains(r.Out, "\n  2026-11-27  Pending  Zoë Łukasz-Nuñez  (promised 2026-11-20 17:30)\n"));
}

TEST_CASE("plan --json holds every follow-up, promise and issue with instants in UTC") {
    const nlohmann::json doc = PlanJson();
    CHECK(doc["now"] == "2026-11-24T08:00:00.000Z");
    CHECK(doc["today"] == "2026-11-24");
    CHECK(doc["utc_offset_minutes"] == 60);
    const nlohmann::json& list = doc["follow_ups"];
    REQUIRE(list.size() >= 10);
    std::map<std::string, int> statuses;
    for (const nlohmann::json& f : list) {
        for (const char* key :
             {"key", "kind", "status", "candidate", "due", "due_day", "what", "why", "template"})
            CHECK_MESSAGE(f.contains(key), key);
        CHECK(debrief::ParseInstant(f["due"].get<std::string>()).has_value());
        CHECK(debrief::ParseDate(f["due_day"].get<std::string>()).has_value());
        ++statuses[f["status"].get<std::string>()];
        if (f["status"] == "done") CHECK(f.contains("done_at"));
    }
    CHECK(doc["counts"] == nlohmann::json{{"overdue", statuses["overdue"]},
                                          {"due_today", statuses["due_today"]},
                                          {"upcoming", statuses["upcoming"]}});

    // The fixture's own marks: a snooze and a "not needed".
    const nlohmann::json closure = FollowUpWithKey(doc, "closure:");
    CHECK(closure["kind"] == "closure");
    CHECK(closure["status"] == "upcoming");
    CHECK(closure["snoozed_until"] == "2026-11-26T09:00:00.000Z");
    CHECK(closure["reason"] == "Waiting for the panel's written feedback; Amara's, then Kenji's.");
    CHECK(closure["candidate"] == "c0000000000000000000000000000002");
    const nlohmann::json skipped = FollowUpWithKey(doc, "thank_you:b0000000000000000000000000000004");
    CHECK(skipped["status"] == "skipped");
    CHECK(skipped["reason"] == "Thanked her in person; she said no email was needed.");

    REQUIRE(doc["promises"].size() == 2);
    CHECK(doc["promises"][0]["state"] == "broken");
    CHECK(doc["promises"][0]["by"] == "2026-11-20");
    CHECK(doc["promises"][0]["message"] == "e0000000000000000000000000000002");
    CHECK(doc["promises"][1]["state"] == "pending");
    CHECK(doc["issues"].is_array());
}

TEST_CASE("plan takes the time zone from --now's offset") {
    const auto due_of_note = [](const std::string& now) {
        return FollowUpWithKey(PlanJson(now), "interview_note:b0000000000000000000000000000001:Kenji Watanabe")["due"];
    };
    // 17:00 local, the end of the business day, wherever the user is.
    CHECK(due_of_note("2026-11-24T09:00:00+01:00") == "2026-11-20T16:00:00.000Z");
    CHECK(due_of_note("2026-11-24T08:00:00Z") == "2026-11-20T17:00:00.000Z");
    CHECK(due_of_note("2026-11-24T03:00:00-05:00") == "2026-11-20T22:00:00.000Z");
    CHECK(Contains(Run({"plan", "--data", kPlanFixture, "--now", "2026-11-24T03:00:00-05:00"}).Out,
                   "(UTC-05:00)"));
}

TEST_CASE("plan --time --repeat reports the median planning time on stderr") {
    const std::size_t follow_ups = PlanJson()["follow_ups"].size();
    const Result r =
        Run({"plan", "--data", kPlanFixture, "--now", kPlanNow, "--time", "--repeat", "3", "--json"});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Err.rfind("planned " + std::to_string(follow_ups) + " follow-ups for 5 candidates in ", 0) == 0);
    CHECK(Contains(r.Err, " ms (median of 3 runs; the first took "));
    CHECK(nlohmann::json::parse(r.Out) == PlanJson());  // The output is unchanged.
}

TEST_CASE("ics writes one event per open follow-up, in CRLF lines, to stdout or --out") {
    const nlohmann::json plan = PlanJson();
    const int open = OpenCount(plan);
    const Result r = Run({"ics", "--data", kPlanFixture, "--now", kPlanNow});
    CHECK(r.Code == debrief::cli::kExitOk);
    CHECK(r.Err.empty());
    CHECK(r.Out.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    CHECK(CountOf(r.Out, "BEGIN:VEVENT\r\n") == open);
    CHECK(CountOf(r.Out, "\n") == CountOf(r.Out, "\r\n"));
    CHECK(CountOf(r.Out, "TRIGGER:-PT30M\r\n") == open);
    CHECK_FALSE(Contains(r.Out, "@"));  // No email, in UIDs or anywhere else.
    // Every open follow-up's UID, and none of the others'.
    for (const nlohmann::json& f : plan["follow_ups"]) {
        const bool is_open =
            f["status"] == "overdue" || f["status"] == "due_today" || f["status"] == "upcoming";
        CHECK(Contains(r.Out, "\r\nUID:" + debrief::IcsUid(f["key"].get<std::string>()) + "\r\n") == is_open);
    }

    const TempFile out(".ics", "");
    const Result written =
        Run({"ics", "--data", kPlanFixture, "--now", kPlanNow, "--out", out.Name(), "--alarm", "10"});
    CHECK(written.Code == debrief::cli::kExitOk);
    CHECK(written.Out == "Wrote " + std::to_string(open) + " open follow-ups to " + out.Name() + "\n");
    std::ifstream in(out.Name(), std::ios::binary);
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    CHECK(CountOf(file, "TRIGGER:-PT10M\r\n") == open);
    std::string same = r.Out;
    for (std::size_t at = same.find("-PT30M"); at != std::string::npos; at = same.find("-PT30M", at))
        same.replace(at, 6, "-PT10M");
    CHECK(file == same);
}

TEST_CASE("plan and ics say what is wrong with the command line, the file or its records") {
    for (const char* command : {"plan", "ics"}) {
        CAPTURE(command);
        const Result bad_now = Run({command, "--data", kPlanFixture, "--now", "next tuesday"});
        CHECK(bad_now.Code == debrief::cli::kExitUsage);
        CHECK(Contains(bad_now.Err, "--now takes a date and time like 2026-11-24T09:00:00Z"));
        CHECK(Contains(bad_now.Err, "not \"next tuesday\""));
        CHECK(bad_now.Out.empty());
        // Without a zone the moment is ambiguous.
        CHECK(Run({command, "--data", kPlanFixture, "--now", "2026-11-24T09:00:00"}).Code ==
              debrief::cli::kExitUsage);

        const Result no_data = Run({command, "--now", kPlanNow});
        CHECK(no_data.Code == debrief::cli::kExitUsage);
        CHECK(Contains(no_data.Err, std::string(command) + " needs --data and --now"));
        CHECK(Contains(no_data.Err,
                       std::string("Usage: debrief ") + command + " --data BACKUP.json --now DATETIME"));

        const Result unknown = Run({command, "--data", kPlanFixture, "--now", kPlanNow, "--frobnicate"});
        CHECK(unknown.Code == debrief::cli::kExitUsage);
        CHECK(Contains(unknown.Err, "does not know '--frobnicate'"));

        const Result missing = Run({command, "--data", kPlanFixture + ".missing", "--now", kPlanNow});
        CHECK(missing.Code == debrief::cli::kExitFailure);
        CHECK(missing.Err ==
              "debrief: cannot read '" + kPlanFixture + ".missing': No such file or directory\n");

        nlohmann::json doc = nlohmann::json::parse(SampleBackup());
        doc["candidates"][0]["email"] = 42;
        doc["interviews"][0]["starts_at"] = "soon";
        const TempFile broken(".json", doc.dump());
        const Result unreadable = Run({command, "--data", broken.Name(), "--now", kPlanNow});
        CHECK(unreadable.Code == debrief::cli::kExitFailure);
        CHECK(unreadable.Out.empty());
        CHECK(Contains(unreadable.Err, " is not a backup Debrief can read (2 problems):\n"));
        CHECK(Contains(unreadable.Err, "\n  candidates[0].email: must be text, not a number\n"));
        CHECK(Contains(unreadable.Err, "starts_at: must be a date and time"));
    }
    CHECK(Run({"plan", "--data", kPlanFixture, "--now", kPlanNow, "--repeat", "0"}).Code ==
          debrief::cli::kExitUsage);
    CHECK(Run({"ics", "--data", kPlanFixture, "--now", kPlanNow, "--json"}).Code == debrief::cli::kExitUsage);
    CHECK(Run({"ics", "--data", kPlanFixture, "--now", kPlanNow, "--alarm", "-5"}).Code ==
          debrief::cli::kExitUsage);
}

TEST_CASE("the usage text lists plan and ics") {
    const std::string help = Run({"--help"}).Out;
    CHECK(Contains(help, "debrief plan --data BACKUP.json --now DATETIME [--json] [--time [--repeat N]]"));
    CHECK(Contains(help, "debrief ics --data BACKUP.json --now DATETIME"));
}
