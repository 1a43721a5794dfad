// The Timeline area driven through ImGuiIO: rows per candidate, the role filter, zoom and scroll
// by buttons, Ctrl+wheel and dragging, markers that answer hovering and clicks, and the Dashboard's
// figures. Records are seeded through the Workspace, as the forms would save them.
#include <doctest/doctest.h>

#include <string>

#include "core/records/ids.h"
#include "view_harness.h"
#include "web/ui/key_codes.h"
#include "web/views/timeline/timeline_parts.h"

namespace {

// The harness's clock stands at Monday 2026-11-23 08:00 UTC, in UTC.
debrief::TimeMs At(const char* iso) { return *debrief::ParseInstant(iso); }

struct Seeded {
    debrief::RecordId Bookkeeper, Barista;
    debrief::RecordId Ana, Ben, Chloe;
    debrief::RecordId ChloeInterview;
};

debrief::RecordId Role(ViewHarness& ui, const char* title) {
    debrief::Role r;
    r.Title = title;
    r.Stages = debrief::DefaultStages();
    return ui.Records.SaveRole(r);
}

debrief::RecordId Candidate(ViewHarness& ui, const char* name, const debrief::RecordId& role) {
    debrief::Candidate c;
    c.FullName = name;
    c.Email = "someone@example.org";
    c.RoleId = role;
    c.Stage = "Interview";
    return ui.Records.SaveCandidate(c);
}

debrief::RecordId Interview(ViewHarness& ui, const debrief::RecordId& who, const char* starts) {
    debrief::Interview i;
    i.CandidateId = who;
    i.StartsAt = At(starts);
    i.Interviewers = {"Amara Okafor"};
    return ui.Records.SaveInterview(i);
}

void Sent(ViewHarness& ui, const debrief::RecordId& to, debrief::MessageKind kind, const char* when,
          const char* promised_by) {
    debrief::Message m;
    m.CandidateId = to;
    m.Kind = kind;
    m.Subject = "Your interview";
    m.Body = "Thank you for coming in.";
    m.Status = debrief::MessageStatus::Sent;
    m.SentAt = At(when);
    if (promised_by) m.PromisedReplyDate = debrief::ParseDate(promised_by);
    ui.Records.SaveMessage(m);
}

// Three candidates in two roles. Their promises, as of today (Mon 23 Nov):
// - Ben was promised news by Mon 16 Nov and got it on Fri 13 Nov: kept.
// - That message promised news by Wed 18 Nov, and none came: broken.
// - Ana was promised news by Fri 27 Nov: still open.
// Chloé's interview is this afternoon; her thank-you is due tomorrow.
Seeded Seed(ViewHarness& ui) {
    Seeded s;
    s.Bookkeeper = Role(ui, "Bookkeeper");
    s.Barista = Role(ui, "Barista");
    s.Ana = Candidate(ui, "Ana Lima", s.Bookkeeper);
    s.Ben = Candidate(ui, "Ben O'Brien", s.Bookkeeper);
    s.Chloe = Candidate(ui, "Chloé Dubois", s.Barista);
    Interview(ui, s.Ana, "2026-11-20T10:00:00Z");
    Interview(ui, s.Ben, "2026-11-10T10:00:00Z");
    s.ChloeInterview = Interview(ui, s.Chloe, "2026-11-23T14:00:00Z");
    Sent(ui, s.Ben, debrief::MessageKind::ThankYou, "2026-11-11T09:00:00Z", "2026-11-16");
    Sent(ui, s.Ben, debrief::MessageKind::StatusUpdate, "2026-11-13T09:00:00Z", "2026-11-18");
    Sent(ui, s.Ana, debrief::MessageKind::ThankYou, "2026-11-20T15:00:00Z", "2026-11-27");
    ui.Settle();
    return s;
}

void OpenTimeline(ViewHarness& ui) {
    REQUIRE(ui.Click("Timeline"));  // The navigation's entry: drawn before the area's own buttons.
    REQUIRE(ui.State.Current == app::Area::Timeline);
}

bool RowShown(ViewHarness& ui, const char* name) { return ui.FindIn(name, "Timeline chart") != nullptr; }

// Clicks the role picker and one of its options.
void ChooseRole(ViewHarness& ui, const char* option) {
    REQUIRE(ui.Click("##timeline role"));
    const ui::items::Item* item = ui.FindIn(option, "##Combo");
    REQUIRE(item != nullptr);
    const ui::items::Item copy = *item;
    ui.Click(copy);
}

// The first labelled item of the last frame whose label starts with `prefix`.
const ui::items::Item* ItemStartingWith(std::string_view prefix) {
    for (const ui::items::Item& item : ui::items::Published())
        if (item.IsVisible() && item.Label.rfind(prefix, 0) == 0) return &item;
    return nullptr;
}

}  // namespace

