// A workshop exercise in the interface: a participant's name, a scenario card opened into Compose
// with the card's draft for the demo candidate, the goals and timer shown above it, a rewrite
// typed and submitted, and the result (scores, goals met, time) back in the Workshop area.
#include <doctest/doctest.h>

#include "core/workshop/results.h"
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
    REQUIRE(ui.State.Workshop.Exercises.Last.has_value());
    const app::ExerciseOutcome first = *ui.State.Workshop.Exercises.Last;
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
    ui.Host.Clock += 45'000;  // Submitted later than the first, so the two results have an order.
    ui.Settle();
    REQUIRE(ui.Click("Submit exercise"));
    REQUIRE(ui.State.Workshop.Exercises.Last.has_value());
    const app::ExerciseOutcome& second = *ui.State.Workshop.Exercises.Last;
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

    // Both submissions are kept in the workshop's database, oldest first, with what was submitted.
    ui.Settle();
    const auto results = debrief::workshop::ResultsInOrder(ui.State.Records->Records());
    REQUIRE(results.size() == 2);
    CHECK(results[0]->Participant == "Sam Quinn");
    CHECK(results[0]->GoalsMet < results[0]->GoalsTotal);
    CHECK(results[0]->SubmittedAt - results[0]->StartedAt == 90'000);
    CHECK(results[1]->GoalsMet == results[1]->GoalsTotal);
    CHECK(results[1]->ScoreAfter == second.Result.ScoreAfter);
    CHECK(results[1]->Text.find("espresso") != std::string::npos);
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::ExerciseResults].size() == 2);
}

TEST_CASE("results survive Reset demo, export as CSV, and one can be deleted after confirming") {
    ViewHarness ui(1.0f, ImVec2(1280, 2400));
    EnterWorkshop(ui);
    REQUIRE(ui.TypeInto("Participant name", "Zoë O'Neill"));
    REQUIRE(ui.Click(std::string("Start##") + kCard));
    ui.Host.Clock += 61'000;
    ui.Settle();
    REQUIRE(ui.Click("Submit exercise"));
    ui.Settle();
    REQUIRE(ui.State.Records->Records().Count(debrief::Collection::ExerciseResults) == 1);

    REQUIRE(ui.Click("Reset demo"));
    ui.Settle();
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ExerciseResults) == 1);
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::ExerciseResults].size() == 1);

    REQUIRE(ui.Click("Export results (CSV)"));
    REQUIRE(ui.Host.Downloads.size() == 1);
    const auto& file = ui.Host.Downloads.back();
    CHECK(file.Mime == "text/csv");
    CHECK(file.Name.find(".csv") != std::string::npos);
    INFO(file.Bytes);
    CHECK(file.Bytes.find("Participant,Card,Card title,Submitted,Seconds taken") != std::string::npos);
    CHECK(file.Bytes.find("Zoë O'Neill,not_a_good_fit,") != std::string::npos);
    CHECK(file.Bytes.find(",61,") != std::string::npos);

    const debrief::RecordId id = ui.State.Records->Records().ExerciseResults().begin()->first;
    REQUIRE(ui.Click("Delete##result-" + id));
    const ui::items::Item* confirm = ui.FindIn("Delete", "Delete?");
    REQUIRE(confirm != nullptr);
    ui.Click(*confirm);
    ui.Settle();
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ExerciseResults) == 0);
}

namespace {

// A trainer's card: a copy of a built-in one under a new id and title.
std::string TrainerCard(std::string_view id, std::string_view title) {
    debrief::workshop::Scenario card = *debrief::workshop::FindBuiltInScenario(kCard);
    card.Id = id;
    card.Title = title;
    return debrief::workshop::ScenarioToJson(card);
}

}  // namespace

