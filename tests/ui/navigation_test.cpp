#include <doctest/doctest.h>

#include <string>

#include "view_harness.h"
#include "web/ui/appearance.h"
#include "web/ui/key_codes.h"

TEST_CASE("the app opens on Today with every area in the navigation") {
    ViewHarness ui;
    CHECK(ui.State.Current == app::Area::Today);
    for (const app::AreaInfo& area : app::Areas()) {
        INFO(std::string(area.Name));
        const ui::items::Item* item = ui.Find(area.Name);
        REQUIRE(item != nullptr);
        CHECK(item->Window.find("Navigation") != std::string::npos);
    }
}

TEST_CASE("clicking a navigation item opens its area") {
    ViewHarness ui;
    for (const app::AreaInfo& area : app::Areas()) {
        INFO(std::string(area.Name));
        REQUIRE(ui.Click(area.Name));
        CHECK(ui.State.Current == area.Id);
    }
}

TEST_CASE("the Candidates area has its search field only there") {
    ViewHarness ui;
    CHECK(ui.Find("Find a candidate") == nullptr);
    REQUIRE(ui.Click("Candidates"));
    CHECK(ui.Find("Find a candidate") != nullptr);
}

TEST_CASE("the View menu navigates too") {
    ViewHarness ui;
    REQUIRE(ui.Click("View"));
    // The menu lists the areas again; its items are in the menu's popup window.
    const ui::items::Item* timeline = nullptr;
    for (const ui::items::Item& item : ui::items::Published())
        if (item.Text() == "Timeline" && item.Window.find("Navigation") == std::string::npos)
            timeline = &item;
    REQUIRE(timeline != nullptr);
    const ui::items::Item menu_item = *timeline;  // Copied: the next frame replaces the list.
    ui.Click(menu_item);
    CHECK(ui.State.Current == app::Area::Timeline);
}

TEST_CASE("Help > About shows the version and build and closes again") {
    ViewHarness ui;
    REQUIRE(ui.Click("Help"));
    REQUIRE(ui.Click("About Debrief"));
    REQUIRE(ui.Find("Close") != nullptr);
    REQUIRE(ui.Click("Close"));
    CHECK(ui.Find("Close") == nullptr);
}

TEST_CASE("every area's purpose is one short line of text") {
    for (const app::AreaInfo& area : app::Areas()) {
        INFO(std::string(area.Name));
        CHECK(app::Describe(area.Id).Name == std::string(area.Name));
        const std::string purpose = area.Purpose;
        CHECK(purpose.size() > 20);
        CHECK(purpose.size() < 160);
        CHECK(purpose.find('\n') == std::string::npos);
    }
}

TEST_CASE("presenter mode (F9) rebuilds the font larger, and clicks still land on the widgets") {
    ViewHarness ui;
    const ui::items::Item* before = ui.Find("Candidates");
    REQUIRE(before != nullptr);
    const float height = before->Max.y - before->Min.y;
    CHECK(ui::CurrentFonts().Body->FontSize == doctest::Approx(ui::kBaseFontPixels));

    ui.Press(ui::keys::kF9);
    ui.Settle();
    REQUIRE(ui.State.Presenter.On);
    CHECK(ui::CurrentFonts().Body->FontSize == doctest::Approx(ui::kBaseFontPixels * 1.5f));  // Real pixels, not a stretched atlas.
    CHECK(ImGui::GetStyle().Colors[ImGuiCol_Text].x == doctest::Approx(0.0f));  // Black text: high contrast.
    const ui::items::Item* bigger = ui.Find("Candidates");
    REQUIRE(bigger != nullptr);
    CHECK(bigger->Max.y - bigger->Min.y == doctest::Approx(height * 1.5f).epsilon(0.1));
    for (const app::AreaInfo& area : app::Areas()) {
        INFO(std::string(area.Name));
        REQUIRE(ui.Click(std::string(area.Name) + "##nav"));
        CHECK(ui.State.Current == area.Id);
    }

    ui.Press(ui::keys::kF9);
    ui.Settle();
    CHECK_FALSE(ui.State.Presenter.On);
    CHECK(ui::CurrentFonts().Body->FontSize == doctest::Approx(ui::kBaseFontPixels));
}
