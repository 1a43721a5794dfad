// Tone checks in the views: findings as the draft is typed, "Apply" and "Ignore here", the
// confirmation before marking a risky message sent, Settings (categories, own phrases) and the
// template editor, driven through ImGuiIO with records in memory storage.
#include <doctest/doctest.h>

#include <algorithm>

#include "compose_fixture.h"
#include "view_harness.h"
#include "web/app/compose.h"

namespace {

using debrief::tone::Category;

// Zoë (with her interview and a note) and the sender's profile; her id.
debrief::RecordId SeedCandidate(ViewHarness& ui) { return compose_fixture::Seed(ui).Zoe; }

// A draft of `kind` for Zoë whose text is then replaced by `text`, typed into the box.
void DraftWithText(ViewHarness& ui, const debrief::RecordId& who, const char* kind, std::string_view text) {
    compose_fixture::CreateDraft(ui, who, kind);
    REQUIRE(ui.TypeInto("Message text", text));
    ui.Settle();
}

int Count(const debrief::tone::Report& r, Category c) {
    return static_cast<int>(std::count_if(r.Findings.begin(), r.Findings.end(), [&](const auto& f) { return f.Of == c; }));
}

const debrief::Message* Open(ViewHarness& ui) { return compose_fixture::OpenMessage(ui); }

constexpr std::string_view kVague =
    "Hi Zoë,\n\nThank you for coming in on Tuesday. It has been decided that you were not a good fit.\n\n"
    "Kind regards,\nSiobhán";

}  // namespace

TEST_CASE("the draft is checked as it is typed, and a suggestion applies with one click") {
    ViewHarness ui;
    const debrief::RecordId zoe = SeedCandidate(ui);
    DraftWithText(ui, zoe, "rejection_feedback", kVague);
    const app::ToneCheck& tone = ui.State.Compose.Tone;
    CHECK(tone.Text == ui.State.Compose.Body);
    CHECK(Count(tone.Report, Category::Vague) == 1);
    REQUIRE(Count(tone.Report, Category::PassiveDecision) == 1);
    CHECK(tone.Report.Score < 100);
    const int before = tone.Report.Score;

    REQUIRE(ui.Click("Apply: \"We have decided\"##apply"));
    ui.Settle();
    CHECK(ui.State.Compose.Body.find("We have decided that you were not a good fit.") != std::string::npos);
    CHECK(Count(tone.Report, Category::PassiveDecision) == 0);
    CHECK(tone.Report.Score > before);
    // The applied change is an edit like any other: saved after the pause.
    ui.Host.Clock += app::kDraftSaveDelayMs + 1;
    ui.Settle();
    CHECK(Open(ui)->Body.find("We have decided") != std::string::npos);
}

TEST_CASE("Ignore here hides one finding in this message and is stored with it") {
    ViewHarness ui;
    const debrief::RecordId zoe = SeedCandidate(ui);
    DraftWithText(ui, zoe, "rejection_feedback", kVague);
    REQUIRE(Count(ui.State.Compose.Tone.Report, Category::Vague) == 1);
    // The first finding in the panel is a whole-message one or the first in the text; ignore the
    // vague one by clicking the button drawn with it.
    const auto& findings = ui.State.Compose.Tone.Report.Findings;
    const auto vague = std::find_if(findings.begin(), findings.end(), [](const auto& f) { return f.Of == Category::Vague; });
    REQUIRE(vague != findings.end());
    app::IgnoreToneFinding(ui.State, *vague);
    ui.Settle();
    CHECK(Count(ui.State.Compose.Tone.Report, Category::Vague) == 0);
    REQUIRE(Open(ui)->ToneIgnored.size() == 1);
    CHECK(Open(ui)->ToneIgnored[0].Category == "vague");
    CHECK(Open(ui)->ToneIgnored[0].Text == "not a good fit");
    // Stored: the record in storage carries it, and the text typed so far was saved first.
    CHECK(Open(ui)->Body.find("not a good fit") != std::string::npos);

    // The button itself: the passive decision's "Ignore here".
    const std::size_t before = ui.State.Compose.Tone.Report.Findings.size();
    REQUIRE(ui.Click("Ignore here"));
    ui.Settle();
    CHECK(ui.State.Compose.Tone.Report.Findings.size() == before - 1);
    CHECK(Open(ui)->ToneIgnored.size() == 2);
}

TEST_CASE("a message with risky wording asks before it is marked as sent") {
    ViewHarness ui;
    const debrief::RecordId zoe = SeedCandidate(ui);
    DraftWithText(ui, zoe, "rejection_feedback",
                  "Hi Zoë,\n\nThank you for your time on Tuesday. We wanted someone young and energetic for the "
                  "Saturday rush, because the shop is busy.\n\nKind regards,\nSiobhán");
    REQUIRE(Count(ui.State.Compose.Tone.Report, Category::Protected) == 1);
    REQUIRE(ui.Click("Mark as sent"));
    ui.Settle();
    CHECK(ui.State.Compose.ConfirmRiskySend);
    CHECK(Open(ui)->Status != debrief::MessageStatus::Sent);
    REQUIRE(ui.Find("Go back and edit") != nullptr);
    REQUIRE(ui.Click("Go back and edit"));
    ui.Settle();
    CHECK(Open(ui)->Status != debrief::MessageStatus::Sent);

    REQUIRE(ui.Click("Mark as sent"));
    ui.Settle();
    REQUIRE(ui.Click("Mark as sent anyway"));
    ui.Settle();
    CHECK(Open(ui)->Status == debrief::MessageStatus::Sent);
}

