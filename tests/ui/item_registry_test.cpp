#include <doctest/doctest.h>

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
