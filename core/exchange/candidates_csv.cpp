// Candidates to and from CSV. The rules, and the reasons for them, are described in the header.
#include "core/exchange/candidates_csv.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/records/record_json.h"
#include "core/records/validation.h"
#include "core/text/search_fold.h"
#include "core/time/time.h"

namespace debrief {

// [SECTION] Field names and column headers

namespace {

constexpr std::array<const char*, kCandidateFieldCount> kFieldLabels = {
    "Don't import", "Full name",    "First name",   "Last name",    "Preferred name",
    "Email",        "Phone",        "Role (title)", "Stage",        "Status",
    "Source",       "Consent date", "Talent pool",  "Retain until", "Notes",
};

// Header names as Normalized() leaves them, and the field each one suggests.
struct Synonym {
    std::string_view Name;
    CandidateField Field;
};

using F = CandidateField;
constexpr Synonym kSynonyms[] = {
    {"name", F::FullName},
    {"fullname", F::FullName},
    {"candidate", F::FullName},
    {"candidatename", F::FullName},
    {"applicant", F::FullName},
    {"applicantname", F::FullName},
    {"firstname", F::FirstName},
    {"givenname", F::FirstName},
    {"forename", F::FirstName},
    {"lastname", F::LastName},
    {"surname", F::LastName},
    {"familyname", F::LastName},
    {"preferredname", F::PreferredName},
    {"knownas", F::PreferredName},
    {"nickname", F::PreferredName},
    {"email", F::Email},  // Also "E-mail": folding drops the hyphen.
    {"emailaddress", F::Email},
    {"mail", F::Email},
    {"phone", F::Phone},
    {"phonenumber", F::Phone},
    {"mobile", F::Phone},
    {"mobilenumber", F::Phone},
    {"mobilephone", F::Phone},
    {"telephone", F::Phone},
    {"telephonenumber", F::Phone},
    {"tel", F::Phone},
    {"role", F::Role},
    {"roletitle", F::Role},  // Our own label, "Role (title)".
    {"position", F::Role},
    {"job", F::Role},
    {"jobtitle", F::Role},
    {"vacancy", F::Role},
    {"stage", F::Stage},
    {"step", F::Stage},
    {"status", F::Status},
    {"source", F::Source},
    {"channel", F::Source},
    {"referredby", F::Source},
    {"consentdate", F::ConsentDate},
    {"gdprconsent", F::ConsentDate},
    {"gdprconsentdate", F::ConsentDate},
    {"talentpool", F::TalentPoolConsent},
    {"talentpoolconsent", F::TalentPoolConsent},
    {"retainuntil", F::RetainUntil},
    {"deleteafter", F::RetainUntil},
    {"retention", F::RetainUntil},
    {"retentiondate", F::RetainUntil},
    {"notes", F::Notes},
    {"note", F::Notes},
    {"comments", F::Notes},
    {"comment", F::Notes},
};

// The exported columns, in order, with their headers; each header is a synonym of its field.
struct ExportColumn {
    CandidateField Field;
    const char* Header;
};
constexpr ExportColumn kExportColumns[] = {
    {F::FullName, "Full name"},
    {F::PreferredName, "Preferred name"},
    {F::Email, "Email"},
    {F::Phone, "Phone"},
    {F::Role, "Role"},
    {F::Stage, "Stage"},
    {F::Status, "Status"},
    {F::Source, "Source"},
    {F::ConsentDate, "Consent date"},
    {F::TalentPoolConsent, "Talent pool"},
    {F::RetainUntil, "Retain until"},
    {F::Notes, "Notes"},
};

// Folded for search (lower case, no accents), then only letters and digits: "E-mail address",
// "email_address" and "EMAIL ADDRESS" all become "emailaddress". Letters outside ASCII that
// folding keeps (Greek, Cyrillic, CJK) are kept too.
std::string Normalized(std::string_view text) {
    std::string out;
    for (const char c : FoldForSearch(text)) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80) out += c;
    }
    return out;
}