TEST_CASE("a message without risky wording is marked as sent without a question") {
    ViewHarness ui;
    const debrief::RecordId zoe = SeedCandidate(ui);
    DraftWithText(ui, zoe, "rejection_feedback", kVague);
    REQUIRE(ui.Click("Mark as sent"));
    ui.Settle();
    CHECK_FALSE(ui.State.Compose.ConfirmRiskySend);
    CHECK(Open(ui)->Status == debrief::MessageStatus::Sent);
}

TEST_CASE("Settings turn a category off and add the user's own phrase, stored with the profile") {
    ViewHarness ui;
    const debrief::RecordId zoe = SeedCandidate(ui);
    app::Navigate(ui.State, app::Area::Settings);
    ui.Settle();
    REQUIRE(ui.Click("Passive-aggressive##tone passive_aggressive"));
    ui.Settle();
    const debrief::Profile* p = ui.Records.Records().FindProfile();
    REQUIRE(p != nullptr);
    CHECK(p->ToneOff == std::vector<std::string>{"passive_aggressive"});
    CHECK(p->SenderName == "Siobhán O'Brien");  // The rest of the profile is untouched.

    REQUIRE(ui.TypeInto("Phrase to flag", "crush it"));
    REQUIRE(ui.TypeInto("Suggestion", "do well"));
    REQUIRE(ui.Click("Add phrase"));
    ui.Settle();
    p = ui.Records.Records().FindProfile();
    REQUIRE(p->TonePhrases.size() == 1);
    CHECK(p->TonePhrases[0].Text == "crush it");
    CHECK(p->TonePhrases[0].Category == "vague");

    // An empty phrase, a bad pattern or a duplicate is refused with a reason, and nothing is stored.
    std::string error;
    CHECK_FALSE(app::AddOwnPhrase(ui.State, {"vague", "  ", ""}, error));
    CHECK(error == "Type the phrase to flag.");
    CHECK_FALSE(app::AddOwnPhrase(ui.State, {"vague", "{unclosed", ""}, error));
    CHECK(error.find("cannot be used") != std::string::npos);
    CHECK_FALSE(app::AddOwnPhrase(ui.State, {"vague", "crush it", "do well"}, error));
    CHECK(error == "This phrase is already on your list.");
    CHECK_FALSE(app::AddOwnPhrase(ui.State, {"missing_name", "hello", ""}, error));
    ui.Settle();
    CHECK(ui.Records.Records().FindProfile()->TonePhrases.size() == 1);

    DraftWithText(ui, zoe, "rejection_feedback",
                  "Hi Zoë,\n\nThanks for Tuesday. As per my last email, I know you will crush it in your next role "
                  "because your reconciliation was careful.\n\nKind regards,\nSiobhán");
    const debrief::tone::Report& r = ui.State.Compose.Tone.Report;
    CHECK(Count(r, Category::PassiveAggressive) == 0);  // Turned off.
    const auto own = std::find_if(r.Findings.begin(), r.Findings.end(), [](const auto& f) { return f.Rule == "own/1"; });
    REQUIRE(own != r.Findings.end());
    CHECK(ui.State.Compose.Body.substr(own->Start, own->End - own->Start) == "crush it");
    CHECK(own->Suggestion == "do well");
}

TEST_CASE("the template editor checks the template's text, with fields standing for names and dates") {
    ViewHarness ui;
    SeedCandidate(ui);
    app::Navigate(ui.State, app::Area::Templates);
    ui.Settle();
    REQUIRE(ui.Click("New template"));
    ui.Settle();
    const std::string text =
        "Hi {{candidate.preferred_name}},\n\nThank you for coming in. Unfortunately you were not a good fit.\n\n"
        "Kind regards,\n{{sender.name}}";
    REQUIRE(ui.TypeInto("Template text", text));
    ui.Settle();
    const debrief::tone::Report& r = ui.State.TemplateEditor.Tone.Report;
    CHECK(Count(r, Category::MissingName) == 0);  // The field is a name.
    REQUIRE(Count(r, Category::Vague) == 1);
    const auto vague = std::find_if(r.Findings.begin(), r.Findings.end(), [](const auto& f) { return f.Of == Category::Vague; });
    CHECK(text.substr(vague->Start, vague->End - vague->Start) == "not a good fit");
    CHECK(app::MaskTemplateTags("Hi {{a}}, by {{reply_by_date}}.") == "Hi Xxxxx, by 1-1-1-1-1-1-1-1-1.");
}
