// Candidate CSV import and export (core/exchange/candidates_csv.h), from the file a person brings.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/exchange/candidates_csv.h"
#include "core/exchange/csv.h"
#include "core/records/database.h"
#include "core/records/record_json.h"
#include "sample_records.h"

using namespace debrief;
using F = CandidateField;

namespace {

std::vector<std::string> Lines(const Problems& problems) {
    std::vector<std::string> lines;
    for (const Problem& p : problems) lines.push_back(Describe(p));
    return lines;
}

// What the import screen does with the person's file when they accept the suggested mapping.
CandidateImport Import(std::string_view file, const Database& db = Database()) {
    const csv::ParseResult parsed = csv::ParseAll(file);
    return BuildCandidates(parsed.Rows,
                           parsed.Rows.empty() ? std::vector<F>() : SuggestMapping(parsed.Rows[0]), db);
}

std::vector<std::string> Names(const CandidateImport& import) {
    std::vector<std::string> names;
    for (const Candidate& c : import.Candidates) names.push_back(c.FullName);
    return names;
}

Role CafeManager() {
    Role r = samples::Bookkeeper();
    r.Title = "Café manager";
    r.Team = "Front of house";
    return r;
}

}  // namespace

// [SECTION] Mapping columns

TEST_CASE("column names and their common synonyms suggest fields, ignoring case, accents and punctuation") {
    const csv::Row header = {
        "Candidate name", "E-mail",      "MOBILE",          "Position",    "Step",
        "status",         "Referred by", "GDPR consent",    "Talent pool", "Delete after",
        "Comments",       "Notes 2",     "Favourite colour"};
    CHECK(SuggestMapping(header) == std::vector<F>{F::FullName, F::Email, F::Phone, F::Role, F::Stage,
                                                   F::Status, F::Source, F::ConsentDate, F::TalentPoolConsent,
                                                   F::RetainUntil, F::Notes, F::Ignore, F::Ignore});

    const std::vector<std::pair<std::string, F>> synonyms = {
        {"Name", F::FullName},
        {"full_name", F::FullName},
        {"Candidate", F::FullName},
        {"Email address", F::Email},
        {"Mail", F::Email},
        {"e-mail", F::Email},
        {"Phone", F::Phone},
        {"Téléphone", F::Phone},
        {"Tel.", F::Phone},
        {"Job", F::Role},
        {"ROLE", F::Role},
        {"Vacancy", F::Role},
        {"Stage", F::Stage},
        {"Source", F::Source},
        {"Channel", F::Source},
        {"Consent date", F::ConsentDate},
        {"Retain until", F::RetainUntil},
        {"Retention", F::RetainUntil},
        {"  Notes  ", F::Notes},
        {"Preferred name", F::PreferredName},
        {"", F::Ignore},
        {"Salary", F::Ignore},
    };
    for (const auto& synonym : synonyms) {  // Not a structured binding: clang 14 cannot capture one in INFO.
        INFO("header: " << synonym.first);
        CHECK(SuggestMapping({synonym.first}) == std::vector<F>{synonym.second});
    }
}

TEST_CASE("every field's label suggests that field again") {
    for (int i = 1; i < kCandidateFieldCount; ++i) {
        const auto field = static_cast<F>(i);
        INFO("label: " << FieldLabel(field));
        CHECK(SuggestMapping({FieldLabel(field)}) == std::vector<F>{field});
    }
    CHECK(std::string(FieldLabel(F::Ignore)) == "Don't import");
    CHECK(std::string(FieldLabel(F::Role)) == "Role (title)");
}

TEST_CASE("a field goes to the first column that names it and later columns are not imported") {
    CHECK(SuggestMapping({"Email", "E-mail", "Name", "Full name", "Mobile", "Phone"}) ==
          std::vector<F>{F::Email, F::Ignore, F::FullName, F::Ignore, F::Phone, F::Ignore});
}

// [SECTION] Building candidates