TEST_CASE("a trainer imports a card file, starts an exercise from it, exports every card, and deletes it") {
    ViewHarness ui(1.0f, ImVec2(1280, 2400));
    EnterWorkshop(ui);
    const std::size_t built_in = debrief::workshop::BuiltInScenarios().size();
    ui.Host.NextPick = app::PickedFile{"trial_day.json", TrainerCard("trial_day", "After the trial day")};
    REQUIRE(ui.Click("Import cards…"));
    CHECK(ui.Host.LastAccept.find(".json") != std::string::npos);
    ui.Settle();
    CHECK(ui.State.Workshop.Exercises.ImportErrors.empty());
    REQUIRE(ui.State.Records->Records().Count(debrief::Collection::ScenarioCards) == 1);
    CHECK(ui.Store.Backing()->Rows[debrief::Collection::ScenarioCards].size() == 1);
    CHECK(app::OfferedCards(ui.State).Cards.size() == built_in + 1);

    REQUIRE(ui.TypeInto("Participant name", "Sam Quinn"));
    REQUIRE(ui.Click("Start##trial_day"));
    REQUIRE(ui.State.Workshop.Exercises.Open.has_value());
    CHECK(ui.State.Workshop.Exercises.Open->Card.Title == "After the trial day");
    REQUIRE(ui.Click("Stop exercise"));
    REQUIRE(ui.Click("Workshop"));

    // Importing the same id again replaces the card rather than adding a second one.
    ui.Host.NextPick = app::PickedFile{"trial_day.json", TrainerCard("trial_day", "After the trial day (v2)")};
    REQUIRE(ui.Click("Import cards…"));
    ui.Settle();
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ScenarioCards) == 1);
    REQUIRE(debrief::workshop::FindCard(app::OfferedCards(ui.State), "trial_day") != nullptr);
    CHECK(debrief::workshop::FindCard(app::OfferedCards(ui.State), "trial_day")->Card.Title ==
          "After the trial day (v2)");

    // Export: one collection file that reads back as every card on offer.
    REQUIRE(ui.Click("Export cards"));
    REQUIRE(ui.Host.Downloads.size() == 1);
    const debrief::workshop::ScenarioRead back =
        debrief::workshop::ParseScenarioFile(ui.Host.Downloads.back().Bytes, "export.json");
    CHECK(back.Ok());
    CHECK(back.Cards.size() == built_in + 1);

    const debrief::workshop::OfferedCard* imported = debrief::workshop::FindCard(app::OfferedCards(ui.State), "trial_day");
    REQUIRE(imported != nullptr);
    REQUIRE(ui.Click("Delete##card-trial_day"));
    const ui::items::Item* confirm = ui.FindIn("Delete", "Delete?");
    REQUIRE(confirm != nullptr);
    ui.Click(*confirm);
    ui.Settle();
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ScenarioCards) == 0);
    CHECK(app::OfferedCards(ui.State).Cards.size() == built_in);
}

TEST_CASE("a card file with problems imports nothing and lists each problem until dismissed") {
    ViewHarness ui(1.0f, ImVec2(1280, 2400));
    EnterWorkshop(ui);
    std::string broken = TrainerCard("Bad Id", "");
    ui.Host.NextPick = app::PickedFile{"broken.json", broken};
    REQUIRE(ui.Click("Import cards…"));
    ui.Settle();
    const auto& errors = ui.State.Workshop.Exercises.ImportErrors;
    REQUIRE(errors.size() >= 2);  // The id and the empty title.
    for (const std::string& e : errors) CHECK(e.rfind("broken.json", 0) == 0);
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ScenarioCards) == 0);
    REQUIRE(ui.Click("Dismiss"));
    CHECK(ui.State.Workshop.Exercises.ImportErrors.empty());

    ui.Host.NextPick = app::PickedFile{"notes.json", "{\"format\": \"debrief-scenarios\", \"version\": 1"};
    REQUIRE(ui.Click("Import cards…"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].find("notes.json") != std::string::npos);
    CHECK(ui.State.Records->Records().Count(debrief::Collection::ScenarioCards) == 0);
}
