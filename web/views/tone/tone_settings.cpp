// Settings › Tone checks: which kinds of finding to show, and the user's own phrases to flag
// (their company's banned words, a phrase a trainer warned them about). Saved with the Profile
// in this browser's storage as soon as they change.
#include <string>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/app/tone.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/tone/tone_parts.h"

namespace views {

namespace tone = debrief::tone;

namespace {

bool IsOff(const debrief::Profile* p, tone::Category c) {
    if (!p) return false;
    for (const std::string& id : p->ToneOff)
        if (id == tone::CategoryId(c)) return true;
    return false;
}

}  // namespace

void DrawToneSettings(app::AppState& state) {
    const debrief::Profile* p = state.Records->Records().FindProfile();
    ui::SectionHeading("Tone checks");
    ui::Hint("Compose and the template editor check each message as you type. Untick what you do not want "
             "to see; risks (protected characteristics) cannot be turned off.");
    if (ImGui::BeginTable("tone categories", 2, ImGuiTableFlags_SizingStretchSame)) {
        for (int i = 0; i < tone::kCategoryCount; ++i) {
            const auto c = static_cast<tone::Category>(i);
            ImGui::TableNextColumn();
            bool on = !IsOff(p, c);
            ImGui::BeginDisabled(c == tone::Category::Protected);
            const std::string label = std::string(tone::CategoryLabel(c)) + "##tone " + std::string(tone::CategoryId(c));
            if (ImGui::Checkbox(label.c_str(), &on)) app::SetToneCategory(state, c, on);
            ImGui::EndDisabled();
        }
        ImGui::EndTable();
    }

    ImGui::Spacing();
    ImGui::TextUnformatted("Your own phrases to flag");
    const std::vector<debrief::ToneNote> phrases = p ? p->TonePhrases : std::vector<debrief::ToneNote>{};
    if (phrases.empty()) ui::Hint("None yet. Words like {a|b} and word* work as in the built-in rules.");
    for (std::size_t i = 0; i < phrases.size(); ++i) {
        const debrief::ToneNote& n = phrases[i];
        ImGui::PushID(static_cast<int>(i));
        const auto c = tone::ParseCategory(n.Category);
        ImGui::BulletText("\"%s\" · %s%s%s", n.Text.c_str(), c ? std::string(tone::CategoryLabel(*c)).c_str() : n.Category.c_str(),
                          n.Suggestion.empty() ? "" : " · ", n.Suggestion.c_str());
        ImGui::SameLine();
        if (ImGui::SmallButton("Remove")) app::RemoveOwnPhrase(state, i);
        ImGui::PopID();
    }
    for (const debrief::Problem& problem : state.Tone.PhraseProblems)
        ImGui::TextColored(ui::WarningColour(), "%s", debrief::Describe(problem).c_str());

    debrief::ToneNote& draft = state.NewPhrase;
    if (draft.Category.empty()) draft.Category = std::string(tone::CategoryId(tone::Category::Vague));
    ImGui::SetNextItemWidth(ui::Em(14));
    ImGui::InputTextWithHint("Phrase to flag", "e.g. rockstar", &draft.Text);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ui::Em(12));
    const auto chosen = tone::ParseCategory(draft.Category);
    if (ui::BeginCombo("Kind of problem", chosen ? std::string(tone::CategoryLabel(*chosen)).c_str() : "")) {
        for (int i = 0; i < tone::kCategoryCount; ++i) {
            const auto c = static_cast<tone::Category>(i);
            if (tone::IsMissingElement(c) || c == tone::Category::Readability || c == tone::Category::Persistence) continue;
            if (ImGui::Selectable(std::string(tone::CategoryLabel(c)).c_str(), chosen == c))
                draft.Category = std::string(tone::CategoryId(c));
        }
        ImGui::EndCombo();
    }
    ImGui::SetNextItemWidth(ui::Em(26));
    ImGui::InputTextWithHint("Suggestion", "What to write instead", &draft.Suggestion);
    ImGui::SameLine();
    if (ImGui::Button("Add phrase")) {
        if (app::AddOwnPhrase(state, draft, state.NewPhraseError)) {
            draft = {};
            state.NewPhraseError.clear();
            app::ShowNotice(state, "Phrase added: it is flagged in every message from now on.");
        }
    }
    if (!state.NewPhraseError.empty()) ImGui::TextColored(ui::ErrorColour(), "%s", state.NewPhraseError.c_str());
}

}  // namespace views
