// Tone findings drawn over the text box and listed beside it (see tone_parts.h).
#include <algorithm>
#include <string>

#include "imgui.h"
#include "imgui_internal.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/tone/tone_parts.h"

namespace views {

namespace tone = debrief::tone;

ImVec4 SeverityColour(tone::Severity s) {
    switch (s) {
        case tone::Severity::Risk: return ui::ErrorColour();
        case tone::Severity::Warn: return ui::WarningColour();
        case tone::Severity::Info: break;
    }
    return ImVec4(0.38f, 0.62f, 0.98f, 1.0f);
}

namespace {

const char* SeverityLabel(tone::Severity s) {
    switch (s) {
        case tone::Severity::Risk: return "Risk";
        case tone::Severity::Warn: return "Check";
        case tone::Severity::Info: break;
    }
    return "Note";
}

// The child window InputTextMultiline drew into: the one whose parent item is the last item.
ImGuiWindow* LastTextBoxWindow() {
    ImGuiWindow* parent = ImGui::GetCurrentWindow();
    const ImGuiID id = ImGui::GetItemID();
    for (ImGuiWindow* child : parent->DC.ChildWindows)
        if (child->ChildId == id) return child;
    return nullptr;
}

void FindingTooltip(const tone::Finding& f, std::string_view text) {
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ui::Em(24));
    ImGui::TextColored(SeverityColour(f.Level), "%s · %s", SeverityLabel(f.Level),
                       std::string(tone::CategoryLabel(f.Of)).c_str());
    if (f.End > f.Start && f.End <= text.size()) {
        const std::string words = "\"" + std::string(text.substr(f.Start, f.End - f.Start)) + "\"";
        ImGui::TextUnformatted(words.c_str());
    }
    ImGui::TextUnformatted(f.Message.c_str());
    ImGui::TextDisabled("%s", f.Suggestion.c_str());
    if (!f.Replacement.empty()) ImGui::TextDisabled("Suggested: \"%s\"", f.Replacement.c_str());
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

}  // namespace

void DrawToneUnderlines(const app::ToneCheck& check) {
    ImGuiWindow* box = LastTextBoxWindow();
    if (!box) return;
    const std::string_view text = check.Text;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float line_height = ImGui::GetTextLineHeight();
    // Where the box draws character 0: its inner origin, less its scroll (ImGui scrolls a
    // multi-line box vertically as a window, horizontally only while it is being edited).
    ImVec2 origin(box->Pos.x + style.FramePadding.x, box->Pos.y + style.FramePadding.y - box->Scroll.y);
    const ImGuiID id = ImGui::GetItemID();
    // ImGui keeps a box's state (and its scroll) after it is left, but draws it unscrolled then.
    if (ImGuiInputTextState* state = ImGui::GetInputTextState(id); state && ImGui::GetActiveID() == id)
        origin.x -= state->ScrollX;

    ImDrawList* draw = box->DrawList;
    draw->PushClipRect(box->InnerClipRect.Min, box->InnerClipRect.Max, false);
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    const bool box_hovered = box->InnerClipRect.Contains(mouse) && ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows);
    const tone::Finding* hovered = nullptr;
    // Line starts, found once: findings are in text order, so one forward walk serves them all.
    std::size_t line = 0, line_start = 0;
    for (const tone::Finding& f : check.Report.Findings) {
        if (f.End <= f.Start || f.End > text.size()) continue;
        if (f.Start < line_start) {
            line = 0;
            line_start = 0;
        }
        for (std::size_t nl; (nl = text.find('\n', line_start)) != std::string_view::npos && nl < f.Start;) {
            ++line;
            line_start = nl + 1;
        }
        // A finding may run over line breaks (a long sentence): one underline per line.
        std::size_t seg_start = f.Start, seg_line = line, seg_line_start = line_start;
        const ImU32 colour = ImGui::GetColorU32(SeverityColour(f.Level));
        while (seg_start < f.End) {
            std::size_t seg_end = text.find('\n', seg_start);
            if (seg_end == std::string_view::npos || seg_end > f.End) seg_end = f.End;
            const float x0 = ImGui::CalcTextSize(text.data() + seg_line_start, text.data() + seg_start).x;
            const float x1 = ImGui::CalcTextSize(text.data() + seg_line_start, text.data() + seg_end).x;
            const float top = origin.y + line_height * static_cast<float>(seg_line);
            const ImVec2 a(origin.x + x0, top + line_height - 1.0f), b(origin.x + x1, top + line_height - 1.0f);
            // A wavy line for risks and checks, a dotted one for notes.
            const float step = ui::Em(0.25f);
            for (float x = a.x; x < b.x; x += step * 2.0f) {
                const float end_x = std::min(x + step, b.x);
                if (f.Level == tone::Severity::Info)
                    draw->AddLine(ImVec2(x, a.y), ImVec2(end_x, a.y), colour, 1.5f);
                else
                    draw->AddLine(ImVec2(x, a.y), ImVec2(end_x, a.y - step * 0.6f), colour, 1.5f),
                        draw->AddLine(ImVec2(end_x, a.y - step * 0.6f), ImVec2(std::min(end_x + step, b.x), a.y), colour, 1.5f);
            }
            if (box_hovered && ImRect(ImVec2(a.x, top), ImVec2(b.x, top + line_height)).Contains(mouse)) hovered = &f;
            if (seg_end >= f.End) break;
            seg_start = seg_end + 1;
            seg_line_start = seg_start;
            ++seg_line;
        }
    }
    draw->PopClipRect();
    if (hovered) FindingTooltip(*hovered, text);
}

