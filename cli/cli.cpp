#include "cli/cli.h"
#include "cli/commands.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <ostream>
#include <string_view>
#include <system_error>

#include "core/build_info.h"
#include "core/exchange/backup.h"
#include "core/exchange/candidates_csv.h"
#include "core/exchange/csv.h"
#include "core/records/database.h"

namespace debrief::cli {

namespace {

constexpr const char* kUsage = R"(debrief - what happens after a job interview

Usage:
  debrief [--help | --version]
  debrief import-check FILE
  debrief render --template FILE --data FILE [--each] [--html] [--time [--repeat N]]
  debrief tone --kind KIND [--json] [--explain] [--off CATEGORY]... [--earlier DATE]... [--today DATE]
               [--time [--repeat N]] FILE|-
  debrief bizdays add --from DATE --days N [--region R] [--holidays FILE.ics]
  debrief bizdays between --from DATE --to DATE [--region R] [--holidays FILE.ics]
  debrief holidays --region R --year YYYY
  debrief plan --data BACKUP.json --now DATETIME [--json] [--time [--repeat N]]
  debrief ics --data BACKUP.json --now DATETIME [--alarm MINUTES] [--out FILE.ics]

Debrief helps a small business follow up with every candidate after an interview:
notes written while fresh, personal feedback messages, promised reply dates kept,
and tone checks before anything is sent. The web app is the main way to use it;
this command runs the same core on the command line.

Commands:
  import-check FILE   Check a file before importing it into the web app: a backup
                      (.json) or a list of candidates from a spreadsheet (.csv).
                      Prints how it was read, every problem found, and what would be
                      imported. Exits with 0 when it imports cleanly, 1 when it has
                      problems or cannot be read, 2 when the command line is wrong.
  render              Render a message template (Mustache, as in the web app's
                      template editor) with the fields in a JSON file, and print the
                      message. --template builtin:KIND/VARIANT takes a built-in one
                      (e.g. builtin:offer/warm). A field the data does not define is
                      printed as a problem with its line and column, and the exit
                      code is 1. --each: the data file holds a list, one message per
                      item, separated by a form feed line. --html: escape values as
                      standard Mustache does for HTML. --time: print how long
                      rendering took; --repeat N: render N times, print the median.
  tone                Check a message's tone as the web app does while you type:
                      vague reasons, harsh or risky wording, promises, what its
                      KIND of message is missing (rejection, feedback, next_steps,
                      offer, status_update, delay_update, thank_you, keep_in_touch,
                      candidate_thank_you, candidate_follow_up, candidate_offer_reply).
                      Prints findings with
                      line:column and a suggestion, then a 0-100 score. --json: one
                      JSON object per finding (UTF-8 byte offsets), then a summary
                      line. --off CATEGORY: leave a category out. --earlier DATE
                      (repeatable) and --today DATE: a candidate's earlier
                      follow-ups. --explain: also the parts of the message it saw
                      (thanks, a date, a next step...). FILE - reads stdin.

  bizdays             Business-day arithmetic, Monday to Friday less the region's
                      holidays: "add" prints the date N business days after (or
                      before, N < 0) --from; "between" prints how many business
                      days follow --from up to and including --to. --holidays
                      adds the days of an .ics calendar (problems are listed
                      with their line).
  holidays            Print the region's holidays of a year, one "YYYY-MM-DD name"
                      per line. Regions: US (federal, observed days), GB-ENG
                      (England and Wales bank holidays, substitute days), DE.
  plan                The follow-up plan of a backup file at --now, as the web
                      app's Today view shows it: overdue, due today, upcoming,
                      done and not needed, one line each with the due date and
                      time, what to do and why; then promised reply dates and
                      whether they were kept; then anything the planner had to
                      guess. DATETIME is ISO 8601 with a zone, such as
                      2026-11-24T09:00:00+01:00; its UTC offset is used as the
                      time zone for the whole plan. --json: the plan as one JSON
                      object. --time: print how long planning took; --repeat N:
                      plan N times, print the median. Exits with 1 when the
                      backup cannot be read.
  ics                 The plan's open follow-ups as an iCalendar (.ics) file to
                      import into a calendar app: one 15-minute event each, at
                      the time it is due, with a reminder --alarm MINUTES before
                      (30 unless given). Written to stdout, or to --out FILE.ics.

Options:
  -h, --help      Show this text and exit.
  -V, --version   Show the version and build id and exit.
)";

}  // namespace

