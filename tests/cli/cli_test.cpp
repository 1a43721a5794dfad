#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "core/build_info.h"
#include "core/exchange/backup.h"
#include "core/records/ids.h"
#include "core/records/schema.h"
#include "core/sample_records.h"

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
