// Sizes in em units: multiples of the current font size.
//
// The font is rebuilt at the real pixel size for the screen's devicePixelRatio (and, later, for
// presenter mode), so a size written in ems is right on every screen without further scaling.
// A fixed pixel size in a view is almost always a bug.
#pragma once

#include "imgui.h"

namespace ui {

inline float Em(float ems) { return ems * ImGui::GetFontSize(); }
inline ImVec2 Em(float width_ems, float height_ems) { return {Em(width_ems), Em(height_ems)}; }

}  // namespace ui
