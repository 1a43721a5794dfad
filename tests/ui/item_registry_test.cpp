#include <doctest/doctest.h>

#include <optional>

#include <nlohmann/json.hpp>

#include "view_harness.h"

TEST_CASE("items carry their label, shown text, window and on-screen rectangle") {
    ViewHarness ui;
    const ui::items::Item* today = ui.Find("Today");
    REQUIRE(today != nullptr);
    CHECK(today->Label == "Today##nav");
    CHECK(today->Text() == "Today");
    CHECK(today->IsVisible());
    CHECK(today->Max.x > today->Min.x);
    CHECK(today->Min.x >= 0);
    CHECK(today->Max.y <= 800);
    // Items are found by the full label too.
    CHECK(ui.Find("Today##nav") == today);
    CHECK(ui.Find("No such item") == nullptr);
}

TEST_CASE("the published snapshot is valid JSON with pixel rectangles") {
    ViewHarness ui;
    const auto json = nlohmann::json::parse(ui::items::PublishedJson());
    CHECK(json["frame"].get<int>() == ImGui::GetFrameCount());
    bool found = false;
    for (const auto& item : json["items"]) {
        if (item["text"] != "Settings") continue;
        found = true;
        CHECK(item["label"] == "Settings##nav");
        CHECK(item["w"].get<float>() > 0);
        CHECK(item["h"].get<float>() > 0);
        CHECK(item["visible"] == true);
    }
    CHECK(found);
}

TEST_CASE("item sizes follow the scale: twice the pixels at devicePixelRatio 2") {
    ViewHarness one(1.0f);
    const float height1 = one.Find("Today")->Max.y - one.Find("Today")->Min.y;
    ViewHarness two(2.0f, ImVec2(2560, 1600));
    const float height2 = two.Find("Today")->Max.y - two.Find("Today")->Min.y;
    CHECK(height2 == doctest::Approx(2.0f * height1).epsilon(0.05));
}

TEST_CASE("an auto-sized dialog's items are reported only once they are where they will stay") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Roles"));
    const ui::items::Item button = *ui.Find("New role");
    ui.Input.MousePosition(button.Center().x, button.Center().y);
    ui.Input.MouseButton(0, true);
    ui.Input.MouseButton(0, false);
    // Frame by frame: the first time "Title" is reported visible, it must already be at its
    // final place (ImGui measures an auto-sized window unseen in its first frame).
    std::optional<ImVec2> first_seen;
    for (int frame = 0; frame < 8; ++frame) {
        ui.Frame();
        const ui::items::Item* title = ui.Find("Title");
        if (title && !first_seen) first_seen = title->Min;
    }
    REQUIRE(first_seen.has_value());
    const ui::items::Item* settled = ui.Find("Title");
    REQUIRE(settled != nullptr);
    CHECK(first_seen->x == settled->Min.x);
    CHECK(first_seen->y == settled->Min.y);
}
