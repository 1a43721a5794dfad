// Workshop mode (core/workshop/): the demo data is deterministic, valid and really in the
// situations the scenario cards name; every built-in card reads cleanly, its draft fails its
// goals under the real tone checker and a reasonable rewrite meets them; broken cards are refused
// with errors a trainer can act on.
#include <doctest/doctest.h>

#include <algorithm>
#include <map>
#include <set>
#include <string>

#include "core/build_info.h"
#include "core/exchange/backup.h"
#include "core/exchange/csv.h"
#include "core/records/ids.h"
#include "core/records/validation.h"
#include "core/storage/memory_storage.h"
#include "core/templates/message_data.h"
#include "core/text/utf8.h"
#include "core/timeline/planner.h"
#include "core/tone/checker.h"
#include "core/workshop/attempt.h"
#include "core/workshop/cards.h"
#include "core/workshop/demo_data.h"
#include "core/workshop/results.h"
#include "core/workshop/scenario.h"
#include "core/workshop/seeded_random.h"
#include "core/workspace/workspace.h"

using namespace debrief;
using namespace debrief::workshop;

namespace {

constexpr TimeMs kMonday = 1'795'420'800'000 + 5 * kMsPerHour;  // Mon 2026-11-23, 13:00 UTC.
const BuildInfo kBuild{"0.1.0", "test"};

OffsetAt Utc() {
    return [](TimeMs) { return 0; };
}

// A zone an hour east of UTC in winter and two in summer (the EU rule, roughly), so local days
// and times differ from UTC ones.
OffsetAt Berlin() {
    return [](TimeMs t) {
        const CivilDate c = ToCivil(DateOf(t));
        return c.Month > 3 && c.Month < 11 ? 120 : 60;
    };
}

const DemoData& Demo() {
    static const DemoData demo = MakeDemoData(42, kMonday, Utc());
    return demo;
}

templates::MessageContext ContextFor(const DemoData& demo, TimeMs now, const OffsetAt& zone) {
    templates::MessageContext context;
    context.Records = &demo.Records;
    context.Sender = demo.Records.FindProfile();
    context.Locale = DateLocale::EnGB;
    context.Offset = zone;
    context.Now = now;
    return context;
}

Date Today(TimeMs now, const OffsetAt& zone) { return ToLocal(now, zone).Day; }

// Every third day, the start of the local day instead of `now`: the app makes its demo as of
// midnight, so a reset during the day gives the same records.
TimeMs AtTimeOfDay(TimeMs now, int day, const OffsetAt& zone) {
    return day % 3 == 2 ? FromLocal({Today(now, zone), 0}, zone) : now;
}

std::vector<const Message*> SentSince(const Database& db, const RecordId& candidate, TimeMs since) {
    std::vector<const Message*> out;
    for (const Message* m : db.MessagesOf(candidate))
        if (m->Status == MessageStatus::Sent && m->SentAt && *m->SentAt >= since) out.push_back(m);
    return out;
}

bool FromEmployer(const Message& m) { return m.Kind < MessageKind::CandidateThankYou; }

std::string Goals(const AttemptResult& r) {
    std::string out = "score " + std::to_string(r.ScoreBefore) + " -> " + std::to_string(r.ScoreAfter);
    for (const GoalResult& g : r.Goals) {
        out += "\n  [";
        out += g.Met ? "met" : "NOT met";
        out += "] " + g.Goal + ": " + g.Reason;
    }
    for (const FindingSummary& f : r.Introduced) out += "\n  introduced: " + f.Rule + " \"" + f.Text + "\"";
    return out;
}

bool HasError(const ScenarioRead& read, std::string_view part) {
    return std::any_of(read.Errors.begin(), read.Errors.end(),
                       [&](const std::string& e) { return e.find(part) != std::string::npos; });
}

std::string AllErrors(const ScenarioRead& read) {
    std::string out;
    for (const std::string& e : read.Errors) out += e + "\n";
    return out.empty() ? std::string("no errors") : out;
}

// A reasonable rewrite of each built-in card's draft: what a trainee who took the lesson might
// send. Fields in {{...}} are filled in for the demo candidate, as the draft's are.
const std::map<std::string, std::string>& Rewrites() {
    static const std::map<std::string, std::string> rewrites = {
        {"thank_you_after_interview",
         "Hi {{candidate.preferred_name}},\n\n"
         "Thank you for the video call on {{interview.date}}. We enjoyed the way you walked us through the "
         "sample "
         "ledger, and especially how quickly you spotted the duplicated invoices.\n\n"
         "We are seeing two more people this week, and you will hear from me by Friday 27 November, whatever "
         "we "
         "decide.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"nine_days_without_a_word", "Hi {{candidate.preferred_name}},\n\n"
                                     "I am sorry we have left you waiting since your interview on "
                                     "{{interview.date}}; that is not how we want "
                                     "to treat anyone. Thank you for your patience.\n\n"
                                     "We have one more interview to hold, and you will hear our decision by "
                                     "Friday 4 December. If anything "
                                     "changes before then, I will tell you.\n\n"
                                     "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"promise_about_to_slip",
         "Hi {{candidate.preferred_name}},\n\n"
         "I told you that you would hear from us by tomorrow, and we are not going to make that date. I am "
         "sorry. "
         "Our accountant is away until Monday, and we want their view before we decide.\n\n"
         "You will have our decision by Wednesday 2 December. Thank you for your patience.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"not_a_good_fit", "Hi {{candidate.preferred_name}},\n\n"
                           "Thank you for coming in for the Café Supervisor interview. We enjoyed the "
                           "customer role-play, where you "
                           "stayed calm and kept the queue moving.\n\n"
                           "We have decided not to offer you the role, because it needs someone who can run "
                           "the espresso machine "
                           "alone on a busy morning. When we asked how to adjust the grind when shots ran "
                           "fast, you were not sure. A "
                           "barista course, or a few weeks on a busy bar, would close that gap.\n\n"
                           "If you would like to talk this through, please reply and I will call you.\n\n"
                           "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"personalise_a_generic_rejection",
         "Hi {{candidate.preferred_name}},\n\n"
         "Thank you for the video interview for the part-time bookkeeping role. You found both duplicated "
         "supplier "
         "invoices in the sample ledger in under ten minutes, which impressed us.\n\n"
         "We have decided to offer the role to another candidate, because they have already run a small "
         "business payroll end to end. That is most of the work in the first months.\n\n"
         "If you would like more detail, I am happy to talk it through on the phone.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"vague_note_to_evidence",
         "In the practical, shaped twelve baguettes, all within 10 g of the target weight. Explained the "
         "overnight "
         "proving schedule clearly when asked. Concern: the croissant dough tore twice because it was rolled "
         "straight from the fridge. To work on: resting laminated dough for ten minutes before rolling; "
         "Tomás can "
         "show this in a trial shift."},
        {"three_follow_ups",
         "Hi {{candidate.preferred_name}},\n\n"
         "Thank you for your messages, and I am sorry you have had to write three times without an answer. "
         "That "
         "is our mistake, not yours.\n\n"
         "We have not decided yet: the last interview is on Thursday. You will hear from me by Monday 30 "
         "November, whatever the outcome.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"invite_a_silver_medalist", "Hi {{candidate.preferred_name}},\n\n"
                                     "When you interviewed for Head Baker, your plan for the overnight "
                                     "sourdough bake was the best we saw. We "
                                     "have just opened a Pastry Chef role, and we thought of you.\n\n"
                                     "The job description is attached. If you would like to apply, please "
                                     "reply by Friday 11 December and I "
                                     "will arrange a practical with Tomás.\n\n"
                                     "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"offer_with_clear_next_steps",
         "Hi {{candidate.preferred_name}},\n\n"
         "I am delighted to offer you the Café Supervisor role. The way you calmed the unhappy customer in "
         "the "
         "role-play is exactly what our Saturday shifts need.\n\n"
         "The written offer is attached, with the pay of £13.50 per hour, 37.5 hours a week and a start date "
         "of "
         "Monday 4 January. Please reply by Friday 4 December to accept, or call me before then with any "
         "questions.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"remove_a_risky_remark",
         "Hi {{candidate.preferred_name}},\n\n"
         "Thank you for coming in. In the role-play you remembered each regular's usual order, which is "
         "exactly "
         "how we want the café to feel.\n\n"
         "We have decided to offer the role to another candidate, because they have already written staff "
         "rotas "
         "for a team of six. That is a big part of this job. If you would like to build that experience, ask "
         "your manager whether you can draft next month's rota with them.\n\n"
         "I would be happy to talk this through on the phone if that would help.\n\n"
         "Best wishes,\n{{sender.name}}\n{{company.name}}"},
        {"own_a_broken_promise", "Hi {{candidate.preferred_name}},\n\n"
                                 "I promised you a decision by last week and I did not keep that promise. I "
                                 "am sorry, and thank you for "
                                 "your patience.\n\n"
                                 "We are holding one more interview this week. You will hear from me by "
                                 "Friday 27 November, and if that "
                                 "date is at risk I will tell you before it passes.\n\n"
                                 "Best wishes,\n{{sender.name}}\n{{company.name}}"},
    };
    return rewrites;
}

// The smallest card that reads cleanly, to break one field at a time.
std::string ValidCard() {
    return R"({
  "id": "refusal_not_a_good_fit",
  "title": "Replace \"not a good fit\"",
  "situation": "The candidate was not selected.",
  "lesson": "Give the real reason.",
  "kind": "feedback",
  "candidate": "not_a_good_fit",
  "draft": {"subject": "Your interview", "body": ["Hi {{candidate.preferred_name}},", "", "Not a good fit."]},
  "goals": {"remove": ["vague", "harsh"], "include": ["specific"], "min_score": 80}
})";
}

