// The candidate editor: who they are, which role and stage, and the consent the law asks for.
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/ui/key_codes.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"

namespace views {

namespace {

constexpr const char* kTitle = "Candidate";

// A role picker: "(no role)" or one of the open roles (plus the current one if it is closed).
void RoleCombo(const debrief::Database& db, debrief::Candidate& draft) {
    const debrief::Role* current = db.FindRole(draft.RoleId);
    if (!ui::BeginCombo("Role", current ? current->Title.c_str() : "(no role)")) return;
    if (ImGui::Selectable("(no role)", draft.RoleId.empty())) draft.RoleId.clear();
    for (const auto& [id, role] : db.Roles()) {
        if (!role.Open && id != draft.RoleId) continue;
        ImGui::PushID(id.c_str());
        if (ImGui::Selectable(role.Title.c_str(), id == draft.RoleId)) {
            draft.RoleId = id;
            if (!role.Stages.empty() &&
                std::find(role.Stages.begin(), role.Stages.end(), draft.Stage) == role.Stages.end())
                draft.Stage = role.Stages.front();
        }
        ImGui::PopID();
    }
    ImGui::EndCombo();
}

void StageField(const debrief::Database& db, debrief::Candidate& draft) {
    const debrief::Role* role = db.FindRole(draft.RoleId);
    if (!role || role->Stages.empty()) {
        ImGui::InputText("Stage", &draft.Stage);
        return;
    }
    if (!ui::BeginCombo("Stage", draft.Stage.empty() ? "(none)" : draft.Stage.c_str())) return;
    for (const std::string& stage : role->Stages)
        if (ImGui::Selectable(stage.c_str(), stage == draft.Stage)) draft.Stage = stage;
    ImGui::EndCombo();
}

void StatusCombo(debrief::Candidate& draft) {
    if (!ui::BeginCombo("Status", debrief::Label(draft.Status))) return;
    for (int i = 0; i < debrief::kCandidateStatusCount; ++i) {
        const auto status = static_cast<debrief::CandidateStatus>(i);
        if (ImGui::Selectable(debrief::Label(status), status == draft.Status)) draft.Status = status;
    }
    ImGui::EndCombo();
}

// Reads an optional YYYY-MM-DD field; an unreadable date is an error on that field.
void ReadDate(const std::string& text, std::optional<debrief::Date>& out, const char* field,
              debrief::FieldIssues& issues) {
    out.reset();
    if (text.empty()) return;
    out = debrief::ParseDate(text);
    if (!out)
        issues.push_back(
            {field, debrief::Severity::Error, "Write the date as year-month-day, like 2026-11-21."});
}

void Save(app::AppState& state) {
    app::CandidateForm& form = state.EditCandidate;
    form.Issues.clear();
    ReadDate(form.ConsentDate, form.Draft.ConsentDate, "consent_date", form.Issues);
    ReadDate(form.RetainUntil, form.Draft.RetainUntil, "retain_until", form.Issues);
    debrief::FieldIssues checks = debrief::CheckCandidate(form.Draft, state.Records->Records());
    form.Issues.insert(form.Issues.end(), checks.begin(), checks.end());
    if (debrief::HasErrors(form.Issues)) return;
    const debrief::RecordId id = state.Records->SaveCandidate(form.Draft);
    form.Open = false;
    ImGui::CloseCurrentPopup();
    app::SelectCandidate(state, id);
}

}  // namespace

void OpenCandidateForm(app::AppState& state, const debrief::Candidate* existing) {
    app::CandidateForm& form = state.EditCandidate;
    form = {};
    form.Open = true;
    if (existing) {
        form.Draft = *existing;
    } else if (!state.Candidates.Filter.RoleId.empty()) {
        // A new candidate starts in the role the list is filtered to.
        form.Draft.RoleId = state.Candidates.Filter.RoleId;
        if (const debrief::Role* role = state.Records->Records().FindRole(form.Draft.RoleId);
            role && !role->Stages.empty())
            form.Draft.Stage = role->Stages.front();
    }
    if (form.Draft.ConsentDate) form.ConsentDate = debrief::FormatDate(*form.Draft.ConsentDate);
    if (form.Draft.RetainUntil) form.RetainUntil = debrief::FormatDate(*form.Draft.RetainUntil);
}

void DrawCandidateForm(app::AppState& state) {
    app::CandidateForm& form = state.EditCandidate;
    if (!form.Open || !state.Records) return;
    if (!ui::BeginModal(kTitle, &form.Open, 36)) return;
    const debrief::Database& db = state.Records->Records();
    debrief::Candidate& d = form.Draft;
    ImGui::PushItemWidth(ui::Em(22));

    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::InputText("Full name", &d.FullName);
    ui::FieldMessages(form.Issues, "full_name");
    ImGui::InputTextWithHint("Preferred name", "How they like to be greeted", &d.PreferredName);
    ImGui::InputText("Email", &d.Email);
    ui::FieldMessages(form.Issues, "email");
    ImGui::InputText("Phone", &d.Phone);
    RoleCombo(db, d);
    ui::FieldMessages(form.Issues, "role_id");
    StageField(db, d);
    ui::FieldMessages(form.Issues, "stage");
    StatusCombo(d);
    ImGui::InputTextWithHint("Source", "Referral, job board, ...", &d.Source);

    ui::SectionHeading("Consent and retention");
    ImGui::InputTextWithHint("Consent date", "YYYY-MM-DD", &form.ConsentDate);
    ui::FieldMessages(form.Issues, "consent_date");
    ImGui::Checkbox("May contact about future roles", &d.TalentPoolConsent);
    ImGui::InputTextWithHint("Keep data until", "YYYY-MM-DD", &form.RetainUntil);
    ui::FieldMessages(form.Issues, "retain_until");

    ui::SectionHeading("Notes");
    ImGui::InputTextMultiline("##notes", &d.Notes, ui::Em(33, 5));
    ImGui::PopItemWidth();

    ImGui::Spacing();
    if (ImGui::Button("Save", ui::Em(7, 0)) || ui::ShortcutPressed(ui::keys::kS)) Save(state);
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ui::Em(7, 0)) || ui::KeyPressedOutsideText(ui::keys::kEscape)) {
        form.Open = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    ui::Hint("Ctrl+S saves");
    ui::EndModal();
}

}  // namespace views
