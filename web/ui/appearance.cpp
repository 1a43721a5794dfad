#include "web/ui/appearance.h"

#include <algorithm>
#include <cstddef>

// The UI font's bytes, embedded at build time (cmake/EmbedFile.cmake; Inter from Debian's
// fonts-inter).
extern const unsigned char debrief_ui_font[];
extern const std::size_t debrief_ui_font_size;

namespace ui {

namespace {

Fonts g_fonts;

ImVec4 Rgb(unsigned rgb, float alpha = 1.0f) {
    return ImVec4(((rgb >> 16) & 0xFF) / 255.0f, ((rgb >> 8) & 0xFF) / 255.0f, (rgb & 0xFF) / 255.0f, alpha);
}

ImFont* AddUiFont(ImFontAtlas& atlas, float pixels, const ImWchar* ranges) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // The bytes are static; ImGui must not free them.
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.PixelSnapH = true;
    // ImGui takes a non-const pointer but does not write through it when it does not own the data.
    void* data = const_cast<unsigned char*>(debrief_ui_font);
    return atlas.AddFontFromMemoryTTF(data, static_cast<int>(debrief_ui_font_size), pixels, &config, ranges);
}

// A calm light theme: readable on a laptop and on a projector, one accent colour for
// selection and actions.
void ApplyTheme(ImGuiStyle& style, float em, Theme theme) {
    style = ImGuiStyle();
    style.WindowPadding = ImVec2(1.0f * em, 0.75f * em);
    style.FramePadding = ImVec2(0.5f * em, 0.3f * em);
    style.ItemSpacing = ImVec2(0.6f * em, 0.45f * em);
    style.ItemInnerSpacing = ImVec2(0.4f * em, 0.3f * em);
    style.CellPadding = ImVec2(0.4f * em, 0.2f * em);
    style.IndentSpacing = 1.25f * em;
    style.ScrollbarSize = 0.9f * em;
    style.GrabMinSize = 0.75f * em;
    style.WindowRounding = 0.0f;
    style.ChildRounding = 0.3f * em;
    style.FrameRounding = 0.25f * em;
    style.PopupRounding = 0.3f * em;
    style.ScrollbarRounding = 0.5f * em;
    style.GrabRounding = 0.25f * em;
    style.WindowBorderSize = 0.0f;
    style.ChildBorderSize = 1.0f;
    style.PopupBorderSize = 1.0f;
    style.FrameBorderSize = 1.0f;
    style.DisplaySafeAreaPadding = ImVec2(0.25f * em, 0.25f * em);
    style.TouchExtraPadding = ImVec2(0.0f, 0.0f);

    const ImVec4 ink = Rgb(0x1F2328), muted = Rgb(0x59636E), paper = Rgb(0xFAFAF8), panel = Rgb(0xF1F1EE),
                 line = Rgb(0xD5D7DA), accent = Rgb(0x1F6F8B), accent_soft = Rgb(0x1F6F8B, 0.16f),
                 accent_hover = Rgb(0x1F6F8B, 0.26f);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = ink;
    c[ImGuiCol_TextDisabled] = muted;
    c[ImGuiCol_WindowBg] = paper;
    c[ImGuiCol_ChildBg] = Rgb(0xFFFFFF, 0.0f);
    c[ImGuiCol_PopupBg] = Rgb(0xFFFFFF);
    c[ImGuiCol_Border] = line;
    c[ImGuiCol_BorderShadow] = Rgb(0x000000, 0.0f);
    c[ImGuiCol_FrameBg] = Rgb(0xFFFFFF);
    c[ImGuiCol_FrameBgHovered] = Rgb(0xF3F7F9);
    c[ImGuiCol_FrameBgActive] = Rgb(0xFFFFFF);
    c[ImGuiCol_TitleBg] = panel;
    c[ImGuiCol_TitleBgActive] = panel;
    c[ImGuiCol_TitleBgCollapsed] = panel;
    c[ImGuiCol_MenuBarBg] = panel;
    c[ImGuiCol_ScrollbarBg] = Rgb(0x000000, 0.0f);
    c[ImGuiCol_ScrollbarGrab] = Rgb(0xC4C8CC);
    c[ImGuiCol_ScrollbarGrabHovered] = Rgb(0xA9AEB3);
    c[ImGuiCol_ScrollbarGrabActive] = Rgb(0x8C9298);
    c[ImGuiCol_CheckMark] = accent;
    c[ImGuiCol_SliderGrab] = accent;
    c[ImGuiCol_SliderGrabActive] = accent;
    c[ImGuiCol_Button] = Rgb(0xFFFFFF);
    c[ImGuiCol_ButtonHovered] = accent_hover;
    c[ImGuiCol_ButtonActive] = Rgb(0x1F6F8B, 0.38f);
    c[ImGuiCol_Header] = accent_soft;
    c[ImGuiCol_HeaderHovered] = accent_hover;
    c[ImGuiCol_HeaderActive] = Rgb(0x1F6F8B, 0.34f);
    c[ImGuiCol_Separator] = line;
    c[ImGuiCol_SeparatorHovered] = accent;
    c[ImGuiCol_SeparatorActive] = accent;
    c[ImGuiCol_ResizeGrip] = Rgb(0x000000, 0.0f);
    c[ImGuiCol_ResizeGripHovered] = accent_hover;
    c[ImGuiCol_ResizeGripActive] = accent;
    c[ImGuiCol_Tab] = panel;
    c[ImGuiCol_TabHovered] = accent_hover;
    c[ImGuiCol_TabActive] = Rgb(0xFFFFFF);
    c[ImGuiCol_TabUnfocused] = panel;
    c[ImGuiCol_TabUnfocusedActive] = Rgb(0xFFFFFF);
    c[ImGuiCol_TableHeaderBg] = panel;
    c[ImGuiCol_TableBorderStrong] = line;
    c[ImGuiCol_TableBorderLight] = Rgb(0xE6E7E9);
    c[ImGuiCol_TableRowBg] = Rgb(0x000000, 0.0f);
    c[ImGuiCol_TableRowBgAlt] = Rgb(0x000000, 0.025f);
    c[ImGuiCol_TextSelectedBg] = Rgb(0x1F6F8B, 0.25f);
    c[ImGuiCol_NavHighlight] = accent;
    c[ImGuiCol_ModalWindowDimBg] = Rgb(0x1F2328, 0.35f);
    if (theme == Theme::HighContrast) {
        // Black text and borders on white, thicker frames, and a darker accent that still reads
        // when a projector washes colours out.
        const ImVec4 black = Rgb(0x000000), strong = Rgb(0x0B4A5E);
        style.FrameBorderSize = std::max(1.0f, 0.12f * em);
        style.ChildBorderSize = std::max(1.0f, 0.12f * em);
        c[ImGuiCol_Text] = black;
        c[ImGuiCol_TextDisabled] = Rgb(0x303030);
        c[ImGuiCol_WindowBg] = Rgb(0xFFFFFF);
        c[ImGuiCol_Border] = black;
        c[ImGuiCol_MenuBarBg] = Rgb(0xE8E8E8);
        c[ImGuiCol_CheckMark] = strong;
        c[ImGuiCol_ButtonHovered] = Rgb(0x0B4A5E, 0.30f);
        c[ImGuiCol_ButtonActive] = Rgb(0x0B4A5E, 0.50f);
        c[ImGuiCol_Header] = Rgb(0x0B4A5E, 0.28f);
        c[ImGuiCol_HeaderHovered] = Rgb(0x0B4A5E, 0.40f);
        c[ImGuiCol_HeaderActive] = Rgb(0x0B4A5E, 0.50f);
        c[ImGuiCol_TableBorderStrong] = black;
        c[ImGuiCol_TableBorderLight] = Rgb(0x707070);
        c[ImGuiCol_TableRowBgAlt] = Rgb(0x000000, 0.06f);
        c[ImGuiCol_NavHighlight] = strong;
    }
}

}  // namespace

