// The Compose area: pick a candidate, a kind of message and a variant; the draft rendered from
// the records opens in an editable text area and is saved as the user types; it leaves through
// the user's own mail (clipboard, mailto: link or .eml file) and is then marked as sent.
//
// Left: the choices (candidate, template, the dates the template asks for). Right: the draft,
// what still blocks it, and the ways to send it. Bulk compose (compose_bulk.cpp) adds a batch of
// drafts to step through.
#include <algorithm>

#include "core/records/candidate_list.h"
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

using debrief::templates::Audience;
using debrief::templates::BuiltInLibrary;

constexpr const char* kReplaceTitle = "Replace the draft?";

void CandidatePicker(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    const debrief::Database& db = state.Records->Records();
    const debrief::Candidate* chosen = db.FindCandidate(c.Candidate);
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::TextUnformatted("Candidate");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (!ui::BeginCombo("##candidate", chosen ? chosen->FullName.c_str() : "Choose a candidate")) return;
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-FLT_MIN);
    ImGui::InputTextWithHint("##find candidate", "Find by name or email", &c.CandidateFilter);
    debrief::CandidateFilter filter;
    filter.Query = c.CandidateFilter;
    const std::vector<const debrief::Candidate*> rows =
        debrief::ListCandidates(db, filter, debrief::CandidateSort::Name, false);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(rows.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const debrief::Candidate* row = rows[static_cast<std::size_t>(i)];
            ImGui::PushID(row->Id.c_str());
            if (ImGui::Selectable(row->FullName.c_str(), row->Id == c.Candidate)) {
                SaveDraftIfDue(state, true);
                app::ComposeFor(state, row->Id, c.From.Kind);
            }
            ImGui::PopID();
        }
    }
    ImGui::EndCombo();
}

