// Chart colours from the current style. The theme gives text, lines, accent and background;
// the meaning colours (done, at risk, overdue) are the shared ones of web/ui/widgets.h, which
// are made for a light background, so on a dark one they are lightened until they read.
#include "imgui.h"
#include "web/ui/widgets.h"
#include "web/views/timeline/timeline_parts.h"

namespace views {

namespace {

ImVec4 WithAlpha(ImVec4 c, float alpha) {
    c.w = alpha;
    return c;
}

ImVec4 TowardWhite(ImVec4 c, float amount) {
    return ImVec4(c.x + (1.0f - c.x) * amount, c.y + (1.0f - c.y) * amount, c.z + (1.0f - c.z) * amount, c.w);
}

// Perceived brightness (ITU-R BT.601 weights), 0 black to 1 white.
float Brightness(const ImVec4& c) { return 0.299f * c.x + 0.587f * c.y + 0.114f * c.z; }

ImU32 U32(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

}  // namespace

ChartPalette CurrentChartPalette() {
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImVec4 text = style.Colors[ImGuiCol_Text];
    const ImVec4 background = style.Colors[ImGuiCol_WindowBg];
    const ImVec4 accent = style.Colors[ImGuiCol_CheckMark];
    const bool dark = Brightness(background) < 0.5f;
    const auto meaning = [dark](ImVec4 c) { return U32(dark ? TowardWhite(c, 0.4f) : c); };

    ChartPalette p{};
    p.Ink = U32(text);
    p.Muted = U32(style.Colors[ImGuiCol_TextDisabled]);
    p.Grid = U32(style.Colors[ImGuiCol_Separator]);
    p.Shade = U32(WithAlpha(text, dark ? 0.08f : 0.045f));
    p.RowAlt = U32(style.Colors[ImGuiCol_TableRowBgAlt]);
    p.RowHover = U32(WithAlpha(style.Colors[ImGuiCol_Header], style.Colors[ImGuiCol_Header].w * 0.6f));
    p.Accent = U32(accent);
    p.AccentFill = U32(WithAlpha(accent, 0.35f));
    p.Paper = U32(WithAlpha(background, 1.0f));
    p.Good = meaning(ui::GoodColour());
    p.Warning = meaning(ui::WarningColour());
    p.Error = meaning(ui::ErrorColour());
    return p;
}

ImU32 StatusColour(const ChartPalette& p, debrief::FollowUpStatus s) {
    switch (s) {
    case debrief::FollowUpStatus::Done: return p.Good;
    case debrief::FollowUpStatus::Overdue: return p.Error;
    case debrief::FollowUpStatus::DueToday: return p.Warning;
    case debrief::FollowUpStatus::Upcoming: return p.Ink;
    case debrief::FollowUpStatus::Skipped: return p.Muted;
    }
    return p.Ink;
}

ImU32 PromiseColour(const ChartPalette& p, debrief::PromiseState s) {
    switch (s) {
    case debrief::PromiseState::Pending: return p.Ink;
    case debrief::PromiseState::AtRisk: return p.Warning;
    case debrief::PromiseState::Kept: return p.Good;
    case debrief::PromiseState::Broken: return p.Error;
    }
    return p.Ink;
}

}  // namespace views