std::string Replace(std::string text, std::string_view from, std::string_view to) {
    const std::size_t at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    return text;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// The demo data

TEST_CASE("demo data: the seeded generator gives SplitMix64's reference numbers") {
    SeededRandom zero(0);
    CHECK(zero.Next() == 0xE220A8397B1DCDAFull);
    CHECK(zero.Next() == 0x6E789E6AA1B965F4ull);
    SeededRandom r(7);
    for (int i = 0; i < 1000; ++i) CHECK(r.Below(26) < 26u);
}

// FNV-1a over what the seed decides: who is in which situation, every record id and every
// interview time. The same on every platform, or the demo is not the same natively and in the
// browser. Update the number only when the demo's stories change on purpose.
TEST_CASE("demo data: the seed decides the same people, ids and times on every platform") {
    const DemoData demo = MakeDemoData(42, kMonday, Utc());
    std::uint64_t hash = 0xCBF29CE484222325ull;
    const auto add = [&](std::string_view text) {
        for (const char c : text) hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001B3ull;
    };
    for (const auto& [key, id] : demo.Situations) {
        add(key);
        add(id.view());
        add(demo.Records.FindCandidate(id)->FullName);
    }
    std::vector<const Interview*> interviews;
    for (const auto& [id, i] : demo.Records.Interviews()) interviews.push_back(&i);
    std::sort(interviews.begin(), interviews.end(),
              [](const Interview* a, const Interview* b) { return a->Id < b->Id; });
    for (const Interview* i : interviews) {
        add(i->Id.view());
        add(FormatInstant(i->StartsAt));
        add(std::to_string(i->DurationMinutes));
    }
    CHECK(hash == 0xABEBE26288604F73ull);
}

TEST_CASE("demo data: the same seed and time give a byte-identical backup") {
    for (const std::uint64_t seed : {0ull, 1ull, 42ull, 0xFFFFFFFFFFFFFFFFull}) {
        const std::string first = ExportBackup(MakeDemoData(seed, kMonday, Utc()).Records, kBuild);
        const std::string second = ExportBackup(MakeDemoData(seed, kMonday, Utc()).Records, kBuild);
        CHECK(first == second);
        const std::string zoned = ExportBackup(MakeDemoData(seed, kMonday, Berlin()).Records, kBuild);
        CHECK(zoned == ExportBackup(MakeDemoData(seed, kMonday, Berlin()).Records, kBuild));
    }
    // No zone at all reads as UTC.
    CHECK(ExportBackup(MakeDemoData(5, kMonday).Records, kBuild) ==
          ExportBackup(MakeDemoData(5, kMonday, Utc()).Records, kBuild));
}

TEST_CASE("demo data: a different seed gives different data") {
    const DemoData a = MakeDemoData(1, kMonday, Utc());
    const DemoData b = MakeDemoData(2, kMonday, Utc());
    CHECK(ExportBackup(a.Records, kBuild) != ExportBackup(b.Records, kBuild));
    for (const auto& [id, c] : a.Records.Candidates()) CHECK(b.Records.FindCandidate(id) == nullptr);
    // The seed also decides who is in which situation.
    int same_names = 0;
    for (const DemoSituation& s : DemoSituations())
        same_names += a.FindCandidate(s.Key)->FullName == b.FindCandidate(s.Key)->FullName;
    CHECK(same_names < static_cast<int>(DemoSituations().size()));
}

TEST_CASE("demo data: every record passes the model's validation, on every day of the week") {
    for (int day = 0; day < 7; ++day) {
        for (const std::uint64_t seed : {3ull, 42ull, 1234567ull}) {
            const OffsetAt zone = day % 2 ? Berlin() : Utc();
            const TimeMs now = AtTimeOfDay(kMonday + day * kMsPerDay + day * 97 * kMsPerMinute, day, zone);
            const DemoData demo = MakeDemoData(seed, now, zone);
            const Database& db = demo.Records;
            CAPTURE(day);
            CAPTURE(seed);
            CHECK(db.Roles().size() == 3);
            CHECK(db.Candidates().size() >= 22);
            CHECK(db.Candidates().size() <= 30);
            REQUIRE(db.FindProfile() != nullptr);
            CHECK(db.FindProfile()->CompanyName == kDemoCompanyName);
            CHECK(Validate(db.FindProfile()->Schedule).empty());
            for (const auto& [id, r] : db.Roles()) {
                CHECK_FALSE(HasErrors(CheckRole(r)));
                CHECK(Validate(r.Policy).empty());
            }
            for (const auto& [id, c] : db.Candidates()) {
                const auto& candidate = c;  // A structured binding cannot be captured (clang).
                CAPTURE(candidate.FullName);
                CHECK_FALSE(HasErrors(CheckCandidate(c, db)));
                CHECK(IsValidRecordId(c.Id));
                CHECK(c.Created <= c.Updated);
                CHECK(c.Updated <= now);
            }
            for (const auto& [id, i] : db.Interviews()) {
                CHECK_FALSE(HasErrors(CheckInterview(i, db)));
                CHECK(i.EndsAt() < now);
            }
            for (const auto& [id, n] : db.Notes()) {
                CHECK_FALSE(HasErrors(CheckNote(n, db)));
                CHECK(n.WrittenAt <= now);
            }
            for (const auto& [id, m] : db.Messages()) {
                CHECK_FALSE(HasErrors(CheckMessageText(m)));
                REQUIRE(m.SentAt.has_value());
                CHECK(*m.SentAt <= now);
            }
            for (const auto& [id, a] : db.ActivityLog()) CHECK(a.At <= now);
            // The strict import check: every field, every reference, no id twice.
            const BackupCheck check = CheckBackup(ExportBackup(db, kBuild));
            const std::string first_issue =
                check.Issues.empty() ? std::string() : Describe(check.Issues.front());
            INFO(first_issue);
            CHECK(check.Ok());
            CHECK(check.RecordCount == db.Roles().size() + db.Candidates().size() + db.Interviews().size() +
                                           db.Notes().size() + db.Messages().size() +
                                           db.ActivityLog().size() + 1);
            CHECK(MakePlan(db, now, zone).Issues.empty());
        }
    }
}

TEST_CASE("demo data: candidates spread over every stage and status") {
    const Database& db = Demo().Records;
    std::set<std::string> stages;
    std::set<CandidateStatus> statuses;
    std::set<RecordId> roles;
    for (const auto& [id, c] : db.Candidates()) {
        stages.insert(c.Stage);
        statuses.insert(c.Status);
        roles.insert(c.RoleId);
    }
    for (const char* stage : {"Applied", "Screening", "Interview", "Final interview", "Offer", "Hired"})
        CHECK(stages.count(stage) == 1);
    CHECK(statuses.size() == static_cast<std::size_t>(kCandidateStatusCount));
    CHECK(roles.size() == 3);
}

TEST_CASE("demo data: names come from many languages; emails are fictional") {
    const Database& db = Demo().Records;
    bool accented = false, apostrophe = false;
    for (const auto& [id, c] : db.Candidates()) {
        CHECK(utf8::IsValid(c.FullName));
        accented = accented || std::any_of(c.FullName.begin(), c.FullName.end(),
                                           [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; });
        apostrophe = apostrophe || c.FullName.find('\'') != std::string::npos;
        CHECK(LooksLikeEmail(c.Email));
        const std::string domain = c.Email.substr(c.Email.find('@') + 1);
        CHECK((domain == "example.org" || domain == "example.com"));
    }
    CHECK(accented);
    CHECK(apostrophe);
    const Profile* p = db.FindProfile();
    CHECK(p->SenderEmail.ends_with("@example.com"));
    std::set<std::string> names;
    for (const auto& [id, c] : db.Candidates()) names.insert(c.FullName);
    for (const char* name : {"Siobhán O'Connor", "Nguyễn Thị Mai", "José Ángel Peña", "Zoë Müller-Łukasz"})
        CHECK(names.count(name) == 1);
}

TEST_CASE("demo data: each situation's candidate really is in that situation") {
    for (int day = 0; day < 7; ++day) {
        for (const std::uint64_t seed : {7ull, 42ull}) {
            const OffsetAt zone = day % 2 ? Utc() : Berlin();
            const TimeMs now =
                AtTimeOfDay(kMonday + day * kMsPerDay + (day - 3) * 151 * kMsPerMinute, day, zone);
            const DemoData demo = MakeDemoData(seed, now, zone);
            const Database& db = demo.Records;
            const Plan plan = MakePlan(db, now, zone);
            const Date today = Today(now, zone);
            CAPTURE(day);
            CAPTURE(seed);
            for (const DemoSituation& s : DemoSituations()) {
                CAPTURE(s.Key);
                REQUIRE(demo.FindCandidate(s.Key) != nullptr);
            }
            CHECK(demo.CandidateFor("no_such_situation").empty());
            CHECK(demo.FindCandidate("no_such_situation") == nullptr);
            const auto follow_ups = [&](const RecordId& c, FollowUpKind kind) {
                std::vector<const FollowUp*> out;
                for (const FollowUp& f : plan.FollowUps)
                    if (f.Candidate == c && f.Kind == kind) out.push_back(&f);
                return out;
            };
            const auto first = [&](const RecordId& c, FollowUpKind kind) -> const FollowUp& {
                const auto found = follow_ups(c, kind);
                REQUIRE_FALSE(found.empty());
                return *found.front();
            };
            const auto promises = [&](const RecordId& c) {
                std::vector<const Promise*> out;
                for (const Promise& p : plan.Promises)
                    if (p.Candidate == c) out.push_back(&p);
                return out;
            };

            {
                INFO("waiting nine days with no word");
                const Candidate& c = *demo.FindCandidate("waiting_9_days");
                CHECK(c.Status == CandidateStatus::Active);
                const auto interviews = db.InterviewsOf(c.Id);
                REQUIRE_FALSE(interviews.empty());
                const Interview& last = *interviews.back();
                CHECK(today.DaysSinceEpoch - ToLocal(last.StartsAt, zone).Day.DaysSinceEpoch == 9);
                CHECK(now - last.EndsAt() >= 8 * kMsPerDay);
                CHECK(SentSince(db, c.Id, last.StartsAt).empty());
                const auto thanks = follow_ups(c.Id, FollowUpKind::ThankYou);
                REQUIRE(thanks.size() == 1);
                CHECK(thanks[0]->Status == FollowUpStatus::Overdue);
                bool note_overdue = false;
                for (const FollowUp* f : follow_ups(c.Id, FollowUpKind::InterviewNote))
                    note_overdue = note_overdue || f->Status == FollowUpStatus::Overdue;
                CHECK(note_overdue);
            }
            {
                INFO("one broken promise");
                const Candidate& c = *demo.FindCandidate("broken_promise");
                const auto mine = promises(c.Id);
                REQUIRE(mine.size() == 1);
                CHECK(mine[0]->State == PromiseState::Broken);
                CHECK(mine[0]->AnsweredAt == 0);
                CHECK(today.DaysSinceEpoch - mine[0]->By.DaysSinceEpoch == 3);
                int broken = 0;
                for (const Promise& p : plan.Promises) broken += p.State == PromiseState::Broken;
                CHECK(broken == 1);
                CHECK(first(c.Id, FollowUpKind::Decision).Status == FollowUpStatus::Overdue);
            }
            {
                INFO("a promise about to slip");
                const Candidate& c = *demo.FindCandidate("promise_at_risk");
                const auto mine = promises(c.Id);
                REQUIRE(mine.size() == 1);
                CHECK(mine[0]->State == PromiseState::AtRisk);
                CHECK(today < mine[0]->By);
                const auto delay = follow_ups(c.Id, FollowUpKind::DelayUpdate);
                REQUIRE(delay.size() == 1);
                CHECK(delay[0]->Status != FollowUpStatus::Done);
                CHECK(delay[0]->Status != FollowUpStatus::Upcoming);
            }
            {
                INFO("three follow-ups from the candidate, none answered");
                const Candidate& c = *demo.FindCandidate("followed_up_three_times");
                const Interview& last = *db.InterviewsOf(c.Id).back();
                std::vector<const Message*> theirs;
                for (const Message* m : SentSince(db, c.Id, last.StartsAt))
                    if (m->Kind == MessageKind::CandidateFollowUp) theirs.push_back(m);
                REQUIRE(theirs.size() == 3);
                TimeMs asked = now;
                for (const Message* m : theirs) asked = std::min(asked, *m->SentAt);
                for (const Message* m : SentSince(db, c.Id, asked)) CHECK_FALSE(FromEmployer(*m));
                CHECK(first(c.Id, FollowUpKind::Decision).Status == FollowUpStatus::Overdue);
            }
            {
                INFO("the silver medalist agreed to the talent pool");
                const Candidate& c = *demo.FindCandidate("silver_medalist");
                CHECK(c.Status == CandidateStatus::NotSelected);
                CHECK(c.TalentPoolConsent);
                bool strong = false;
                for (const Interview* i : db.InterviewsOf(c.Id))
                    for (const InterviewNote* n : db.NotesOf(i->Id))
                        strong = strong || n->Verdict == Recommendation::StrongYes;
                CHECK(strong);
                CHECK(first(c.Id, FollowUpKind::Closure).Status == FollowUpStatus::Done);
                const auto keep = follow_ups(c.Id, FollowUpKind::KeepInTouch);
                REQUIRE_FALSE(keep.empty());
                CHECK(keep[0]->Status == FollowUpStatus::Upcoming);
            }
            {
                INFO("about to get an offer");
                const Candidate& c = *demo.FindCandidate("about_to_get_offer");
                CHECK(c.Status == CandidateStatus::Active);
                CHECK(c.Stage == "Offer");
                const Interview& last = *db.InterviewsOf(c.Id).back();
                CHECK(last.Stage == "Final interview");
                CHECK(now - last.StartsAt < 3 * kMsPerDay);
                for (const Message* m : db.MessagesOf(c.Id)) CHECK(m->Kind != MessageKind::Offer);
                for (const InterviewNote* n : db.NotesOf(last.Id)) CHECK(n->Verdict >= Recommendation::Yes);
            }
            {
                INFO("a thank-you due after the last business day's interview");
                const Candidate& c = *demo.FindCandidate("thank_you_due");
                const Interview& last = *db.InterviewsOf(c.Id).back();
                const Date held = ToLocal(last.StartsAt, zone).Day;
                CHECK(held < today);
                CHECK(calendar::WeekdayOf(held) < 5);
                CHECK(today.DaysSinceEpoch - held.DaysSinceEpoch <= 3);
                CHECK(db.MessagesOf(c.Id).empty());
                const auto thanks = follow_ups(c.Id, FollowUpKind::ThankYou);
                REQUIRE(thanks.size() == 1);
                CHECK(thanks[0]->Status != FollowUpStatus::Done);
            }
            {
                INFO("not a good fit: a decision with nothing behind it, not told yet");
                const Candidate& c = *demo.FindCandidate("not_a_good_fit");
                CHECK(c.Status == CandidateStatus::NotSelected);
                bool vague = false;
                for (const InterviewNote* n : db.NotesOf(db.InterviewsOf(c.Id).back()->Id))
                    for (const Observation& o : n->Concerns)
                        vague = vague || (o.Point.find("Not a good fit") == 0 && o.Evidence.empty());
                CHECK(vague);
                CHECK(first(c.Id, FollowUpKind::Closure).Status != FollowUpStatus::Done);
            }
            {
                INFO("a generic rejection waiting to be written, with specific notes");
                const Candidate& c = *demo.FindCandidate("generic_rejection");
                CHECK(c.Status == CandidateStatus::NotSelected);
                for (const Message* m : db.MessagesOf(c.Id))
                    CHECK((m->Kind != MessageKind::Rejection && m->Kind != MessageKind::Feedback));
                for (const InterviewNote* n : db.NotesOf(db.InterviewsOf(c.Id).back()->Id))
                    for (const Observation& o : n->Strengths) CHECK_FALSE(o.Evidence.empty());
                CHECK(first(c.Id, FollowUpKind::Closure).Status != FollowUpStatus::Done);
            }
            {
                INFO("a vague note and a risky remark");
                const Candidate& vague = *demo.FindCandidate("vague_note");
                FieldIssues warnings;
                for (const InterviewNote* n : db.NotesOf(db.InterviewsOf(vague.Id).back()->Id)) {
                    const FieldIssues issues = CheckNote(*n, db);
                    warnings.insert(warnings.end(), issues.begin(), issues.end());
                }
                CHECK_FALSE(warnings.empty());

                const Candidate& risky = *demo.FindCandidate("risky_remark");
                bool flagged = false;
                for (const InterviewNote* n : db.NotesOf(db.InterviewsOf(risky.Id).back()->Id))
                    for (const Observation& o : n->Concerns) {
                        const tone::Report report = tone::Checker::BuiltIn().Check(
                            o.Point + ". " + o.Evidence + ".", MessageKind::Feedback);
                        for (const tone::Finding& f : report.Findings)
                            flagged = flagged ||
                                      (f.Of == tone::Category::Protected && f.Level == tone::Severity::Risk);
                    }
                CHECK(flagged);
            }
            {
                INFO("follow-ups are overdue");
                CHECK(plan.Overdue >= 4);
            }
        }
    }
}

TEST_CASE("demo data: goes into a workspace of its own and comes back out as the same backup") {
    auto backing = std::make_shared<MemoryBacking>();
    MemoryStorage store(backing);
    Workspace workspace(store, [] { return kMonday; });
    workspace.Open();
    store.RunPending();
    REQUIRE(workspace.Complete());
    workspace.RestoreBackup(Demo().Records);
    store.RunPending();
    CHECK(workspace.Saving() == SaveState::Saved);
    const std::string expected = ExportBackup(Demo().Records, kBuild);
    CHECK(ExportBackup(workspace.Records(), kBuild) == expected);

    // Another connection to the same database reads back exactly what was stored.
    MemoryStorage again(backing);
    Workspace reopened(again, [] { return kMonday; });
    reopened.Open();
    again.RunPending();
    REQUIRE(reopened.Complete());
    CHECK(reopened.Records().Count(Collection::Candidates) == Demo().Records.Candidates().size());
    CHECK(ExportBackup(reopened.Records(), kBuild) == expected);
}

// ---------------------------------------------------------------------------------------------
// The scenario cards

TEST_CASE("scenario cards: every built-in card reads cleanly and names a real demo situation") {
    CHECK(BuiltInScenarioProblems().empty());
    for (const std::string& p : BuiltInScenarioProblems()) MESSAGE(p);
    const auto& cards = BuiltInScenarios();
    CHECK(cards.size() >= 10);
    std::set<std::string> ids;
    for (const Scenario& card : cards) {
        CAPTURE(card.Id);
        CHECK(ids.insert(card.Id).second);
        CHECK(IsDemoSituation(card.Candidate));
        CHECK(FindBuiltInScenario(card.Id) == &card);
        CHECK(utf8::CountCodePoints(card.Title) <= kMaxScenarioTitleChars);
    }
    // The situations the workshop must cover, one card each at least.
    for (const char* key : {"waiting_9_days", "promise_at_risk", "not_a_good_fit", "generic_rejection",
                            "vague_note", "followed_up_three_times", "silver_medalist", "about_to_get_offer",
                            "thank_you_due", "risky_remark"}) {
        CAPTURE(key);
        CHECK(std::any_of(cards.begin(), cards.end(), [&](const Scenario& c) { return c.Candidate == key; }));
    }
    CHECK(FindBuiltInScenario("no_such_card") == nullptr);
}

TEST_CASE("scenario cards: each draft fails its goals and a reasonable rewrite meets them") {
    for (const std::uint64_t seed : {1ull, 42ull, 99ull}) {
        const DemoData demo = MakeDemoData(seed, kMonday, Utc());
        const templates::MessageContext context = ContextFor(demo, kMonday, Utc());
        for (const Scenario& card : BuiltInScenarios()) {
            CAPTURE(seed);
            CAPTURE(card.Id);
            const RecordId candidate = demo.CandidateFor(card.Candidate);
            REQUIRE_FALSE(candidate.empty());
            const ScenarioDraft draft = RenderDraft(card, context, candidate);
            CHECK(draft.Missing.empty());
            CHECK(draft.Body.find("{{") == std::string::npos);
            const bool greets = card.Body.find("{{candidate.preferred_name}}") != std::string::npos;
            const bool named =
                draft.Body.find(GreetingName(*demo.Records.FindCandidate(candidate))) != std::string::npos;
            CHECK(greets == named);

            const AttemptResult unchanged = EvaluateAttempt(card, draft.Body, draft.Body);
            INFO("draft: " << Goals(unchanged));
            CHECK(unchanged.Error.empty());
            CHECK_FALSE(unchanged.AllGoalsMet);
            CHECK(unchanged.Resolved.empty());
            CHECK(unchanged.Introduced.empty());

            const auto rewrite = Rewrites().find(card.Id);
            REQUIRE_MESSAGE(rewrite != Rewrites().end(), "write a model rewrite for this card in Rewrites()");
            const ScenarioDraft better =
                RenderScenarioText(card.Subject, rewrite->second, context, candidate);
            CHECK(better.Missing.empty());
            const AttemptResult result = EvaluateAttempt(card, draft.Body, better.Body);
            INFO("rewrite: " << Goals(result));
            CHECK(result.AllGoalsMet);
            CHECK(result.ScoreAfter > result.ScoreBefore);
            CHECK_FALSE(result.Resolved.empty());
            CHECK(result.Goals.size() ==
                  card.Goals.Remove.size() + card.Goals.Include.size() + (card.Goals.MinScore > 0 ? 1u : 0u));
            for (const GoalResult& g : result.Goals) CHECK_FALSE(g.Reason.empty());
        }
    }
}

TEST_CASE("scenario cards: goals say plainly what is met and what is missing") {
    const Scenario& card = *FindBuiltInScenario("not_a_good_fit");
    const std::string draft =
        "Hi Ana,\n\nUnfortunately you were not a good fit for the café.\n\nBest wishes,\nPriya";
    const std::string attempt =
        "Hi Ana,\n\nThank you for coming in. You were not a good fit.\n\nBest wishes,\nPriya";
    const AttemptResult r = EvaluateAttempt(card, draft, attempt);
    REQUIRE(r.Goals.size() == 5);
    CHECK(r.Goals[0].Type == GoalType::Remove);
    CHECK(r.Goals[0].Category == tone::Category::Vague);
    CHECK_FALSE(r.Goals[0].Met);
    CHECK(r.Goals[0].Reason.find("\"not a good fit\"") != std::string::npos);
    CHECK(r.Goals[1].Type == GoalType::Include);
    CHECK(r.Goals[1].Part == MessagePart::Specific);
    CHECK_FALSE(r.Goals[1].Met);
    CHECK(r.Goals[1].Reason.starts_with("Not found."));
    CHECK(r.Goals[4].Type == GoalType::MinScore);
    CHECK(r.Goals[4].Reason.find("not there yet") != std::string::npos);
    CHECK_FALSE(r.AllGoalsMet);
    // Thanks were missing from the draft and are there now; the vague reason is still there.
    CHECK(std::any_of(r.Resolved.begin(), r.Resolved.end(),
                      [](const FindingSummary& f) { return f.Of == tone::Category::MissingThanks; }));
    CHECK(std::any_of(r.Remaining.begin(), r.Remaining.end(),
                      [](const FindingSummary& f) { return f.Of == tone::Category::Vague; }));

    const tone::Report report = tone::Checker::BuiltIn().Check(attempt, MessageKind::Feedback);
    const PartFound name = FindPart(tone::Checker::BuiltIn(), report, attempt, MessagePart::Name);
    CHECK(name.Present);
    CHECK(name.Text.find("Ana") != std::string::npos);
    CHECK(FindPart(tone::Checker::BuiltIn(), report, attempt, MessagePart::Thanks).Text == "Thank");
    CHECK(FindPart(tone::Checker::BuiltIn(), report, attempt, MessagePart::Closing).Present);
    CHECK_FALSE(FindPart(tone::Checker::BuiltIn(), report, attempt, MessagePart::Timeline).Present);
}

TEST_CASE("scenario cards: export and import read back exactly") {
    for (const Scenario& card : BuiltInScenarios()) {
        CAPTURE(card.Id);
        const std::string file = ScenarioToJson(card);
        const ScenarioRead read = ParseScenario(file, card.Id + ".json");
        INFO(AllErrors(read));
        REQUIRE(read.Ok());
        REQUIRE(read.Cards.size() == 1);
        CHECK(read.Cards[0] == card);
        CHECK(ScenarioToJson(read.Cards[0]) == file);
        // An import takes a single card's file too.
        const ScenarioRead imported = ParseScenarioFile(file, "card.json");
        REQUIRE(imported.Ok());
        CHECK(imported.Cards[0] == card);
    }
    const std::string all = ScenariosToJson(BuiltInScenarios());
    CHECK(all.starts_with("{\n  \"format\": \"debrief-scenarios\",\n  \"version\": 1,"));
    const ScenarioRead read = ParseScenarioFile(all, "all.json");
    INFO(AllErrors(read));
    REQUIRE(read.Ok());
    CHECK(read.Cards == BuiltInScenarios());
    CHECK(ScenariosToJson(read.Cards) == all);

    // A body written as one string reads the same as the same lines in a list, and a body with a
    // trailing line break keeps it.
    Scenario edited = BuiltInScenarios().front();
    edited.Body += "\n";
    const ScenarioRead trailing = ParseScenario(ScenarioToJson(edited), "edited.json");
    REQUIRE(trailing.Ok());
    CHECK(trailing.Cards[0] == edited);
    const std::string as_string =
        Replace(ValidCard(), R"(["Hi {{candidate.preferred_name}},", "", "Not a good fit."])",
                R"("Hi {{candidate.preferred_name}},\n\nNot a good fit.")");
    CHECK(ParseScenario(as_string, "a.json").Cards.at(0) == ParseScenario(ValidCard(), "b.json").Cards.at(0));
}

TEST_CASE("scenario cards: a broken card is refused with errors that say where and why") {
    REQUIRE(ParseScenario(ValidCard(), "refusal_not_a_good_fit.json").Ok());
    const auto errors_of = [](const std::string& text) {
        return ParseScenario(text, "refusal_not_a_good_fit.json");
    };

    SUBCASE("a misspelt tone category") {
        const ScenarioRead r = errors_of(Replace(ValidCard(), "\"harsh\"", "\"vauge\""));
        INFO(AllErrors(r));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0].starts_with("refusal_not_a_good_fit.json: goals.remove[1]: \"vauge\" is not a tone "
                                      "category; use one of vague, protected, harsh, "));
        CHECK(r.Errors[0].ends_with("(did you mean \"vague\"?)"));
        CHECK(r.Cards.empty());
    }
    SUBCASE("not JSON") {
        const ScenarioRead r = errors_of(ValidCard().substr(0, 120));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0].starts_with("refusal_not_a_good_fit.json: the file is not valid JSON ("));
        CHECK(r.Errors[0].find("line ") != std::string::npos);
        CHECK(HasError(errors_of("   "), "the file is empty"));
        CHECK(HasError(errors_of("[1, 2]"), "must be an object (a scenario card), not a list"));
    }
    SUBCASE("a missing field") {
        const ScenarioRead r = errors_of(Replace(ValidCard(), R"("lesson": "Give the real reason.",)", ""));
        INFO(AllErrors(r));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0] == "refusal_not_a_good_fit.json: lesson: is missing");
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("subject": "Your interview", )", "")),
                       "draft.subject: is missing"));
    }
    SUBCASE("an unknown field") {
        const ScenarioRead r = errors_of(Replace(ValidCard(), R"("title")", R"("titel": "x", "title")"));
        INFO(AllErrors(r));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0].starts_with("refusal_not_a_good_fit.json: titel: is not a field of a scenario card "
                                      "(did you mean \"title\"?); "
                                      "the fields are id, title,"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("min_score")", R"("min_scor": 1, "min_score")")),
                       "goals.min_scor: is not a field of the goals"));
    }
    SUBCASE("a wrong type") {
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("Give the real reason.")", "42")),
                       "refusal_not_a_good_fit.json: lesson: must be text, not a number"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("min_score": 80)", R"("min_score": "80")")),
                       "goals.min_score: must be a whole number from 0 to 100, not text"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("min_score": 80)", R"("min_score": 120)")),
                       "goals.min_score: must be a whole number from 0 to 100, not 120"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"(["vague", "harsh"])", R"("vague")")),
                       "goals.remove: must be a list, not text"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("", "Not a good fit.")", R"(3, "Not a good fit.")")),
                       "draft.body[1]: must be text (one line of the message), not a number"));
    }
    SUBCASE("unknown kinds, parts and situations") {
        CHECK(HasError(errors_of(Replace(ValidCard(), R"("feedback")", R"("feedbak")")),
                       "kind: \"feedbak\" is not a kind of message; use one of rejection, feedback,"));
        CHECK(HasError(
            errors_of(Replace(ValidCard(), R"(["specific"])", R"(["specifics"])")),
            "goals.include[0]: \"specifics\" is not a part of a message the checker finds; use one of "
            "name, thanks, specific,"));
        const ScenarioRead r =
            errors_of(Replace(ValidCard(), R"("not_a_good_fit")", R"("waiting_nine_days")"));
        INFO(AllErrors(r));
        CHECK(HasError(r, "candidate: \"waiting_nine_days\" is not a demo candidate's situation; use one of "
                          "waiting_9_days,"));
        CHECK(HasError(errors_of(Replace(ValidCard(), R"(["vague", "harsh"])", R"(["vague", "vague"])")),
                       "goals.remove[1]: \"vague\" is listed twice"));
        CHECK(HasError(
            errors_of(Replace(ValidCard(), R"("id": "refusal_not_a_good_fit")", R"("id": "Not Valid")")),
            "id: \"Not Valid\" is not a valid id"));
    }
    SUBCASE("too long") {
        const ScenarioRead title =
            errors_of(Replace(ValidCard(), "Replace \\\"not a good fit\\\"", std::string(121, 'x')));
        INFO(AllErrors(title));
        CHECK(HasError(title, "title: is too long: 121 characters, at most 120"));
        // 120 characters of two bytes each are fine: the limit counts characters.
        std::string accents;
        for (int i = 0; i < 120; ++i) accents += "é";
        CHECK(errors_of(Replace(ValidCard(), "Replace \\\"not a good fit\\\"", accents)).Ok());
        const ScenarioRead draft =
            errors_of(Replace(ValidCard(), "Not a good fit.", std::string(20'001, 'a')));
        CHECK(HasError(draft, "draft: is too long: 20,0"));
        CHECK(HasError(draft, "bytes of subject and body, at most 20,000"));
        std::string huge = ValidCard();
        huge.insert(huge.size() - 2, ",\"padding\":\"" + std::string(kMaxScenarioFileBytes, ' ') + "\"");
        CHECK(HasError(errors_of(huge), "a scenario file can be at most 256.0 KB"));
        CHECK(HasError(errors_of(Replace(ValidCard(), "\"Your interview\"", "\"Two\\nlines\"")),
                       "draft.subject: must be one line"));
    }
    SUBCASE("invalid UTF-8") {
        const ScenarioRead r = errors_of(Replace(ValidCard(), "The candidate", "The \xC3\x28 candidate"));
        INFO(AllErrors(r));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0].starts_with(
            "refusal_not_a_good_fit.json: the file is not valid UTF-8 text (line 4, column 21 has a byte"));
    }
    SUBCASE("a draft with a field no card can fill") {
        const ScenarioRead r = errors_of(Replace(ValidCard(), "Not a good fit.", "Dear {{candidate.name}}"));
        INFO(AllErrors(r));
        CHECK(HasError(r, "draft.body[2]: column 6: {{candidate.name}} is not a field a card can use; use "
                          "candidate.preferred_name,"));
        CHECK(HasError(errors_of(Replace(ValidCard(), "Not a good fit.", "{{#x}} open")),
                       "draft.body[2]: column 1:"));
    }
    SUBCASE("a field twice") {
        const ScenarioRead r = errors_of(
            Replace(ValidCard(), R"("kind": "feedback",)", R"("kind": "feedback", "kind": "rejection",)"));
        INFO(AllErrors(r));
        REQUIRE(r.Errors.size() == 1);
        CHECK(r.Errors[0] ==
              "refusal_not_a_good_fit.json: the field \"kind\" appears twice in one object; keep only one");
        // The same key in two different objects is not twice (though "title" has no place in a draft).
        const ScenarioRead elsewhere = errors_of(Replace(ValidCard(), R"("subject": "Your interview")",
                                                         R"("subject": "Your interview", "title": "x")"));
        INFO(AllErrors(elsewhere));
        REQUIRE(elsewhere.Errors.size() == 1);
        CHECK(elsewhere.Errors[0].starts_with(
            "refusal_not_a_good_fit.json: draft.title: is not a field of a draft"));
    }
    SUBCASE("a card with no goals") {
        CHECK(HasError(
            errors_of(Replace(ValidCard(),
                              R"({"remove": ["vague", "harsh"], "include": ["specific"], "min_score": 80})",
                              "{}")),
            "goals: has no goal"));
    }
    SUBCASE("nested too deep") {
        CHECK(HasError(errors_of(Replace(ValidCard(), "\"Your interview\"", "[[[[[[[[1]]]]]]]]")),
                       "levels deep"));
    }
}

