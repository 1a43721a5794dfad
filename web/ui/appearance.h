// How Debrief looks: the UI fonts and the colour theme, built for one pixel scale.
//
// `scale` is device pixels per CSS pixel (window.devicePixelRatio), times any zoom the user
// chose. The font atlas is rasterised at 16 px x scale, so text is crisp on HiDPI screens;
// never io.FontGlobalScale, which blurs. Call BuildAppearance() outside a frame, then upload the
// atlas texture again (the renderer's job).
#pragma once

#include "imgui.h"

namespace ui {

inline constexpr float kBaseFontPixels = 16.0f;  // 1 em at scale 1, in CSS pixels.

// Standard: a calm light theme. HighContrast: black on white with strong borders and a darker
// accent, for projectors in bright rooms (presenter mode).
enum class Theme { Standard, HighContrast };

struct Fonts {
    ImFont* Body = nullptr;   // Default font for everything.
    ImFont* Title = nullptr;  // Larger face for view titles, 1.5 em.
};

const ImWchar* UiGlyphRanges();  // Latin (with extensions), Greek, Cyrillic, punctuation, currency.

// Rebuilds fonts and style for `scale` in the current ImGui context.
Fonts BuildAppearance(float scale, Theme theme = Theme::Standard);
const Fonts& CurrentFonts();  // What the last BuildAppearance() made.

}  // namespace ui
