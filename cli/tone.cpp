// debrief tone: the tone checker on a message file (or stdin), as the web app runs it while the
// user types. Prints each finding with its place and a suggestion, or with --json one JSON
// object per finding and a final summary line, for scripts and the evaluation corpus.
#include <algorithm>
#include <cmath>
#include <chrono>
#include <iostream>
#include <iterator>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/time/time.h"
#include "core/tone/checker.h"

namespace debrief::cli {

namespace {

constexpr const char* kToneUsage =
    "Usage: debrief tone --kind KIND [--json] [--explain] [--off CATEGORY]... [--earlier YYYY-MM-DD]...\n"
    "                    [--today YYYY-MM-DD] [--time [--repeat N]] FILE|-\n";

struct ToneArgs {
    std::string Path;
    tone::Kind Kind = tone::Kind::StatusUpdate;
    bool HasKind = false;
    bool Json = false;
    bool Time = false;
    bool Explain = false;
    int Repeat = 1;
    tone::Options Options;
};

bool ParseToneArgs(const std::vector<std::string>& args, ToneArgs& a, std::ostream& err) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string v;
        const auto day = [&](std::int32_t& into) {
            const auto d = ParseDate(v);
            if (!d) {
                err << "debrief: " << arg << " takes a date like 2026-11-30, not \"" << v << "\"\n";
                return false;
            }
            into = d->DaysSinceEpoch;
            return true;
        };
        if (arg == "--kind") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            const auto kind = tone::ParseKind(v);
            if (!kind) {
                err << "debrief: no message kind called \"" << v << "\"; kinds are";
                for (int k = 0; k < tone::kKindCount; ++k) err << (k ? ", " : " ") << tone::KindId(static_cast<tone::Kind>(k));
                err << "\n";
                return false;
            }
            a.Kind = *kind;
            a.HasKind = true;
        } else if (arg == "--json") {
            a.Json = true;
        } else if (arg == "--off") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            const auto c = tone::ParseCategory(v);
            if (!c) {
                err << "debrief: no category called \"" << v << "\"\n";
                return false;
            }
            a.Options.Off.Set(*c, true);
        } else if (arg == "--earlier") {
            std::int32_t d = 0;
            if (!TakeOptionValue(args, i, v, err) || !day(d)) return false;
            a.Options.History.Earlier.push_back(d);
            a.Options.History.Known = true;
        } else if (arg == "--today") {
            if (!TakeOptionValue(args, i, v, err) || !day(a.Options.History.Today)) return false;
        } else if (arg == "--explain") {
            a.Explain = true;
        } else if (arg == "--time") {
            a.Time = true;
        } else if (arg == "--repeat") {
            if (!TakeOptionValue(args, i, v, err)) return false;
            if (!ParseInt(v, 1, 100000, a.Repeat)) {
                err << "debrief: --repeat takes a number from 1 to 100000\n";
                return false;
            }
        } else if (!arg.empty() && arg[0] == '-' && arg != "-") {
            err << "debrief: unknown option " << arg << "\n" << kToneUsage;
            return false;
        } else if (a.Path.empty()) {
            a.Path = arg;
        } else {
            err << "debrief: one file at a time\n" << kToneUsage;
            return false;
        }
    }
    if (!a.HasKind || a.Path.empty()) {
        err << kToneUsage;
        return false;
    }
    if (a.Options.History.Known && a.Options.History.Today == 0) {
        err << "debrief: --earlier needs --today, the day the follow-up is written\n";
        return false;
    }
    return true;
}

}  // namespace

