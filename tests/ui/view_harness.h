// Draws Debrief's views in a headless ImGui context and drives them as a user would, through
// ImGuiIO: mouse moves and clicks at an item's position, key presses, typed text. Items are
// found by label with the same widget locator the browser tests use (web/ui/item_registry.h),
// and tests assert on the resulting AppState and records.
//
// Records live in a MemoryStorage (core/storage/memory_storage.h) whose completions are
// delivered after every frame, as IndexedDB's events arrive between browser frames. Give two
// harnesses the same backing to test two tabs.
#pragma once

#include <memory>
#include <string_view>

#include "core/storage/memory_storage.h"
#include "core/workspace/workspace.h"
#include "fake_host.h"
#include "imgui.h"
#include "web/app/app_state.h"
#include "web/ui/input_queue.h"
#include "web/ui/item_registry.h"

class ViewHarness {
  public:
    explicit ViewHarness(
        float scale = 1.0f, ImVec2 display = ImVec2(1280, 800),
        std::shared_ptr<debrief::MemoryBacking> backing = std::make_shared<debrief::MemoryBacking>());
    ~ViewHarness();
    ViewHarness(const ViewHarness&) = delete;
    ViewHarness& operator=(const ViewHarness&) = delete;

    FakeHost Host;
    debrief::MemoryStorage Store;
    debrief::Workspace Records;
    app::AppState State;
    ui::InputQueue Input;
    bool DeliverStorageEvents = true;  // False holds storage's answers back, as a slow disk would.

    void Frame();   // One frame of the whole app, then storage events.
    void Settle();  // Frames until every queued event is applied and the layout is stable.

    const ui::items::Item* Find(std::string_view label);  // In this harness's last frame.
    const ui::items::Item* FindIn(std::string_view label, std::string_view window);
    bool Click(std::string_view label);       // False when no visible item has that label.
    void Click(const ui::items::Item& item);  // At the item's visible centre.
    bool TypeInto(std::string_view label, std::string_view utf8);  // Click the field, select all, type.
    void Type(std::string_view utf8);              // Typed text, as the hidden input delivers it.
    void Press(int key, ui::Modifiers mods = {});  // Key down and up.
    void Shortcut(int key);                        // Ctrl + key.

  private:
    ImGuiContext* Context;
    float BaseScale = 1.0f;   // The screen's pixel scale this harness stands for.
    float BuiltScale = 1.0f;  // What the fonts were last built for (presenter mode multiplies).
    bool BuiltPresenter = false;
};