const ImWchar* UiGlyphRanges() {
    static const ImWchar ranges[] = {
        0x0020, 0x024F,  // Basic Latin, Latin-1 Supplement, Latin Extended-A and -B (ł, ő, ș, ...)
        0x0300, 0x036F,  // Combining diacritical marks (decomposed accents in pasted names)
        0x0370, 0x03FF,  // Greek
        0x0400, 0x052F,  // Cyrillic and Cyrillic Supplement
        0x1E00, 0x1EFF,  // Latin Extended Additional (Vietnamese)
        0x2000, 0x206F,  // General punctuation: dashes, curly quotes, ellipsis
        0x20A0, 0x20CF,  // Currency symbols
        0x2100, 0x215F,  // Letterlike symbols and number forms (№, ™, fractions)
        0x2190, 0x21FF,  // Arrows
        0x2200, 0x22FF,  // Mathematical operators (≤, ≥, ×)
        0x25A0, 0x25FF,  // Geometric shapes (bullets)
        0x2713, 0x2717,  // Check and cross marks
        0,
    };
    return ranges;
}

Fonts BuildAppearance(float scale, Theme theme) {
    if (scale <= 0.0f) scale = 1.0f;
    const float em = kBaseFontPixels * scale;
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    // Titles only need the Latin and punctuation ranges; keeping them small keeps startup fast.
    static const ImWchar title_ranges[] = {0x0020, 0x024F, 0x2000, 0x206F, 0};
    g_fonts.Body = AddUiFont(*io.Fonts, em, UiGlyphRanges());
    g_fonts.Title = AddUiFont(*io.Fonts, 1.5f * em, title_ranges);
    io.Fonts->Build();
    io.FontDefault = g_fonts.Body;
    ApplyTheme(ImGui::GetStyle(), em, theme);
    return g_fonts;
}

const Fonts& CurrentFonts() { return g_fonts; }

}  // namespace ui
