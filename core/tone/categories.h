// What the tone checker talks about: the categories of findings, how serious each one is, and
// the kinds of message it knows the required parts of. The ids are part of the command-line
// interface (`debrief tone --json`) and of the stored settings, so they never change.
#pragma once

#include <array>
#include <optional>
#include <string_view>

#include "core/records/model.h"

namespace debrief::tone {

enum class Severity {
    Info,  // Worth a look: a hedge, a bit of jargon, a gender-coded word.
    Warn,  // Will likely land badly or leave the candidate without what they need.
    Risk,  // Could hurt the company: a protected characteristic named in a decision.
};

enum class Category {
    Vague,
    Protected,
    Harsh,
    Overpromise,
    PassiveAggressive,
    Hedge,
    PassiveDecision,
    Shouting,
    Jargon,
    Gendered,
    Readability,
    MissingName,
    MissingThanks,
    MissingSpecific,
    MissingNextStep,
    MissingTimeline,
    MissingClosing,
    Persistence,
};
inline constexpr int kCategoryCount = 18;

// The kinds of message, whose required parts differ: the records' own message kinds, so the ids
// of the command line ("delay_update") are the stored ones.
using Kind = MessageKind;
inline constexpr int kKindCount = kMessageKindCount;

std::string_view CategoryId(Category c);     // "passive_aggressive"
std::string_view CategoryLabel(Category c);  // "Passive-aggressive": for people.
std::optional<Category> ParseCategory(std::string_view id);
bool IsMissingElement(Category c);           // missing_name ... missing_closing

std::string_view SeverityId(Severity s);  // "info", "warn", "risk"
std::optional<Severity> ParseSeverity(std::string_view id);

std::string_view KindId(Kind k);  // "delay_update"
std::optional<Kind> ParseKind(std::string_view id);
inline Kind KindOf(MessageKind kind) { return kind; }  // A stored message's kind, as the checker reads it.
bool IsCandidateSide(Kind k);  // Written by a candidate: follow-ups are checked for persistence.

// The categories a user may switch off, as a set.
struct CategorySet {
    std::array<bool, kCategoryCount> On{};
    bool Has(Category c) const { return On[static_cast<int>(c)]; }
    void Set(Category c, bool on) { On[static_cast<int>(c)] = on; }
};

}  // namespace debrief::tone
