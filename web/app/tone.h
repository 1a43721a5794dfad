// Tone checks in the app: the checker with the user's own phrases and switched-off categories
// (stored with the Profile), the live report of the draft being composed or the template being
// edited, and the actions on a finding: apply its suggestion, ignore it here.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/model.h"
#include "core/tone/checker.h"

namespace app {

struct AppState;

// One text's live check: redone only when the text, its kind, its ignores, the records (settings,
// own phrases, a candidate's earlier follow-ups) or the day change.
struct ToneCheck {
    debrief::tone::Report Report;
    std::string Text;  // What Report is about (for templates: with the Mustache tags masked).
    std::vector<debrief::ToneNote> Ignored;  // Template editor: ignores for this session only.
    // What Report was made with.
    std::uint64_t Generation = UINT64_MAX;  // Of the records; UINT64_MAX until the first check.
    debrief::MessageKind Kind = debrief::MessageKind::StatusUpdate;
    std::vector<debrief::ToneNote> IgnoredWith;
    std::int32_t Today = 0;
};

// The checker with the user's own phrases, rebuilt when those change.
struct ToneSettingsCache {
    std::shared_ptr<const debrief::tone::Checker> Checker;
    std::string Phrases;  // The phrases it was built from.
    debrief::Problems PhraseProblems;  // Own phrases that are not valid patterns.
};

const debrief::tone::Checker& ToneChecker(AppState& state);

// Checks `text` as a message of `kind` unless nothing changed since the last call. `ignored`:
// the message's ignored findings; `message`: for a candidate's follow-up history, or null.
void UpdateToneCheck(AppState& state, ToneCheck& check, std::string_view text, debrief::MessageKind kind,
                     const std::vector<debrief::ToneNote>& ignored, const debrief::Message* message);

// A template's text with its Mustache tags masked, same length: a value ("{{candidate.name}}")
// becomes a name-like word, a date or time value a date-like number, section and comment tags
// blanks, so findings point at the template's own bytes.
std::string MaskTemplateTags(std::string_view source);

// The draft in Compose: replace a finding's words with its suggestion; ignore it in this message.
void ApplyToneSuggestion(AppState& state, const debrief::tone::Finding& finding);
void IgnoreToneFinding(AppState& state, const debrief::tone::Finding& finding);
// Findings of risk severity in the draft: "Mark as sent" asks first when there are any.
int RiskFindings(const debrief::tone::Report& report);

// Settings: categories on or off, own phrases added or removed; saved with the Profile.
void SetToneCategory(AppState& state, debrief::tone::Category category, bool on);
bool AddOwnPhrase(AppState& state, debrief::ToneNote phrase, std::string& error);
void RemoveOwnPhrase(AppState& state, std::size_t index);

}  // namespace app