TEST_CASE("first and last name columns are joined into the full name, unless a full name is given") {
    CHECK(SuggestMapping({"First name", "Surname"}) == std::vector<F>{F::FirstName, F::LastName});
    const CandidateImport import = Import("First name,Last name,Email\n"
                                          "Ada,Lovelace,ada@example.org\n"
                                          "Prince,,prince@example.org\n"
                                          ",Cher,cher@example.org\n");
    CHECK(Names(import) == std::vector<std::string>{"Ada Lovelace", "Prince", "Cher"});
    CHECK(import.Issues.empty());

    const CandidateImport with_full = Import("Given name,Family name,Name,Email\n"
                                             "Ada,Lovelace,Augusta Ada King,ada@example.org\n"
                                             "Grace,Hopper,,grace@example.org\n");
    CHECK(Names(with_full) == std::vector<std::string>{"Augusta Ada King", "Grace Hopper"});
}

TEST_CASE("a row without a name is skipped with its row number, and blank rows are not data") {
    const CandidateImport import = Import("Name,Email\n"
                                          "Ada,ada@example.org\n"
                                          ",nobody@example.org\n"
                                          "Grace,grace@example.org\n"
                                          " , \n");
    CHECK(Names(import) == std::vector<std::string>{"Ada", "Grace"});
    CHECK(import.SkippedRows == 1);
    CHECK(Lines(import.Issues) == std::vector<std::string>{"row 3: has no name, so it was not imported"});
}

TEST_CASE("imported candidates have no id and no revision, for the workspace to assign") {
    const CandidateImport import = Import("Name,Email\nAda,ada@example.org\n");
    REQUIRE(import.Candidates.size() == 1);
    CHECK(import.Candidates[0].Id.empty());
    CHECK(import.Candidates[0].Rev == 0);
    CHECK(import.Candidates[0].Status == CandidateStatus::Active);
}

TEST_CASE("roles are matched by title ignoring case and accents, and unknown titles are listed once") {
    Database db;
    const Role bookkeeper = samples::Bookkeeper();
    const Role cafe = CafeManager();
    db.Put(bookkeeper);
    db.Put(cafe);
    const CandidateImport import = Import("Name,Email,Job,Stage\n"
                                          "Ada,ada@example.org,bookkeeper,final interview\n"
                                          "Zoë,zoe@example.org,CAFE MANAGER,Somewhere else\n"
                                          "Grace,grace@example.org,Barista,Applied\n"
                                          "Kenji,kenji@example.org,barista,\n"
                                          "Amara,amara@example.org,Head Baker,\n",
                                          db);
    REQUIRE(import.Candidates.size() == 5);
    CHECK(import.Candidates[0].RoleId == bookkeeper.Id);
    CHECK(import.Candidates[0].Stage == "Final interview");  // The role's own spelling.
    CHECK(import.Candidates[1].RoleId == cafe.Id);
    CHECK(import.Candidates[1].Stage == "Somewhere else");  // Not a stage of the role: a warning only.
    CHECK(import.Candidates[2].RoleId.empty());
    CHECK(import.Candidates[2].Stage == "Applied");
    CHECK(import.Candidates[3].RoleId.empty());
    CHECK(import.NewRoleTitles == std::vector<std::string>{"Barista", "Head Baker"});
    CHECK(import.SkippedRows == 0);
    CHECK(Lines(import.Issues) ==
          std::vector<std::string>{
              "row 4, Job: \"Barista\" is not the title of any role yet, so the candidate has no role",
              "row 5, Job: \"barista\" is not the title of any role yet, so the candidate has no role",
              "row 6, Job: \"Head Baker\" is not the title of any role yet, so the candidate has no role"});
}

TEST_CASE("statuses are read by stored name or label in any case, and unknown ones become Active") {
    const CandidateImport import = Import("Name,Phone,Status\n"
                                          "A,1,on_hold\n"
                                          "B,1,Not selected\n"
                                          "C,1,HIRED\n"
                                          "D,1,withdrawn\n"
                                          "E,1,Rejected\n"
                                          "F,1,\n");
    REQUIRE(import.Candidates.size() == 6);
    CHECK(import.Candidates[0].Status == CandidateStatus::OnHold);
    CHECK(import.Candidates[1].Status == CandidateStatus::NotSelected);
    CHECK(import.Candidates[2].Status == CandidateStatus::Hired);
    CHECK(import.Candidates[3].Status == CandidateStatus::Withdrawn);
    CHECK(import.Candidates[4].Status == CandidateStatus::Active);
    CHECK(import.Candidates[5].Status == CandidateStatus::Active);
    CHECK(Lines(import.Issues) ==
          std::vector<std::string>{
              "row 6, Status: \"Rejected\" is not a status (Active, On hold, Offered, Hired, "
              "Not selected or Withdrawn), so Active was used"});
}

