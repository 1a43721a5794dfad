// The workshop's demo space in the interface. The harness plays the platform's part of a switch
// (a fresh Workspace on another database) with its own memory storage, so these tests cover what
// the app decides: when it may switch, the bar that labels the space, seeding an empty demo
// database, Reset demo, and leaving. The real switch between IndexedDB databases is in
// tests/e2e/workshop.spec.mjs.
#include <doctest/doctest.h>

#include "core/exchange/backup.h"
#include "core/workshop/demo_data.h"
#include "view_harness.h"

namespace {

// What the platform does when the app asks for another space: here the harness's records stand
// for the workshop database, which starts empty.
void EnterWorkshop(ViewHarness& ui) {
    REQUIRE(ui.State.Workshop.Requested == app::Space::Workshop);
    app::EnterSpace(ui.State, app::Space::Workshop, &ui.Records);
    ui.Settle();
}

std::string Export(const ViewHarness& ui) { return debrief::ExportBackup(ui.Records.Records(), ui.State.Build); }

}  // namespace

TEST_CASE("Start workshop asks for the demo space; inside it the bar labels it and the demo is stored") {
    ViewHarness ui(1.0f, ImVec2(1280, 2400));  // The Workshop area in full: cards, then situations.
    REQUIRE(ui.Click("Workshop"));
    CHECK(ui.Find("Reset demo") == nullptr);  // No bar outside a workshop.
    REQUIRE(ui.Click("Start workshop"));
    EnterWorkshop(ui);

    CHECK(ui.State.Workshop.Current == app::Space::Workshop);
    CHECK(ui.State.Current == app::Area::Workshop);
    REQUIRE(app::DemoReady(ui.State));
    CHECK(ui.Records.Records().Count(debrief::Collection::Roles) == 3);
    CHECK(ui.Records.Records().Count(debrief::Collection::Candidates) >= 20);
    // The bar is there on every area.
    for (const app::AreaInfo& area : app::Areas()) {
        INFO(std::string(area.Name));
        REQUIRE(ui.Click(std::string(area.Name) + "##nav"));
        CHECK(ui.Find("Reset demo") != nullptr);
        CHECK(ui.Find("Leave workshop") != nullptr);
    }
    // Each situation's candidate can be opened from the Workshop area.
    REQUIRE(ui.Click("Workshop##nav"));
    REQUIRE(ui.Click("Open##waiting_9_days"));
    CHECK(ui.State.Current == app::Area::Candidates);
    CHECK(ui.State.Candidates.Selected == ui.State.Workshop.Situations.at("waiting_9_days"));
}

TEST_CASE("Reset demo puts the demo back exactly, and Leave workshop asks for the user's own records") {
    ViewHarness ui;
    REQUIRE(ui.Click("Workshop"));
    REQUIRE(ui.Click("Start workshop"));
    EnterWorkshop(ui);
    const std::string demo = Export(ui);

    // A participant deletes a demo candidate and adds one of their own.
    const debrief::RecordId first = ui.Records.Records().Candidates().begin()->first;
    ui.Records.DeleteCandidate(first);
    debrief::Candidate extra;
    extra.FullName = "Trainee Example";
    extra.Email = "trainee@example.org";
    ui.Records.SaveCandidate(extra);
    ui.Settle();
    REQUIRE(Export(ui) != demo);

    REQUIRE(ui.Click("Reset demo"));
    ui.Settle();
    CHECK(Export(ui) == demo);

    REQUIRE(ui.Click("Leave workshop"));
    CHECK(ui.State.Workshop.Requested == app::Space::Own);
}

TEST_CASE("no switch while a change is on its way: it would be lost with the closing database") {
    ViewHarness ui;
    ui.DeliverStorageEvents = false;
    debrief::Candidate c;
    c.FullName = "Zoë Łukasz-Nuñez";
    c.Email = "zoe@example.org";
    ui.Records.SaveCandidate(c);
    REQUIRE(ui.Click("Workshop"));
    REQUIRE(ui.Click("Start workshop"));
    CHECK_FALSE(ui.State.Workshop.Requested.has_value());
    ui.DeliverStorageEvents = true;
    ui.Settle();
    REQUIRE(ui.Click("Start workshop"));
    CHECK(ui.State.Workshop.Requested == app::Space::Workshop);
}

TEST_CASE("a workshop database that already holds the demo is kept, not seeded again") {
    ViewHarness ui;
    const debrief::workshop::DemoData demo = debrief::workshop::MakeDemoData(app::kDemoSeed, ui.Host.Clock);
    ui.Records.RestoreBackup(demo.Records);
    ui.Settle();
    debrief::Candidate extra;
    extra.FullName = "Trainee Example";
    extra.Email = "trainee@example.org";
    ui.Records.SaveCandidate(extra);  // A participant's change from before a reload.
    ui.Settle();
    const std::string before = Export(ui);
    app::EnterSpace(ui.State, app::Space::Workshop, &ui.Records);
    ui.Settle();
    CHECK(app::DemoReady(ui.State));
    CHECK(Export(ui) == before);
}
