// Input from the browser into Dear ImGui, through ui::InputQueue.
//
// Implemented features:
//  [X] Mouse: move, buttons (press on the canvas, release anywhere), wheel in pixel, line and
//      page modes. Positions are CSS pixels times devicePixelRatio (the framebuffer's pixels).
//  [X] Touch: the first finger acts as the left mouse button; the press reaches ImGui one frame
//      after the move (the queue's rule), or taps would miss their target.
//  [X] Keyboard: navigation and editing keys, Ctrl/Shift/Alt/Meta, macOS Cmd shortcuts. Keys
//      that type characters keep their default action so the hidden <textarea> receives the text.
//      Browser shortcuts Debrief does not use (reload, zoom, devtools) are left alone.
//  [X] Text: UTF-8 from library_debrief.js (see there), repaired if it holds lone surrogates.
//  [X] Clipboard: in-app copy goes to the system clipboard; paste arrives as a paste event and
//      is replayed to ImGui as Ctrl+V, so it replaces selections and undoes like a paste.
//  [X] Focus loss releases every key and button (no stuck Alt after Alt+Tab).
//  [ ] Multi-touch gestures (pinch zoom) and pen pressure.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <cstring>
#include <string>

#include "core/text/utf8.h"
#include "imgui.h"
#include "web/platform/browser.h"
#include "web/ui/key_codes.h"

namespace browser {

namespace {

ui::InputQueue* g_queue = nullptr;
std::string g_clipboard;  // What ImGui copied or what was last pasted; ImGui reads it on Ctrl+V.
bool g_touch_active = false;

using namespace ui::keys;

float PixelRatio() { return static_cast<float>(emscripten_get_device_pixel_ratio()); }

ui::Modifiers ModifiersOf(const EmscriptenKeyboardEvent& e) {
    return ui::Modifiers{e.ctrlKey != 0, e.shiftKey != 0, e.altKey != 0, e.metaKey != 0};
}

// Keys whose browser default would fight ImGui: focus moves, page scrolls, history navigation.
bool IsEditingKey(int code) {
    switch (code) {
    case kBackspace:
    case kTab:
    case kEnter:
    case kEscape:
    case kPageUp:
    case kPageDown:
    case kEnd:
    case kHome:
    case kLeft:
    case kUp:
    case kRight:
    case kDown:
    case kDelete: return true;
    default: return false;
    }
}

// Ctrl/Cmd + A, C, X, Y, Z: editing shortcuts ImGui handles itself; F (find) and S (save):
// Debrief's own, which the browser must not take.
bool IsEditingShortcut(const EmscriptenKeyboardEvent& e) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return false;
    const int code = static_cast<int>(e.keyCode);
    return code == kA || code == kC || code == kX || code == kY || code == kZ || code == kF || code == kS;
}

// A key that types a character (its `key` is one code point, no Ctrl/Cmd/Alt): "a", "é", " ".
bool TypesCharacter(const EmscriptenKeyboardEvent& e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const std::string_view key(e.key);
    return !key.empty() && debrief::utf8::DecodeFirst(key).Length == key.size();
}

EM_BOOL OnKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    const int code = static_cast<int>(e->keyCode);
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    // Ctrl/Cmd+V: let the browser raise its paste event, which brings the clipboard text.
    if ((e->ctrlKey || e->metaKey) && code == kV) return EM_FALSE;
    // While a text field has focus, a character key matters only as the text it types, which
    // arrives through the hidden input; queuing the key too would cost frames per character.
    if (TypesCharacter(*e) && ImGui::GetIO().WantTextInput) return EM_FALSE;
    g_queue->Key(code, down, ModifiersOf(*e));
    return (IsEditingKey(code) || IsEditingShortcut(*e)) ? EM_TRUE : EM_FALSE;
}

EM_BOOL OnMouseMove(int, const EmscriptenMouseEvent* e, void*) {
    // The canvas fills the window from its top-left corner, so client coordinates are canvas
    // coordinates (shell.html).
    const float ratio = PixelRatio();
    g_queue->MousePosition(static_cast<float>(e->clientX) * ratio, static_cast<float>(e->clientY) * ratio);
    return EM_FALSE;
}

int ImGuiButton(unsigned short dom_button) {
    switch (dom_button) {
    case 0: return 0;    // left
    case 1: return 2;    // middle
    case 2: return 1;    // right
    default: return -1;  // back/forward: not used
    }
}

EM_BOOL OnMouseDown(int, const EmscriptenMouseEvent* e, void*) {
    OnMouseMove(0, e, nullptr);
    g_queue->MouseButton(ImGuiButton(e->button), true);
    return EM_TRUE;  // No default: the click must not take focus from the hidden text input.
}

EM_BOOL OnMouseUp(int, const EmscriptenMouseEvent* e, void*) {
    g_queue->MouseButton(ImGuiButton(e->button), false);
    return EM_FALSE;
}

EM_BOOL OnMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    g_queue->MousePosition(-1, -1);
    return EM_FALSE;
}

EM_BOOL OnWheel(int, const EmscriptenWheelEvent* e, void*) {
    // One wheel notch is about 100 CSS px, 3 lines or one page, depending on deltaMode.
    float per_notch = 100.0f;
    if (e->deltaMode == DOM_DELTA_LINE) per_notch = 3.0f;
    if (e->deltaMode == DOM_DELTA_PAGE) per_notch = 1.0f;
    g_queue->MouseWheel(static_cast<float>(-e->deltaX) / per_notch,
                        static_cast<float>(-e->deltaY) / per_notch);
    return EM_TRUE;  // The page itself must not scroll or zoom.
}

