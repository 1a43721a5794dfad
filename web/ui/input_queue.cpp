#include "web/ui/input_queue.h"

#include <algorithm>
#include <iterator>

namespace ui {

void InputQueue::MousePosition(float x, float y) { Events.push_back(Move{x, y}); }
void InputQueue::MouseButton(int button, bool down) {
    if (button >= 0 && button < IM_ARRAYSIZE(ImGuiIO::MouseDown)) Events.push_back(Button{button, down});
}
void InputQueue::MouseWheel(float dx, float dy) { Events.push_back(Wheel{dx, dy}); }
void InputQueue::Key(int key, bool down, Modifiers mods) {
    if (key >= 0 && key < IM_ARRAYSIZE(ImGuiIO::KeysDown)) Events.push_back(KeyChange{key, down, mods});
}
void InputQueue::Text(std::string_view utf8) {
    if (!utf8.empty()) Events.push_back(Typed{std::string(utf8)});
}
void InputQueue::ReleaseAll() { Events.push_back(Release{}); }

namespace {

// What already changed in the frame being filled, to decide where the frame must end.
struct FrameSoFar {
    bool Moved = false;
    bool ButtonChanged[IM_ARRAYSIZE(ImGuiIO::MouseDown)] = {};
    bool AnyButtonChanged = false;
    std::vector<int> KeysChanged;
    bool AnyKey = false;
    bool AnyText = false;
};

void ApplyModifiers(ImGuiIO& io, const Modifiers& mods) {
    io.KeyCtrl = mods.Ctrl;
    io.KeyShift = mods.Shift;
    io.KeyAlt = mods.Alt;
    io.KeySuper = mods.Super;
}

}  // namespace

bool InputQueue::TakeEscapeFromText() {
    const bool escape = EscapeFromText;
    EscapeFromText = false;
    return escape;
}

bool InputQueue::ApplyTo(ImGuiIO& io) {
    FrameSoFar frame;
    std::size_t applied = 0;
    for (; applied < Events.size(); ++applied) {
        const Event& event = Events[applied];
        bool fits = true;
        if (const auto* move = std::get_if<Move>(&event)) {
            // A move after a press or release waits, so the click lands where it happened.
            fits = !frame.AnyButtonChanged;
            if (fits) {
                io.MousePos = move->X < 0 ? ImVec2(-FLT_MAX, -FLT_MAX) : ImVec2(move->X, move->Y);
                frame.Moved = true;
            }
        } else if (const auto* button = std::get_if<Button>(&event)) {
            // A press waits one frame after a move (ImGui must see the hover first), and each
            // button changes once per frame.
            fits = !frame.Moved && !frame.ButtonChanged[button->Index];
            if (fits) {
                io.MouseDown[button->Index] = button->Down;
                frame.ButtonChanged[button->Index] = frame.AnyButtonChanged = true;
            }
        } else if (const auto* wheel = std::get_if<Wheel>(&event)) {
            io.MouseWheelH += wheel->Dx;
            io.MouseWheel += wheel->Dy;
        } else if (const auto* key = std::get_if<KeyChange>(&event)) {
            const bool repeated = std::find(frame.KeysChanged.begin(), frame.KeysChanged.end(), key->Key) !=
                                  frame.KeysChanged.end();
            fits = !repeated && !frame.AnyText;
            if (fits && key->Key == keys::kEscape && key->Down && io.WantTextInput) {
                EscapeFromText = true;
                frame.KeysChanged.push_back(key->Key);
                frame.AnyKey = true;
            } else if (fits) {
                io.KeysDown[key->Key] = key->Down;
                ApplyModifiers(io, key->Mods);
                frame.KeysChanged.push_back(key->Key);
                frame.AnyKey = true;
            }
        } else if (const auto* typed = std::get_if<Typed>(&event)) {
            fits = !frame.AnyKey;  // Text after a key (say Backspace) waits for the key's frame.
            if (fits) {
                io.AddInputCharactersUTF8(typed->Utf8.c_str());
                frame.AnyText = true;
            }
        } else {
            // Focus lost: release everything at once; what follows starts a new frame.
            std::fill(std::begin(io.MouseDown), std::end(io.MouseDown), false);
            std::fill(std::begin(io.KeysDown), std::end(io.KeysDown), false);
            ApplyModifiers(io, Modifiers{});
            ++applied;
            break;
        }
        if (!fits) break;
    }
    Events.erase(Events.begin(), Events.begin() + static_cast<std::ptrdiff_t>(applied));
    return applied > 0;
}

}  // namespace ui
