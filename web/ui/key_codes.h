// Key numbers used by ui::InputQueue and ImGuiIO::KeysDown: the DOM's KeyboardEvent.keyCode
// values, which the browser hands over directly. Headless view tests use the same numbers.
#pragma once

#include "imgui.h"

namespace ui::keys {

enum Code : int {
    kBackspace = 8,
    kTab = 9,
    kEnter = 13,
    kShift = 16,
    kControl = 17,
    kAlt = 18,
    kEscape = 27,
    kSpace = 32,
    kPageUp = 33,
    kPageDown = 34,
    kEnd = 35,
    kHome = 36,
    kLeft = 37,
    kUp = 38,
    kRight = 39,
    kDown = 40,
    kInsert = 45,
    kDelete = 46,
    kA = 'A',
    kC = 'C',
    kE = 'E',
    kF = 'F',
    kN = 'N',
    kS = 'S',
    kV = 'V',
    kX = 'X',
    kY = 'Y',
    kZ = 'Z',
    kF9 = 120,  // Presenter mode on and off.
};

// Tells ImGui which KeysDown index is which key.
inline void MapKeyCodes(ImGuiIO& io) {
    io.KeyMap[ImGuiKey_Tab] = kTab;
    io.KeyMap[ImGuiKey_LeftArrow] = kLeft;
    io.KeyMap[ImGuiKey_RightArrow] = kRight;
    io.KeyMap[ImGuiKey_UpArrow] = kUp;
    io.KeyMap[ImGuiKey_DownArrow] = kDown;
    io.KeyMap[ImGuiKey_PageUp] = kPageUp;
    io.KeyMap[ImGuiKey_PageDown] = kPageDown;
    io.KeyMap[ImGuiKey_Home] = kHome;
    io.KeyMap[ImGuiKey_End] = kEnd;
    io.KeyMap[ImGuiKey_Insert] = kInsert;
    io.KeyMap[ImGuiKey_Delete] = kDelete;
    io.KeyMap[ImGuiKey_Backspace] = kBackspace;
    io.KeyMap[ImGuiKey_Space] = kSpace;
    io.KeyMap[ImGuiKey_Enter] = kEnter;
    io.KeyMap[ImGuiKey_Escape] = kEscape;
    io.KeyMap[ImGuiKey_KeyPadEnter] = kEnter;  // The DOM reports both Enter keys as 13.
    io.KeyMap[ImGuiKey_A] = kA;
    io.KeyMap[ImGuiKey_C] = kC;
    io.KeyMap[ImGuiKey_V] = kV;
    io.KeyMap[ImGuiKey_X] = kX;
    io.KeyMap[ImGuiKey_Y] = kY;
    io.KeyMap[ImGuiKey_Z] = kZ;
}

}  // namespace ui::keys