EM_BOOL OnTouch(int type, const EmscriptenTouchEvent* e, void*) {
    if (e->numTouches < 1) return EM_TRUE;
    const EmscriptenTouchPoint& t = e->touches[0];
    const float ratio = PixelRatio();
    const float x = static_cast<float>(t.clientX) * ratio, y = static_cast<float>(t.clientY) * ratio;
    switch (type) {
    case EMSCRIPTEN_EVENT_TOUCHSTART:
        g_queue->MousePosition(x, y);
        g_queue->MouseButton(0, true);
        g_touch_active = true;
        break;
    case EMSCRIPTEN_EVENT_TOUCHMOVE:
        if (g_touch_active) g_queue->MousePosition(x, y);
        break;
    default:  // end or cancel
        if (g_touch_active) {
            g_queue->MouseButton(0, false);
            g_queue->MousePosition(-1, -1);  // No hover left behind after a tap.
        }
        g_touch_active = false;
        break;
    }
    return EM_TRUE;  // No emulated mouse events, no page scrolling.
}

EM_BOOL OnBlur(int, const EmscriptenFocusEvent*, void*) {
    g_queue->ReleaseAll();
    return EM_FALSE;
}

void SetClipboard(void*, const char* text) {
    g_clipboard = text ? text : "";
    debrief_js_copy(g_clipboard.c_str());
}

const char* GetClipboard(void*) { return g_clipboard.c_str(); }

const char* CssCursor(ImGuiMouseCursor cursor) {
    switch (cursor) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
    }
}

// Where ImGui wants the IME: the text cursor of the active field (framebuffer pixels).
ImVec2 g_ime_position;
void SetImePosition(int x, int y) { g_ime_position = ImVec2(static_cast<float>(x), static_cast<float>(y)); }

}  // namespace

void InstallInput(ui::InputQueue& queue) {
    g_queue = &queue;
    ImGuiIO& io = ImGui::GetIO();
    ui::keys::MapKeyCodes(io);
    io.SetClipboardTextFn = SetClipboard;
    io.GetClipboardTextFn = GetClipboard;
    io.ImeSetInputScreenPosFn = SetImePosition;
    io.BackendPlatformName = "debrief_browser";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    // Cmd is the shortcut modifier on Apple keyboards (library_debrief.js asks the browser).
    io.ConfigMacOSXBehaviors = debrief_js_is_apple() != 0;

    const char* window = EMSCRIPTEN_EVENT_TARGET_WINDOW;
    emscripten_set_keydown_callback(window, nullptr, true, OnKey);
    emscripten_set_keyup_callback(window, nullptr, true, OnKey);
    emscripten_set_mousedown_callback(kCanvas, nullptr, true, OnMouseDown);
    emscripten_set_mousemove_callback(window, nullptr, true, OnMouseMove);
    emscripten_set_mouseup_callback(window, nullptr, true, OnMouseUp);
    emscripten_set_mouseleave_callback(kCanvas, nullptr, true, OnMouseLeave);
    emscripten_set_wheel_callback(kCanvas, nullptr, false, OnWheel);
    emscripten_set_touchstart_callback(kCanvas, nullptr, false, OnTouch);
    emscripten_set_touchmove_callback(kCanvas, nullptr, false, OnTouch);
    emscripten_set_touchend_callback(kCanvas, nullptr, false, OnTouch);
    emscripten_set_touchcancel_callback(kCanvas, nullptr, false, OnTouch);
    emscripten_set_blur_callback(window, nullptr, true, OnBlur);
    debrief_js_init();
}

void SyncInputAfterFrame() {
    const ImGuiIO& io = ImGui::GetIO();
    debrief_js_text_input(io.WantTextInput ? 1 : 0, g_ime_position.x, g_ime_position.y, ImGui::GetFontSize());

    static ImGuiMouseCursor shown = ImGuiMouseCursor_COUNT;
    const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
    if (cursor != shown) {
        debrief_js_set_cursor(CssCursor(cursor));
        shown = cursor;
    }
}

}  // namespace browser

// --- Called from library_debrief.js ----------------------------------------------------------

extern "C" {

// Text typed into the hidden input. JavaScript strings may carry lone surrogates, which
// arrive here as invalid UTF-8; they are repaired before ImGui sees them.
EMSCRIPTEN_KEEPALIVE void debrief_on_text(const char* utf8) {
    if (browser::g_queue && utf8) browser::g_queue->Text(debrief::utf8::Sanitize(utf8));
}

// Clipboard text from a paste event: remembered as the clipboard and replayed as Ctrl+V, but
// only while a text field is active (elsewhere a paste means nothing).
EMSCRIPTEN_KEEPALIVE void debrief_on_paste(const char* utf8) {
    if (!browser::g_queue || !utf8 || !ImGui::GetIO().WantTextInput) return;
    browser::g_clipboard = debrief::utf8::Sanitize(utf8);
    // ImGui's paste shortcut is Cmd+V on macOS and Ctrl+V elsewhere.
    const bool mac = ImGui::GetIO().ConfigMacOSXBehaviors;
    const ui::Modifiers shortcut{!mac, false, false, mac};
    browser::g_queue->Key(ui::keys::kV, true, shortcut);
    browser::g_queue->Key(ui::keys::kV, false, shortcut);
}

}  // extern "C"