ToneAction DrawTonePanel(const app::ToneCheck& check, bool can_ignore) {
    ToneAction action;
    const tone::Report& r = check.Report;
    if (!r.Error.empty()) {
        ImGui::TextColored(ui::WarningColour(), "%s", r.Error.c_str());
        return action;
    }
    const ImVec4 score_colour = r.Score >= 85 ? ui::GoodColour() : r.Score >= 60 ? ui::WarningColour() : ui::ErrorColour();
    ImGui::TextColored(score_colour, "Tone %d/100", r.Score);
    if (ImGui::IsItemHovered() && !r.Breakdown.empty()) {
        ImGui::BeginTooltip();
        for (const tone::ScoreLine& line : r.Breakdown)
            ImGui::Text("-%d  %s (%d)", line.Points, std::string(tone::CategoryLabel(line.Of)).c_str(), line.Count);
        ImGui::EndTooltip();
    }
    if (r.Reading.Measured) {
        ImGui::SameLine();
        ImGui::TextDisabled("· reading ease %.0f · grade %.1f", r.Reading.ReadingEase, r.Reading.Grade);
    }
    if (r.Findings.empty()) {
        ImGui::TextColored(ui::GoodColour(), "%s", "Nothing to flag.");
        return action;
    }
    ImGui::TextDisabled("%s", ui::Plural(r.Findings.size(), "finding", "findings").c_str());
    const std::string_view text = check.Text;
    for (std::size_t i = 0; i < r.Findings.size(); ++i) {
        const tone::Finding& f = r.Findings[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::Separator();
        ImGui::TextColored(SeverityColour(f.Level), "%s", SeverityLabel(f.Level));
        ImGui::SameLine();
        ImGui::TextUnformatted(std::string(tone::CategoryLabel(f.Of)).c_str());
        ImGui::PushTextWrapPos(0.0f);
        if (f.End > f.Start && f.End <= text.size()) {
            std::string words(text.substr(f.Start, std::min<std::size_t>(f.End - f.Start, 120)));
            if (f.End - f.Start > 120) words += "…";
            ImGui::TextDisabled("\"%s\"", words.c_str());
        }
        ImGui::TextUnformatted(f.Message.c_str());
        ImGui::TextDisabled("%s", f.Suggestion.c_str());
        ImGui::PopTextWrapPos();
        if (!f.Replacement.empty()) {
            const std::string label = "Apply: \"" + f.Replacement + "\"##apply";
            if (ImGui::SmallButton(label.c_str())) action = {ToneAction::Kind::Apply, i};
            if (can_ignore) ImGui::SameLine();
        }
        if (can_ignore && ImGui::SmallButton("Ignore here")) action = {ToneAction::Kind::Ignore, i};
        ImGui::PopID();
    }
    return action;
}

}  // namespace views
