// The tone checker against the evaluation corpus (tests/tone/corpus, format in
// tests/tone/README.md): every message checked as its kind, findings compared with what the
// annotations say must and must not be found. Prints precision and recall per category and
// fails below the bars just below.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/time/time.h"
#include "core/tone/checker.h"

namespace {

using debrief::tone::Category;
using debrief::tone::Finding;
using debrief::tone::Severity;
namespace tone = debrief::tone;

// The bars. Recall: of the problems annotated, the share found. False alarms: warn or risk
// findings on messages a careful hiring manager would send as they are.
constexpr double kMinRecall = 0.90;             // Over all annotations.
constexpr double kMinCategoryRecall = 0.80;     // For each category with 5 or more annotations.
constexpr double kMinCategoryPrecision = 0.80;  // For each category with 5 or more findings scored.
constexpr double kMaxFalseAlarmsPerClean = 0.10;  // At most 1 per 10 clean messages.
constexpr std::size_t kMinMessages = 80;
constexpr double kMinHoldoutRecall = 0.75;              // Messages the rules were not written against.
constexpr double kMaxHoldoutFalseAlarmsPerClean = 0.20;

struct Spot {
    Category Of;
    bool HasText = false;
    std::uint32_t Start = 0, End = 0;  // Of the first occurrence of the annotated text.
};

struct Tally {
    int TruePositives = 0, FalseNegatives = 0, FalsePositives = 0;
};

bool Overlaps(const Finding& f, const Spot& s) {
    if (!s.HasText) return true;
    if (f.End == f.Start) return false;
    return f.Start < s.End && s.Start < f.End;
}

bool ReadSpot(const nlohmann::json& j, const std::string& text, Spot& out, std::string& error) {
    const std::string id = j.is_string() ? j.get<std::string>() : j.value("category", "");
    const auto c = tone::ParseCategory(id);
    if (!c) {
        error = "unknown category \"" + id + "\"";
        return false;
    }
    out.Of = *c;
    if (j.is_object() && j.contains("text")) {
        const std::string t = j["text"].get<std::string>();
        const std::size_t at = text.find(t);
        if (at == std::string::npos) {
            error = "text \"" + t + "\" is not in the message";
            return false;
        }
        out.HasText = true;
        out.Start = static_cast<std::uint32_t>(at);
        out.End = static_cast<std::uint32_t>(at + t.size());
    }
    return true;
}

bool IsNoteCategory(Category c) { return c == Category::Gendered || c == Category::Hedge || c == Category::Jargon; }

struct Evaluation {
    std::map<Category, Tally> PerCategory;
    std::size_t Messages = 0, Clean = 0, FalseAlarmsOnClean = 0;
    double Recall = 0, AlarmsPerClean = 0;
};

Evaluation Evaluate(const std::filesystem::path& dir, const char* title) {
    std::map<std::string, nlohmann::json> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        std::stringstream buffer;
        buffer << in.rdbuf();
        const auto doc = nlohmann::json::parse(buffer.str(), nullptr, false);
        INFO(entry.path().string());
        REQUIRE(doc.is_array());
        files[entry.path().filename().string()] = doc;
    }
    const tone::Checker& checker = tone::Checker::BuiltIn();
    REQUIRE(tone::BuiltInRuleProblems().empty());

    Evaluation result;
    std::map<Category, Tally>& tally = result.PerCategory;
    std::size_t& messages = result.Messages;
    std::size_t& clean = result.Clean;
    std::size_t& false_alarms_on_clean = result.FalseAlarmsOnClean;
    std::vector<std::string> misses, alarms;
    for (const auto& file : files) {
        const std::string& name = file.first;
        for (const auto& m : file.second) {
            ++messages;
            const std::string id = m.at("id").get<std::string>();
            INFO(name << ": " << id);
            const auto kind = tone::ParseKind(m.at("kind").get<std::string>());
            REQUIRE(kind.has_value());
            std::string text;
            for (const auto& line : m.at("text")) text += (text.empty() && &line == &m.at("text").front() ? "" : "\n") + line.get<std::string>();
            tone::Options options;
            if (m.contains("history")) {
                options.History.Known = true;
                options.History.Today = debrief::ParseDate(m.at("now").get<std::string>())->DaysSinceEpoch;
                for (const auto& h : m["history"])
                    options.History.Earlier.push_back(debrief::ParseDate(h.at("sent").get<std::string>())->DaysSinceEpoch);
            }
            const tone::Report report = checker.Check(text, *kind, options);
            const bool is_clean = m.value("clean", false);
            clean += is_clean ? 1 : 0;

            std::vector<Spot> must, must_not;
            std::string error;
            for (const auto& j : m.value("must", nlohmann::json::array())) {
                Spot s;
                REQUIRE_MESSAGE(ReadSpot(j, text, s, error), error);
                must.push_back(s);
            }
            for (const auto& j : m.value("must_not", nlohmann::json::array())) {
                Spot s;
                REQUIRE_MESSAGE(ReadSpot(j, text, s, error), error);
                must_not.push_back(s);
            }
            for (const Spot& s : must) {
                const bool found = std::any_of(report.Findings.begin(), report.Findings.end(),
                                               [&](const Finding& f) { return f.Of == s.Of && Overlaps(f, s); });
                (found ? tally[s.Of].TruePositives : tally[s.Of].FalseNegatives) += 1;
                if (!found)
                    misses.push_back(id + ": " + std::string(tone::CategoryId(s.Of)) +
                                     (s.HasText ? " \"" + text.substr(s.Start, s.End - s.Start) + "\"" : ""));
            }
            for (const Finding& f : report.Findings) {
                const bool explained = std::any_of(must.begin(), must.end(), [&](const Spot& s) { return s.Of == f.Of && Overlaps(f, s); });
                if (explained) continue;
                const bool named = std::any_of(must_not.begin(), must_not.end(), [&](const Spot& s) { return s.Of == f.Of; });
                const bool forbidden = std::any_of(must_not.begin(), must_not.end(), [&](const Spot& s) { return s.Of == f.Of && Overlaps(f, s); });
                const bool scored = f.Level != Severity::Info || (IsNoteCategory(f.Of) && named);
                if (!scored) continue;
                if (!(is_clean && f.Level != Severity::Info) && !forbidden) continue;
                ++tally[f.Of].FalsePositives;
                if (is_clean && f.Level != Severity::Info) ++false_alarms_on_clean;
                alarms.push_back(id + ": " + std::string(tone::CategoryId(f.Of)) + " \"" + text.substr(f.Start, f.End - f.Start) + "\" (" + f.Rule + ")");
            }
        }
    }

