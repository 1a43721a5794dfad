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
    if (ImGui::Button("Mark as sent") && app::MarkSent(state)) app::ShowNotice(state, "Recorded as sent.");
    ImGui::EndDisabled();
    ui::FieldMessages(c.SendIssues, "promised");
    ui::Hint("Send it from your mail first, then mark it as sent: the date it promised goes on the timeline.");
}

}  // namespace

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
    } else {
        if (ImGui::BeginChild("read through", ImVec2(-FLT_MIN, height + ImGui::GetFrameHeightWithSpacing()), true))
            DrawMessagePreview(c.Subject, c.Body);
        ImGui::EndChild();
    }
    ImGui::TextDisabled("%s", c.Dirty ? "Changes are saved when you pause typing." : "Draft saved in this browser.");

    const std::vector<std::string> blockers = app::DraftBlockers(state);
    Blockers(blockers);
    SendButtons(state, *m, !blockers.empty());
}

}  // namespace views