std::size_t Index(CandidateField field) { return static_cast<std::size_t>(field); }

}  // namespace

const char* FieldLabel(CandidateField field) { return kFieldLabels[Index(field)]; }

std::vector<CandidateField> SuggestMapping(const csv::Row& header) {
    std::vector<CandidateField> mapping;
    std::array<bool, kCandidateFieldCount> taken = {};
    for (const std::string& cell : header) {
        const std::string name = Normalized(cell);
        CandidateField field = CandidateField::Ignore;
        for (const Synonym& synonym : kSynonyms)
            if (synonym.Name == name) field = synonym.Field;
        if (taken[Index(field)]) field = CandidateField::Ignore;  // The first column naming it wins.
        if (field != CandidateField::Ignore) taken[Index(field)] = true;
        mapping.push_back(field);
    }
    return mapping;
}

// [SECTION] Reading cells

namespace {

std::string_view Trimmed(std::string_view text) {
    constexpr std::string_view kSpace = " \t\r\n";
    const std::size_t first = text.find_first_not_of(kSpace);
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(kSpace) - first + 1);
}

// A cell's text as imported: trimmed, and without the "'" that protects a formula-like start.
std::string CellText(std::string_view cell) {
    cell = Trimmed(cell);
    if (cell.size() >= 2 && cell.front() == '\'' &&
        std::string_view("=+-@").find(cell[1]) != std::string_view::npos)
        cell.remove_prefix(1);
    return std::string(cell);
}

// A cell quoted in a problem: "Rejected". A long one is cut (at a character boundary) with "…", so
// a damaged file does not fill the problem list with whole paragraphs.
std::string Quoted(std::string_view text) {
    constexpr std::size_t kMaxQuoted = 60;
    std::string out = "\"";
    if (text.size() <= kMaxQuoted) return out.append(text).append("\"");
    std::size_t cut = kMaxQuoted;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // Not mid-character.
    return out.append(text.substr(0, cut)).append("\u2026\"");
}

bool ReadStatus(std::string_view text, CandidateStatus& out) {
    const std::string wanted = Normalized(text);
    for (int i = 0; i < kCandidateStatusCount; ++i) {
        const auto status = static_cast<CandidateStatus>(i);
        if (wanted == Normalized(ToString(status)) || wanted == Normalized(Label(status))) {
            out = status;
            return true;
        }
    }
    return false;
}

std::optional<bool> ReadYesNo(std::string_view text) {
    std::string lower(text);
    for (char& c : lower)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (lower == "yes" || lower == "y" || lower == "true" || lower == "1") return true;
    if (lower == "no" || lower == "n" || lower == "false" || lower == "0") return false;
    return std::nullopt;
}

// Splits "a<sep>b<sep>c" into three runs of one to four digits; false for anything else.
bool SplitNumbers(std::string_view text, char separator, int (&values)[3], std::size_t (&widths)[3]) {
    for (int part = 0; part < 3; ++part) {
        const std::size_t end = part < 2 ? text.find(separator) : text.size();
        if (end == std::string_view::npos || end == 0 || end > 4) return false;
        values[part] = 0;
        for (std::size_t i = 0; i < end; ++i) {
            if (text[i] < '0' || text[i] > '9') return false;
            values[part] = values[part] * 10 + (text[i] - '0');
        }
        widths[part] = end;
        text.remove_prefix(part < 2 ? end + 1 : end);
    }
    return true;
}

std::string DescribeCivil(Date date) {  // "3 April 2026"
    static constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};
    const CivilDate c = ToCivil(date);
    return std::to_string(c.Day) + " " + kMonths[c.Month - 1] + " " + std::to_string(c.Year);
}

struct DateCell {
    std::optional<Date> Value;
    std::string Problem;  // Why the cell was left empty; empty when Value is set.
};

// YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY, DD.MM.YYYY (one- or two-digit day and month, except in the
// first form). a/b/YYYY is read day first; when month first gives another real date too, the cell
// is ambiguous and refused. Dotted dates are day first wherever they are written.
DateCell ReadDate(std::string_view text) {
    if (const std::optional<Date> iso = ParseDate(text)) return {iso, {}};
    DateCell out;
    const char separator = text.find('/') != std::string_view::npos   ? '/'
                           : text.find('.') != std::string_view::npos ? '.'
                                                                      : '\0';
    int v[3] = {};
    std::size_t w[3] = {};
    if (separator != '\0' && SplitNumbers(text, separator, v, w)) {
        if (separator == '/' && w[0] == 4 && w[1] <= 2 && w[2] <= 2) {
            out.Value = DateFromCivil({v[0], v[1], v[2]});
        } else if (w[0] <= 2 && w[1] <= 2 && w[2] == 4) {
            const std::optional<Date> day_first = DateFromCivil({v[2], v[1], v[0]});
            const std::optional<Date> month_first = DateFromCivil({v[2], v[0], v[1]});
            if (separator == '/' && day_first && month_first && *day_first != *month_first) {
                out.Problem = Quoted(text) + " could be " + DescribeCivil(*day_first) + " or " +
                              DescribeCivil(*month_first) +
                              ", so it was left empty; write dates as YYYY-MM-DD";
                return out;
            }
            out.Value = day_first;
        }
    }
    if (!out.Value)
        out.Problem = Quoted(text) + " is not a date Debrief can read, so it was left empty; write dates as "
                                     "YYYY-MM-DD";
    return out;
}

// Roles by folded title. When several roles share a title, an open one is preferred, then the
// oldest, so the choice does not depend on hash order.
class RoleIndex {
  public:
    explicit RoleIndex(const Database& db) {
        for (const auto& [id, role] : db.Roles()) {
            const Role*& best = ByTitle[FoldForSearch(Trimmed(role.Title))];
            if (!best || Better(role, *best)) best = &role;
        }
    }
    const Role* Find(std::string_view title) const {
        const auto it = ByTitle.find(FoldForSearch(title));
        return it == ByTitle.end() ? nullptr : it->second;
    }

  private:
    static bool Better(const Role& a, const Role& b) {
        if (a.Open != b.Open) return a.Open;
        if (a.Created != b.Created) return a.Created < b.Created;
        return a.Id < b.Id;
    }
    std::unordered_map<std::string, const Role*> ByTitle;
};

// The field a validation issue names (validation.h's form fields are the JSON names).
CandidateField FieldOfFormField(std::string_view name) {
    static constexpr std::pair<std::string_view, CandidateField> kFormFields[] = {
        {"full_name", F::FullName},
        {"preferred_name", F::PreferredName},
        {"email", F::Email},
        {"phone", F::Phone},
        {"role_id", F::Role},
        {"stage", F::Stage},
        {"status", F::Status},
        {"source", F::Source},
        {"consent_date", F::ConsentDate},
        {"talent_pool_consent", F::TalentPoolConsent},
        {"retain_until", F::RetainUntil},
        {"notes", F::Notes},
    };
    for (const auto& [form_field, field] : kFormFields)
        if (form_field == name) return field;
    return F::Ignore;
}

// One data row, read through the mapping: each field's text and the column it came from.
class RowReader {
  public:
    RowReader(const csv::Row& header, const std::vector<CandidateField>& mapping, const csv::Row& row,
              std::size_t row_number)
        : Header(header), RowNumber(row_number) {
        Column.fill(kNoColumn);
        for (std::size_t i = 0; i < mapping.size(); ++i) {
            const std::size_t f = Index(mapping[i]);
            if (mapping[i] == F::Ignore || !Text[f].empty()) continue;
            Text[f] = CellText(i < row.size() ? row[i] : std::string());
            // The first column mapped to the field names it in problems until one has text.
            if (Column[f] == kNoColumn || !Text[f].empty()) Column[f] = i;
        }
    }

    const std::string& operator[](CandidateField field) const { return Text[Index(field)]; }

