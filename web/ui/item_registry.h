// The widget locator: every item ImGui laid out in the last frame, with its label and where it is.
//
// ImGui 1.86 built with IMGUI_ENABLE_TEST_ENGINE reports each item it adds to hook functions;
// item_registry.cpp implements them and records the items of the frame being drawn. After the
// frame is rendered, Publish() makes that list the one tests read. Browser tests get it as JSON
// (window.debrief.items()) and click at the item's real screen position; headless view tests
// use Find() directly. Coordinates are ImGui screen coordinates, i.e. framebuffer pixels.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "imgui.h"

namespace ui::items {

struct Item {
    ImGuiID Id = 0;
    std::string Label;   // Full label as given to ImGui, "##" suffix included; empty for unlabelled items.
    std::string Window;  // Name of the window the item was drawn in.
    ImVec2 Min, Max;     // Bounding box.
    ImVec2 VisibleMin, VisibleMax;  // Bounding box clipped to what the window shows.
    int StatusFlags = 0;            // ImGuiItemStatusFlags, including the test-engine bits (Checked, Opened).

    std::string_view Text() const;  // The label as shown on screen: up to "##".
    bool IsVisible() const { return VisibleMax.x > VisibleMin.x && VisibleMax.y > VisibleMin.y; }
    ImVec2 Center() const {
        return {(VisibleMin.x + VisibleMax.x) * 0.5f, (VisibleMin.y + VisibleMax.y) * 0.5f};
    }
    bool IsChecked() const;  // For checkboxes, radio buttons, selectables and menu items.
};

// Each ImGui context has its own record (headless tests run several "tabs" side by side); the
// functions below work on the current context.

// Turns the hooks on for a context (ImGui has them off by default).
void SetEnabled(ImGuiContext* ctx, bool enabled);
// Drops a context's record; call before destroying the context.
void Forget(ImGuiContext* ctx);
// Starts recording a new frame; call before ImGui::NewFrame().
void BeginFrame();
// Makes the recorded frame the published one; call after ImGui::Render().
void Publish();
// Gives the item just drawn a label, for widgets whose ImGui code reports none (combos).
void DescribeLastItem(const char* label);

// Items of the last published frame, in drawing order.
const std::vector<Item>& Published();
// ImGui frame count of that frame.
int PublishedFrame();
// First visible labelled item whose Text() or Label equals `label`.
const Item* Find(std::string_view label);
// {"frame":N,"items":[{"label","text","window","x","y","w","h","visible","checked"}]}
std::string PublishedJson();

}  // namespace ui::items
