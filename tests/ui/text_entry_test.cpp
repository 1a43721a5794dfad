#include <doctest/doctest.h>

#include "view_harness.h"
#include "web/ui/key_codes.h"

TEST_CASE("typing into the candidate search updates the state, in ASCII and beyond") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Find a candidate"));
    CHECK(ImGui::GetIO().WantTextInput);

    ui.Type("Ada");
    CHECK(ui.State.Candidates.Filter.Query == "Ada");
    ui.Press(ui::keys::kBackspace);
    ui.Press(ui::keys::kBackspace);
    ui.Press(ui::keys::kBackspace);
    CHECK(ui.State.Candidates.Filter.Query.empty());

    const char* name = "Zo\xC3\xAB \xC5\x81ukasz-Nu\xC3\xB1"
                       "ez";  // Zoë Łukasz-Nuñez
    ui.Type(name);
    CHECK(ui.State.Candidates.Filter.Query == name);
}

TEST_CASE("a key pressed between two texts keeps its place") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Find a candidate"));
    // All queued before any frame runs, as a fast typist's events reach the browser.
    ui.Input.Text("ab");
    ui.Input.Key(ui::keys::kBackspace, true, {});
    ui.Input.Key(ui::keys::kBackspace, false, {});
    ui.Input.Text("c");
    ui.Settle();
    CHECK(ui.State.Candidates.Filter.Query == "ac");
}

TEST_CASE("Escape leaves the field and keeps what was typed; typing then goes nowhere") {
    ViewHarness ui;
    REQUIRE(ui.Click("Candidates"));
    REQUIRE(ui.Click("Find a candidate"));
    ui.Type("Ada");
    ui.Press(ui::keys::kEscape);
    CHECK_FALSE(ImGui::GetIO().WantTextInput);
    CHECK(ui.State.Candidates.Filter.Query == "Ada");
    ui.Type("y");
    ui.Press(ui::keys::kBackspace);
    CHECK(ui.State.Candidates.Filter.Query == "Ada");
}

TEST_CASE("Escape still closes a popup when no text field is active") {
    ViewHarness ui;
    REQUIRE(ui.Click("Help"));
    REQUIRE(ui.Click("About Debrief"));
    REQUIRE(ui.Find("Close") != nullptr);
    ui.Press(ui::keys::kEscape);
    CHECK(ui.Find("Close") == nullptr);
}
