// Input events from the platform, handed to ImGui one state change at a time.
//
// Dear ImGui 1.86 reads input as state (is the button down now?), once per frame. Browsers
// deliver events faster than frames: a quick click's press and release, or a tap's move and
// press, often arrive between two frames, and ImGui would never see the click. This queue keeps
// events in order and applies them frame by frame, so that within one frame a button or key
// changes at most once, a press happens one frame after the pointer moved onto its target, and
// typed text never overtakes the keys around it.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "imgui.h"
#include "web/ui/key_codes.h"

namespace ui {

struct Modifiers {
    bool Ctrl = false, Shift = false, Alt = false, Super = false;
};

class InputQueue {
  public:
    void MousePosition(float x, float y);          // In framebuffer pixels; negative when the pointer left.
    void MouseButton(int button, bool down);       // 0 left, 1 right, 2 middle.
    void MouseWheel(float dx, float dy);           // In ImGui units: +1 is one notch up / left.
    void Key(int key, bool down, Modifiers mods);  // `key` indexes ImGuiIO::KeysDown (0..511).
    void Text(std::string_view utf8);              // Characters typed, composed or dictated.
    void ReleaseAll();                             // The window lost focus: nothing stays pressed.

    bool Empty() const { return Events.empty(); }

    // Applies the events that fit into the next frame to `io`. Returns true if any were applied.
    // Escape pressed while a text field has focus (io.WantTextInput) is not given to ImGui,
    // which would revert the field; TakeEscapeFromText() reports it instead (see frame.cpp).
    bool ApplyTo(ImGuiIO& io);
    bool TakeEscapeFromText();  // True once after ApplyTo() held back such an Escape.

  private:
    struct Move {
        float X, Y;
    };
    struct Button {
        int Index;
        bool Down;
    };
    struct Wheel {
        float Dx, Dy;
    };
    struct KeyChange {
        int Key;
        bool Down;
        Modifiers Mods;
    };
    struct Typed {
        std::string Utf8;
    };
    struct Release {};
    using Event = std::variant<Move, Button, Wheel, KeyChange, Typed, Release>;

    std::vector<Event> Events;
    bool EscapeFromText = false;
};

}  // namespace ui
