// Scenario cards for workshops: a situation with one of the demo candidates (demo_data.h), a
// deliberately poor draft message, and goals the trainee's rewrite must meet, checked by the
// tone checker (attempt.h). A card is a JSON file; the format is described field by field in
// assets/scenarios/README.md, and the built-in cards are the files of that folder, embedded in
// the program at build time.
//
//   ScenarioRead read = ParseScenarioFile(text, "my_cards.json");  // One card or a collection.
//   if (!read.Ok()) show(read.Errors);  // "my_cards.json: scenarios[2].goals.remove[1]: ..."
//   std::string file = ScenariosToJson(read.Cards);                 // Export, reads back the same.
//
// Index of this header:
// [SECTION] Limits
// [SECTION] The card
// [SECTION] Reading and writing cards
// [SECTION] The built-in cards
// [SECTION] The draft, filled in for a candidate
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/model.h"
#include "core/tone/categories.h"

namespace debrief::templates {
struct MessageContext;  // core/templates/message_data.h: the records and sender a draft is filled in from.
}

namespace debrief::workshop {

// ---------------------------------------------------------------------------------------------
// [SECTION] Limits

inline constexpr std::size_t kMaxScenarioFileBytes = 256u * 1024;  // One file: a card or a collection.
inline constexpr std::size_t kMaxScenariosPerFile = 100;           // Cards in one collection.
inline constexpr std::size_t kMaxScenarioIdChars = 64;
inline constexpr std::size_t kMaxScenarioTitleChars = 120;  // Characters (code points), one line.
inline constexpr std::size_t kMaxScenarioSituationBytes = 4'000;
inline constexpr std::size_t kMaxScenarioLessonBytes = 1'000;
inline constexpr std::size_t kMaxScenarioSubjectBytes = 300;   // One line.
inline constexpr std::size_t kMaxScenarioDraftBytes = 20'000;  // Subject and body together.
inline constexpr int kMaxScenarioDepth = 8;  // Nesting of lists and objects; a collection needs 5.

inline constexpr const char* kScenarioCollectionFormat = "debrief-scenarios";
inline constexpr int kScenarioCollectionVersion = 1;

// ---------------------------------------------------------------------------------------------
// [SECTION] The card

// A part a message can be required to have, as the tone checker finds it: the ids of its
// markers (assets/tone/elements.json) and of its required parts ("name", "closing").
enum class MessagePart { Name, Thanks, Specific, NextStep, Improvement, Timeline, Reason, Closing };
inline constexpr int kMessagePartCount = 8;

std::string_view PartId(MessagePart p);     // "next_step"
std::string_view PartLabel(MessagePart p);  // "A next step": for people.
std::optional<MessagePart> ParsePart(std::string_view id);

struct ScenarioGoals {
    std::vector<tone::Category> Remove;  // No finding of these categories may be left.
    std::vector<MessagePart> Include;    // The rewrite must have each of these parts.
    int MinScore = 0;                    // The tone score the rewrite must reach, 0-100.
    friend bool operator==(const ScenarioGoals&, const ScenarioGoals&) = default;
};

struct Scenario {
    std::string Id;         // "waiting_nine_days": a-z, 0-9, _ and -, starting with a letter.
    std::string Title;      // "Nine days without a word"
    std::string Situation;  // What the trainee needs to know, a short paragraph.
    std::string Lesson;     // What the card teaches, one or two sentences.
    MessageKind Kind = MessageKind::StatusUpdate;  // What the message is; decides what the checker requires.
    std::string Candidate;  // The demo situation it concerns: a key of DemoSituations().
    std::string Subject;    // The starting draft: Mustache with the fields of ScenarioFields().
    std::string Body;       // Lines joined with "\n".
    ScenarioGoals Goals;
    friend bool operator==(const Scenario&, const Scenario&) = default;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading and writing cards

struct ScenarioRead {
    std::vector<Scenario> Cards;      // Only when there are no errors.
    std::vector<std::string> Errors;  // "file.json: goals.remove[1]: \"vauge\" is not a tone category; ..."
    bool Ok() const { return Errors.empty(); }
};

// One card's file. Every problem is reported, with the file name and the field's path; nothing
// is read unless there are none.
ScenarioRead ParseScenario(std::string_view json_text, std::string_view file_name);

// An import: either one card's file, or a collection of cards,
//   {"format": "debrief-scenarios", "version": 1, "scenarios": [card, card, ...]}
// with at most kMaxScenariosPerFile cards and no id twice.
ScenarioRead ParseScenarioFile(std::string_view json_text, std::string_view file_name);

std::string ScenarioToJson(const Scenario& card);  // One card's file, as ParseScenario reads it.
std::string ScenariosToJson(const std::vector<Scenario>& cards);  // A collection file.

// ---------------------------------------------------------------------------------------------
// [SECTION] The built-in cards

// The cards of assets/scenarios/*.json, in file name order, read once. A broken built-in file is
// a build defect: the tests read every one, and the app leaves a broken one out.
const std::vector<Scenario>& BuiltInScenarios();
const std::vector<std::string>& BuiltInScenarioProblems();  // Empty in a correct build.
const Scenario* FindBuiltInScenario(std::string_view id);

// ---------------------------------------------------------------------------------------------
// [SECTION] The draft, filled in for a candidate

// The message data fields a card's draft may use: "candidate.preferred_name", "role.title", ...
// (the fields of the message templates, assets/templates/README.md).
const std::vector<std::string_view>& ScenarioFields();

struct ScenarioDraft {
    std::string Subject, Body;
    std::vector<std::string> Missing;  // Fields with no value for this candidate, marked in the text.
};

// A subject and body with the fields of ScenarioFields(), filled in for one candidate from the
// records as a message template would be: the card's draft (RenderDraft), or any other text
// written with the same fields, such as a trainer's model answer.
ScenarioDraft RenderScenarioText(std::string_view subject, std::string_view body,
                                 const templates::MessageContext& context, const RecordId& candidate);
ScenarioDraft RenderDraft(const Scenario& card, const templates::MessageContext& context,
                          const RecordId& candidate);

}  // namespace debrief::workshop
