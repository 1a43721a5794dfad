// Draws Debrief's views in a headless ImGui context and drives them as a user would, through
// ImGuiIO: mouse moves and clicks at an item's position, key presses, typed text. Items are
// found by label with the same widget locator the browser tests use (web/ui/item_registry.h),
// and tests assert on the resulting AppState.
#pragma once

#include <string_view>

#include "imgui.h"
#include "web/app/app_state.h"
#include "web/ui/input_queue.h"
#include "web/ui/item_registry.h"

class ViewHarness {
  public:
    explicit ViewHarness(float scale = 1.0f, ImVec2 display = ImVec2(1280, 800));
    ~ViewHarness();
    ViewHarness(const ViewHarness&) = delete;
    ViewHarness& operator=(const ViewHarness&) = delete;

    app::AppState State;
    ui::InputQueue Input;

    void Frame();   // One frame of the whole app.
    void Settle();  // Frames until every queued event is applied and the layout is stable.

    const ui::items::Item* Find(std::string_view label) const { return ui::items::Find(label); }
    bool Click(std::string_view label);            // False when no visible item has that label.
    void Click(const ui::items::Item& item);       // At the item's visible centre.
    void Type(std::string_view utf8);              // Typed text, as the hidden input delivers it.
    void Press(int key, ui::Modifiers mods = {});  // Key down and up.

  private:
    ImGuiContext* Context;
};