TEST_CASE("the timeline has a row per candidate with something planned, and the role picker narrows them") {
    ViewHarness ui;
    const Seeded s = Seed(ui);
    OpenTimeline(ui);
    CHECK(ui.State.Timeline.Tab == app::TimelineTab::Timeline);
    CHECK(RowShown(ui, "Ana Lima"));
    CHECK(RowShown(ui, "Ben O'Brien"));
    CHECK(RowShown(ui, "Chloé Dubois"));
    REQUIRE(ui.State.Timeline.Rows.size() == 3);
    CHECK(ui.State.Timeline.Rows[0].Candidate == s.Ana);  // By name.

    ChooseRole(ui, "Barista");
    CHECK(ui.State.Timeline.Role == s.Barista);
    CHECK(ui.State.Timeline.Rows.size() == 1);
    CHECK(RowShown(ui, "Chloé Dubois"));
    CHECK_FALSE(RowShown(ui, "Ana Lima"));
    CHECK_FALSE(RowShown(ui, "Ben O'Brien"));

    ChooseRole(ui, "Every role");
    CHECK(ui.State.Timeline.Role.empty());
    CHECK(ui.State.Timeline.Rows.size() == 3);

    // A role nobody with an interview belongs to says so instead of drawing an empty chart.
    Role(ui, "Gardener");
    ui.Settle();
    ChooseRole(ui, "Gardener");
    CHECK(ui.State.Timeline.Rows.empty());
    CHECK(ui.Find("##day axis") == nullptr);
}

TEST_CASE("zoom and scroll: buttons, Today, Ctrl+wheel and dragging the axis") {
    ViewHarness ui;
    Seed(ui);
    OpenTimeline(ui);
    app::TimelineState& t = ui.State.Timeline;
    const float start = t.DaysVisible;

    REQUIRE(ui.Click("Zoom in"));
    CHECK(t.DaysVisible < start);
    REQUIRE(ui.Click("Zoom out"));
    REQUIRE(ui.Click("Zoom out"));
    CHECK(t.DaysVisible > start);
    for (int i = 0; i < 12; ++i) REQUIRE(ui.Click("Zoom in"));
    CHECK(t.DaysVisible == doctest::Approx(7));  // One week is as close as it goes.
    for (int i = 0; i < 12; ++i) REQUIRE(ui.Click("Zoom out"));
    CHECK(t.DaysVisible == doctest::Approx(365));  // One year is as far.

    REQUIRE(ui.Click("Zoom in"));
    REQUIRE(ui.Click("Zoom in"));
    const float days = t.DaysVisible;
    const float first = t.FirstDay;
    REQUIRE(ui.Click("Earlier"));
    CHECK(t.FirstDay == doctest::Approx(first - days / 2));  // Half a view at a time.
    REQUIRE(ui.Click("Later"));
    REQUIRE(ui.Click("Later"));
    CHECK(t.FirstDay == doctest::Approx(first + days / 2));
    REQUIRE(ui.Click("Today##timeline"));             // "Today" alone is the navigation's.
    CHECK(t.FirstDay == doctest::Approx(-days / 2));  // Today in the middle.
    CHECK(ui.State.Current == app::Area::Timeline);

    // Ctrl+wheel over the chart zooms in (up) and out (down).
    const ui::items::Item* axis = ui.Find("##day axis");
    REQUIRE(axis != nullptr);
    const ImVec2 middle = axis->Center();
    const ui::Modifiers ctrl{true, false, false, false};
    ui.Input.Key(ui::keys::kControl, true, ctrl);
    ui.Input.MousePosition(middle.x, middle.y);
    ui.Input.MouseWheel(0, 2);
    ui.Input.Key(ui::keys::kControl, false, {});
    ui.Settle();
    CHECK(t.DaysVisible < days);
    const float zoomed = t.DaysVisible;
    ui.Input.Key(ui::keys::kControl, true, ctrl);
    ui.Input.MouseWheel(0, -4);
    ui.Input.Key(ui::keys::kControl, false, {});
    ui.Settle();
    CHECK(t.DaysVisible > zoomed);

    // Dragging the axis to the right brings earlier days into view.
    const float before = t.FirstDay;
    ui.Input.MousePosition(middle.x, middle.y);
    ui.Input.MouseButton(0, true);
    ui.Input.MousePosition(middle.x + 200, middle.y);
    ui.Input.MouseButton(0, false);
    ui.Settle();
    CHECK(t.FirstDay < before - 1);
}

TEST_CASE("markers answer the mouse: hovering marks the row, clicking a follow-up acts on it") {
    ViewHarness ui;
    const Seeded s = Seed(ui);
    OpenTimeline(ui);

    // Every interview and promise in view has its marker.
    CHECK(ItemStartingWith("##interview ") != nullptr);
    CHECK(ItemStartingWith("##promise ") != nullptr);
    const std::string thank_you = "##followup thank_you:" + std::string(s.ChloeInterview.c_str());
    const ui::items::Item* marker = ui.Find(thank_you);
    REQUIRE(marker != nullptr);

    const ImVec2 at = marker->Center();
    ui.Input.MousePosition(at.x, at.y);
    ui.Settle();
    CHECK(ui.State.Timeline.Hovered == s.Chloe);

    // Chloé's thank-you is still to do: the click opens Compose with a draft for her.
    const ui::items::Item copy = *ui.Find(thank_you);
    ui.Click(copy);
    CHECK(ui.State.Current == app::Area::Compose);
    CHECK(ui.State.Compose.Candidate == s.Chloe);
}