    int tp = 0, fn = 0;
    std::printf("\n%s: tone checker on %zu messages (%zu clean)\n%-20s %5s %5s %5s %10s %7s\n", title, messages, clean, "category", "TP", "FN",
                "FP", "precision", "recall");
    for (const auto& [category, t] : tally) {
        tp += t.TruePositives;
        fn += t.FalseNegatives;
        const double precision = t.TruePositives + t.FalsePositives ? double(t.TruePositives) / (t.TruePositives + t.FalsePositives) : 1.0;
        const double recall = t.TruePositives + t.FalseNegatives ? double(t.TruePositives) / (t.TruePositives + t.FalseNegatives) : 1.0;
        std::printf("%-20s %5d %5d %5d %10.2f %7.2f\n", std::string(tone::CategoryId(category)).c_str(), t.TruePositives,
                    t.FalseNegatives, t.FalsePositives, precision, recall);
    }
    const double recall = tp + fn ? double(tp) / (tp + fn) : 0.0;
    const double alarms_per_clean = clean ? double(false_alarms_on_clean) / clean : 0.0;
    std::printf("overall recall %.3f; false warn/risk findings on clean messages: %zu (%.2f per message)\n", recall,
                false_alarms_on_clean, alarms_per_clean);
    for (const std::string& s : misses) std::printf("  missed: %s\n", s.c_str());
    for (const std::string& s : alarms) std::printf("  false alarm: %s\n", s.c_str());
    result.Recall = recall;
    result.AlarmsPerClean = alarms_per_clean;
    return result;
}

void CheckBars(const Evaluation& e, double min_recall, double min_category_recall, double min_category_precision,
               double max_alarms_per_clean, std::size_t min_messages) {
    CHECK(e.Messages >= min_messages);
    CHECK(e.Recall >= min_recall);
    CHECK(e.AlarmsPerClean <= max_alarms_per_clean);
    for (const auto& entry : e.PerCategory) {
        const Tally& t = entry.second;
        INFO(tone::CategoryId(entry.first));
        if (t.TruePositives + t.FalseNegatives >= 5)
            CHECK(double(t.TruePositives) / (t.TruePositives + t.FalseNegatives) >= min_category_recall);
        if (t.TruePositives + t.FalsePositives >= 5)
            CHECK(double(t.TruePositives) / (t.TruePositives + t.FalsePositives) >= min_category_precision);
    }
}

}  // namespace

// The corpus the rules were written against: the bars the issue asks for.
TEST_CASE("the tone checker meets its bars on the evaluation corpus") {
    const Evaluation e = Evaluate(DEBRIEF_TONE_CORPUS_DIR, "Evaluation corpus");
    CheckBars(e, kMinRecall, kMinCategoryRecall, kMinCategoryPrecision, kMaxFalseAlarmsPerClean, kMinMessages);
}

// Two more corpora, each written separately without seeing the rules. The first was used once for
// a round of generalising the rules (its figures before that are in the README); the second has
// never been used for tuning: its figures are how the checker does on messages it has not seen.
// Their bars are lower than the tuned corpus's.
TEST_CASE("the tone checker generalises to the held-out corpora") {
    const Evaluation first = Evaluate(DEBRIEF_TONE_HOLDOUT_DIR, "Held-out corpus 1 (seen once)");
    CheckBars(first, kMinHoldoutRecall, 0.0, 0.0, kMaxHoldoutFalseAlarmsPerClean, 50);
    const Evaluation fresh = Evaluate(DEBRIEF_TONE_HOLDOUT2_DIR, "Held-out corpus 2 (never tuned on)");
    CheckBars(fresh, kMinHoldoutRecall, 0.0, 0.0, kMaxHoldoutFalseAlarmsPerClean, 50);
}
