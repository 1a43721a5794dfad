#include <doctest/doctest.h>

#include "imgui.h"
#include "web/ui/input_queue.h"

namespace {
ImGuiContext* MakeCurrent(ImGuiContext* context) {
    ImGui::SetCurrentContext(context);
    return context;
}

// A bare context: the queue only touches ImGuiIO.
struct IoFixture {
    ImGuiContext* Context = MakeCurrent(ImGui::CreateContext());
    ImGuiIO& Io = ImGui::GetIO();
    ~IoFixture() { ImGui::DestroyContext(Context); }
};
}  // namespace

TEST_CASE("a click that arrives within one frame is spread over three") {
    IoFixture f;
    ui::InputQueue q;
    q.MousePosition(10, 20);
    q.MouseButton(0, true);
    q.MouseButton(0, false);

    CHECK(q.ApplyTo(f.Io));  // Frame 1: the pointer arrives; ImGui sees the hover.
    CHECK(f.Io.MousePos.x == 10);
    CHECK_FALSE(f.Io.MouseDown[0]);
    CHECK(q.ApplyTo(f.Io));  // Frame 2: the press.
    CHECK(f.Io.MouseDown[0]);
    CHECK(q.ApplyTo(f.Io));  // Frame 3: the release.
    CHECK_FALSE(f.Io.MouseDown[0]);
    CHECK(q.Empty());
    CHECK_FALSE(q.ApplyTo(f.Io));
}

TEST_CASE("a move after a press waits, so the press lands where it happened") {
    IoFixture f;
    ui::InputQueue q;
    q.MousePosition(5, 5);
    q.ApplyTo(f.Io);
    q.MouseButton(0, true);
    q.MousePosition(50, 50);
    q.ApplyTo(f.Io);
    CHECK(f.Io.MouseDown[0]);
    CHECK(f.Io.MousePos.x == 5);
    q.ApplyTo(f.Io);
    CHECK(f.Io.MousePos.x == 50);
}

TEST_CASE("the same key changes once per frame; different keys share a frame") {
    IoFixture f;
    ui::InputQueue q;
    q.Key(65, true, {});
    q.Key(66, true, {});
    q.Key(65, false, {});
    q.ApplyTo(f.Io);
    CHECK(f.Io.KeysDown[65]);
    CHECK(f.Io.KeysDown[66]);
    q.ApplyTo(f.Io);
    CHECK_FALSE(f.Io.KeysDown[65]);
}

TEST_CASE("modifiers travel with their key") {
    IoFixture f;
    ui::InputQueue q;
    q.Key(67, true, ui::Modifiers{true, false, false, false});
    q.ApplyTo(f.Io);
    CHECK(f.Io.KeyCtrl);
    CHECK_FALSE(f.Io.KeyShift);
}

TEST_CASE("wheel notches add up within a frame") {
    IoFixture f;
    ui::InputQueue q;
    q.MouseWheel(0, -1);
    q.MouseWheel(0, -1);
    q.ApplyTo(f.Io);
    CHECK(f.Io.MouseWheel == doctest::Approx(-2.0f));
}

TEST_CASE("losing focus releases everything") {
    IoFixture f;
    ui::InputQueue q;
    q.MouseButton(0, true);
    q.Key(18, true, ui::Modifiers{false, false, true, false});
    q.ApplyTo(f.Io);
    REQUIRE(f.Io.MouseDown[0]);
    REQUIRE(f.Io.KeyAlt);
    q.ReleaseAll();
    q.ApplyTo(f.Io);
    CHECK_FALSE(f.Io.MouseDown[0]);
    CHECK_FALSE(f.Io.KeysDown[18]);
    CHECK_FALSE(f.Io.KeyAlt);
}

TEST_CASE("out-of-range buttons and keys are ignored, not written past the arrays") {
    IoFixture f;
    ui::InputQueue q;
    q.MouseButton(-1, true);
    q.MouseButton(99, true);
    q.Key(-5, true, {});
    q.Key(100000, true, {});
    CHECK(q.Empty());
}

TEST_CASE("a pointer that left the canvas hovers nothing") {
    IoFixture f;
    ui::InputQueue q;
    q.MousePosition(-1, -1);
    q.ApplyTo(f.Io);
    CHECK(f.Io.MousePos.x == -FLT_MAX);
}

TEST_CASE("Escape in a text field is held back from ImGui and reported once") {
    IoFixture f;
    ui::InputQueue q;
    f.Io.WantTextInput = true;
    q.Key(ui::keys::kEscape, true, {});
    q.Key(ui::keys::kEscape, false, {});
    q.ApplyTo(f.Io);
    CHECK_FALSE(f.Io.KeysDown[ui::keys::kEscape]);
    CHECK(q.TakeEscapeFromText());
    CHECK_FALSE(q.TakeEscapeFromText());
    f.Io.WantTextInput = false;
    q.Key(ui::keys::kEscape, true, {});
    q.ApplyTo(f.Io);  // the queued release
    q.ApplyTo(f.Io);  // the new press, outside a text field
    CHECK(f.Io.KeysDown[ui::keys::kEscape]);
    CHECK_FALSE(q.TakeEscapeFromText());
}
