#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/exchange/backup.h"
#include "core/records/record_json.h"
#include "core/records/schema.h"
#include "sample_records.h"

using namespace debrief;
using nlohmann::json;

namespace {

Database SampleData() {
    Database db;
    const Role role = samples::Bookkeeper();
    const Candidate zoe = samples::Zoe(role.Id);
    const Interview interview = samples::PanelInterview(zoe.Id);
    db.Put(role);
    db.Put(zoe);
    db.Put(interview);
    db.Put(samples::NoteBy(interview, "Amara Okafor"));
    return db;
}

const BuildInfo kBuild{"0.1.0", "test"};

bool HasProblem(const BackupCheck& check, const std::string& path, const std::string& reason_part) {
    for (const Problem& p : check.Issues)
        if (p.Path == path && p.Reason.find(reason_part) != std::string::npos) return true;
    return false;
}

std::string ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("an export reads back as the same records, and exports identically again") {
    const Database db = SampleData();
    const std::string file = ExportBackup(db, kBuild);
    const BackupCheck check = CheckBackup(file);
    INFO(samples::FirstProblem(check.Issues));
    REQUIRE(check.Ok());
    CHECK(check.SchemaVersion == kSchemaVersion);
    CHECK(check.RecordCount == 4);
    CHECK(check.Records.Count(Collection::Notes) == 1);
    CHECK(ExportBackup(check.Records, kBuild) == file);
}

TEST_CASE("an export is deterministic: one record per line, sorted by id") {
    const std::string file = ExportBackup(SampleData(), kBuild);
    CHECK(file.rfind("{\"format\":\"debrief-backup\",\"schema\":" + std::to_string(kSchemaVersion) + ",", 0) == 0);
    std::size_t lines = 0;
    for (char c : file) lines += c == '\n';
    CHECK(lines == 1 + 4 + kCollectionCount + 1);  // header line, 4 records, a list ending each, closing brace
}

TEST_CASE("broken JSON is reported with line and column, and nothing is read") {
    std::string file = ExportBackup(SampleData(), kBuild);
    file.resize(file.size() / 2);  // Cut short, as a failed download would.
    const BackupCheck check = CheckBackup(file);
    REQUIRE(check.Issues.size() == 1);
    CHECK(check.Issues[0].Reason.find("not valid JSON") != std::string::npos);
    CHECK(check.Issues[0].Reason.find("line ") != std::string::npos);
    CHECK(check.RecordCount == 0);
}

TEST_CASE("files that are not backups are named as such") {
    CHECK(HasProblem(CheckBackup(""), "", "empty"));
    CHECK(HasProblem(CheckBackup("[1,2,3]"), "", "not a Debrief backup"));
    CHECK(HasProblem(CheckBackup("{\"format\":\"other\"}"), "format", "not a Debrief backup"));
    CHECK(HasProblem(CheckBackup("{\"format\":\"debrief-backup\"}"), "schema", "missing"));
}

TEST_CASE("a backup from a newer version is refused with advice") {
    const BackupCheck check = CheckBackup("{\"format\":\"debrief-backup\",\"schema\":99,\"candidates\":[]}");
    CHECK(HasProblem(check, "schema", "newer version of Debrief"));
}

TEST_CASE("deep nesting is refused before parsing") {
    std::string deep = "{\"format\":\"debrief-backup\",\"schema\":1,\"x\":";
    for (int i = 0; i < 100000; ++i) deep += '[';
    const BackupCheck check = CheckBackup(deep);
    REQUIRE(check.Issues.size() == 1);
    CHECK(check.Issues[0].Reason.find("levels deep") != std::string::npos);
    CHECK(JsonNestingDepth("{\"a\":\"[[[[\",\"b\":[{}]}") == 3);
    CHECK(JsonNestingDepth("\"\\\"[\"") == 0);
}

TEST_CASE("oversized files are refused by size alone") {
    // A string view over a fake size would do, but a real buffer keeps the test honest.
    const std::string big(kMaxBackupBytes + 1, ' ');
    const BackupCheck check = CheckBackup(big);
    REQUIRE(check.Issues.size() == 1);
    CHECK(check.Issues[0].Reason.find("at most") != std::string::npos);
}

TEST_CASE("every bad record is reported with its path, and references are checked") {
    json doc = json::parse(ExportBackup(SampleData(), kBuild));
    doc["candidates"][0]["email"] = false;
    doc["interviews"][0]["candidate_id"] = NewRecordId();  // A candidate not in the file.
    doc["notes"].push_back(doc["notes"][0]);               // The same note twice.
    doc["roles"] = "not a list";
    BackupCheck check = CheckBackup(doc.dump());
    CHECK(HasProblem(check, "candidates[0].email", "must be text"));
    CHECK(HasProblem(check, "roles", "must be a list"));
    CHECK(HasProblem(check, "notes[1].id", "repeats the id"));
    // References are only checked once every record reads cleanly.
    doc["candidates"][0]["email"] = "zoe@example.org";
    doc["roles"] = json::array();
    doc["notes"].erase(1);
    doc["candidates"][0]["role_id"] = "";
    check = CheckBackup(doc.dump());
    REQUIRE(check.Issues.size() ==
            2);  // The interview's candidate, and the note whose interview points elsewhere.
    CHECK(check.Issues[0].Reason.find("which is not in the file") != std::string::npos);
}

TEST_CASE("a backup of every schema version up to this one reads and migrates") {
    // One file per version lives in tests/core/fixtures; adding a version requires adding its file.
    for (int version = kOldestSchemaVersion; version <= kSchemaVersion; ++version) {
        const std::string path =
            std::string(DEBRIEF_FIXTURES_DIR) + "/backup-v" + std::to_string(version) + ".json";
        INFO(path);
        const std::string text = ReadFile(path);
        REQUIRE_FALSE(text.empty());
        const BackupCheck check = CheckBackup(text);
        INFO(samples::FirstProblem(check.Issues));
        CHECK(check.Ok());
        CHECK(check.SchemaVersion == version);
        CHECK(check.Records.Count(Collection::Candidates) >= 1);
        CHECK(check.Records.Count(Collection::Notes) >= 1);
        if (version >= 3) {  // Workshops' results and imported cards came with version 3.
            CHECK(check.Records.Count(Collection::ExerciseResults) >= 1);
            CHECK(check.Records.Count(Collection::ScenarioCards) >= 1);
        }
    }
}

TEST_CASE("a record cannot be migrated from an unknown version") {
    json record = json::object();
    Problems problems;
    CHECK_FALSE(MigrateRecord(Collection::Roles, record, kSchemaVersion + 1, problems, "roles[0]"));
    CHECK_FALSE(MigrateRecord(Collection::Roles, record, 0, problems, "roles[0]"));
    CHECK(problems.size() == 2);
    CHECK(MigrateRecord(Collection::Roles, record, kSchemaVersion, problems, "roles[0]"));
}
