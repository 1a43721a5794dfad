// The browser entry point: WebGL2, the frame loop, HiDPI, and what tests read from the page.
//
// Implemented features:
//  [X] WebGL2 context through Emscripten's html5 API; ImGui's OpenGL ES 3 renderer draws into it.
//  [X] HiDPI: the canvas backing store is its CSS size times devicePixelRatio; the font atlas is
//      rebuilt at that scale whenever the ratio changes (browser zoom, moving to another screen),
//      and at 1.5x to 2x that with the high-contrast theme in presenter mode (F9).
//  [X] Follows the window size every frame (the canvas is sized by CSS, shell.html).
//  [X] Idle when idle: no ImGui frame is built unless input arrived, the size changed, a text
//      field is active or ImGui is settling after a change, so an open tab costs no CPU.
//  [X] Two spaces: the user's own records and the workshop's demo space, each its own IndexedDB
//      database; switching closes one before opening the other (web/app/workshop.h).
//  [X] Refuses to start when the JavaScript glue and the WebAssembly come from different builds.
//  [X] Widget locator and app state for tests: debrief_test_items_json(), debrief_test_state_json().
//  [ ] Frame pacing for animations (none yet): add a "frames wanted" request when one appears.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <malloc.h>
#include <memory>
#include <string>

#include <nlohmann/json.hpp>

#include "core/build_info.h"
#include "core/storage/storage.h"
#include "core/workspace/workspace.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "web/app/draw_app.h"
#include "web/platform/browser.h"
#include "web/platform/browser_host.h"
#include "web/platform/idb_storage.h"
#include "web/ui/appearance.h"
#include "web/ui/frame.h"
#include "web/ui/item_registry.h"

namespace {

constexpr debrief::TimeMs kIdleRedrawMs = 30'000;  // Clocks on screen ("due for 3 h") stay current.

// After anything changes, ImGui needs a few frames to settle: windows measure their contents
// on the first frame and lay them out on the next, popups position themselves, hover updates.
constexpr int kSettleFrames = 4;

struct Browser {
    // The open database: the user's own records, or the workshop's demo space (web/app/workshop.h).
    browser::IdbStorage Storage{app::kOwnDatabase};
    browser::BrowserHost Host{Storage};
    std::unique_ptr<debrief::Workspace> Records;
    app::AppState State;
    ui::InputQueue Input;
    int Width = 0, Height = 0;  // Framebuffer size in device pixels.
    float Scale = 0.0f;         // Pixel scale the fonts were built for: devicePixelRatio x presenter scale.
    ui::Theme Theme = ui::Theme::Standard;
    double LastTime = 0.0;
    int FramesPending = kSettleFrames;
    bool FirstFrameShown = false;
    bool DataFrameShown = false;
    std::array<double, 256> FrameTimes{};  // CPU time of building each frame's UI, in ms (a ring).
    std::size_t FrameCount = 0;
};

Browser& TheBrowser() {
    static Browser browser;
    return browser;
}

bool AnythingHeld(const ImGuiIO& io) {
    for (bool down : io.MouseDown)
        if (down) return true;
    for (bool down : io.KeysDown)
        if (down) return true;
    return false;
}

bool CreateWebGL2Context() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own shapes.
    attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
    const EMSCRIPTEN_WEBGL_CONTEXT_HANDLE context = emscripten_webgl_create_context(browser::kCanvas, &attrs);
    if (context <= 0) return false;
    return emscripten_webgl_make_context_current(context) == EMSCRIPTEN_RESULT_SUCCESS;
}

// Sizes the canvas backing store to its CSS size times devicePixelRatio. Returns true if the
// size or the ratio changed.
bool FollowCanvasSize(Browser& b) {
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size(browser::kCanvas, &css_width, &css_height);
    const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
    const float scale = ratio * app::PresenterScale(b.State);
    const ui::Theme theme = b.State.Presenter.On ? ui::Theme::HighContrast : ui::Theme::Standard;
    const int width = std::max(1, static_cast<int>(std::lround(css_width * ratio)));
    const int height = std::max(1, static_cast<int>(std::lround(css_height * ratio)));
    bool changed = false;
    if (width != b.Width || height != b.Height) {
        emscripten_set_canvas_element_size(browser::kCanvas, width, height);
        b.Width = width;
        b.Height = height;
        changed = true;
    }
    if (scale != b.Scale || theme != b.Theme) {
        // Sharp text at the new scale (a new ratio, or presenter mode): a new atlas, then the
        // renderer uploads it again.
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ui::BuildAppearance(scale, theme);
        ImGui_ImplOpenGL3_CreateFontsTexture();
        b.Scale = scale;
        b.Theme = theme;
        changed = true;
    }
    return changed;
}

