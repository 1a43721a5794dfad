// The open draft: its subject and text as editable fields (saved after a pause in typing), the
// values still marked missing, and the ways out: copy, the mail client, a .eml file, then
// "Mark as sent" with the date the message promised.
#include "core/templates/draft.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/compose.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/compose/compose_parts.h"
#include "web/views/tone/tone_parts.h"
#include "web/views/views.h"

namespace views {

namespace {

void Blockers(const std::vector<std::string>& reasons) {
    for (const std::string& r : reasons) {
        ImGui::PushStyleColor(ImGuiCol_Text, ui::ErrorColour());
        ImGui::Bullet();
        ImGui::TextWrapped("%s", r.c_str());
        ImGui::PopStyleColor();
    }
}

void SendButtons(app::AppState& state, const debrief::Message& m, bool blocked) {
    app::ComposeState& c = state.Compose;
    if (ImGui::Button("Copy message")) app::CopyDraft(state);
    ImGui::SameLine();
    if (ImGui::Button("Copy subject")) {
        ImGui::SetClipboardText(c.Subject.c_str());
        app::ShowNotice(state, "The subject is on the clipboard.");
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(blocked);
    if (ImGui::Button("Open in mail app")) app::OpenInMailClient(state);
    ImGui::SameLine();
    if (ImGui::Button("Download .eml")) app::DownloadEml(state);
    ImGui::EndDisabled();
    if (c.LongMailto)
        ImGui::TextColored(ui::WarningColour(), "%s",
                           "This message is too long for a mail link, which mail apps cut short. It is on the "
                           "clipboard instead: open a new message in your mail and paste it, or use Download .eml.");

    ImGui::Spacing();
    if (m.Status == debrief::MessageStatus::Draft) {
        ImGui::BeginDisabled(blocked);
        if (ImGui::Button("Mark ready")) app::MarkReady(state);
        ImGui::EndDisabled();
        ImGui::SameLine();
    }
    ImGui::TextUnformatted("Promised reply date");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(8));
    ImGui::InputTextWithHint("##promised", "YYYY-MM-DD", &c.PromisedDate);
    ImGui::SameLine();
    ImGui::BeginDisabled(blocked);
    if (ImGui::Button("Mark as sent")) {
        // Risky wording (a protected characteristic) is confirmed first: it can be quoted back.
        if (app::RiskFindings(c.Tone.Report) > 0)
            c.ConfirmRiskySend = true;
        else if (app::MarkSent(state))
            app::ShowNotice(state, "Recorded as sent.");
    }
    ImGui::EndDisabled();
    ui::FieldMessages(c.SendIssues, "promised");
    ui::Hint("Send it from your mail first, then mark it as sent: the date it promised goes on the timeline.");
}

constexpr const char* kRiskyTitle = "Send with risky wording?";

void RiskySendConfirmation(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    if (!c.ConfirmRiskySend) {
        ui::CloseModal(kRiskyTitle);
        return;
    }
    if (!ui::BeginModal(kRiskyTitle, &c.ConfirmRiskySend, 28)) return;
    ImGui::TextWrapped("%s", "The tone check found wording that could expose you to a discrimination claim if the "
                             "candidate kept this message:");
    for (const debrief::tone::Finding& f : c.Tone.Report.Findings) {
        if (f.Level != debrief::tone::Severity::Risk || f.End > c.Tone.Text.size()) continue;
        const std::string words = "\"" + c.Tone.Text.substr(f.Start, f.End - f.Start) + "\": " + f.Message;
        ImGui::Bullet();
        ImGui::TextWrapped("%s", words.c_str());
    }
    if (ImGui::Button("Go back and edit")) {
        c.ConfirmRiskySend = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Mark as sent anyway")) {
        c.ConfirmRiskySend = false;
        ImGui::CloseCurrentPopup();
        if (app::MarkSent(state)) app::ShowNotice(state, "Recorded as sent.");
    }
    ui::EndModal();
}

}  // namespace

void DraftTonePanel(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    const debrief::Message* m = state.Records->Records().FindMessage(c.MessageId);
    if (!m || m->Status == debrief::MessageStatus::Sent) {
        ui::Hint("Open a draft to see its tone check here.");
        return;
    }
    ui::SectionHeading("Tone check");
    const ToneAction action = DrawTonePanel(c.Tone, true);
    if (action.What == ToneAction::Kind::None || action.Finding >= c.Tone.Report.Findings.size()) return;
    const debrief::tone::Finding finding = c.Tone.Report.Findings[action.Finding];
    if (action.What == ToneAction::Kind::Apply) app::ApplyToneSuggestion(state, finding);
    else app::IgnoreToneFinding(state, finding);
}

void ProfileReminder(app::AppState& state) {
    const debrief::Profile* p = state.Records->Records().FindProfile();
    if (p && !p->SenderName.empty() && !p->SenderEmail.empty() && !p->CompanyName.empty()) return;
    ImGui::TextColored(ui::WarningColour(), "%s",
                       "Messages are signed with your name, email and company: add them under Settings.");
    ImGui::SameLine();
    if (ImGui::SmallButton("Open Settings")) app::Navigate(state, app::Area::Settings);
}

void DraftEditor(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    const debrief::Database& db = state.Records->Records();
    const debrief::Message* m = db.FindMessage(c.MessageId);
    const debrief::Candidate* candidate = db.FindCandidate(c.Candidate);
    if (!m || !candidate) return;

    std::string to = "To " + candidate->FullName;
    to += candidate->Email.empty() ? std::string(" (no email address yet)") : " <" + candidate->Email + ">";
    ImGui::TextUnformatted(to.c_str());
    ImGui::SameLine();
    ImGui::TextDisabled("· %s · %s", debrief::Label(m->Kind), debrief::Label(m->Status));
    if (m->Status == debrief::MessageStatus::Sent) {
        const std::string sent = "Sent " + (m->SentAt ? debrief::FormatLocalDateTime(*m->SentAt, app::LocalOffset(state))
                                                      : std::string());
        ImGui::TextColored(ui::GoodColour(), "%s", sent.c_str());
        ImGui::TextUnformatted(m->Subject.c_str());
        ImGui::Separator();
        ImGui::TextWrapped("%s", m->Body.c_str());
        if (ImGui::Button("Start a new message")) app::ComposeFor(state, c.Candidate, c.From.Kind);
        return;
    }

    const float below = ui::Em(c.LongMailto ? 14.5f : 11.5f) +
                        ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(c.Missing.size() + 2);
    const float height = std::max(ui::Em(8), ImGui::GetContentRegionAvail().y - below);
    // ImGui's text box does not wrap long lines: "Read through" shows the message wrapped.
    if (ImGui::RadioButton("Edit", !c.ReadThrough)) c.ReadThrough = false;
    ImGui::SameLine();
    if (ImGui::RadioButton("Read through", c.ReadThrough)) c.ReadThrough = true;
    if (!c.ReadThrough) {
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (ImGui::InputTextWithHint("##subject", "Subject", &c.Subject)) app::DraftEdited(state);
        if (ImGui::InputTextMultiline("Message text", &c.Body, ImVec2(-FLT_MIN, height))) app::DraftEdited(state);
        app::UpdateToneCheck(state, c.Tone, c.Body, m->Kind, m->ToneIgnored, m);
        DrawToneUnderlines(c.Tone);
    } else {
        app::UpdateToneCheck(state, c.Tone, c.Body, m->Kind, m->ToneIgnored, m);
        if (ImGui::BeginChild("read through", ImVec2(-FLT_MIN, height + ImGui::GetFrameHeightWithSpacing()), true))
            DrawMessagePreview(c.Subject, c.Body);
        ImGui::EndChild();
    }
    ImGui::TextDisabled("%s", c.Dirty ? "Changes are saved when you pause typing." : "Draft saved in this browser.");

    const std::vector<std::string> blockers = app::DraftBlockers(state);
    Blockers(blockers);
    SendButtons(state, *m, !blockers.empty());
    RiskySendConfirmation(state);
}

}  // namespace views
