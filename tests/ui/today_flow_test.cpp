// Today, driven through its widgets: the plan's follow-ups listed by when they are due, one
// click to compose the right message, done once it is sent; snoozing and dropping one with a
// reason; browser reminders after opting in; the plan saved as a calendar file.
// The harness clock is Monday 23 November 2026, 08:00 UTC; Zoë's interview was the day before.
#include <doctest/doctest.h>

#include <algorithm>

#include "compose_fixture.h"
#include "core/timeline/planner.h"

namespace {

using compose_fixture::Seed;

const debrief::FollowUp* Planned(ViewHarness& ui, debrief::FollowUpKind kind, const debrief::RecordId& who) {
    for (const debrief::FollowUp& f : app::CurrentPlan(ui.State).FollowUps)
        if (f.Kind == kind && f.Candidate == who) return &f;
    return nullptr;
}

constexpr const char* kThankZoe = "Thank Zoë Łukasz-Nuñez for the interview";
constexpr const char* kCloseBen = "Tell Ben O'Brien they are not moving forward";

}  // namespace

TEST_CASE("Today lists the thank-you as due; one click composes it; sent, it is done") {
    ViewHarness ui;
    const auto s = Seed(ui);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    REQUIRE(ui.Find((std::string("Compose##") + kThankZoe).c_str()));
    CHECK(Planned(ui, debrief::FollowUpKind::ThankYou, s.Zoe)->Status == debrief::FollowUpStatus::DueToday);
    CHECK(ui.State.Today.DueToday.size() == 1);

    REQUIRE(ui.Click(std::string("Compose##") + kThankZoe));
    ui.Settle();
    CHECK(ui.State.Current == app::Area::Compose);
    CHECK(ui.State.Compose.Candidate == s.Zoe);
    const debrief::Message* draft = compose_fixture::OpenMessage(ui);
    REQUIRE(draft);
    CHECK(draft->Kind == debrief::MessageKind::ThankYou);
    CHECK(draft->Template.rfind("thank_you/", 0) == 0);
    CHECK(draft->Body.find("Zoë") != std::string::npos);

    REQUIRE(ui.Click("Mark as sent"));
    ui.Settle();
    CHECK(compose_fixture::OpenMessage(ui)->Status == debrief::MessageStatus::Sent);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    CHECK(Planned(ui, debrief::FollowUpKind::ThankYou, s.Zoe)->Status == debrief::FollowUpStatus::Done);
    CHECK_FALSE(ui.Find((std::string("Compose##") + kThankZoe).c_str()));
    REQUIRE(ui.Click("Show done (2 in the last 7 days)"));  // Amara's note and the thank-you.
    CHECK(ui.Find("Hide done (2 in the last 7 days)"));
}

TEST_CASE("Snooze and Not needed ask for a reason, keep it in the history, and Put back undoes") {
    ViewHarness ui;
    const auto s = Seed(ui);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    REQUIRE(ui.Click(std::string("Snooze##") + kCloseBen));
    ui.Settle();
    REQUIRE(ui.Find("Until##snooze"));
    CHECK(ui.State.Today.Until == "2026-11-24");  // The next business day, to start with.
    REQUIRE(ui.TypeInto("Until##snooze", "2026-11-30"));
    REQUIRE(ui.Click("Snooze until then"));
    CHECK_FALSE(ui.State.Today.MarkError.empty());  // No reason yet.
    CHECK(ui.Records.Records().FindCandidate(s.Ben)->FollowUpMarks.empty());
    REQUIRE(ui.TypeInto("##reason", "Waiting for the hiring manager's feedback"));
    REQUIRE(ui.Click("Snooze until then"));
    ui.Settle();

    const debrief::Candidate* ben = ui.Records.Records().FindCandidate(s.Ben);
    REQUIRE(ben->FollowUpMarks.size() == 1);
    CHECK(ben->FollowUpMarks[0].Reason == "Waiting for the hiring manager's feedback");
    CHECK(debrief::FormatInstant(ben->FollowUpMarks[0].Until) == "2026-11-30T17:00:00.000Z");
    const debrief::FollowUp* closure = Planned(ui, debrief::FollowUpKind::Closure, s.Ben);
    CHECK(closure->SnoozedUntil == ben->FollowUpMarks[0].Until);
    const auto history = ui.Records.Records().ActivityOf(s.Ben);
    CHECK(std::any_of(history.begin(), history.end(), [](const debrief::Activity* a) {
        return a->Kind == "follow_up" &&
               a->Text == "Closure snoozed until 2026-11-30: Waiting for the hiring manager's feedback";
    }));
    CHECK_FALSE(ui.Find((std::string("Snooze##") + kCloseBen).c_str()));  // Out of this week's list.

    // Not needed, for the data review: it leaves the open lists and shows under Done with Put back.
    const debrief::FollowUp* review = Planned(ui, debrief::FollowUpKind::RetentionReview, s.Ben);
    REQUIRE(review);
    const debrief::FollowUp copy = *review;
    ui.State.Today.Marking.clear();
    app::MarkNotNeeded(ui.State, copy, "Hired elsewhere; asked us to delete today");
    ui.Settle();
    CHECK(Planned(ui, debrief::FollowUpKind::RetentionReview, s.Ben)->Status == debrief::FollowUpStatus::Skipped);
    REQUIRE(ui.Click("Show done (2 in the last 7 days)"));
    ui.Settle();
    REQUIRE(ui.Click("Put back##Review Ben O'Brien's data: delete it, or ask to keep it longer"));
    ui.Settle();
    CHECK(Planned(ui, debrief::FollowUpKind::RetentionReview, s.Ben)->Status == debrief::FollowUpStatus::Upcoming);
}