std::optional<std::string> ReadFile(const std::string& path, std::string& error) {
    const std::unique_ptr<std::FILE, int (*)(std::FILE*)> file(std::fopen(path.c_str(), "rb"), &std::fclose);
    if (!file) {
        error = std::generic_category().message(errno);
        return std::nullopt;
    }
    std::string bytes;
    char buffer[64 * 1024];
    std::size_t got = 0;
    while ((got = std::fread(buffer, 1, sizeof buffer, file.get())) > 0) bytes.append(buffer, got);
    if (std::ferror(file.get())) {  // A directory, a device that failed, ...
        error = std::generic_category().message(errno);
        return std::nullopt;
    }
    return bytes;
}

bool TakeOptionValue(const std::vector<std::string>& args, std::size_t& i, std::string& into,
                     std::ostream& err) {
    if (i + 1 >= args.size()) {
        err << "debrief: " << args[i] << " needs a value\n";
        return false;
    }
    into = args[++i];
    return true;
}

bool ParseInt(const std::string& text, int low, int high, int& out) {
    char* end = nullptr;
    errno = 0;
    const long v = std::strtol(text.c_str(), &end, 10);
    if (text.empty() || *end != '\0' || errno == ERANGE || v < low || v > high) return false;
    out = static_cast<int>(v);
    return true;
}