// Opens `space`'s database with a fresh Workspace and app state. The address keeps the space
// (?workshop=1), so a reload stays where the user is.
void OpenSpace(Browser& b, app::Space space) {
    b.Records = std::make_unique<debrief::Workspace>(b.Storage, [&b] { return b.Host.Now(); });
    app::EnterSpace(b.State, space, b.Records.get());
    debrief_js_remember_workshop(space == app::Space::Workshop ? 1 : 0);
    b.Records->Open();
}

// Closes the open records (nothing is on its way: app::CanSwitchSpace) and opens the other space.
void SwitchSpace(Browser& b, app::Space space) {
    debrief_js_mark(space == app::Space::Workshop ? "debrief-workshop-start" : "debrief-workshop-leave");
    b.State.Records = nullptr;
    b.Records.reset();
    b.Storage.Reopen(app::DatabaseFor(space));
    OpenSpace(b, space);
    b.FramesPending = kSettleFrames;
}

void Frame() {
    Browser& b = TheBrowser();
    ImGuiIO& io = ImGui::GetIO();
    const bool changed = FollowCanvasSize(b);
    const double now = emscripten_get_now() / 1000.0;
    const bool stale = (now - b.LastTime) * 1000.0 > static_cast<double>(kIdleRedrawMs);
    const bool woken = b.State.WakeAt != 0 && b.Host.Now() >= b.State.WakeAt;  // A view asked for this moment.
    if (woken) b.State.WakeAt = 0;
    const bool wanted =
        changed || !b.Input.Empty() || b.FramesPending > 0 || io.WantTextInput || AnythingHeld(io) || stale || woken;
    if (!wanted) return;

    io.DeltaTime = b.LastTime > 0.0 ? static_cast<float>(std::max(now - b.LastTime, 1e-4)) : 1.0f / 60.0f;
    b.LastTime = now;
    io.DisplaySize = ImVec2(static_cast<float>(b.Width), static_cast<float>(b.Height));
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);  // Sizes are already device pixels.
    ImGui_ImplOpenGL3_NewFrame();
    const double ui_start = emscripten_get_now();
    if (ui::BeginFrame(b.Input) || changed)
        b.FramesPending = kSettleFrames;
    else if (b.FramesPending > 0)
        --b.FramesPending;
    app::DrawApp(b.State);
    ui::EndFrame();
    b.FrameTimes[b.FrameCount++ % b.FrameTimes.size()] = emscripten_get_now() - ui_start;

    const ImVec4 clear = ImGui::GetStyleColorVec4(ImGuiCol_WindowBg);
    glViewport(0, 0, b.Width, b.Height);
    glClearColor(clear.x, clear.y, clear.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    browser::SyncInputAfterFrame();
    if (b.State.Workshop.Approaching) b.Storage.WarmUp(app::kWorkshopDatabase);  // Does nothing once warm.
    if (b.State.Workshop.Requested) SwitchSpace(b, *b.State.Workshop.Requested);
    if (!b.FirstFrameShown) {
        b.FirstFrameShown = true;
        debrief_js_first_frame();
    }
    if (!b.DataFrameShown && b.Records->Loading() == debrief::LoadState::Ready) {
        b.DataFrameShown = true;
        debrief_js_mark("debrief-data-frame");  // The first frame that shows the stored records.
    }
}

}  // namespace

void browser::WakeUp() { TheBrowser().FramesPending = kSettleFrames; }

