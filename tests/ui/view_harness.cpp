#include "view_harness.h"

#include "imgui_internal.h"
#include "web/app/draw_app.h"
#include "web/ui/appearance.h"
#include "web/ui/frame.h"
#include "web/ui/key_codes.h"

ViewHarness::ViewHarness(float scale, ImVec2 display, std::shared_ptr<debrief::MemoryBacking> backing)
    : Store(std::move(backing)), Records(Store, [this] { return Host.Clock; }),
      Context(ImGui::CreateContext()) {
    ImGui::SetCurrentContext(Context);  // CreateContext() only makes the first context current.
    ui::items::SetEnabled(Context, true);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = display;
    io.DeltaTime = 1.0f / 60.0f;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    ui::keys::MapKeyCodes(io);
    ui::BuildAppearance(scale);
    BaseScale = BuiltScale = scale;
    State.Records = &Records;
    State.Platform = &Host;
    Records.Open();
    Store.RunPending();
    Settle();
}

ViewHarness::~ViewHarness() {
    ui::items::Forget(Context);
    ImGui::DestroyContext(Context);
}

const ui::items::Item* ViewHarness::Find(std::string_view label) {
    ImGui::SetCurrentContext(Context);
    return ui::items::Find(label);
}

void ViewHarness::Frame() {
    ImGui::SetCurrentContext(Context);
    // As the browser does between frames: fonts and theme rebuilt when presenter mode changes.
    const float scale = BaseScale * app::PresenterScale(State);
    if (scale != BuiltScale || State.Presenter.On != BuiltPresenter) {
        ui::BuildAppearance(scale, State.Presenter.On ? ui::Theme::HighContrast : ui::Theme::Standard);
        BuiltScale = scale;
        BuiltPresenter = State.Presenter.On;
    }
    ui::BeginFrame(Input);
    app::DrawApp(State);
    ui::EndFrame();
    if (DeliverStorageEvents) Store.RunPending();
}

void ViewHarness::Settle() {
    for (int guard = 0; guard < 1000 && !Input.Empty(); ++guard) Frame();
    for (int i = 0; i < 4; ++i) Frame();
}

const ui::items::Item* ViewHarness::FindIn(std::string_view label, std::string_view window) {
    ImGui::SetCurrentContext(Context);
    for (const ui::items::Item& item : ui::items::Published())
        if (item.IsVisible() && (item.Text() == label || item.Label == label) &&
            item.Window.find(window) != std::string::npos)
            return &item;
    return nullptr;
}

bool ViewHarness::Click(std::string_view label) {
    const ui::items::Item* item = Find(label);
    if (!item) return false;
    Click(*item);
    return true;
}

void ViewHarness::Click(const ui::items::Item& item) {
    const ImVec2 at = item.Center();
    Input.MousePosition(at.x, at.y);
    Input.MouseButton(0, true);
    Input.MouseButton(0, false);
    Settle();
}

bool ViewHarness::TypeInto(std::string_view label, std::string_view utf8) {
    if (!Click(label)) return false;
    Shortcut(ui::keys::kA);
    Press(ui::keys::kDelete);
    Type(utf8);
    return true;
}

void ViewHarness::Type(std::string_view utf8) {
    Input.Text(utf8);
    Settle();
}

void ViewHarness::Press(int key, ui::Modifiers mods) {
    Input.Key(key, true, mods);
    Input.Key(key, false, mods);
    Settle();
}

void ViewHarness::Shortcut(int key) {
    // As a keyboard sends it: Ctrl goes down first and comes up last, releasing the modifier.
    const ui::Modifiers ctrl{true, false, false, false};
    Input.Key(ui::keys::kControl, true, ctrl);
    Input.Key(key, true, ctrl);
    Input.Key(key, false, ctrl);
    Input.Key(ui::keys::kControl, false, {});
    Settle();
}
