// One candidate: details, interviews with each interviewer's note (or how long it has been
// due), messages, and the activity history.
#include "core/records/notes_due.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "web/ui/appearance.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/views.h"

namespace views {

namespace {

void DetailRow(const char* label, const std::string& value) {
    if (value.empty()) return;
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", label);
    ImGui::TableNextColumn();
    ImGui::TextWrapped("%s", value.c_str());
}

void Details(const debrief::Candidate& c) {
    if (!ImGui::BeginTable("Details", 2, ImGuiTableFlags_SizingFixedFit)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ui::Em(8));
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
    DetailRow("Greeting", debrief::GreetingName(c));
    DetailRow("Email", c.Email);
    DetailRow("Phone", c.Phone);
    DetailRow("Source", c.Source);
    DetailRow("Consent", c.ConsentDate ? debrief::FormatDay(*c.ConsentDate) : std::string());
    DetailRow("Future roles", c.TalentPoolConsent ? "May be contacted" : "");
    DetailRow("Keep data until", c.RetainUntil ? debrief::FormatDay(*c.RetainUntil) : std::string());
    DetailRow("Notes", c.Notes);
    ImGui::EndTable();
}

// One interviewer's line under an interview: their note, or how long it has been due.
void InterviewerNote(app::AppState& state, const debrief::Interview& interview, const std::string& who) {
    const debrief::Database& db = state.Records->Records();
    const debrief::TimeMs now = state.Platform->Now();
    ImGui::PushID(who.c_str());
    ImGui::Bullet();
    ImGui::TextUnformatted(who.c_str());
    ImGui::SameLine();
    if (const debrief::InterviewNote* note = db.NoteBy(interview.Id, who)) {
        const debrief::TimeMs after = note->WrittenAt - interview.EndsAt();
        const std::string when = after >= 0 ? "note written " + debrief::DescribeElapsed(after) + " after"
                                            : std::string("note written during the interview");
        ImGui::TextColored(ui::GoodColour(), "%s", when.c_str());
        ImGui::SameLine();
        const std::string open = "Open note##" + who;
        if (ImGui::SmallButton(open.c_str())) app::OpenNoteForm(state, interview, who);
    } else if (now >= interview.EndsAt()) {
        const std::string due = "note due for " + debrief::DescribeElapsed(now - interview.EndsAt());
        ImGui::TextColored(ui::WarningColour(), "%s", due.c_str());
        ImGui::SameLine();
        const std::string write = "Write note##" + who;
        if (ImGui::SmallButton(write.c_str())) app::OpenNoteForm(state, interview, who);
    } else {
        ImGui::TextDisabled("note due when the interview ends");
    }
    ImGui::PopID();
}

void Interviews(app::AppState& state, const debrief::Candidate& c) {
    const debrief::Database& db = state.Records->Records();
    ui::SectionHeading("Interviews");
    const auto interviews = db.InterviewsOf(c.Id);
    if (interviews.empty()) ui::Hint("No interviews yet.");
    const debrief::OffsetAt offset = app::LocalOffset(state);
    for (const debrief::Interview* i : interviews) {
        ImGui::PushID(i->Id.c_str());
        const std::string title = (i->Stage.empty() ? std::string("Interview") : i->Stage) + " — " +
                                  debrief::FormatLocalDateTime(i->StartsAt, offset) + ", " +
                                  std::to_string(i->DurationMinutes) + " min, " + debrief::Label(i->Format);
        ImGui::TextUnformatted(title.c_str());
        if (!i->Location.empty()) ui::Hint(i->Location.c_str());
        for (const std::string& who : i->Interviewers) InterviewerNote(state, *i, who);
        if (ImGui::SmallButton("Edit interview")) OpenInterviewForm(state, c.Id, i);
        ImGui::SameLine();
        if (ImGui::SmallButton("Delete interview"))
            AskToDelete(state, debrief::Collection::Interviews, i->Id);
        ImGui::Spacing();
        ImGui::PopID();
    }
    if (ImGui::Button("Schedule interview")) OpenInterviewForm(state, c.Id, nullptr);
}

void Messages(app::AppState& state, const debrief::Candidate& c) {
    const debrief::Database& db = state.Records->Records();
    ui::SectionHeading("Messages");
    if (ImGui::Button("Compose message")) app::ComposeFor(state, c.Id);
    const auto messages = db.MessagesOf(c.Id);
    if (messages.empty()) {
        ui::Hint("No messages yet.");
        return;
    }
    const debrief::OffsetAt offset = app::LocalOffset(state);
    for (const debrief::Message* m : messages) {
        std::string line = std::string(debrief::Label(m->Kind)) + ": " + m->Subject;
        const bool sent = m->Status == debrief::MessageStatus::Sent;
        line += sent && m->SentAt ? " (sent " + debrief::FormatLocalDate(*m->SentAt, offset) + ")"
                                  : " (" + std::string(debrief::Label(m->Status)) + ")";
        if (m->PromisedReplyDate && sent) line += ", promised news by " + debrief::FormatDay(*m->PromisedReplyDate);
        ImGui::PushID(m->Id.c_str());
        if (ImGui::SmallButton(sent ? "Open" : "Continue")) app::OpenDraft(state, *m);
        ImGui::PopID();
        ImGui::SameLine();
        ImGui::TextWrapped("%s", line.c_str());
    }
}

void History(app::AppState& state, const debrief::Candidate& c) {
    const debrief::Database& db = state.Records->Records();
    ui::SectionHeading("History");
    const debrief::OffsetAt offset = app::LocalOffset(state);
    for (const debrief::Activity* a : db.ActivityOf(c.Id)) {
        ImGui::TextDisabled("%s", debrief::FormatLocalDateTime(a->At, offset).c_str());
        ImGui::SameLine();
        ImGui::TextWrapped("%s", a->Text.c_str());
    }
}

}  // namespace

void DrawCandidateDetail(app::AppState& state, const debrief::Candidate& c) {
    const debrief::Database& db = state.Records->Records();
    ImGui::PushFont(ui::CurrentFonts().Title);
    ImGui::TextUnformatted(c.FullName.c_str());
    ImGui::PopFont();
    const debrief::Role* role = db.FindRole(c.RoleId);
    std::string line = debrief::Label(c.Status);
    if (role) line += " · " + role->Title;
    if (!c.Stage.empty()) line += " · " + c.Stage;
    ui::Hint(line.c_str());

    const bool complete = state.Records->Complete();
    if (ImGui::Button("Edit") || ui::KeyPressedOutsideText(ui::keys::kE)) OpenCandidateForm(state, &c);
    ImGui::SameLine();
    // Deleting takes the candidate's whole history with it: wait until all of it is read.
    ImGui::BeginDisabled(!complete);
    if (ImGui::Button("Delete") || (complete && ui::KeyPressedOutsideText(ui::keys::kDelete)))
        AskToDelete(state, debrief::Collection::Candidates, c.Id);
    ImGui::EndDisabled();

    Details(c);
    if (!complete) {
        ui::SectionHeading("Interviews, messages and history");
        ui::Hint("Reading them from this browser's storage…");
        return;
    }
    Interviews(state, c);
    Messages(state, c);
    History(state, c);
}

}  // namespace views
