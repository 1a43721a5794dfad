// Candidates to and from CSV: the import of a spreadsheet's candidate list, and the export back.
//
// Importing takes three steps, so the import screen can show each one: csv::ParseAll() reads the
// file, SuggestMapping() guesses which column holds what from the header, the person corrects
// the guess, and BuildCandidates() turns the rows into candidates plus a list of problems.
// Nothing is stored here: Workspace::AddCandidates() saves the result in one transaction.
//
// How cells are read (BuildCandidates):
// - Spaces, tabs and line breaks around a cell are trimmed. A leading "'" is removed when the rest
//   starts with '=', '+', '-' or '@': that is how our export (and people typing into Excel)
//   protect such text from being run as a formula (csv::NeutralizeFormula()).
// - The name is the Full name column, else First name and Last name joined by a space. A row
//   without a name is skipped. A row whose cells are all blank (spreadsheets leave such rows at
//   the end) is not data: it is skipped silently and not counted.
// - A role is found by its title, ignoring case and accents. A title no role has is listed once
//   in NewRoleTitles, so the screen can offer to create it; until then the candidate has no role.
// - Statuses are read by their stored name ("on_hold") or their label ("On hold"), in any case.
//   Unknown ones become Active.
// - Dates are YYYY-MM-DD, YYYY/MM/DD, DD/MM/YYYY or DD.MM.YYYY. "03/04/2026" is refused as
//   ambiguous (3 April in Europe, March 4 in the US) rather than guessed; "25/04/2026" and
//   "04/04/2026" read the same either way and are accepted. Unreadable dates are left empty.
// - Talent pool consent is yes/no, y/n, true/false or 1/0, in any case; anything else is no, as
//   consent must never be assumed.
// - Each candidate then passes CheckCandidate() (validation.h) and the length limits of storage
//   (record_json.h): a row with errors is skipped and each error reported; warnings (no email
//   nor phone, a stage the role does not list) are left to the candidate's form.
// Problems name the row as the import preview and a spreadsheet number it (the header is row 1)
// and, where one cell is at fault, its column by the file's own header: "row 7, E-mail".
//
// Exporting writes one row per candidate with the column labels the import recognises, so an
// exported file imports back to the same values (see the round-trip test), except for:
// - text starting with '=', '+', '-', '@', a tab or CR gains a leading "'" in the file, so Excel
//   shows it instead of running it; the import removes it again before '=', '+', '-' and '@'
//   (a phone number "+44 ..." comes back as it was, a note beginning with a tab keeps the "'"),
//   and a value that itself starts with "'=" loses that quote;
// - spaces and line breaks around a value are trimmed on import;
// - a role is exported by title, so two roles with the same title come back as one of them.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/exchange/csv.h"
#include "core/records/database.h"
#include "core/records/model.h"
#include "core/records/problems.h"

namespace debrief {

// What a CSV column holds, as the import screen's column pickers offer it.
enum class CandidateField {
    Ignore,  // The column is not imported.
    FullName,
    FirstName,  // Joined with LastName into the full name when there is no FullName cell.
    LastName,
    PreferredName,
    Email,
    Phone,
    Role,  // A role's title.
    Stage,
    Status,
    Source,
    ConsentDate,
    TalentPoolConsent,
    RetainUntil,
    Notes,
};
inline constexpr int kCandidateFieldCount = 15;

const char* FieldLabel(CandidateField field);  // "Full name", "Role (title)", ..., "Don't import".

// One field per header cell, guessed from its name and common synonyms ("E-mail", "Mobile",
// "Position", "Surname", ...), ignoring case, accents, spaces and punctuation. Each field goes to
// the first column that names it; later columns naming it again, and unknown names, get Ignore.
std::vector<CandidateField> SuggestMapping(const csv::Row& header);

struct CandidateImport {
    std::vector<Candidate> Candidates;       // One per imported row, in file order; no Id, Rev 0.
    Problems Issues;                         // "row 7, E-mail": reason; in row order.
    std::size_t SkippedRows = 0;             // Data rows not imported (each has a problem).
    std::vector<std::string> NewRoleTitles;  // Role titles no role has yet, once each, in file order.
};

// Builds a candidate from each data row of `rows` (header first; the header is not imported),
// reading column i as mapping[i]. Short rows read as if padded with empty cells; cells past the
// mapping are ignored. When several columns map to the same field, the first non-empty one wins.
// `db` supplies the roles to match titles against.
CandidateImport BuildCandidates(const csv::Table& rows, const std::vector<CandidateField>& mapping,
                                const Database& db);

// A header row of labels, then one row per candidate: role by title, status by label, dates as
// YYYY-MM-DD, talent pool as yes/no. Every cell is already passed through csv::NeutralizeFormula().
csv::Table CandidatesToTable(const Database& db, const std::vector<const Candidate*>& candidates);
// CandidatesToTable() written as CSV with a UTF-8 BOM, so Excel shows accents; CRLF line ends.
std::string ExportCandidatesCsv(const Database& db, const std::vector<const Candidate*>& candidates);

}  // namespace debrief
