// The Templates area: the built-in library (read-only, copied to edit) and the user's own
// templates, edited with a live preview against a chosen candidate, the strict check's
// problems (unknown fields, unclosed sections, each with line and column) and the tone check's
// findings shown as they type.
#include <algorithm>

#include "core/records/candidate_list.h"
#include "core/records/validation.h"
#include "core/templates/draft.h"
#include "core/templates/library.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/compose.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/tone/tone_parts.h"
#include "web/views/views.h"

namespace views {

namespace {

using debrief::templates::BuiltInLibrary;

std::string VariantLabel(std::string v) {
    if (!v.empty() && v[0] >= 'a' && v[0] <= 'z') v[0] = static_cast<char>(v[0] - 'a' + 'A');
    return v;
}

void StartEditing(app::AppState& state, debrief::MessageTemplate t) {
    app::TemplateEditorState& e = state.TemplateEditor;
    e.Editing = t.Id;
    e.Draft = std::move(t);
    e.Dirty = e.Editing.empty();
    e.ViewBuiltIn.clear();
    e.CheckedGeneration = UINT64_MAX;  // Check again.
    e.Tone = {};  // Its own findings and ignores.
}

void CopyBuiltIn(app::AppState& state, const debrief::templates::TemplateKind& kind,
                 const debrief::templates::TemplateText& text) {
    debrief::MessageTemplate t;
    t.Name = kind.Title + " (my " + text.Variant + " copy)";
    t.Kind = kind.Id;
    t.Variant = text.Variant;
    t.Subject = text.Subject;
    t.Body = text.Body;
    t.BasedOn = debrief::templates::BuiltInRef(kind.Id, text.Variant);
    StartEditing(state, std::move(t));
}

void Library(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    const debrief::Database& db = state.Records->Records();
    if (ImGui::Button("New template")) {
        debrief::MessageTemplate t;
        t.Name = "My template";
        t.Kind = "status_update";
        t.Variant = "mine";
        t.Subject = "Your application for {{role.title}}";
        t.Body = "Hi {{candidate.preferred_name}},\n\n\n\nBest wishes,\n{{sender.name}}\n{{sender.email}}";
        StartEditing(state, std::move(t));
    }
    ui::SectionHeading("Your templates");
    if (db.Templates().empty()) ui::Hint("None yet. Copy a built-in one to adapt it, or start a new one.");
    std::vector<const debrief::MessageTemplate*> own;
    for (const auto& [id, t] : db.Templates()) own.push_back(&t);
    std::sort(own.begin(), own.end(), [](auto* a, auto* b) { return a->Name != b->Name ? a->Name < b->Name : a->Id < b->Id; });
    for (const debrief::MessageTemplate* t : own) {
        ImGui::PushID(t->Id.c_str());
        if (ImGui::Selectable(t->Name.c_str(), e.Editing == t->Id)) StartEditing(state, *t);
        ImGui::PopID();
    }
    ui::SectionHeading("Built in");
    for (const debrief::templates::TemplateKind& kind : BuiltInLibrary().Kinds) {
        if (!ImGui::TreeNode(kind.Title.c_str())) continue;
        for (const debrief::templates::TemplateText& text : kind.Variants) {
            const std::string ref = debrief::templates::BuiltInRef(kind.Id, text.Variant);
            ImGui::PushID(ref.c_str());
            if (ImGui::Selectable(VariantLabel(text.Variant).c_str(), e.ViewBuiltIn == ref)) {
                e.ViewBuiltIn = ref;
                e.Editing.clear();
                e.Dirty = false;
                e.CheckedGeneration = UINT64_MAX;
            }
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
}

// The strict check and the preview, recomputed only when something they depend on changed.
void Recheck(app::AppState& state, const std::string& subject, const std::string& body) {
    app::TemplateEditorState& e = state.TemplateEditor;
    const debrief::Database& db = state.Records->Records();
    if (e.CheckedGeneration == db.Generation() && e.CheckedSubject == subject && e.CheckedBody == body &&
        e.CheckedCandidate == e.PreviewCandidate)
        return;
    e.CheckedGeneration = db.Generation();
    e.CheckedSubject = subject;
    e.CheckedBody = body;
    e.CheckedCandidate = e.PreviewCandidate;
    const nlohmann::json data =
        debrief::templates::BuildMessageData(app::MessageContextFor(state), e.PreviewCandidate, {});
    e.Problems.clear();
    for (debrief::templates::Problem p : debrief::templates::StrictCheck(subject, data)) {
        p.Message = "In the subject: " + p.Message;
        e.Problems.push_back(std::move(p));
    }
    const auto body_problems = debrief::templates::StrictCheck(body, data);
    e.Problems.insert(e.Problems.end(), body_problems.begin(), body_problems.end());
    const debrief::templates::RenderedDraft draft = debrief::templates::RenderDraft(subject, body, data);
    e.PreviewSubject = draft.Subject;
    e.PreviewBody = draft.Body;
}

void PreviewCandidatePicker(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    const debrief::Database& db = state.Records->Records();
    if (e.PreviewCandidate.empty() || !db.FindCandidate(e.PreviewCandidate)) {
        // The candidate most recently changed: likely the one the user has in mind.
        const debrief::Candidate* latest = nullptr;
        for (const auto& [id, c] : db.Candidates())
            if (!latest || c.Updated > latest->Updated) latest = &c;
        e.PreviewCandidate = latest ? latest->Id : debrief::RecordId();
    }
    const debrief::Candidate* chosen = db.FindCandidate(e.PreviewCandidate);
    ImGui::SetNextItemWidth(ui::Em(16));
    if (ui::BeginCombo("Preview with", chosen ? chosen->FullName.c_str() : "No candidates yet")) {
        for (const debrief::Candidate* c : debrief::ListCandidates(db, {}, debrief::CandidateSort::Name, false)) {
            ImGui::PushID(c->Id.c_str());
            if (ImGui::Selectable(c->FullName.c_str(), c->Id == e.PreviewCandidate)) e.PreviewCandidate = c->Id;
            ImGui::PopID();
        }
        ImGui::EndCombo();
    }
}

void ProblemsAndPreview(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    if (e.Problems.empty()) {
        ImGui::TextColored(ui::GoodColour(), "%s", "No problems: every field has a value for this candidate.");
    } else {
        ImGui::TextColored(ui::ErrorColour(), "%s", ui::Plural(e.Problems.size(), "problem", "problems").c_str());
        for (const debrief::templates::Problem& p : e.Problems) {
            ImGui::PushStyleColor(ImGuiCol_Text, ui::ErrorColour());
            ImGui::Bullet();
            ImGui::TextWrapped("%s", debrief::templates::Describe(p).c_str());
            ImGui::PopStyleColor();
        }
    }
    ui::SectionHeading("Preview");
    if (ImGui::BeginChild("preview", ImVec2(0, 0), true)) {
        DrawMessagePreview(e.PreviewSubject, e.PreviewBody);
    }
    ImGui::EndChild();
}

void KindCombo(debrief::MessageTemplate& t, bool& dirty) {
    const debrief::templates::TemplateKind* kind = BuiltInLibrary().Find(t.Kind);
    ImGui::SetNextItemWidth(ui::Em(18));
    if (ui::BeginCombo("Kind", kind ? kind->Title.c_str() : t.Kind.c_str())) {
        for (const debrief::templates::TemplateKind& k : BuiltInLibrary().Kinds)
            if (ImGui::Selectable(k.Title.c_str(), k.Id == t.Kind)) {
                t.Kind = k.Id;
                dirty = true;
            }
        ImGui::EndCombo();
    }
}

// The template's tone check: tags count as a name or a date, so a greeting "Hi {{candidate.first_name}},"
// names someone. Ignoring a finding lasts while the editor is open.
void TemplateTone(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    const std::string heading = "Tone check: " + std::to_string(e.Tone.Report.Score) + "/100, " +
                                ui::Plural(e.Tone.Report.Findings.size(), "finding", "findings") + "###tone";
    if (!ImGui::CollapsingHeader(heading.c_str(), ImGuiTreeNodeFlags_DefaultOpen)) return;
    const ToneAction action = DrawTonePanel(e.Tone, true);
    if (action.What == ToneAction::Kind::None || action.Finding >= e.Tone.Report.Findings.size()) return;
    const debrief::tone::Finding& f = e.Tone.Report.Findings[action.Finding];
    std::string& body = e.Draft.Body;
    if (f.End > body.size() || e.Tone.Text.size() != body.size()) return;
    if (action.What == ToneAction::Kind::Apply) {
        body.replace(f.Start, f.End - f.Start, f.Replacement);
        e.Dirty = true;
    } else {
        e.Tone.Ignored.push_back({std::string(debrief::tone::CategoryId(f.Of)), e.Tone.Text.substr(f.Start, f.End - f.Start), {}});
    }
}

void Editor(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    debrief::MessageTemplate& t = e.Draft;
    ImGui::SetNextItemWidth(ui::Em(18));
    e.Dirty |= ImGui::InputText("Name", &t.Name);
    KindCombo(t, e.Dirty);
    ImGui::SetNextItemWidth(ui::Em(8));
    e.Dirty |= ImGui::InputText("Variant", &t.Variant);
    if (!t.BasedOn.empty()) ui::Hint(("A copy of the built-in " + t.BasedOn).c_str());
    ImGui::SetNextItemWidth(-FLT_MIN);
    e.Dirty |= ImGui::InputTextWithHint("##template subject", "Subject", &t.Subject);
    e.Dirty |= ImGui::InputTextMultiline("Template text", &t.Body, ImVec2(-FLT_MIN, ui::Em(14)));
    const debrief::templates::TemplateKind* kind = BuiltInLibrary().Find(t.Kind);
    const debrief::MessageKind message_kind = kind ? kind->Kind : debrief::MessageKind::StatusUpdate;
    app::UpdateToneCheck(state, e.Tone, app::MaskTemplateTags(t.Body), message_kind, e.Tone.Ignored, nullptr);
    DrawToneUnderlines(e.Tone);
    const debrief::FieldIssues issues = debrief::CheckMessageTemplate(t);
    for (const debrief::FieldIssue& issue : issues) ImGui::TextColored(ui::ErrorColour(), "%s", issue.Message.c_str());
    ImGui::BeginDisabled(!e.Dirty || debrief::HasErrors(issues));
    if (ImGui::Button("Save template")) {
        e.Editing = state.Records->SaveTemplate(t);
        if (const debrief::MessageTemplate* saved = state.Records->Records().FindTemplate(e.Editing)) t = *saved;
        e.Dirty = false;
        app::ShowNotice(state, "Template saved.");
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (!e.Editing.empty() && ImGui::Button("Delete template"))
        AskToDelete(state, debrief::Collection::Templates, e.Editing);
    ImGui::SameLine();
    ImGui::TextDisabled("%s", e.Dirty ? "Unsaved changes." : "Saved.");
    ui::Hint("Fields: see the README of the template library, or copy a built-in template to start "
             "from. {{#list}}...{{/list}} repeats for each item; {{^x}}...{{/x}} shows when x is empty.");
    TemplateTone(state);
    Recheck(state, t.Subject, t.Body);
    ProblemsAndPreview(state);
}

void BuiltInViewer(app::AppState& state) {
    app::TemplateEditorState& e = state.TemplateEditor;
    const std::size_t slash = e.ViewBuiltIn.find('/');
    const debrief::templates::TemplateKind* kind = BuiltInLibrary().Find(e.ViewBuiltIn.substr(0, slash));
    const debrief::templates::TemplateText* text = kind ? kind->Find(e.ViewBuiltIn.substr(slash + 1)) : nullptr;
    if (!kind || !text) return;
    ImGui::Text("%s (%s), built in", kind->Title.c_str(), text->Variant.c_str());
    ui::Hint(kind->Description.c_str());
    if (ImGui::Button("Make an editable copy")) {
        CopyBuiltIn(state, *kind, *text);
        return;
    }
    ImGui::SameLine();
    if (ImGui::Button("Use in Compose")) {
        state.Compose.From = {kind->Id, text->Variant, {}};
        app::Navigate(state, app::Area::Compose);
    }
    Recheck(state, text->Subject, text->Body);
    ProblemsAndPreview(state);
}

}  // namespace

void DrawTemplates(app::AppState& state) {
    DrawAreaHeader(app::Area::Templates);
    app::TemplateEditorState& e = state.TemplateEditor;
    if (!e.Editing.empty() && !state.Records->Records().FindTemplate(e.Editing)) e.Editing.clear();  // Deleted.
    if (!ImGui::BeginTable("templates", 2, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) return;
    ImGui::TableSetupColumn("library", ImGuiTableColumnFlags_WidthFixed, ui::Em(18));
    ImGui::TableSetupColumn("editor", ImGuiTableColumnFlags_WidthStretch);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    Library(state);
    ImGui::TableNextColumn();
    PreviewCandidatePicker(state);
    const bool editing = !e.Editing.empty() || e.Dirty;
    if (editing)
        Editor(state);
    else if (!e.ViewBuiltIn.empty())
        BuiltInViewer(state);
    else
        ui::Hint("Choose a template on the left to see it with a candidate's data, or start a new one.");
    ImGui::EndTable();
}

}  // namespace views