TEST_CASE("dates are read as YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY and DD.MM.YYYY") {
    const CandidateImport import = Import("Name,Phone,Consent date,Retain until\n"
                                          "A,1,2026-11-03,2027/5/3\n"
                                          "B,1,25/12/2026,3.4.2027\n"
                                          "C,1,04/04/2026,\n");
    CHECK(import.Issues.empty());
    REQUIRE(import.Candidates.size() == 3);
    CHECK(import.Candidates[0].ConsentDate == ParseDate("2026-11-03"));
    CHECK(import.Candidates[0].RetainUntil == ParseDate("2027-05-03"));
    CHECK(import.Candidates[1].ConsentDate == ParseDate("2026-12-25"));
    CHECK(import.Candidates[1].RetainUntil == ParseDate("2027-04-03"));  // Dots: always day first.
    CHECK(import.Candidates[2].ConsentDate == ParseDate("2026-04-04"));  // Either reading is the same day.
    CHECK_FALSE(import.Candidates[2].RetainUntil.has_value());
}

TEST_CASE("a slashed date that reads differently day first and month first is refused as ambiguous") {
    const CandidateImport import = Import("Name,Phone,Consent date\n"
                                          "A,1,03/04/2026\n"
                                          "B,1,03/25/2026\n"
                                          "C,1,2026-02-30\n"
                                          "D,1,next week\n");
    REQUIRE(import.Candidates.size() == 4);  // Still imported, without the date.
    for (const Candidate& c : import.Candidates) CHECK_FALSE(c.ConsentDate.has_value());
    CHECK(
        Lines(import.Issues) ==
        std::vector<std::string>{
            "row 2, Consent date: \"03/04/2026\" could be 3 April 2026 or 4 March 2026, so it was left "
            "empty; write dates as YYYY-MM-DD",
            "row 3, Consent date: \"03/25/2026\" is not a date Debrief can read, so it was left empty; write "
            "dates as YYYY-MM-DD",
            "row 4, Consent date: \"2026-02-30\" is not a date Debrief can read, so it was left empty; write "
            "dates as YYYY-MM-DD",
            "row 5, Consent date: \"next week\" is not a date Debrief can read, so it was left empty; write "
            "dates as YYYY-MM-DD"});
}

TEST_CASE("talent pool consent reads yes and no words in any case, and anything else is no") {
    const CandidateImport import = Import("Name,Phone,Talent pool\n"
                                          "A,1,yes\nB,1,Y\nC,1,TRUE\nD,1,1\n"
                                          "E,1,no\nF,1,n\nG,1,False\nH,1,0\nI,1,\nJ,1,maybe\n");
    REQUIRE(import.Candidates.size() == 10);
    for (std::size_t i = 0; i < import.Candidates.size(); ++i) {
        INFO("row " << i + 2);
        CHECK(import.Candidates[i].TalentPoolConsent == (i < 4));
    }
    CHECK(Lines(import.Issues) ==
          std::vector<std::string>{
              "row 11, Talent pool: \"maybe\" is not yes or no, so no consent was recorded"});

    // A long cell is quoted in part, never cut inside a character.
    const std::string long_value = std::string(59, 'x') + "é and more";
    const CandidateImport long_import =
        Import(std::string("Name,Phone,Talent pool\nA,1,") + long_value + "\n");
    CHECK(Lines(long_import.Issues) ==
          std::vector<std::string>{"row 2, Talent pool: \"" + std::string(59, 'x') +
                                   "…\" is not yes or no, so no consent was recorded"});
}

TEST_CASE("rows with validation errors are skipped with each error and its row; warnings are no problem") {
    const CandidateImport import = Import("Name,E-mail,Phone,Consent date,Retain until\n"
                                          "Ada,ada@example.org,,,\n"
                                          "Bad Email,ada at example,,,\n"
                                          "Backwards,b@example.org,,2026-11-03,2026-01-01\n"
                                          "No Contact,,,,\n"
                                          "Both,x@y,,2026-11-03,2026-01-01\n");
    CHECK(Names(import) == std::vector<std::string>{"Ada", "No Contact"});
    CHECK(import.SkippedRows == 3);
    CHECK(
        Lines(import.Issues) ==
        std::vector<std::string>{
            "row 3, E-mail: This does not look like an email address. The row was not imported.",
            "row 4, Retain until: The retention date is before the consent date. The row was not imported.",
            "row 6, E-mail: This does not look like an email address. The row was not imported.",
            "row 6, Retain until: The retention date is before the consent date. The row was not imported."});
}