TEST_CASE("clicking a name opens the candidate") {
    ViewHarness ui;
    const Seeded s = Seed(ui);
    OpenTimeline(ui);
    const ui::items::Item* ben = ui.FindIn("Ben O'Brien", "Timeline chart");
    REQUIRE(ben != nullptr);
    const ui::items::Item copy = *ben;
    ui.Click(copy);
    CHECK(ui.State.Current == app::Area::Candidates);
    CHECK(ui.State.Candidates.Selected == s.Ben);
}

TEST_CASE("the dashboard shows the plan's figures: promises kept and broken, overdue follow-ups") {
    ViewHarness ui;
    const Seeded s = Seed(ui);
    OpenTimeline(ui);
    REQUIRE(ui.Click("Dashboard"));
    CHECK(ui.State.Timeline.Tab == app::TimelineTab::Dashboard);
    CHECK(ui.Find("##day axis") == nullptr);

    // Ben's first promise was kept and his second broken; Ana's is still ahead.
    CHECK(ItemStartingWith("Promises kept: 1 of 2##") != nullptr);
    CHECK(ItemStartingWith("Promises: 1 kept, 1 broken, 1 open##") != nullptr);
    const debrief::PlanStats& stats = app::CurrentStats(ui.State);
    CHECK(stats.Overdue > 0);
    CHECK(ItemStartingWith("Overdue follow-ups: " + std::to_string(stats.Overdue) + "##") != nullptr);
    CHECK(ItemStartingWith("First message after an interview: ") != nullptr);
    CHECK(ItemStartingWith("Follow-ups due each week##") != nullptr);

    // Ana hears before her date: the figure follows on the next frame.
    Sent(ui, s.Ana, debrief::MessageKind::StatusUpdate, "2026-11-23T07:00:00Z", nullptr);
    ui.Settle();
    CHECK(ItemStartingWith("Promises kept: 2 of 3##") != nullptr);

    REQUIRE(ui.Click("Timeline##view"));
    CHECK(ui.State.Timeline.Tab == app::TimelineTab::Timeline);
    CHECK(ui.Find("##day axis") != nullptr);
}

TEST_CASE("with no interviews, the timeline and the dashboard say so instead of drawing") {
    ViewHarness ui;
    OpenTimeline(ui);
    CHECK(ui.Find("##day axis") == nullptr);
    CHECK(ui.Find("Zoom in") != nullptr);  // The controls stay; the chart waits for data.
    REQUIRE(ui.Click("Dashboard"));
    CHECK(ItemStartingWith("Promises kept") == nullptr);
    CHECK(ItemStartingWith("Follow-ups due each week") == nullptr);
}

TEST_CASE("ten thousand candidates: only the rows on screen are drawn") {
    ViewHarness ui;
    debrief::Database many;
    for (int n = 0; n < 10000; ++n) {
        debrief::Candidate c;
        c.Id = debrief::NewRecordId();
        c.Rev = 1;
        c.FullName = "Candidate " + std::to_string(10000 + n);
        debrief::Interview i;
        i.Id = debrief::NewRecordId();
        i.Rev = 1;
        i.CandidateId = c.Id;
        i.StartsAt = At("2026-11-16T09:00:00Z") + (n % 100) * debrief::kMsPerHour;
        many.Put(std::move(c));
        many.Put(std::move(i));
    }
    ui.Records.RestoreBackup(many);
    ui.Settle();
    OpenTimeline(ui);
    CHECK(ui.State.Timeline.Rows.size() == 10000);
    std::size_t names = 0;
    for (const ui::items::Item& item : ui::items::Published())
        if (item.Window.find("Timeline chart") != std::string::npos &&
            item.Text().rfind("Candidate 1", 0) == 0)
            ++names;
    CHECK(names > 5);
    CHECK(names < 100);
}

TEST_CASE("chart colours follow the theme: meaning colours are lightened on a dark background") {
    ViewHarness ui;  // Light theme, and its ImGui context is current.
    const views::ChartPalette light = views::CurrentChartPalette();
    const ImGuiStyle saved = ImGui::GetStyle();
    ImGui::StyleColorsDark();
    const views::ChartPalette dark = views::CurrentChartPalette();
    ImGui::GetStyle() = saved;
    const auto brightness = [](ImU32 c) {
        const ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
        return 0.299f * v.x + 0.587f * v.y + 0.114f * v.z;
    };
    CHECK(brightness(dark.Ink) > brightness(light.Ink));
    CHECK(brightness(dark.Good) > brightness(light.Good));
    CHECK(brightness(dark.Error) > brightness(light.Error));
    CHECK(brightness(dark.Paper) < brightness(light.Paper));
}
