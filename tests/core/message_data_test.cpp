// The data a draft is rendered with: built from records, with required values left out until
// known and dates in the user's locale.
#include <doctest/doctest.h>

#include "core/records/database.h"
#include "core/templates/library.h"
#include "core/templates/message_data.h"
#include "core/templates/mustache.h"
#include "sample_records.h"

using namespace debrief;
using namespace debrief::templates;
using nlohmann::json;

namespace {

struct Fixture {
    Database db;
    Profile profile;
    Candidate zoe;
    Interview interview;

    Fixture() {
        const Role role = samples::Bookkeeper();
        zoe = samples::Zoe(role.Id);
        interview = samples::PanelInterview(zoe.Id);
        interview.Topics = {"Month-end close", "Spreadsheet exercise"};
        db.Put(role);
        db.Put(zoe);
        db.Put(interview);
        db.Put(samples::NoteBy(interview, "Amara Okafor"));
        profile.Id = ProfileId();
        profile.SenderName = "Siobhán O'Brien";
        profile.SenderEmail = "siobhan@harbourfinch.example";
        profile.CompanyName = "Harbour & Finch";
    }

    MessageContext Context(DateLocale locale = DateLocale::EnGB) const {
        MessageContext ctx;
        ctx.Records = &db;
        ctx.Sender = &profile;
        ctx.Locale = locale;
        ctx.Now = samples::kMonday + 3 * kMsPerDay;
        return ctx;
    }
};

}  // namespace

TEST_CASE("message data carries the candidate, the interview and the notes' evidence") {
    const Fixture f;
    const json data = BuildMessageData(f.Context(), f.zoe.Id, {});
    CHECK(data["candidate"]["preferred_name"] == "Zoë");
    CHECK(data["candidate"]["email"] == "zoe@example.org");
    CHECK(data["role"]["title"] == "Bookkeeper");
    CHECK(data["company"]["name"] == "Harbour & Finch");
    CHECK(data["interview"]["date"] == "Monday 23 November 2026");
    CHECK(data["interview"]["time"] == "10:00");
    CHECK(data["interview"]["interviewer_names"] == "Amara Okafor and Kenji Watanabe");
    CHECK(data["interview"]["topics"][1]["topic"] == "Spreadsheet exercise");
    CHECK(data["notes"]["any"] == true);
    CHECK(data["notes"]["strengths"][0]["evidence"] ==
          "Found the duplicated invoice in the sample ledger within minutes");
    CHECK(data["notes"]["strengths"][0]["by"] == "Amara Okafor");
    CHECK(data["notes"]["highlight"]["point"] == "Reconciles carefully");
    CHECK(data["notes"]["concerns"].size() == 1);
    CHECK(data["next_step"]["stage"] == "Final interview");
}

TEST_CASE("values nobody has entered yet are left out, so the strict check names them") {
    Fixture f;
    f.profile.SenderEmail.clear();
    const json data = BuildMessageData(f.Context(), f.zoe.Id, {});
    CHECK_FALSE(data["sender"].contains("email"));
    CHECK_FALSE(data["reply_by"].contains("date"));
    CHECK(data["sender"]["phone"] == "");  // Optional: present, empty, testable with a section.

    const std::vector<templates::Problem> problems =
        StrictCheck("We will reply by {{reply_by.date}}.\n{{sender.email}}", data);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].Name == "reply_by.date");
    CHECK(problems[0].At.Line == 1);
    CHECK(problems[1].Name == "sender.email");
    CHECK(problems[1].At.Line == 2);
}

TEST_CASE("dates the user chose appear in the user's locale") {
    const Fixture f;
    ComposeChoices choices;
    choices.ReplyBy = ParseDate("2026-12-01");
    choices.NextStepOptions = {samples::kMonday + 7 * kMsPerDay + 6 * kMsPerHour};  // 30 Nov, 14:00 UTC.
    const json us = BuildMessageData(f.Context(DateLocale::EnUS), f.zoe.Id, choices);
    CHECK(us["reply_by"]["date"] == "Tuesday, December 1, 2026");
    CHECK(us["next_step"]["options"][0]["date"] == "Monday, November 30, 2026, 2:00 PM");
    const json de = BuildMessageData(f.Context(DateLocale::De), f.zoe.Id, choices);
    CHECK(de["reply_by"]["date"] == "Dienstag, 1. Dezember 2026");
}

TEST_CASE("a delay update remembers the date promised in the last message sent") {
    Fixture f;
    Message sent;
    sent.Id = NewRecordId();
    sent.CandidateId = f.zoe.Id;
    sent.Status = MessageStatus::Sent;
    sent.SentAt = samples::kMonday;
    sent.PromisedReplyDate = ParseDate("2026-11-27");
    f.db.Put(sent);
    const json data = BuildMessageData(f.Context(), f.zoe.Id, {});
    CHECK(data["previous_reply_by"]["date"] == "Friday 27 November 2026");
}

TEST_CASE("a candidate without interviews or notes renders every built-in employer template cleanly") {
    Fixture f;
    Candidate fresh = f.zoe;
    fresh.Id = NewRecordId();
    f.db.Put(fresh);
    ComposeChoices choices;
    choices.ReplyBy = ParseDate("2026-12-01");
    choices.PreviousReplyBy = ParseDate("2026-11-27");
    const json data = BuildMessageData(f.Context(), fresh.Id, choices);
    CHECK(data["interview"] == false);
    CHECK(data["notes"]["any"] == false);
    REQUIRE(BuiltInLibraryProblems().empty());
    REQUIRE(BuiltInLibrary().Kinds.size() == 12);
    for (const TemplateKind& kind : BuiltInLibrary().Kinds) {
        if (kind.Who != Audience::Employer) continue;
        for (const TemplateText& text : kind.Variants) {
            INFO(kind.Id << "/" << text.Variant);
            const Template body = Template::Parse(text.Body);
            REQUIRE(body.Ok());
            const RenderResult r = body.Render(data);
            CHECK(r.Missing.empty());
            CHECK(r.Text.find("Zoë") != std::string::npos);
        }
    }
}
