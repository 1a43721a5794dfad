// debrief plan / debrief ics: the follow-up plan (core/timeline/planner.h) of a backup file at a
// given moment, as the web app's Today view would show it: for people, as JSON for scripts, or as
// an iCalendar file to import into a calendar app (core/timeline/ics_export.h).
//
// The moment comes from --now, and so does the time zone: its UTC offset is taken as the user's
// for the whole plan. That keeps runs reproducible (no dependence on the machine's zone), at the
// price of ignoring daylight-saving changes between now and a far-off follow-up.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <optional>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/exchange/backup.h"
#include "core/time/local_time.h"
#include "core/timeline/ics_export.h"
#include "core/timeline/planner.h"

namespace debrief::cli {

namespace {

constexpr const char* kPlanUsage =
    "Usage: debrief plan --data BACKUP.json --now DATETIME [--json] [--time [--repeat N]]\n";
constexpr const char* kIcsUsage =
    "Usage: debrief ics --data BACKUP.json --now DATETIME [--alarm MINUTES] [--out FILE.ics]\n";

struct PlanArgs {
    std::string DataPath;
    std::string NowText;
    TimeMs Now = 0;
    int OffsetMinutes = 0;  // East of UTC, from --now.
    bool Json = false;
    bool Time = false;
    int Repeat = 1;
    std::string OutPath;  // ics: the file to write; empty = stdout.
    int AlarmMinutes = IcsOptions{}.AlarmMinutesBefore;
};

// The UTC offset written at the end of an instant ParseInstant() accepted: "Z" or "+01:00".
int OffsetMinutesOf(std::string_view iso) {
    if (iso.empty() || iso.back() == 'Z' || iso.back() == 'z' || iso.size() < 6) return 0;
    const std::string_view zone = iso.substr(iso.size() - 6);
    const int minutes =
        ((zone[1] - '0') * 10 + (zone[2] - '0')) * 60 + (zone[4] - '0') * 10 + (zone[5] - '0');
    return zone[0] == '-' ? -minutes : minutes;
}

// Fills `a` from the command line of `plan` (ics = false) or `ics`; on a mistake says what it
// was on `err` and returns false.
bool ParsePlanArgs(const std::vector<std::string>& args, bool ics, PlanArgs& a, std::ostream& err) {
    const char* command = ics ? "ics" : "plan";
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string v;
        if (arg == "--data") {
            if (!TakeOptionValue(args, i, a.DataPath, err)) return false;
        } else if (arg == "--now") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            const std::optional<TimeMs> now = ParseInstant(v);
            if (!now) {
                err << "debrief: --now takes a date and time like 2026-11-24T09:00:00Z or "
                       "2026-11-24T09:00:00+01:00, not \""
                    << v << "\"\n";
                return false;
            }
            a.NowText = v;
            a.Now = *now;
            a.OffsetMinutes = OffsetMinutesOf(v);
        } else if (!ics && arg == "--json") {
            a.Json = true;
        } else if (!ics && arg == "--time") {
            a.Time = true;
        } else if (!ics && arg == "--repeat") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            if (!ParseInt(v, 1, 1000, a.Repeat)) {
                err << "debrief: --repeat takes a number from 1 to 1000\n";
                return false;
            }
        } else if (ics && arg == "--out") {
            if (!TakeOptionValue(args, i, a.OutPath, err)) return false;
        } else if (ics && arg == "--alarm") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            if (!ParseInt(v, 0, 7 * 24 * 60, a.AlarmMinutes)) {
                err << "debrief: --alarm takes the minutes before the follow-up, from 0 to 10080\n";
                return false;
            }
        } else {
            err << "debrief: " << command << " does not know '" << arg << "'\n";
            return false;
        }
    }
    if (a.DataPath.empty() || a.NowText.empty()) {
        err << "debrief: " << command << " needs --data and --now\n";
        return false;
    }
    return true;
}

// The backup's records, or nullopt after saying on `err` why they cannot be used.
std::optional<Database> ReadBackup(const std::string& path, std::ostream& err) {
    std::string error;
    const std::optional<std::string> text = ReadFile(path, error);
    if (!text) {
        err << "debrief: cannot read '" << path << "': " << error << "\n";
        return std::nullopt;
    }
    BackupCheck check = CheckBackup(*text);
    if (!check.Ok()) {
        err << "debrief: " << path << " is not a backup Debrief can read (" << check.Issues.size()
            << (check.Issues.size() == 1 ? " problem" : " problems") << "):\n";
        for (const Problem& p : check.Issues) err << "  " << Describe(p) << "\n";
        return std::nullopt;
    }
    return std::move(check.Records);
}