void TemplatePicker(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    const debrief::templates::TemplateKind* kind = BuiltInLibrary().Find(c.From.Kind);
    ImGui::TextUnformatted("Message");
    ImGui::SetNextItemWidth(-FLT_MIN);
    if (ui::BeginCombo("##kind", kind ? kind->Title.c_str() : "Choose a kind of message")) {
        Audience group = Audience::Employer;
        ImGui::TextDisabled("To a candidate");
        for (const debrief::templates::TemplateKind& k : BuiltInLibrary().Kinds) {
            if (k.Who != group) {
                group = k.Who;
                ImGui::Separator();
                ImGui::TextDisabled("From a candidate, to an interviewer");
            }
            if (ImGui::Selectable(k.Title.c_str(), k.Id == c.From.Kind)) {
                c.From.Kind = k.Id;
                c.From.Own.clear();
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", k.Description.c_str());
        }
        ImGui::EndCombo();
    }
    if (!kind) return;
    ui::Hint(kind->Description.c_str());
    for (const debrief::templates::TemplateText& v : kind->Variants) {
        std::string label = v.Variant;
        if (!label.empty()) label[0] = static_cast<char>(label[0] - 'a' + 'A');
        if (ImGui::RadioButton(label.c_str(), c.From.Own.empty() && c.From.Variant == v.Variant)) {
            c.From.Variant = v.Variant;
            c.From.Own.clear();
        }
        ImGui::SameLine();
    }
    ImGui::NewLine();
    // The user's own templates of this kind.
    for (const auto& [id, t] : state.Records->Records().Templates()) {
        if (t.Kind != c.From.Kind) continue;
        ImGui::PushID(id.c_str());
        if (ImGui::RadioButton(t.Name.c_str(), c.From.Own == id)) c.From.Own = id;
        ImGui::PopID();
    }
}

// The dates the chosen template asks for, and no others.
void DateChoices(app::AppState& state, const app::ChosenTemplate& t) {
    app::ComposeDates& d = state.Compose.Dates;
    const auto mentions = [&](const char* name) {
        return debrief::templates::TemplateMentions(t.Subject, name) ||
               debrief::templates::TemplateMentions(t.Body, name);
    };
    const auto date_field = [&](const char* label, const char* field, std::string& text) {
        ImGui::TextUnformatted(label);
        ImGui::SetNextItemWidth(ui::Em(10));
        ImGui::InputTextWithHint((std::string("##") + field).c_str(), "YYYY-MM-DD", &text);
        ui::FieldMessages(d.Issues, field);
    };
    if (mentions("previous_reply_by")) date_field("Date promised before", "previous_reply_by", d.PreviousReplyBy);
    if (mentions("reply_by.date")) date_field("They hear back (or reply) by", "reply_by", d.ReplyBy);
    if (mentions("offer.start_date")) date_field("Start date", "offer_start", d.OfferStart);
    if (mentions("next_step.options")) {
        ImGui::TextUnformatted("Times to offer for the next step");
        for (std::size_t i = 0; i < d.OptionDay.size(); ++i) {
            ImGui::PushID(static_cast<int>(i));
            ImGui::SetNextItemWidth(ui::Em(8));
            ImGui::InputTextWithHint("##day", "YYYY-MM-DD", &d.OptionDay[i]);
            ImGui::SameLine();
            ImGui::SetNextItemWidth(ui::Em(5));
            ImGui::InputTextWithHint("##time", "HH:MM", &d.OptionTime[i]);
            ui::FieldMessages(d.Issues, "option" + std::to_string(i + 1));
            ImGui::PopID();
        }
    }
}

void Choices(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    CandidatePicker(state);
    ImGui::Spacing();
    TemplatePicker(state);
    const std::optional<app::ChosenTemplate> chosen = app::ResolveTemplate(state, c.From);
    if (!chosen) return;
    ImGui::Spacing();
    DateChoices(state, *chosen);
    ImGui::Spacing();
    ImGui::BeginDisabled(c.Candidate.empty());
    if (c.MessageId.empty()) {
        if (ImGui::Button("Create draft")) app::CreateDraft(state);
    } else if (ImGui::Button("Redraft from the template")) {
        c.ConfirmReplace = true;
    }
    ImGui::EndDisabled();
    if (c.Candidate.empty()) ui::Hint("Choose a candidate first.");
    ImGui::Spacing();
    if (ImGui::Button("Draft for several candidates…")) c.BulkPicking = true;
}

void ReplaceConfirmation(app::AppState& state) {
    app::ComposeState& c = state.Compose;
    if (!c.ConfirmReplace) {
        ui::CloseModal(kReplaceTitle);
        return;
    }
    if (!ui::BeginModal(kReplaceTitle, &c.ConfirmReplace, 24)) return;
    ImGui::TextWrapped("A fresh draft from the template replaces the subject and text, with your edits.");
    if (ImGui::Button("Replace")) {
        app::CreateDraft(state);
        c.ConfirmReplace = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep my draft")) {
        c.ConfirmReplace = false;
        ImGui::CloseCurrentPopup();
    }
    ui::EndModal();
}

// Drafts and ready messages not yet sent, newest first: where to continue after a reload.
void DraftsInProgress(app::AppState& state) {
    const debrief::Database& db = state.Records->Records();
    std::vector<const debrief::Message*> open;
    for (const auto& [id, m] : db.Messages())
        if (m.Status != debrief::MessageStatus::Sent) open.push_back(&m);
    ui::SectionHeading("Drafts not yet sent");
    if (open.empty()) {
        ui::Hint("None. Choose a candidate and a kind of message on the left to start one.");
        return;
    }
    std::sort(open.begin(), open.end(), [](const debrief::Message* a, const debrief::Message* b) {
        return a->Updated != b->Updated ? a->Updated > b->Updated : a->Id < b->Id;
    });
    const std::size_t shown = std::min<std::size_t>(open.size(), 50);
    for (std::size_t i = 0; i < shown; ++i) {
        const debrief::Message* m = open[i];
        const debrief::Candidate* c = db.FindCandidate(m->CandidateId);
        ImGui::PushID(m->Id.c_str());
        if (ImGui::SmallButton("Continue")) app::OpenDraft(state, *m);
        ImGui::SameLine();
        const std::string line = (c ? c->FullName : std::string("?")) + " · " + debrief::Label(m->Kind) + " · " +
                                 debrief::Label(m->Status) + " · " + m->Subject;
        ImGui::TextUnformatted(line.c_str());
        ImGui::PopID();
    }
    if (open.size() > shown) ui::Hint(("and " + std::to_string(open.size() - shown) + " more").c_str());
}

}  // namespace

void DrawCompose(app::AppState& state) {
    DrawAreaHeader(app::Area::Compose);
    if (!state.Records->Complete()) {
        ui::Hint("Reading messages from this browser's storage…");
        return;
    }
    DrawExerciseBanner(state);
    app::ComposeState& c = state.Compose;
    // The open message may have gone (deleted here or in another tab).
    if (!c.MessageId.empty() && !state.Records->Records().FindMessage(c.MessageId)) c.MessageId.clear();
    app::SaveDraftIfDue(state);
    ProfileReminder(state);

    if (ImGui::BeginTable("compose", 3, ImGuiTableFlags_Resizable | ImGuiTableFlags_BordersInnerV)) {
        ImGui::TableSetupColumn("choices", ImGuiTableColumnFlags_WidthFixed, ui::Em(20));
        ImGui::TableSetupColumn("draft", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("tone", ImGuiTableColumnFlags_WidthFixed, ui::Em(19));
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        Choices(state);
        ImGui::TableNextColumn();
        BatchNavigation(state);
        if (c.MessageId.empty())
            DraftsInProgress(state);
        else
            DraftEditor(state);
        ImGui::TableNextColumn();
        if (!c.MessageId.empty() && ImGui::BeginChild("tone panel", ImVec2(0, 0), false)) DraftTonePanel(state);
        if (!c.MessageId.empty()) ImGui::EndChild();
        ImGui::EndTable();
    }
    ReplaceConfirmation(state);
    DrawBulkPicker(state);
}

}  // namespace views
