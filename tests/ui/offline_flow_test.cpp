// The offline copy in the interface, driven through the fake host's copy state: the update bar
// and its button, which waits for unsaved changes; "Ready to work offline" said once; Settings'
// update check; the install dialog; protected storage asked for again after an install.
#include <doctest/doctest.h>

#include <string>

#include "view_harness.h"

using Copy = app::OfflineCopy;

namespace {
constexpr const char* kUpdate = "Update available — reload";
const ImVec2 kTallScreen(1280, 2000);  // Settings in full, with no scrolling.
}  // namespace

TEST_CASE("a waiting version is offered in the app and taken only when the user accepts") {
    ViewHarness ui;
    CHECK(ui.Find(kUpdate) == nullptr);
    ui.Host.Copy.Copy = Copy::State::Ready;
    ui.Host.Copy.NewVersion = Copy::Update::Waiting;
    ui.Settle();
    REQUIRE(ui.Find(kUpdate) != nullptr);
    CHECK(ui.Host.UpdatesApplied == 0);  // Shown, not taken.
    REQUIRE(ui.Click(kUpdate));
    CHECK(ui.Host.UpdatesApplied == 1);

    // Applied in another tab: this one offers the reload too.
    ui.Host.Copy.NewVersion = Copy::Update::Elsewhere;
    ui.Settle();
    REQUIRE(ui.Click(kUpdate));
    CHECK(ui.Host.UpdatesApplied == 2);
    // While the new version takes over, there is nothing to click.
    ui.Host.Copy.NewVersion = Copy::Update::Applying;
    ui.Settle();
    CHECK(ui.Find(kUpdate) == nullptr);
}

TEST_CASE("an update waits until every change is stored: a reload would drop what is on its way") {
    ViewHarness ui;
    ui.Host.Copy.NewVersion = Copy::Update::Waiting;
    ui.DeliverStorageEvents = false;  // A slow disk: the save is still on its way.
    debrief::Candidate c;
    c.FullName = "Zoë Łukasz-Nuñez";
    c.Email = "zoe@example.org";
    ui.Records.SaveCandidate(c);
    ui.Settle();
    REQUIRE(ui.Records.UnsavedActions() > 0);
    REQUIRE(ui.Click(kUpdate));
    CHECK(ui.Host.UpdatesApplied == 0);

    ui.DeliverStorageEvents = true;
    ui.Settle();
    REQUIRE(ui.Records.UnsavedActions() == 0);
    REQUIRE(ui.Click(kUpdate));
    CHECK(ui.Host.UpdatesApplied == 1);
}

TEST_CASE("the first offline copy is announced once, and Settings and About say it is ready") {
    ViewHarness ui(1.0f, kTallScreen);
    ui.Host.Copy.Copy = Copy::State::Preparing;
    ui.Settle();
    CHECK(ui.State.Message.Text.empty());
    ui.Host.Copy.Copy = Copy::State::Ready;
    ui.Host.Copy.FirstInstall = true;
    ui.Frame();
    CHECK(ui.State.Message.Text.rfind("Ready to work offline", 0) == 0);
    ui.State.Message = {};
    ui.Settle();
    CHECK(ui.State.Message.Text.empty());  // Said once per visit.
    CHECK(app::ToJson(ui.State)["offline"]["copy"] == "ready");
}

TEST_CASE("Settings checks for updates on request, and not where the browser cannot keep a copy") {
    ViewHarness ui(1.0f, kTallScreen);
    REQUIRE(ui.Click("Settings"));
    ui.Host.Copy.Copy = Copy::State::Unsupported;
    ui.Settle();
    REQUIRE(ui.Click("Check for updates"));
    CHECK(ui.Host.UpdateChecks == 0);
    ui.Host.Copy.Copy = Copy::State::Ready;
    ui.Settle();
    REQUIRE(ui.Click("Check for updates"));
    CHECK(ui.Host.UpdateChecks == 1);
    // While a check runs, another cannot start.
    ui.Host.Copy.LastCheck = Copy::Check::Checking;
    ui.Settle();
    REQUIRE(ui.Click("Check for updates"));
    CHECK(ui.Host.UpdateChecks == 1);
    // The build id is shown (and can be clicked to copy).
    CHECK(ui.Find(std::string(ui.State.Build.Id)) != nullptr);
}

TEST_CASE("installing is explained before the browser's own dialog, and only offered when the browser can") {
    ViewHarness ui(1.0f, kTallScreen);
    REQUIRE(ui.Click("File"));
    REQUIRE(ui.Click("Install Debrief as an app…"));  // Disabled: the browser offers no install.
    CHECK_FALSE(ui.State.Offline.InstallDialog);

    ui.Host.Copy.CanInstall = true;  // The menu is still open: the disabled entry did nothing.
    ui.Settle();
    REQUIRE(ui.Click("Install Debrief as an app…"));
    REQUIRE(ui.State.Offline.InstallDialog);
    REQUIRE(ui.Find("Not now") != nullptr);
    REQUIRE(ui.Click("Not now"));
    CHECK(ui.Host.InstallDialogs == 0);
    CHECK_FALSE(ui.State.Offline.InstallDialog);

    REQUIRE(ui.Click("Settings"));
    REQUIRE(ui.Click("Install Debrief…"));
    REQUIRE(ui.Click("Install"));
    CHECK(ui.Host.InstallDialogs == 1);
    CHECK_FALSE(ui.State.Offline.InstallDialog);
}

TEST_CASE("once installed, the app asks again for storage the browser will not clear") {
    ViewHarness ui;
    ui.State.Health = app::StorageHealth{true, 0, true, 1024, 1024 * 1024};
    ui.Settle();
    CHECK_FALSE(ui.Host.PersistAsked);
    ui.Host.Copy.Installed = true;
    ui.Frame();
    CHECK(ui.Host.PersistAsked);
    // Asked once per install, not every frame.
    ui.Host.PersistAsked = false;
    ui.Settle();
    CHECK_FALSE(ui.Host.PersistAsked);
}