TEST_CASE("scenario cards: an import of several cards is checked as a whole") {
    const std::string one = ScenarioToJson(BuiltInScenarios().front());
    const auto collection = [&](const std::vector<std::string>& cards, const std::string& head) {
        std::string text = "{" + head + "\"scenarios\": [";
        for (std::size_t i = 0; i < cards.size(); ++i) text += (i ? "," : "") + cards[i];
        return text + "]}";
    };
    const std::string head = R"("format": "debrief-scenarios", "version": 1, )";
    CHECK(ParseScenarioFile(collection({one}, head), "x.json").Ok());

    const ScenarioRead twice = ParseScenarioFile(collection({one, one}, head), "x.json");
    CHECK(HasError(twice,
                   "x.json: scenarios[1].id: \"thank_you_after_interview\" is also the id of scenarios[0]"));
    CHECK(twice.Cards.empty());

    const ScenarioRead no_format = ParseScenarioFile(collection({one}, ""), "x.json");
    CHECK(HasError(no_format, "x.json: format: must be \"debrief-scenarios\""));
    CHECK(HasError(
        ParseScenarioFile(collection({one}, R"("format": "debrief-scenarios", "version": 7, )"), "x.json"),
        "version: is 7: the file was made by a newer version of Debrief"));

    const ScenarioRead broken =
        ParseScenarioFile(collection({one, Replace(one, "\"hedge\"", "\"hedgehog\"")}, head), "x.json");
    CHECK(HasError(broken, "x.json: scenarios[1].goals.remove[1]: \"hedgehog\" is not a tone category"));

    // A small card, many times over: the count limit, not the size limit.
    std::vector<std::string> many;
    for (std::size_t i = 0; i <= kMaxScenariosPerFile; ++i)
        many.push_back(Replace(ValidCard(), "refusal_not_a_good_fit", "card_" + std::to_string(i)));
    const ScenarioRead too_many = ParseScenarioFile(collection(many, head), "x.json");
    CHECK(HasError(too_many, "scenarios: holds 101 cards; one file can hold at most 100"));
    many.pop_back();
    CHECK(ParseScenarioFile(collection(many, head), "x.json").Cards.size() == kMaxScenariosPerFile);
}

