// Compose's actions, shared by the compose view, bulk compose and the candidate page: draft a
// message from a template, save the user's edits after a pause in typing, mark it ready or sent,
// and hand it to the user's own mail client. Views call these; tests drive them too.
#pragma once

#include <optional>
#include <string>

#include "core/exchange/mail.h"
#include "core/templates/library.h"
#include "web/app/app_state.h"

namespace app {

inline constexpr debrief::TimeMs kDraftSaveDelayMs = 600;  // Saved this long after the last keystroke.

// The subject and body templates a choice stands for; nullopt if it names nothing that exists.
struct ChosenTemplate {
    std::string Name;  // "Not moving forward, with feedback (warm)"
    std::string Ref;   // What the message records: "rejection_feedback/warm" or the own template's id.
    std::string Subject, Body;
    debrief::MessageKind Kind = debrief::MessageKind::StatusUpdate;
};
std::optional<ChosenTemplate> ResolveTemplate(const AppState& state, const TemplateChoice& choice);

// Reads the typed dates into choices (problems into dates.Issues); false if any is unreadable.
bool ReadComposeDates(ComposeDates& dates, debrief::templates::ComposeChoices& out,
                      const debrief::OffsetAt& offset);

// Renders the chosen template for the compose state's candidate and stores it as a new draft
// (or over the open one). False, with a notice, when the template or the dates are broken.
bool CreateDraft(AppState& state);
// The same for one candidate, without touching the compose state: bulk compose. Returns the id.
std::optional<debrief::RecordId> CreateDraftFor(AppState& state, const debrief::RecordId& candidate,
                                                const TemplateChoice& choice,
                                                const debrief::templates::ComposeChoices& dates);

// The user typed in the subject or body: remember it, save after kDraftSaveDelayMs.
void DraftEdited(AppState& state);
// Saves the edit buffers now if they changed (called every frame; saves once the pause is over).
void SaveDraftIfDue(AppState& state, bool now = false);

// Plain reasons the open draft cannot be marked ready or sent; empty when it can.
std::vector<std::string> DraftBlockers(const AppState& state);
bool MarkReady(AppState& state);
bool MarkSent(AppState& state);  // With the promised date typed in state.Compose.PromisedDate.

// The draft as the user's mail client needs it.
debrief::MailDraft MailFor(const AppState& state);
void CopyDraft(AppState& state);         // Subject line, blank line, body, onto the clipboard.
void OpenInMailClient(AppState& state);  // mailto:, or a warning and a copy when too long.
void DownloadEml(AppState& state);       // A .eml file the mail client opens as a new message.

}  // namespace app
