#include "web/ui/widgets.h"

#include "imgui_internal.h"
#include "web/ui/em.h"
#include "web/ui/item_registry.h"

namespace ui {

ImVec4 ErrorColour() { return ImVec4(0.70f, 0.11f, 0.11f, 1.0f); }
ImVec4 WarningColour() { return ImVec4(0.60f, 0.36f, 0.00f, 1.0f); }
ImVec4 GoodColour() { return ImVec4(0.10f, 0.45f, 0.22f, 1.0f); }
ImVec4 MutedColour() { return ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled); }

namespace {

void Message(const debrief::FieldIssue& issue) {
    const bool error = issue.Level == debrief::Severity::Error;
    ImGui::PushStyleColor(ImGuiCol_Text, error ? ErrorColour() : WarningColour());
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + Em(34));
    ImGui::TextUnformatted(issue.Message.c_str());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
}

}  // namespace

void FieldMessages(const debrief::FieldIssues& issues, std::string_view field) {
    for (const debrief::FieldIssue& issue : issues)
        if (issue.Field == field) Message(issue);
}

void FieldMessagesUnder(const debrief::FieldIssues& issues, std::string_view prefix) {
    for (const debrief::FieldIssue& issue : issues)
        if (issue.Field.rfind(prefix, 0) == 0) Message(issue);
}

void Hint(const char* text) {
    ImGui::PushStyleColor(ImGuiCol_Text, MutedColour());
    ImGui::TextWrapped("%s", text);
    ImGui::PopStyleColor();
}

void SectionHeading(const char* text) {
    ImGui::Dummy(Em(0, 0.4f));
    ImGui::TextUnformatted(text);
    ImGui::Separator();
}

bool BeginCombo(const char* label, const char* preview) {
    const bool open = ImGui::BeginCombo(label, preview);
    // BeginCombo() has added its frame as the last item when it returns, open or not.
    items::DescribeLastItem(label);
    return open;
}

bool BeginModal(const char* title, bool* open, float width_em) {
    if (!ImGui::IsPopupOpen(title)) ImGui::OpenPopup(title);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(Em(width_em), 0));
    ImGui::SetNextWindowSizeConstraints(ImVec2(Em(width_em), 0),
                                        ImVec2(Em(width_em), viewport->WorkSize.y * 0.9f));
    return ImGui::BeginPopupModal(title, open,
                                  ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_AlwaysAutoResize);
}

void EndModal() { ImGui::EndPopup(); }

void CloseModal(const char* title) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImGuiID id = ImGui::GetID(title);
    for (int level = 0; level < g.OpenPopupStack.Size; ++level) {
        if (g.OpenPopupStack[level].PopupId == id) {
            ImGui::ClosePopupToLevel(level, true);
            return;
        }
    }
}

bool ShortcutPressed(int key) {
    const ImGuiIO& io = ImGui::GetIO();
    const bool modifier = io.ConfigMacOSXBehaviors ? io.KeySuper : io.KeyCtrl;
    return modifier && ImGui::IsKeyPressed(key, false);
}

bool KeyPressedOutsideText(int key) {
    const ImGuiIO& io = ImGui::GetIO();
    return !io.WantTextInput && !io.KeyCtrl && !io.KeySuper && !io.KeyAlt && ImGui::IsKeyPressed(key, false);
}

std::string Plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace ui