namespace {

bool EndsWithCsv(const std::string& path) {
    if (path.size() < 4) return false;
    std::string ending = path.substr(path.size() - 4);
    for (char& c : ending)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return ending == ".csv";
}

// "1 role", "25 candidates".
std::string Count(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string ProblemsFound(std::size_t n) { return Count(n, "problem", "problems") + " found"; }

const char* DelimiterName(char delimiter) {
    switch (delimiter) {
    case ';': return "semicolon";
    case '\t': return "tab";
    default: return "comma";
    }
}

// The row a CSV problem is about ("row 12, column 3": 12), or 0 for the whole file.
std::size_t RowOf(const Problem& p) {
    constexpr std::string_view kRow = "row ";
    if (p.Path.rfind(kRow, 0) != 0) return 0;
    std::size_t row = 0;
    for (std::size_t i = kRow.size(); i < p.Path.size() && p.Path[i] >= '0' && p.Path[i] <= '9'; ++i)
        row = row * 10 + static_cast<std::size_t>(p.Path[i] - '0');
    return row;
}

// A candidate list: how the bytes were read, which column becomes which field, every problem, and
// the candidates the web app would import (into an empty database: every role is new here).
int CheckCandidatesCsv(const std::string& bytes, std::ostream& out) {
    const csv::ParseResult parsed = csv::ParseAll(bytes);
    out << "Encoding (assumed): " << parsed.AssumedName << "\n";
    out << "Delimiter: " << DelimiterName(parsed.Delimiter) << "\n";

    Problems problems = parsed.Issues;
    const Problems ragged = csv::FindRaggedRows(parsed.Rows);
    problems.insert(problems.end(), ragged.begin(), ragged.end());
    const csv::Row header = parsed.Rows.empty() ? csv::Row() : parsed.Rows.front();
    const std::vector<CandidateField> mapping = SuggestMapping(header);
    if (!header.empty()) out << "Columns:\n";
    for (std::size_t i = 0; i < header.size(); ++i) {
        const CandidateField field = mapping[i];
        out << "  " << (header[i].empty() ? "(column " + std::to_string(i + 1) + ")" : header[i]) << " → "
            << (field == CandidateField::Ignore ? "(not imported)" : FieldLabel(field)) << "\n";
    }
    const CandidateImport import = BuildCandidates(parsed.Rows, mapping, Database());
    problems.insert(problems.end(), import.Issues.begin(), import.Issues.end());

    // Parse, shape and content problems of one row together, in row order; whole-file ones first.
    std::stable_sort(problems.begin(), problems.end(),
                     [](const Problem& a, const Problem& b) { return RowOf(a) < RowOf(b); });
    for (const Problem& p : problems) out << Describe(p) << "\n";
    const std::string candidates = Count(import.Candidates.size(), "candidate", "candidates");
    if (problems.empty()) {
        out << "OK: " << candidates << " would be imported\n";
        return kExitOk;
    }
    out << ProblemsFound(problems.size()) << "; ";
    if (import.Candidates.empty())
        out << "nothing would be imported\n";
    else
        out << candidates << " would be imported, " << Count(import.SkippedRows, "row", "rows")
            << " skipped\n";
    return kExitFailure;
}

// A backup: every problem CheckBackup() finds, or what the file holds.
int CheckBackupFile(const std::string& text, std::ostream& out) {
    const BackupCheck check = CheckBackup(text);
    if (check.SchemaVersion > 0) out << "Debrief backup, schema version " << check.SchemaVersion << "\n";
    for (const Problem& p : check.Issues) out << Describe(p) << "\n";
    if (!check.Ok()) {
        out << ProblemsFound(check.Issues.size()) << "; nothing would be imported\n";
        return kExitFailure;
    }
    const Database& db = check.Records;
    out << "OK: " << Count(db.Count(Collection::Roles), "role", "roles") << ", "
        << Count(db.Count(Collection::Candidates), "candidate", "candidates") << ", "
        << Count(db.Count(Collection::Interviews), "interview", "interviews") << ", "
        << Count(db.Count(Collection::Notes), "note", "notes") << ", "
        << Count(db.Count(Collection::Messages), "message", "messages") << ", "
        << Count(db.Count(Collection::Activity), "activity entry", "activity entries") << ", "
        << Count(db.Count(Collection::Templates), "own template", "own templates") << "\n";
    return kExitOk;
}

}  // namespace

int ImportCheck(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() != 2) {
        if (args.size() < 2)
            err << "debrief: import-check needs the FILE to check\n";
        else
            err << "debrief: import-check checks one FILE; unexpected '" << args[2] << "'\n";
        err << "Usage: debrief import-check FILE\n";
        return kExitUsage;
    }
    const std::string& path = args[1];
    std::string error;
    const std::optional<std::string> bytes = ReadFile(path, error);
    if (!bytes) {
        err << "debrief: cannot read '" << path << "': " << error << "\n";
        return kExitFailure;
    }
    return EndsWithCsv(path) ? CheckCandidatesCsv(*bytes, out) : CheckBackupFile(*bytes, out);
}

int Run(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        out << kUsage;
        return kExitOk;
    }
    const std::string& first = args.front();
    if (first == "-h" || first == "--help" || first == "help") {
        out << kUsage;
        return kExitOk;
    }
    if (first == "-V" || first == "--version") {
        out << "debrief " << DescribeBuild(CurrentBuild()) << '\n';
        return kExitOk;
    }
    if (first == "import-check") return ImportCheck(args, out, err);
    if (first == "render") return Render(args, out, err);
    if (first == "tone") return Tone(args, out, err);
    if (first == "bizdays") return Bizdays(args, out, err);
    if (first == "holidays") return Holidays(args, out, err);
    if (first == "plan") return ShowPlan(args, out, err);
    if (first == "ics") return ExportIcs(args, out, err);
    err << "debrief: unknown " << (first.rfind('-', 0) == 0 ? "option" : "command") << " '" << first
        << "'\nRun 'debrief --help' to see what it can do.\n";
    return kExitUsage;
}

}  // namespace debrief::cli