TEST_CASE("workshop cards: imported cards join the built-in ones, and replace one with the same id") {
    Database db;
    CHECK(CardsOf(db).Cards.size() == BuiltInScenarios().size());

    Scenario changed = *FindBuiltInScenario("not_a_good_fit");
    changed.Title = "Replace \"not a good fit\" (our version)";
    Scenario fresh = changed;
    fresh.Id = "trial_day";
    fresh.Title = "After the trial day";
    for (const Scenario& s : {changed, fresh}) {
        ScenarioCard record = ToRecord(s);
        record.Id = NewRecordId();
        record.Rev = 1;
        db.Put(record);
    }
    const WorkshopCards cards = CardsOf(db);
    CHECK(cards.Problems.empty());
    REQUIRE(cards.Cards.size() == BuiltInScenarios().size() + 1);
    const OfferedCard* replaced = FindCard(cards, "not_a_good_fit");
    REQUIRE(replaced != nullptr);
    CHECK(replaced->Imported);
    CHECK(replaced->Card == changed);  // The stored JSON reads back as the card, field for field.
    CHECK(cards.Cards.back().Card.Id == "trial_day");
    const OfferedCard* untouched = FindCard(cards, cards.Cards.front().Card.Id);
    REQUIRE(untouched != nullptr);
    CHECK_FALSE(untouched->Imported);

    // A stored card that no longer reads is left out, and said so.
    ScenarioCard broken;
    broken.Id = NewRecordId();
    broken.Rev = 1;
    broken.CardId = "broken";
    broken.Card = R"({"id":"broken"})";
    db.Put(broken);
    const WorkshopCards with_broken = CardsOf(db);
    CHECK(with_broken.Cards.size() == cards.Cards.size());
    REQUIRE_FALSE(with_broken.Problems.empty());
    CHECK(with_broken.Problems[0].find("Imported card \"broken\"") != std::string::npos);
}

