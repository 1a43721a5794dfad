#include "core/workshop/attempt.h"

#include <algorithm>

#include "core/tone/tokens.h"
#include "core/workshop/concat.h"

namespace debrief::workshop {

namespace {

std::string_view Span(std::string_view text, std::uint32_t start, std::uint32_t end) {
    if (start >= end || end > text.size()) return {};
    return text.substr(start, end - start);
}

// What to do when a part is missing: one sentence a trainee can act on.
std::string_view HowToAdd(MessagePart p) {
    switch (p) {
    case MessagePart::Name: return "Greet the candidate by name on the first line, e.g. \"Hi Mai,\".";
    case MessagePart::Thanks: return "Thank them for something: their time, their patience or a good answer.";
    case MessagePart::Specific:
        return "Mention something specific they said or did, e.g. \"the way you explained the float count\".";
    case MessagePart::NextStep: return "Say what happens next, or what they can do now.";
    case MessagePart::Improvement: return "Suggest one concrete thing to practise, or a resource to try.";
    case MessagePart::Timeline:
        return "Give a date or time frame that looks ahead, e.g. \"you will hear from me by Friday\".";
    case MessagePart::Reason: return "Say why, e.g. \"because the role needs someone who has run a team\".";
    case MessagePart::Closing:
        return "End with a sign-off on its own line, e.g. \"Best wishes,\" and your name.";
    }
    return {};
}

FindingSummary Summarise(const tone::Finding& f, std::string_view text) {
    return {f.Of, std::string(Span(text, f.Start, f.End)), f.Message, f.Rule};
}

// Findings are the same in both texts when the same rule flagged the same words.
bool SameFinding(const FindingSummary& a, const FindingSummary& b) {
    return a.Of == b.Of && a.Rule == b.Rule && tone::FoldWord(a.Text) == tone::FoldWord(b.Text);
}

std::string CostOf(const tone::Report& report) {
    std::string out;
    for (std::size_t i = 0; i < report.Breakdown.size() && i < 3; ++i) {
        const tone::ScoreLine& line = report.Breakdown[i];
        out += i == 0 ? " Biggest costs: " : ", ";
        out += Concat({tone::CategoryLabel(line.Of), " (-", std::to_string(line.Points), ")"});
    }
    if (!out.empty()) out += '.';
    return out;
}

GoalResult CheckRemove(tone::Category c, const std::vector<FindingSummary>& before,
                       const std::vector<FindingSummary>& after) {
    GoalResult g;
    g.Type = GoalType::Remove;
    g.Category = c;
    g.Goal = Concat({"No \"", tone::CategoryLabel(c), "\" finding"});
    std::vector<const FindingSummary*> left;
    for (const FindingSummary& f : after)
        if (f.Of == c) left.push_back(&f);
    const bool was_there =
        std::any_of(before.begin(), before.end(), [&](const FindingSummary& f) { return f.Of == c; });
    g.Met = left.empty();
    if (g.Met) {
        g.Reason = was_there
                       ? Concat({"Fixed: nothing is flagged as \"", tone::CategoryLabel(c), "\" any more."})
                       : Concat({"Nothing is flagged as \"", tone::CategoryLabel(c), "\"."});
        return g;
    }
    std::string quoted;
    for (std::size_t i = 0; i < left.size() && i < 3; ++i) {
        if (left[i]->Text.empty()) continue;
        quoted += quoted.empty() ? ": \"" : ", \"";
        quoted += left[i]->Text;
        quoted += '"';
    }
    g.Reason =
        Concat({"Still flagged as \"", tone::CategoryLabel(c), "\"", quoted, ". ", left.front()->Message});
    return g;
}

GoalResult CheckInclude(MessagePart p, const tone::Checker& checker, const tone::Report& report,
                        std::string_view text) {
    GoalResult g;
    g.Type = GoalType::Include;
    g.Part = p;
    g.Goal = std::string(PartLabel(p));
    const PartFound found = FindPart(checker, report, text, p);
    g.Met = found.Present;
    g.Reason = g.Met ? Concat({"Found: \"", found.Text, "\"."}) : Concat({"Not found. ", HowToAdd(p)});
    return g;
}

}  // namespace

PartFound FindPart(const tone::Checker& checker, const tone::Report& report, std::string_view text,
                   MessagePart part) {
    PartFound out;
    if (part == MessagePart::Name || part == MessagePart::Closing) {
        tone::Tokens tokens;
        tone::Tokenize(text, tokens);
        tone::EmailLayout layout;
        tone::FindLayout(tokens, checker.Rules().Words, layout);
        const bool name = part == MessagePart::Name;
        out.Present = name ? layout.HasGreeting && layout.GreetingNamesSomeone : layout.HasSignOff;
        const tone::Span& span = name ? layout.Greeting : layout.SignOff;
        if (out.Present) out.Text = std::string(Span(text, span.Start, span.Stop));
        return out;
    }
    const auto marker_of = [](MessagePart p) {
        switch (p) {
        case MessagePart::Thanks: return tone::Marker::Thanks;
        case MessagePart::Specific: return tone::Marker::Specific;
        case MessagePart::NextStep: return tone::Marker::NextStep;
        case MessagePart::Improvement: return tone::Marker::Improvement;
        case MessagePart::Timeline: return tone::Marker::Timeline;
        case MessagePart::Reason: return tone::Marker::Reason;
        case MessagePart::Name:
        case MessagePart::Closing: break;
        }
        return tone::Marker::Thanks;
    };
    const tone::Marker wanted = marker_of(part);
    for (const tone::MarkerHit& hit : report.Markers) {
        const bool matches =
            hit.Of == wanted || (part == MessagePart::NextStep && hit.Of == tone::Marker::Improvement);
        if (!matches || !hit.Counted) continue;
        out.Present = true;
        out.Text = std::string(Span(text, hit.Start, hit.End));
        break;
    }
    return out;
}

AttemptResult EvaluateAttempt(const Scenario& card, std::string_view original_draft,
                              std::string_view submitted_text, const tone::Checker& checker) {
    AttemptResult result;
    const tone::Report before = checker.Check(original_draft, card.Kind);
    const tone::Report after = checker.Check(submitted_text, card.Kind);
    if (!before.Error.empty() || !after.Error.empty()) {
        result.Error = after.Error.empty() ? before.Error : after.Error;
        return result;
    }
    result.ScoreBefore = before.Score;
    result.ScoreAfter = after.Score;

    std::vector<FindingSummary> was, is;
    for (const tone::Finding& f : before.Findings) was.push_back(Summarise(f, original_draft));
    for (const tone::Finding& f : after.Findings) is.push_back(Summarise(f, submitted_text));
    // Pair each finding of the draft with an unpaired one of the rewrite; the rest were resolved.
    std::vector<bool> paired(is.size(), false);
    for (const FindingSummary& f : was) {
        std::size_t match = is.size();
        for (std::size_t i = 0; i < is.size() && match == is.size(); ++i)
            if (!paired[i] && SameFinding(f, is[i])) match = i;
        if (match == is.size()) {
            result.Resolved.push_back(f);
        } else {
            paired[match] = true;
            result.Remaining.push_back(is[match]);
        }
    }
    for (std::size_t i = 0; i < is.size(); ++i)
        if (!paired[i]) result.Introduced.push_back(is[i]);

    for (tone::Category c : card.Goals.Remove) result.Goals.push_back(CheckRemove(c, was, is));
    for (MessagePart p : card.Goals.Include)
        result.Goals.push_back(CheckInclude(p, checker, after, submitted_text));
    if (card.Goals.MinScore > 0) {
        GoalResult g;
        g.Type = GoalType::MinScore;
        g.Goal = Concat({"A score of at least ", std::to_string(card.Goals.MinScore)});
        g.Met = after.Score >= card.Goals.MinScore;
        g.Reason = Concat({"The score is ", std::to_string(after.Score), " (the draft had ",
                           std::to_string(before.Score), ")",
                           g.Met ? std::string_view(".") : std::string_view("; not there yet."),
                           g.Met ? std::string() : CostOf(after)});
        result.Goals.push_back(std::move(g));
    }
    result.AllGoalsMet =
        std::all_of(result.Goals.begin(), result.Goals.end(), [](const GoalResult& g) { return g.Met; });
    return result;
}

}  // namespace debrief::workshop