TEST_CASE("text longer than storage accepts skips the row with its size") {
    const std::string long_name(kMaxShortText + 1, 'a');
    const CandidateImport import = Import(std::string("Name,Phone\n") + long_name + ",1\nAda,1\n");
    CHECK(Names(import) == std::vector<std::string>{"Ada"});
    CHECK(Lines(import.Issues) ==
          std::vector<std::string>{
              "row 2, Name: is too long (1001 bytes; at most 1000), so the row was not imported"});
}

TEST_CASE("short rows read as padded with empty cells, and cells past the header are ignored") {
    const csv::ParseResult parsed = csv::ParseAll("Name,Email,Phone\n"
                                                  "Ada\n"
                                                  "Grace,grace@example.org,+1 555 0100,extra,more\n");
    CHECK(csv::FindRaggedRows(parsed.Rows).size() == 2);  // The import screen shows these too.
    const CandidateImport import = BuildCandidates(parsed.Rows, SuggestMapping(parsed.Rows[0]), Database());
    REQUIRE(import.Candidates.size() == 2);
    CHECK(import.Candidates[0].FullName == "Ada");
    CHECK(import.Candidates[0].Email.empty());
    CHECK(import.Candidates[1].Phone == "+1 555 0100");
    CHECK(import.Issues.empty());
}

TEST_CASE("a mapping longer than a row, or naming a field twice, reads the first non-empty cell") {
    const csv::Table rows = {{"Work email", "Home email", "Name"},
                             {"", "ada@home.example", "Ada"},
                             {"grace@work.example", "grace@home.example", "Grace"},
                             {"", ""}};
    const CandidateImport import =
        BuildCandidates(rows, {F::Email, F::Email, F::FullName, F::Notes}, Database());
    REQUIRE(import.Candidates.size() == 2);
    CHECK(import.Candidates[0].Email == "ada@home.example");
    CHECK(import.Candidates[1].Email == "grace@work.example");
}

TEST_CASE("cells are trimmed, and only a quote protecting a formula-like start is removed") {
    const CandidateImport import = Import("Name,Phone,Source,Notes\n"
                                          "  Ada  ,'+44 20 7946 0000,'-3,'=SUM(A1)\n"
                                          "'@home,1,'Quoted,O'Brien\n"
                                          "Grace,1,',\"'\tindented\"\n");
    REQUIRE(import.Candidates.size() == 3);
    CHECK(import.Candidates[0].FullName == "Ada");
    CHECK(import.Candidates[0].Phone == "+44 20 7946 0000");
    CHECK(import.Candidates[0].Source == "-3");
    CHECK(import.Candidates[0].Notes == "=SUM(A1)");
    CHECK(import.Candidates[1].FullName == "@home");
    CHECK(import.Candidates[1].Source == "'Quoted");
    CHECK(import.Candidates[1].Notes == "O'Brien");
    CHECK(import.Candidates[2].Source == "'");
    CHECK(import.Candidates[2].Notes == "'\tindented");  // Exported tabs keep their quote (see the header).
}

TEST_CASE("a file without a name column, an empty file and a bare header import nothing and say why") {
    const CandidateImport no_name = Import("Email,Phone\na@example.org,1\nb@example.org,2\n,\n");
    CHECK(no_name.Candidates.empty());
    CHECK(no_name.SkippedRows == 2);
    REQUIRE(no_name.Issues.size() == 1);
    CHECK(no_name.Issues[0].Reason.find("No column is imported as the name") != std::string::npos);

    const CandidateImport empty = Import("");
    CHECK(empty.Candidates.empty());
    CHECK(Lines(empty.Issues) == std::vector<std::string>{"The file is empty: there is nothing to import."});

    const CandidateImport header_only = Import("Name,Email\n");
    CHECK(header_only.Candidates.empty());
    CHECK(Lines(header_only.Issues) ==
          std::vector<std::string>{"The file has a header row but no candidates below it."});
}

// [SECTION] Exporting