    std::string Path() const { return "row " + std::to_string(RowNumber); }
    std::string Path(CandidateField field) const {  // "row 7, E-mail"
        const std::size_t column = field == F::Ignore ? kNoColumn : Column[Index(field)];
        if (column == kNoColumn) return Path();
        const std::string_view name = column < Header.size() ? Trimmed(Header[column]) : std::string_view();
        return Path() + ", " + (name.empty() ? "column " + std::to_string(column + 1) : std::string(name));
    }

  private:
    static constexpr std::size_t kNoColumn = static_cast<std::size_t>(-1);
    const csv::Row& Header;
    std::size_t RowNumber;
    std::array<std::string, kCandidateFieldCount> Text;
    std::array<std::size_t, kCandidateFieldCount> Column;
};

bool IsBlank(const csv::Row& row) {
    return std::all_of(row.begin(), row.end(), [](const std::string& cell) { return Trimmed(cell).empty(); });
}

bool MapsName(const std::vector<CandidateField>& mapping) {
    return std::any_of(mapping.begin(), mapping.end(), [](CandidateField f) {
        return f == F::FullName || f == F::FirstName || f == F::LastName;
    });
}

}  // namespace

// [SECTION] Importing

CandidateImport BuildCandidates(const csv::Table& rows, const std::vector<CandidateField>& mapping,
                                const Database& db) {
    CandidateImport result;
    if (rows.empty()) {
        result.Issues.push_back({"", "The file is empty: there is nothing to import."});
        return result;
    }
    if (rows.size() == 1) {
        result.Issues.push_back({"", "The file has a header row but no candidates below it."});
        return result;
    }
    if (!MapsName(mapping)) {
        result.Issues.push_back({"", "No column is imported as the name (Full name, or First name and Last "
                                     "name), so no row can be imported."});
        result.SkippedRows = static_cast<std::size_t>(
            std::count_if(rows.begin() + 1, rows.end(), [](const csv::Row& row) { return !IsBlank(row); }));
        return result;
    }

    const RoleIndex roles(db);
    std::unordered_set<std::string> new_roles_seen;  // Folded titles already in NewRoleTitles.
    Problems& issues = result.Issues;
    for (std::size_t r = 1; r < rows.size(); ++r) {
        if (IsBlank(rows[r])) continue;
        const RowReader cells(rows.front(), mapping, rows[r], r + 1);

        Candidate c;
        c.FullName = cells[F::FullName];
        if (c.FullName.empty()) {
            c.FullName = cells[F::FirstName];
            if (!c.FullName.empty() && !cells[F::LastName].empty()) c.FullName += ' ';
            c.FullName += cells[F::LastName];
        }
        if (c.FullName.empty()) {
            issues.push_back({cells.Path(), "has no name, so it was not imported"});
            ++result.SkippedRows;
            continue;
        }
        c.PreferredName = cells[F::PreferredName];
        c.Email = cells[F::Email];
        c.Phone = cells[F::Phone];
        c.Stage = cells[F::Stage];
        c.Source = cells[F::Source];
        c.Notes = cells[F::Notes];

        bool skip = false;
        // Storage refuses longer text (record_json.h); better to say so now than fail on saving.
        const std::pair<const std::string*, CandidateField> texts[] = {
            {&c.FullName, F::FullName}, {&c.PreferredName, F::PreferredName},
            {&c.Email, F::Email},       {&c.Phone, F::Phone},
            {&c.Stage, F::Stage},       {&c.Source, F::Source},
            {&c.Notes, F::Notes},
        };
        for (const auto& [text, field] : texts) {
            const std::size_t limit = field == F::Notes ? kMaxLongText : kMaxShortText;
            if (text->size() <= limit) continue;
            issues.push_back({cells.Path(field), "is too long (" + std::to_string(text->size()) +
                                                     " bytes; at most " + std::to_string(limit) +
                                                     "), so the row was not imported"});
            skip = true;
        }

        std::string new_role;
        if (const std::string& title = cells[F::Role]; !title.empty()) {
            if (const Role* role = roles.Find(title)) {
                c.RoleId = role->Id;
                // Use the role's own spelling of the stage: "final interview" is "Final interview".
                for (const std::string& stage : role->Stages)
                    if (!c.Stage.empty() && FoldForSearch(stage) == FoldForSearch(c.Stage)) c.Stage = stage;
            } else {
                issues.push_back(
                    {cells.Path(F::Role),
                     Quoted(title) + " is not the title of any role yet, so the candidate has no role"});
                new_role = title;
            }
        }
        if (const std::string& status = cells[F::Status]; !status.empty() && !ReadStatus(status, c.Status))
            issues.push_back({cells.Path(F::Status),
                              Quoted(status) + " is not a status (Active, On hold, Offered, Hired, Not "
                                               "selected or Withdrawn), so Active was used"});
        for (const auto& [date, field] :
             {std::pair{&c.ConsentDate, F::ConsentDate}, std::pair{&c.RetainUntil, F::RetainUntil}}) {
            if (cells[field].empty()) continue;
            DateCell read = ReadDate(cells[field]);
            *date = read.Value;
            if (!read.Value) issues.push_back({cells.Path(field), std::move(read.Problem)});
        }
        if (const std::string& consent = cells[F::TalentPoolConsent]; !consent.empty()) {
            const std::optional<bool> yes = ReadYesNo(consent);
            c.TalentPoolConsent = yes.value_or(false);
            if (!yes)
                issues.push_back({cells.Path(F::TalentPoolConsent),
                                  Quoted(consent) + " is not yes or no, so no consent was recorded"});
        }

        for (const FieldIssue& issue : CheckCandidate(c, db)) {
            if (issue.Level != Severity::Error) continue;  // Warnings wait for the candidate's form.
            issues.push_back(
                {cells.Path(FieldOfFormField(issue.Field)), issue.Message + " The row was not imported."});
            skip = true;
        }

        if (skip) {
            ++result.SkippedRows;
            continue;
        }
        if (!new_role.empty() && new_roles_seen.insert(FoldForSearch(new_role)).second)
            result.NewRoleTitles.push_back(new_role);
        result.Candidates.push_back(std::move(c));
    }
    return result;
}