TEST_CASE("A snooze needs a real day after today") {
    ViewHarness ui;
    Seed(ui);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    REQUIRE(ui.Click(std::string("Not needed##") + kThankZoe));
    ui.Settle();
    CHECK_FALSE(ui.Find("Until##snooze"));  // "Not needed" has no date.
    ui.State.Today.MarkingSnooze = true;
    ui.Settle();
    REQUIRE(ui.TypeInto("Until##snooze", "2026-02-30"));
    REQUIRE(ui.TypeInto("##reason", "Spoke on the phone"));
    REQUIRE(ui.Click("Snooze until then"));
    CHECK(ui.State.Today.MarkError.find("real date") != std::string::npos);
    REQUIRE(ui.TypeInto("Until##snooze", "2026-11-23"));
    REQUIRE(ui.Click("Snooze until then"));
    CHECK(ui.State.Today.MarkError == "Choose a day after today.");
    REQUIRE(ui.Click("Cancel"));
    ui.Settle();
    CHECK(ui.State.Today.Marking.empty());
}

TEST_CASE("Reminders: opting in asks the browser once, then a follow-up falling due notifies once") {
    ViewHarness ui;
    Seed(ui);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    CHECK(ui.Host.Notified.empty());
    REQUIRE(ui.Click("Remind me in this browser"));
    ui.Settle();
    CHECK(ui.Host.PermissionRequests == 1);
    CHECK(ui.Records.Records().FindProfile()->Reminders);
    CHECK_FALSE(ui.Find("Remind me in this browser"));  // "Reminders on" instead.
    CHECK(ui.Host.Notified.empty());  // Nothing fell due yet.

    ui.Host.Clock += 10 * debrief::kMsPerHour;  // 18:00: the thank-you's 17:00 deadline has passed.
    ui.Settle();
    REQUIRE(ui.Host.Notified.size() == 1);
    CHECK(ui.Host.Notified[0].Body == kThankZoe);
    CHECK(ui.Host.Notified[0].Title == "Follow-up due: Thank-you");
    ui.Host.Clock += debrief::kMsPerMinute * 5;
    ui.Settle();
    CHECK(ui.Host.Notified.size() == 1);  // Once.
}

TEST_CASE("Export to calendar saves the open follow-ups as an .ics file") {
    ViewHarness ui;
    Seed(ui);
    REQUIRE(ui.Click("Today"));
    ui.Settle();
    REQUIRE(ui.Click("Export to calendar (.ics)"));
    REQUIRE(ui.Host.Downloads.size() == 1);
    const auto& d = ui.Host.Downloads[0];
    CHECK(d.Name == "debrief-follow-ups-2026-11-23.ics");
    CHECK(d.Mime.rfind("text/calendar", 0) == 0);
    CHECK(d.Bytes.rfind("BEGIN:VCALENDAR\r\n", 0) == 0);
    CHECK(d.Bytes.find("SUMMARY:Thank Zoë Łukasz-Nuñez for the interview\r\n") != std::string::npos);
    const debrief::Plan& plan = app::CurrentPlan(ui.State);
    std::size_t events = 0;
    for (std::size_t at = d.Bytes.find("BEGIN:VEVENT"); at != std::string::npos; at = d.Bytes.find("BEGIN:VEVENT", at + 1))
        ++events;
    CHECK(events == static_cast<std::size_t>(plan.Overdue + plan.DueToday + plan.Upcoming));
}
