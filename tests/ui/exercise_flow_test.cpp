// A workshop exercise in the interface: a participant's name, a scenario card opened into Compose
// with the card's draft for the demo candidate, the goals and timer shown above it, a rewrite
// typed and submitted, and the result (scores, goals met, time) back in the Workshop area.
#include <doctest/doctest.h>

#include "core/workshop/scenario.h"
#include "view_harness.h"
#include "web/app/compose.h"
#include "web/app/exercise.h"

namespace {

void EnterWorkshop(ViewHarness& ui) {
    REQUIRE(ui.Click("Workshop"));
    REQUIRE(ui.Click("Start workshop"));
    app::EnterSpace(ui.State, app::Space::Workshop, &ui.Records);
    ui.Settle();
    REQUIRE(app::DemoReady(ui.State));
}

constexpr const char* kCard = "not_a_good_fit";

}  // namespace

TEST_CASE("an exercise needs a participant, opens the card's draft in Compose, and shows the goals and time") {
    ViewHarness ui(1.0f, ImVec2(1280, 1400));
    EnterWorkshop(ui);
    const std::string start = std::string("Start##") + kCard;
    REQUIRE(ui.Click(start));  // Disabled without a name.
    CHECK_FALSE(ui.State.Workshop.Exercises.Open.has_value());

    REQUIRE(ui.TypeInto("Participant name", "Sam Quinn"));
    REQUIRE(ui.Click(start));
    REQUIRE(ui.State.Workshop.Exercises.Open.has_value());
    CHECK(ui.State.Current == app::Area::Compose);
    const debrief::workshop::Scenario* card = debrief::workshop::FindBuiltInScenario(kCard);
    REQUIRE(card != nullptr);
    CHECK(ui.State.Compose.Candidate == ui.State.Workshop.Situations.at(card->Candidate));
    CHECK(ui.State.Compose.Body == ui.State.Workshop.Exercises.Open->OriginalBody);
    CHECK(ui.State.Compose.Body.find("{{") == std::string::npos);  // Filled in for the candidate.
    CHECK(ui.Find("Submit exercise") != nullptr);
    CHECK(ui.Find("Stop exercise") != nullptr);
}

TEST_CASE("submitting the unchanged draft fails its goals; a good rewrite meets them, with the time taken") {
    ViewHarness ui(1.0f, ImVec2(1280, 1400));
    EnterWorkshop(ui);
    REQUIRE(ui.TypeInto("Participant name", "Sam Quinn"));
    REQUIRE(ui.Click(std::string("Start##") + kCard));
    ui.Host.Clock += 90'000;
    ui.Settle();
    REQUIRE(ui.Click("Submit exercise"));
    REQUIRE(ui.State.Workshop.Exercises.Done.size() == 1);
    const app::ExerciseOutcome& first = ui.State.Workshop.Exercises.Done.back();
    CHECK_FALSE(first.Result.AllGoalsMet);
    CHECK(first.TookMs == 90'000);
    CHECK(first.Participant == "Sam Quinn");
    CHECK(ui.State.Current == app::Area::Workshop);

    // Again, with a rewrite that gives the real reason with evidence and a way to improve.
    REQUIRE(ui.Click(std::string("Start##") + kCard));
    const debrief::RecordId message = ui.State.Compose.MessageId;
    const debrief::Candidate* who = ui.State.Records->Records().FindCandidate(ui.State.Compose.Candidate);
    REQUIRE(who != nullptr);
    const std::string name = who->PreferredName.empty() ? who->FullName : who->PreferredName;
    ui.State.Compose.Body =
        "Hi " + name + ",\n\nThank you for coming in for the Café Supervisor interview. We enjoyed the customer "
        "role-play, where you stayed calm and kept the queue moving.\n\nWe have decided not to offer you the role, "
        "because it needs someone who can run the espresso machine alone on a busy morning. When we asked how to "
        "adjust the grind when shots ran fast, you were not sure. A barista course, or a few weeks on a busy bar, "
        "would close that gap.\n\nIf you would like to talk this through, please reply and I will call you.\n\n"
        "Best wishes,\nAoife Brennan\nFernhill Bakery";
    app::DraftEdited(ui.State);
    ui.Settle();
    REQUIRE(ui.Click("Submit exercise"));
    REQUIRE(ui.State.Workshop.Exercises.Done.size() == 2);
    const app::ExerciseOutcome& second = ui.State.Workshop.Exercises.Done.back();
    std::string goals;
    for (const auto& g : second.Result.Goals) goals += g.Goal + (g.Met ? " met: " : " not met: ") + g.Reason + "\n";
    INFO(goals);
    CHECK(second.Result.AllGoalsMet);
    CHECK(second.Result.ScoreAfter > second.Result.ScoreBefore);
    CHECK_FALSE(second.Result.Resolved.empty());
    // The rewrite is stored as the demo candidate's draft.
    const debrief::Message* stored = ui.State.Records->Records().FindMessage(message);
    REQUIRE(stored != nullptr);
    CHECK(stored->Body.find("espresso") != std::string::npos);
}
