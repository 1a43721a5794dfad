// A trainee's rewrite of a scenario card's draft, checked against the card's goals by the real
// tone checker: the score before and after, which findings the rewrite resolved (and which it
// brought in), and each goal met or not, with the reason in plain words.
//
//   AttemptResult r = EvaluateAttempt(card, draft.Body, typed_text);
//   for (const GoalResult& g : r.Goals) show(g.Met, g.Goal, g.Reason);
//
// Only the message body is checked, as in the compose view: greeting, body and sign-off.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/tone/checker.h"
#include "core/workshop/scenario.h"

namespace debrief::workshop {

// One tone finding, for lists: "Vague reason: \"not a good fit\"".
struct FindingSummary {
    tone::Category Of = tone::Category::Vague;
    std::string Text;     // The flagged words; empty for a finding about the whole message.
    std::string Message;  // What is wrong, in plain words.
    std::string Rule;     // Which rule spoke ("vague/not-a-fit", "missing_thanks").
};

enum class GoalType { Remove, Include, MinScore };

struct GoalResult {
    GoalType Type = GoalType::Remove;
    tone::Category Category = tone::Category::Vague;  // Remove.
    MessagePart Part = MessagePart::Name;             // Include.
    std::string Goal;  // "No vague reason", "A next step", "A score of at least 80".
    bool Met = false;
    std::string Reason;  // Why it is met, or what is still missing and how to fix it.
};

struct AttemptResult {
    std::string Error;  // Set when a text could not be checked (too long); nothing else is.
    int ScoreBefore = 0;
    int ScoreAfter = 0;
    std::vector<FindingSummary> Resolved;    // In the draft, gone from the rewrite.
    std::vector<FindingSummary> Introduced;  // New in the rewrite.
    std::vector<FindingSummary> Remaining;   // In both.
    std::vector<GoalResult> Goals;           // Removals, then parts, then the score, as the card lists them.
    bool AllGoalsMet = false;
};

// Where a message shows `part`, as the checker reads it: the greeting and sign-off for "name" and
// "closing", its markers for the others ("next_step" is also met by a way to improve, as the
// checker's own missing_next_step is). Empty when the part is not there.
struct PartFound {
    bool Present = false;
    std::string Text;  // The words that show it: "Hi Mai", "by Friday 14 March".
};
PartFound FindPart(const tone::Checker& checker, const tone::Report& report, std::string_view text,
                   MessagePart part);

// `original_draft` and `submitted_text` are message bodies with the card's fields filled in
// (RenderDraft in scenario.h). Checked with the checker's own rules and no user settings, so
// every trainee is held to the same standard.
AttemptResult EvaluateAttempt(const Scenario& card, std::string_view original_draft,
                              std::string_view submitted_text,
                              const tone::Checker& checker = tone::Checker::BuiltIn());

}  // namespace debrief::workshop
