#include "core/workshop/results.h"

#include <algorithm>

#include "core/exchange/csv.h"

namespace debrief::workshop {

ExerciseResult MakeResult(const Scenario& card, const AttemptResult& attempt, std::string_view participant,
                          TimeMs started, TimeMs submitted, std::string_view text) {
    ExerciseResult r;
    r.Participant = participant;
    r.CardId = card.Id;
    r.CardTitle = card.Title;
    r.StartedAt = started;
    r.SubmittedAt = submitted;
    r.ScoreBefore = attempt.ScoreBefore;
    r.ScoreAfter = attempt.ScoreAfter;
    r.Resolved = static_cast<int>(attempt.Resolved.size());
    r.Introduced = static_cast<int>(attempt.Introduced.size());
    r.Remaining = static_cast<int>(attempt.Remaining.size());
    r.GoalsTotal = static_cast<int>(attempt.Goals.size());
    for (const GoalResult& g : attempt.Goals) {
        if (g.Met)
            ++r.GoalsMet;
        else
            r.GoalsMissed.push_back(g.Goal);
    }
    r.Text = text;
    return r;
}

std::vector<const ExerciseResult*> ResultsInOrder(const Database& db) {
    std::vector<const ExerciseResult*> out;
    out.reserve(db.ExerciseResults().size());
    for (const auto& [id, r] : db.ExerciseResults()) out.push_back(&r);
    std::sort(out.begin(), out.end(), [](const ExerciseResult* a, const ExerciseResult* b) {
        return a->SubmittedAt != b->SubmittedAt ? a->SubmittedAt < b->SubmittedAt : a->Id < b->Id;
    });
    return out;
}

namespace {

std::string Joined(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& item : items) {
        if (!out.empty()) out += "; ";
        out += item;
    }
    return out;
}

}  // namespace

std::string ResultsCsv(const Database& db, const OffsetAt& offset) {
    csv::Table rows;
    rows.push_back({"Participant", "Card", "Card title", "Submitted", "Seconds taken", "Score before",
                    "Score after", "Score change", "Findings resolved", "Findings introduced", "Findings left",
                    "Goals met", "Goals", "All goals met", "Goals missed"});
    for (const ExerciseResult* r : ResultsInOrder(db)) {
        const TimeMs taken = std::max<TimeMs>(0, r->SubmittedAt - r->StartedAt);
        rows.push_back({csv::NeutralizeFormula(r->Participant), csv::NeutralizeFormula(r->CardId),
                        csv::NeutralizeFormula(r->CardTitle), FormatLocalStamp(r->SubmittedAt, offset),
                        std::to_string(taken / 1000), std::to_string(r->ScoreBefore), std::to_string(r->ScoreAfter),
                        std::to_string(r->ScoreAfter - r->ScoreBefore), std::to_string(r->Resolved),
                        std::to_string(r->Introduced), std::to_string(r->Remaining), std::to_string(r->GoalsMet),
                        std::to_string(r->GoalsTotal), r->GoalsMet == r->GoalsTotal ? "yes" : "no",
                        csv::NeutralizeFormula(Joined(r->GoalsMissed))});
    }
    return csv::Write(rows, {.Bom = true});
}

}  // namespace debrief::workshop