// The JavaScript glue and the WebAssembly must come from the same build: a mix (a cache or a
// half-finished update) could misread the stored records. Checked before anything is read.
bool SameBuildAsGlue() {
    std::array<char, 128> glue{};
    debrief_js_glue_build_id(glue.data(), static_cast<int>(glue.size()));
    const std::string_view wasm = debrief::CurrentBuild().Id;
    if (wasm == glue.data()) return true;
    const std::string detail = "This page's code is from build " + std::string(glue.data()) +
                               " but its WebAssembly module is from build " + std::string(wasm) +
                               ". Debrief stopped before reading or changing any of your records. Reload to load one "
                               "complete version; your saved records are not affected.";
    debrief_js_report_problem("Debrief was only partly updated", detail.c_str());
    return false;
}

int main() {
    if (!SameBuildAsGlue()) return 1;
    if (!CreateWebGL2Context()) {
        debrief_js_report_problem(
            "Debrief needs WebGL 2",
            "This browser could not start WebGL 2, which Debrief uses to draw its window. "
            "Update the browser or turn on hardware acceleration in its settings, then reload.");
        return 1;
    }
    ImGuiContext* context = ImGui::CreateContext();
    ui::items::SetEnabled(context, true);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // Window layout is fixed; nothing to remember between sessions.
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    Browser& b = TheBrowser();
    browser::InstallInput(b.Input);
    ImGui_ImplOpenGL3_Init("#version 300 es");
    b.State.Platform = &b.Host;
    const app::Space space = debrief_js_page_in_workshop() ? app::Space::Workshop : app::Space::Own;
    b.Storage.SetDatabase(app::DatabaseFor(space));
    OpenSpace(b, space);
    b.Host.QueryStorageHealth(false, [](const app::StorageHealth& h) { TheBrowser().State.Health = h; });
    emscripten_set_main_loop(Frame, 0, false);
    return 0;
}

// --- Read by tests through window.debrief (web/platform/loader.js) ---------------------------
//
// Besides reading, tests may ask for a burst of saves through the real path (Workspace ->
// IndexedDB), to check that every acknowledged save survives the tab being killed. Each
// acknowledgement is logged to the console as "debrief:ack <n>".

extern "C" {

// The labelled items of the last rendered frame; see web/ui/item_registry.h.
EMSCRIPTEN_KEEPALIVE const char* debrief_test_items_json() {
    static std::string json;
    json = ui::items::PublishedJson();
    return json.c_str();
}

// The app state (current area, field contents, build) as JSON, plus the heap in use.
EMSCRIPTEN_KEEPALIVE const char* debrief_test_state_json() {
    static std::string json;
    nlohmann::json state = app::ToJson(TheBrowser().State);
    state["heapInUse"] = mallinfo().uordblks;
    json = state.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return json.c_str();
}

// How many actions are not yet stored: the page asks before closing while any are on their way.
EMSCRIPTEN_KEEPALIVE int debrief_unsaved_actions() {
    return static_cast<int>(TheBrowser().Records->UnsavedActions());
}

// CPU time (ms) the last frames spent building the interface: ImGui::NewFrame() to Render().
EMSCRIPTEN_KEEPALIVE const char* debrief_test_frame_times_json() {
    static std::string json;
    const Browser& b = TheBrowser();
    nlohmann::json times = nlohmann::json::array();
    const std::size_t n = std::min(b.FrameCount, b.FrameTimes.size());
    for (std::size_t i = b.FrameCount - n; i < b.FrameCount; ++i)
        times.push_back(b.FrameTimes[i % b.FrameTimes.size()]);
    json = times.dump();
    return json.c_str();
}

EMSCRIPTEN_KEEPALIVE void debrief_test_save_burst(int count) {
    Browser& b = TheBrowser();
    b.Records->OnAcknowledged = [](const std::string&) {
        std::printf("debrief:ack %llu\n",
                    static_cast<unsigned long long>(TheBrowser().Records->AcknowledgedActions()));
    };
    for (int i = 0; i < count; ++i) {
        debrief::Candidate c;
        c.FullName = "Burst candidate " + std::to_string(i + 1);
        c.Email = "burst" + std::to_string(i + 1) + "@example.org";
        b.Records->SaveCandidate(std::move(c));
    }
    browser::WakeUp();
}

}  // extern "C"
