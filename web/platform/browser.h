// Browser glue shared by the files in web/platform/; nothing outside this folder includes it.
#pragma once

#include "web/ui/input_queue.h"

// Implemented in library_debrief.js.
extern "C" {
void debrief_js_init();  // Hidden text input, paste listener, context-loss report.
void debrief_js_text_input(int active, float x, float y,
                           float line_height);  // Focus and place the text input.
void debrief_js_copy(const char* utf8);         // Put text on the system clipboard.
void debrief_js_set_cursor(const char* css);    // CSS cursor name for the canvas.
void debrief_js_first_frame();                  // The first frame is on screen.
int debrief_js_is_apple();                      // 1 on macOS and iOS, where Cmd is the shortcut modifier.
void debrief_js_mark(const char* name);         // performance.mark(name), for benchmarks.
void debrief_js_report_problem(const char* title, const char* detail);  // Replace the app with a message.
void debrief_js_download(const char* name, const char* mime, const char* data, int length);
void debrief_js_pick_file(int request, const char* accept);  // Answers through debrief_on_file_picked().
int debrief_js_local_offset_minutes(double utc_ms);
double debrief_js_now();
void debrief_js_reload();
void debrief_js_open_mailto(const char* url);                  // Hand a mailto: URL to the mail client.
void debrief_js_preferred_locale(char* out, int size);         // navigator.language, e.g. "en-GB".
int debrief_js_flag(const char* name, int set);  // Reads (and with set=1 sets) a per-profile flag.
int debrief_js_notification_permission();  // 0 unsupported, 1 not asked, 2 granted, 3 denied.
void debrief_js_request_notifications();   // The browser's prompt; the answer shows in the above.
void debrief_js_notify(const char* title, const char* body, const char* tag);
void debrief_js_glue_build_id(char* out, int size);     // The build id the JavaScript glue was linked with.
int debrief_js_offline_state(int known, char* out, int size);  // Change count; the JSON only if not `known`.
void debrief_js_offline_action(int action);             // 1 check for update, 2 apply it, 3 install.
int debrief_js_page_in_workshop();                      // 1 when the address asks for the workshop (?workshop=1).
void debrief_js_remember_workshop(int on);              // Puts ?workshop=1 in the address, or takes it out.
}

namespace browser {

inline constexpr const char* kCanvas = "#canvas";

// browser_input.cpp: mouse, touch, wheel and keyboard events from the page into `queue`;
// text and paste from library_debrief.js; clipboard callbacks for ImGui.
void InstallInput(ui::InputQueue& queue);
// Asks for a few frames: something outside input changed what the app shows (storage answered,
// a file arrived). browser_main.cpp.
void WakeUp();

// Called once per rendered frame, after ImGui::Render(): focuses or releases the hidden text
// input and updates the mouse cursor.
void SyncInputAfterFrame();

}  // namespace browser