TEST_CASE("an export has a BOM, CRLF line ends, the import's column labels and neutralised formulas") {
    Database db;
    const Role role = samples::Bookkeeper();
    db.Put(role);
    Candidate c = samples::Zoe(role.Id);
    c.Phone = "+44 20 7946 0000";
    c.Status = CandidateStatus::NotSelected;
    c.TalentPoolConsent = true;
    c.Notes = "=SUM(A1:A9)";
    Candidate orphan = samples::Zoe("no-such-role");
    orphan.FullName = "@Orphan";
    orphan.ConsentDate.reset();
    orphan.RetainUntil.reset();

    const csv::Table table = CandidatesToTable(db, {&c, &orphan});
    REQUIRE(table.size() == 3);
    CHECK(table[0] == csv::Row{"Full name", "Preferred name", "Email", "Phone", "Role", "Stage", "Status",
                               "Source", "Consent date", "Talent pool", "Retain until", "Notes"});
    CHECK(table[1] == csv::Row{"Zoë Łukasz-Nuñez", "Zoë", "zoe@example.org", "'+44 20 7946 0000",
                               "Bookkeeper", "Interview", "Not selected", "Referral", "2026-11-20", "yes",
                               "2027-05-20", "'=SUM(A1:A9)"});
    CHECK(table[2][0] == "'@Orphan");
    CHECK(table[2][4] == "");  // A role that is gone exports as no role.
    CHECK(table[2][8] == "");
    CHECK(table[2][9] == "no");

    const std::string file = ExportCandidatesCsv(db, {&c});
    CHECK(file.rfind(std::string(csv::kUtf8Bom) +
                         "Full name,Preferred name,Email,Phone,Role,Stage,Status,Source,"
                         "Consent date,Talent pool,Retain until,Notes\r\n",
                     0) == 0);
    CHECK(file.size() >= 2);
    CHECK(file.substr(file.size() - 2) == "\r\n");
    CHECK(file.find("'=SUM(A1:A9)") != std::string::npos);
}

TEST_CASE("exported candidates import back with the same field values, awkward text included") {
    Database db;
    const Role role = samples::Bookkeeper();
    db.Put(role);
    Candidate zoe = samples::Zoe(role.Id);
    zoe.TalentPoolConsent = true;
    Candidate aoife = samples::Zoe(role.Id);
    aoife.FullName = "Aoife O'Brien";
    aoife.PreferredName = "";
    aoife.Email = "";
    aoife.Phone = "+44 20 7946 0000";
    aoife.Status = CandidateStatus::OnHold;
    aoife.Stage = "Final interview";
    aoife.Source = "-3";
    aoife.Notes = "=SUM(A1:A9)";
    Candidate comma;
    comma.FullName = "Lovelace, Ada";
    comma.Email = "ada@example.org";
    comma.Status = CandidateStatus::NotSelected;
    comma.Stage = "Phone screen";  // Free text: no role.
    comma.Notes = "She said \"hi\",\nthen left; \"twice\"";
    comma.RetainUntil = ParseDate("2027-01-31");
    const std::vector<const Candidate*> exported = {&zoe, &aoife, &comma};

    const std::string file = ExportCandidatesCsv(db, exported);
    CHECK(file.find("'=SUM(A1:A9)") != std::string::npos);
    CHECK(file.find("'+44 20 7946 0000") != std::string::npos);
    const CandidateImport back = Import(file, db);
    INFO(samples::FirstProblem(back.Issues));
    CHECK(back.Issues.empty());
    CHECK(back.NewRoleTitles.empty());
    REQUIRE(back.Candidates.size() == exported.size());
    for (std::size_t i = 0; i < exported.size(); ++i) {
        const Candidate& a = *exported[i];
        const Candidate& b = back.Candidates[i];
        INFO("candidate: " << a.FullName);
        CHECK(b.FullName == a.FullName);
        CHECK(b.PreferredName == a.PreferredName);
        CHECK(b.Email == a.Email);
        CHECK(b.Phone == a.Phone);
        CHECK(b.RoleId == a.RoleId);
        CHECK(b.Stage == a.Stage);
        CHECK(b.Status == a.Status);
        CHECK(b.Source == a.Source);
        CHECK(b.ConsentDate == a.ConsentDate);
        CHECK(b.TalentPoolConsent == a.TalentPoolConsent);
        CHECK(b.RetainUntil == a.RetainUntil);
        CHECK(b.Notes == a.Notes);
    }
}