TEST_CASE("workshop results: a result keeps the attempt's figures, and the CSV has one row per result") {
    const Scenario& card = *FindBuiltInScenario("not_a_good_fit");
    const std::string draft = "Hi Ana,\n\nUnfortunately you were not a good fit for the café.\n\nBest wishes,\nPriya";
    const std::string attempt = "Hi Ana,\n\nThank you for coming in. You were not a good fit.\n\nBest wishes,\nPriya";
    const AttemptResult r = EvaluateAttempt(card, draft, attempt);
    const TimeMs start = 1'795'420'800'000;  // 2026-11-23T08:00:00Z
    ExerciseResult first = MakeResult(card, r, "=Sam, \"the\" Quinn", start, start + 125'400, attempt);
    CHECK(first.ScoreBefore == r.ScoreBefore);
    CHECK(first.ScoreAfter == r.ScoreAfter);
    CHECK(first.GoalsTotal == 5);
    CHECK(first.GoalsMet + static_cast<int>(first.GoalsMissed.size()) == 5);
    CHECK(first.Resolved == static_cast<int>(r.Resolved.size()));
    CHECK(first.Text == attempt);

    Database db;
    first.Id = NewRecordId();
    ExerciseResult earlier = first;
    earlier.Id = NewRecordId();
    earlier.Participant = "Zoë";
    earlier.SubmittedAt = start + 60'000;
    db.Put(first);
    db.Put(earlier);
    REQUIRE(ResultsInOrder(db).size() == 2);
    CHECK(ResultsInOrder(db)[0]->Participant == "Zoë");

    const std::string file = ResultsCsv(db, [](TimeMs) { return 60; });  // One hour east of UTC.
    INFO(file);
    CHECK(file.starts_with("\xEF\xBB\xBF"));  // For Excel, which reads accents wrong without it.
    const csv::Table rows = csv::ParseAll(file).Rows;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0][0] == "Participant");
    CHECK(rows[1][0] == "Zoë");
    CHECK(rows[2][0] == "'=Sam, \"the\" Quinn");  // Defused, and quoted where needed.
    CHECK(rows[2][1] == "not_a_good_fit");
    CHECK(rows[2][3] == "2026-11-23 09:02");      // Local time.
    CHECK(rows[2][4] == "125");                   // Seconds taken.
    CHECK(rows[2][5] == std::to_string(r.ScoreBefore));
    CHECK(rows[2][7] == std::to_string(r.ScoreAfter - r.ScoreBefore));
    CHECK(rows[2][13] == "no");
    CHECK(rows[2][14].find("No \"") != std::string::npos);  // The goals missed, by name.
}
