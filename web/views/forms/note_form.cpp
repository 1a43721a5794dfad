// The interview note: written while fresh, with evidence for every strength and concern.
//
// Each observation has two fields: what the interviewer noticed, and what they actually saw or
// heard. The evidence field asks that question in place. Saving a concern without evidence asks
// once more before it goes through: feedback built on it could only be vague.
#include "core/records/notes_due.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

constexpr const char* kTitle = "Interview note";

std::vector<std::string> Lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        line.erase(0, line.find_first_not_of(" \t"));
        line.erase(line.find_last_not_of(" \t\r") + 1);
        if (!line.empty()) lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

// A list of observations: "Strength 1" and its evidence, and so on. `kind` is "strength" or
// "concern"; `field` the name used in validation messages ("strengths").
void Observations(std::vector<debrief::Observation>& list, const char* kind, const char* heading,
                  const char* field, const debrief::FieldIssues& issues) {
    ui::SectionHeading(heading);
    int remove = -1;
    for (int i = 0; i < static_cast<int>(list.size()); ++i) {
        debrief::Observation& o = list[static_cast<std::size_t>(i)];
        const std::string n = std::to_string(i + 1);
        const std::string prefix = std::string(field) + "[" + std::to_string(i) + "]";
        ImGui::PushID(i);
        const std::string point_label =
            std::string(kind == std::string("strength") ? "Strength " : "Concern ") + n;
        ImGui::SetNextItemWidth(ui::Em(26));
        ImGui::InputText(point_label.c_str(), &o.Point);
        ui::FieldMessages(issues, prefix + ".point");
        ImGui::Indent(ui::Em(1));
        const std::string evidence_label = "Evidence##" + std::string(kind) + "-" + n;
        ImGui::SetNextItemWidth(ui::Em(25));
        ImGui::InputTextWithHint(evidence_label.c_str(), debrief::kEvidencePrompt, &o.Evidence);
        ui::FieldMessages(issues, prefix + ".evidence");
        ImGui::Unindent(ui::Em(1));
        const std::string remove_label = "Remove##" + std::string(kind) + "-" + n;
        if (ImGui::SmallButton(remove_label.c_str())) remove = i;
        ImGui::PopID();
    }
    if (remove >= 0) list.erase(list.begin() + remove);
    const std::string add = std::string("Add ") + kind;
    if (ImGui::Button(add.c_str())) list.push_back({});
}

void Close(app::NoteForm& form) {
    form.Open = false;
    ImGui::CloseCurrentPopup();
}

// Drops rows the user added and left empty, so they neither block saving nor get stored.
void DropEmptyRows(std::vector<debrief::Observation>& list) {
    list.erase(
        std::remove_if(list.begin(), list.end(),
                       [](const debrief::Observation& o) { return o.Point.empty() && o.Evidence.empty(); }),
        list.end());
}

void Save(app::AppState& state, bool despite_warnings) {
    app::NoteForm& form = state.EditNote;
    DropEmptyRows(form.Draft.Strengths);
    DropEmptyRows(form.Draft.Concerns);
    form.Draft.CandidateQuestions = Lines(form.Questions);
    form.Issues = debrief::CheckNote(form.Draft, state.Records->Records());
    if (debrief::HasErrors(form.Issues)) return;
    if (!form.Issues.empty() && !despite_warnings) {
        form.ConfirmWarnings = true;
        return;
    }
    state.Records->SaveNote(form.Draft);
    Close(form);
}

void Header(const app::AppState& state, const debrief::InterviewNote& d) {
    const debrief::Database& db = state.Records->Records();
    const debrief::Interview* interview = db.FindInterview(d.InterviewId);
    const debrief::Candidate* candidate = db.FindCandidate(d.CandidateId);
    ImGui::Text("%s on %s", d.Interviewer.c_str(),
                candidate ? candidate->FullName.c_str() : "(deleted candidate)");
    if (!interview) return;
    const debrief::OffsetAt offset = app::LocalOffset(state);
    std::string when = (interview->Stage.empty() ? std::string("Interview") : interview->Stage) + ", " +
                       debrief::FormatLocalDateTime(interview->StartsAt, offset) + "–" +
                       debrief::FormatLocalTime(interview->EndsAt(), offset);
    ui::Hint(when.c_str());
    const debrief::TimeMs now = state.Platform->Now();
    if (d.Id.empty() && now >= interview->EndsAt()) {
        const std::string due = "Due for " + debrief::DescribeElapsed(now - interview->EndsAt()) +
                                ": write it while the interview is fresh.";
        ImGui::TextColored(ui::WarningColour(), "%s", due.c_str());
    } else if (!d.Id.empty() && d.WrittenAt >= interview->EndsAt()) {
        const std::string written = "Written " + debrief::DescribeElapsed(d.WrittenAt - interview->EndsAt()) +
                                    " after the interview.";
        ui::Hint(written.c_str());
    }
}

}  // namespace

void DrawNoteForm(app::AppState& state) {
    app::NoteForm& form = state.EditNote;
    if (!form.Open || !state.Records) return;
    if (!ui::BeginModal(kTitle, &form.Open, 40)) return;
    debrief::InterviewNote& d = form.Draft;
    Header(state, d);
    ui::FieldMessages(form.Issues, "interview_id");
    ui::FieldMessages(form.Issues, "interviewer");

    // The body scrolls; the buttons below it stay in view however long the note grows.
    const float body = std::min(ui::Em(30), ImGui::GetMainViewport()->WorkSize.y * 0.6f);
    ImGui::BeginChild("Note body", ImVec2(0, body), false);
    Observations(d.Strengths, "strength", "Strengths", "strengths", form.Issues);
    Observations(d.Concerns, "concern", "Concerns", "concerns", form.Issues);
    ui::SectionHeading("Questions the candidate asked");
    ImGui::InputTextMultiline("##questions", &form.Questions, ui::Em(37, 3.5f));
    ui::Hint("One per line. What they ask shows what they care about.");

    ui::SectionHeading("Recommendation");
    for (int i = 0; i < debrief::kRecommendationCount; ++i) {
        const auto r = static_cast<debrief::Recommendation>(i);
        if (i > 0) ImGui::SameLine();
        if (ImGui::RadioButton(debrief::Label(r), d.Verdict == r)) d.Verdict = r;
    }
    ImGui::EndChild();

    ImGui::Spacing();
    if (form.ConfirmWarnings) {
        ImGui::Separator();
        ImGui::TextColored(ui::WarningColour(), "Before you save:");
        for (const debrief::FieldIssue& issue : form.Issues) {
            ImGui::Bullet();
            ImGui::TextWrapped("%s", issue.Message.c_str());
        }
        if (ImGui::Button("Save anyway")) Save(state, true);
        ImGui::SameLine();
        if (ImGui::Button("Add evidence")) form.ConfirmWarnings = false;
    } else {
        if (ImGui::Button("Save note", ui::Em(8, 0)) || ui::ShortcutPressed(ui::keys::kS)) Save(state, false);
        ImGui::SameLine();
        if (ImGui::Button("Cancel", ui::Em(7, 0)) || ui::KeyPressedOutsideText(ui::keys::kEscape))
            Close(form);
    }
    ui::EndModal();
}

}  // namespace views