int Tone(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    ToneArgs a;
    if (!ParseToneArgs(args, a, err)) return kExitUsage;
    std::string text;
    if (a.Path == "-") {
        text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
        std::string error;
        auto file = ReadFile(a.Path, error);
        if (!file) {
            err << "debrief: cannot read " << a.Path << ": " << error << "\n";
            return kExitFailure;
        }
        text = std::move(*file);
    }

    // A broken built-in rule file is a build defect; say so rather than check with half the rules.
    for (const Problem& p : tone::BuiltInRuleProblems()) err << "debrief: built-in tone rules: " << Describe(p) << "\n";
    const tone::Checker& checker = tone::Checker::BuiltIn();
    std::vector<double> runs;
    tone::Report report;
    for (int round = 0; round < a.Repeat; ++round) {
        const auto started = std::chrono::steady_clock::now();
        report = checker.Check(text, a.Kind, a.Options);
        runs.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    if (a.Time) {
        const double first = runs.front();
        std::sort(runs.begin(), runs.end());
        err << "checked " << text.size() << " bytes in " << runs[runs.size() / 2] << " ms";
        if (a.Repeat > 1) err << " (median of " << a.Repeat << " runs; the first took " << first << " ms)";
        err << "\n";
    }
    if (!report.Error.empty()) {
        err << "debrief: " << a.Path << ": " << report.Error << "\n";
        return kExitFailure;
    }

    const auto span_text = [&](const tone::Finding& f) { return text.substr(f.Start, f.End - f.Start); };
    if (a.Json) {
        using json = nlohmann::ordered_json;
        for (const tone::Finding& f : report.Findings) {
            json j = {{"category", tone::CategoryId(f.Of)}, {"severity", tone::SeverityId(f.Level)},
                      {"start", f.Start}, {"end", f.End}, {"text", span_text(f)}, {"message", f.Message},
                      {"suggestion", f.Suggestion}};
            if (!f.Replacement.empty()) j["replacement"] = f.Replacement;
            out << j.dump(-1, ' ', false, json::error_handler_t::replace) << "\n";
        }
        json summary = {{"score", report.Score}, {"findings", report.Findings.size()}};
        summary["reading_ease"] = report.Reading.Measured ? json(std::round(report.Reading.ReadingEase * 10) / 10) : json();
        summary["grade"] = report.Reading.Measured ? json(std::round(report.Reading.Grade * 10) / 10) : json();
        json breakdown = json::object();
        for (const tone::ScoreLine& line : report.Breakdown) breakdown[std::string(tone::CategoryId(line.Of))] = -line.Points;
        summary["breakdown"] = breakdown;
        out << json{{"summary", summary}}.dump() << "\n";
        return kExitOk;
    }

    if (a.Explain) {  // For rule authors: the parts of the message the checker saw.
        for (const tone::MarkerHit& m : report.Markers)
            out << "  @" << tone::MarkerId(m.Of) << (m.Counted ? "" : " (not counted)") << "  \""
                << text.substr(m.Start, m.End - m.Start) << "\"\n";
    }
    // For people: line and column, what, why, what to do.
    // Findings come in text order: one walk through the text finds every line and column.
    std::size_t walked = 0, at_line = 1, col = 1;
    const auto line_col = [&](std::uint32_t at) {
        if (at < walked) walked = 0, at_line = 1, col = 1;
        for (; walked < at && walked < text.size(); ++walked) {
            if (text[walked] == '\n') ++at_line, col = 1;
            else if ((static_cast<unsigned char>(text[walked]) & 0xC0) != 0x80) ++col;
        }
        return std::to_string(at_line) + ":" + std::to_string(col);
    };
    for (const tone::Finding& f : report.Findings) {
        out << (f.End > f.Start ? line_col(f.Start) : std::string("message")) << "  " << tone::SeverityId(f.Level) << "  "
            << tone::CategoryId(f.Of);
        if (f.End > f.Start) out << "  \"" << span_text(f) << "\"";
        out << "\n    " << f.Message << "\n    " << f.Suggestion << "\n";
    }
    out << "Score " << report.Score << "/100";
    for (const tone::ScoreLine& line : report.Breakdown)
        out << (&line == &report.Breakdown.front() ? ": " : ", ") << tone::CategoryId(line.Of) << " -" << line.Points;
    out << "\n";
    if (report.Reading.Measured) {
        out.precision(1);
        out << std::fixed << "Reading ease " << report.Reading.ReadingEase << ", grade " << report.Reading.Grade << ", "
            << report.Reading.Words << " words in " << report.Reading.Sentences << " sentences\n";
    }
    return kExitOk;
}

}  // namespace debrief::cli