OffsetAt FixedOffset(int minutes) {
    return [minutes](TimeMs) { return minutes; };
}

std::string CandidateName(const Database& db, const RecordId& id) {
    const Candidate* c = db.FindCandidate(id);
    return c ? c->FullName : std::string("(unknown candidate)");
}

// "2026-11-24 09:00" in the plan's time zone.
std::string LocalStamp(TimeMs t, const OffsetAt& offset) { return FormatLocalStamp(t, offset); }

// "UTC+01:00", "UTC-05:30", "UTC".
std::string ZoneName(int minutes) {
    if (minutes == 0) return "UTC";
    const int m = std::abs(minutes);
    std::string out = minutes < 0 ? "UTC-" : "UTC+";
    out += FormatClockTime(m);
    return out;
}

void PrintPlanForPeople(const Plan& plan, const Database& db, const PlanArgs& a, std::ostream& out) {
    const OffsetAt offset = FixedOffset(a.OffsetMinutes);
    out << "Follow-ups at " << FormatLocalDateTime(a.Now, offset) << " (" << ZoneName(a.OffsetMinutes)
        << "): " << plan.Overdue << " overdue, " << plan.DueToday << " due today, " << plan.Upcoming
        << " upcoming\n";
    // The order a person works through them: what is late first, what is settled last.
    for (const FollowUpStatus status :
         {FollowUpStatus::Overdue, FollowUpStatus::DueToday, FollowUpStatus::Upcoming, FollowUpStatus::Done,
          FollowUpStatus::Skipped}) {
        const auto count = std::count_if(plan.FollowUps.begin(), plan.FollowUps.end(),
                                         [&](const FollowUp& f) { return f.Status == status; });
        if (count == 0) continue;
        out << "\n" << Label(status) << " (" << count << ")\n";
        for (const FollowUp& f : plan.FollowUps) {
            if (f.Status != status) continue;
            out << "  " << LocalStamp(f.SnoozedUntil ? f.SnoozedUntil : f.Due, offset) << "  " << WhatOf(f, db)
                << "  (" << WhyOf(f, db) << ")";
            if (f.Status == FollowUpStatus::Done && f.DoneAt)
                out << "  done " << LocalStamp(f.DoneAt, offset);
            if (f.SnoozedUntil) out << "  snoozed from " << LocalStamp(f.Due, offset);
            if (!f.Reason.empty()) out << "  " << f.Reason;
            out << "\n";
        }
    }
    if (plan.FollowUps.empty()) out << "\nNo follow-ups.\n";

    if (!plan.Promises.empty()) out << "\nPromises (" << plan.Promises.size() << ")\n";
    for (const Promise& p : plan.Promises) {
        out << "  " << FormatDate(p.By) << "  " << Label(p.State) << "  " << CandidateName(db, p.Candidate)
            << "  (promised " << LocalStamp(p.MadeAt, offset);
        if (p.State == PromiseState::Kept) out << ", kept " << LocalStamp(p.KeptAt, offset);
        if (p.AnsweredAt) out << ", answered late " << LocalStamp(p.AnsweredAt, offset);
        out << ")\n";
    }
    if (!plan.Issues.empty()) out << "\nIssues (" << plan.Issues.size() << ")\n";
    for (const PlanIssue& issue : plan.Issues)
        out << "  " << CandidateName(db, issue.Candidate) << ": " << issue.Text << "\n";
}