// [SECTION] Exporting

namespace {

std::string ExportCell(const Database& db, const Candidate& c, CandidateField field) {
    const auto date = [](const std::optional<Date>& d) { return d ? FormatDate(*d) : std::string(); };
    switch (field) {
    case F::FullName: return c.FullName;
    case F::PreferredName: return c.PreferredName;
    case F::Email: return c.Email;
    case F::Phone: return c.Phone;
    case F::Role: {
        const Role* role = c.RoleId.empty() ? nullptr : db.FindRole(c.RoleId);
        return role ? role->Title : std::string();
    }
    case F::Stage: return c.Stage;
    case F::Status: return Label(c.Status);
    case F::Source: return c.Source;
    case F::ConsentDate: return date(c.ConsentDate);
    case F::TalentPoolConsent: return c.TalentPoolConsent ? "yes" : "no";
    case F::RetainUntil: return date(c.RetainUntil);
    case F::Notes: return c.Notes;
    case F::Ignore:
    case F::FirstName:
    case F::LastName: break;  // Not exported: the full name is.
    }
    return {};
}

}  // namespace

csv::Table CandidatesToTable(const Database& db, const std::vector<const Candidate*>& candidates) {
    csv::Table table;
    table.reserve(candidates.size() + 1);
    csv::Row header;
    for (const ExportColumn& column : kExportColumns) header.push_back(csv::NeutralizeFormula(column.Header));
    table.push_back(std::move(header));
    for (const Candidate* c : candidates) {
        csv::Row row;
        row.reserve(std::size(kExportColumns));
        for (const ExportColumn& column : kExportColumns)
            row.push_back(csv::NeutralizeFormula(ExportCell(db, *c, column.Field)));
        table.push_back(std::move(row));
    }
    return table;
}

std::string ExportCandidatesCsv(const Database& db, const std::vector<const Candidate*>& candidates) {
    return csv::Write(CandidatesToTable(db, candidates), {.Bom = true});
}

}  // namespace debrief