void PrintPlanJson(const Plan& plan, const Database& db, const PlanArgs& a, std::ostream& out) {
    using json = nlohmann::ordered_json;
    json follow_ups = json::array();
    for (const FollowUp& f : plan.FollowUps) {
        json j = {{"key", KeyOf(f)},
                  {"kind", ToString(f.Kind)},
                  {"status", ToString(f.Status)},
                  {"candidate", f.Candidate.c_str()},
                  {"candidate_name", CandidateName(db, f.Candidate)},
                  {"due", FormatInstant(f.Due)},
                  {"due_day", FormatDate(f.DueDay)},
                  {"what", WhatOf(f, db)},
                  {"why", WhyOf(f, db)},
                  {"template", std::string(f.Template)}};
        if (!f.Interview.empty()) j["interview"] = f.Interview.c_str();
        if (!f.Interviewer.empty()) j["interviewer"] = f.Interviewer;
        if (f.DoneAt) j["done_at"] = FormatInstant(f.DoneAt);
        if (!f.DoneBy.empty()) j["done_by"] = f.DoneBy.c_str();
        if (f.SnoozedUntil) j["snoozed_until"] = FormatInstant(f.SnoozedUntil);
        if (!f.Reason.empty()) j["reason"] = f.Reason;
        follow_ups.push_back(std::move(j));
    }
    json promises = json::array();
    for (const Promise& p : plan.Promises) {
        json j = {{"candidate", p.Candidate.c_str()},
                  {"message", p.Message.c_str()},
                  {"made_at", FormatInstant(p.MadeAt)},
                  {"by", FormatDate(p.By)},
                  {"state", ToString(p.State)}};
        if (p.KeptAt) j["kept_at"] = FormatInstant(p.KeptAt);
        if (!p.KeptBy.empty()) j["kept_by"] = p.KeptBy.c_str();
        if (p.AnsweredAt) j["answered_at"] = FormatInstant(p.AnsweredAt);
        promises.push_back(std::move(j));
    }
    json issues = json::array();
    for (const PlanIssue& i : plan.Issues)
        issues.push_back({{"candidate", i.Candidate.c_str()}, {"text", i.Text}});
    const json doc = {
        {"now", FormatInstant(a.Now)},
        {"utc_offset_minutes", a.OffsetMinutes},
        {"today", FormatDate(plan.Today)},
        {"counts", {{"overdue", plan.Overdue}, {"due_today", plan.DueToday}, {"upcoming", plan.Upcoming}}},
        {"follow_ups", std::move(follow_ups)},
        {"promises", std::move(promises)},
        {"issues", std::move(issues)}};
    out << doc.dump(2, ' ', false, json::error_handler_t::replace) << "\n";
}

}  // namespace

int ShowPlan(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    PlanArgs a;
    if (!ParsePlanArgs(args, false, a, err)) {
        err << kPlanUsage;
        return kExitUsage;
    }
    const std::optional<Database> db = ReadBackup(a.DataPath, err);
    if (!db) return kExitFailure;

    // With --repeat, the same plan again and again (warm caches, a WebAssembly engine's optimised
    // tier): the benchmark's figure is the median, the first run is shown beside it. Only MakePlan
    // is timed: the previous round's plan is freed after the clock stops.
    const OffsetAt offset = FixedOffset(a.OffsetMinutes);
    std::vector<double> runs;
    Plan plan;
    for (int round = 0; round < a.Repeat; ++round) {
        const auto started = std::chrono::steady_clock::now();
        Plan fresh = MakePlan(*db, a.Now, offset);
        runs.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        plan = std::move(fresh);
    }
    if (a.Time) {
        const double first = runs.front();
        std::sort(runs.begin(), runs.end());
        err << "planned " << plan.FollowUps.size() << " follow-ups for " << db->Count(Collection::Candidates)
            << " candidates in " << runs[runs.size() / 2] << " ms";
        if (a.Repeat > 1) err << " (median of " << a.Repeat << " runs; the first took " << first << " ms)";
        err << "\n";
    }
    if (a.Json)
        PrintPlanJson(plan, *db, a, out);
    else
        PrintPlanForPeople(plan, *db, a, out);
    return kExitOk;
}

int ExportIcs(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    PlanArgs a;
    if (!ParsePlanArgs(args, true, a, err)) {
        err << kIcsUsage;
        return kExitUsage;
    }
    const std::optional<Database> db = ReadBackup(a.DataPath, err);
    if (!db) return kExitFailure;
    const Plan plan = MakePlan(*db, a.Now, FixedOffset(a.OffsetMinutes));
    IcsOptions options;
    options.AlarmMinutesBefore = a.AlarmMinutes;
    const std::string ics = WriteIcs(plan, *db, a.Now, options);
    if (a.OutPath.empty()) {
        out << ics;
        return kExitOk;
    }
    // Binary, so the CRLF line ends RFC 5545 requires reach the file as they are on every system.
    std::ofstream file(a.OutPath, std::ios::binary | std::ios::trunc);
    file << ics;
    file.close();
    if (!file) {
        err << "debrief: cannot write '" << a.OutPath << "'\n";
        return kExitFailure;
    }
    out << "Wrote " << (plan.Overdue + plan.DueToday + plan.Upcoming) << " open follow-ups to " << a.OutPath
        << "\n";
    return kExitOk;
}

}  // namespace debrief::cli
