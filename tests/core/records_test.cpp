#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/records/candidate_list.h"
#include "core/records/database.h"
#include "core/records/ids.h"
#include "core/records/notes_due.h"
#include "core/records/record_json.h"
#include "core/records/validation.h"
#include "core/text/search_fold.h"
#include "sample_records.h"

using namespace debrief;
using nlohmann::json;

namespace {
template <typename T> T RoundTrip(const T& record) {
    Problems problems;
    T back;
    const bool ok = FromJson(json::parse(ToJson(record).dump()), back, "", problems);
    INFO(samples::FirstProblem(problems));
    CHECK(ok);
    CHECK(problems.empty());
    return back;
}
}  // namespace

TEST_CASE("record ids are 32 random hex digits and do not repeat") {
    const RecordId a = NewRecordId(), b = NewRecordId();
    CHECK(IsValidRecordId(a));
    CHECK(IsValidRecordId(b));
    CHECK(a != b);
    CHECK_FALSE(IsValidRecordId("ABCDEF0123456789abcdef0123456789"));
    CHECK_FALSE(IsValidRecordId("abc"));
}

TEST_CASE("every kind of record survives a JSON round trip unchanged") {
    const Role role = samples::Bookkeeper();
    const Role role2 = RoundTrip(role);
    CHECK(role2.Title == role.Title);
    CHECK(role2.Stages == role.Stages);
    CHECK(role2.HiringManager == "Siobhán O'Brien");

    const Candidate c = samples::Zoe(role.Id);
    const Candidate c2 = RoundTrip(c);
    CHECK(c2.FullName == "Zoë Łukasz-Nuñez");
    CHECK(c2.Notes == c.Notes);
    CHECK(c2.ConsentDate == c.ConsentDate);
    CHECK(c2.RetainUntil == c.RetainUntil);
    CHECK(c2.Rev == c.Rev);
    CHECK(c2.Created == c.Created);

    const Interview i = samples::PanelInterview(c.Id);
    const Interview i2 = RoundTrip(i);
    CHECK(i2.StartsAt == i.StartsAt);
    CHECK(i2.Interviewers == i.Interviewers);

    const InterviewNote n = samples::NoteBy(i, "Amara Okafor");
    const InterviewNote n2 = RoundTrip(n);
    REQUIRE(n2.Concerns.size() == 1);
    CHECK(n2.Concerns[0].Evidence == n.Concerns[0].Evidence);
    CHECK(n2.Verdict == Recommendation::Yes);
    CHECK(n2.CandidateQuestions == n.CandidateQuestions);

    Message m;
    m.Id = NewRecordId();
    m.Rev = 2;
    m.CandidateId = c.Id;
    m.Kind = MessageKind::DelayUpdate;
    m.Subject = "Our decision is taking longer";
    m.Body = "Hi Zoë,\n\nWe need two more days.";
    m.Status = MessageStatus::Sent;
    m.SentAt = samples::kMonday;
    m.PromisedReplyDate = ParseDate("2026-11-27");
    const Message m2 = RoundTrip(m);
    CHECK(m2.Kind == MessageKind::DelayUpdate);
    CHECK(m2.SentAt == m.SentAt);
    CHECK(m2.PromisedReplyDate == m.PromisedReplyDate);
    CHECK(m2.Body == m.Body);

    Activity a;
    a.Id = NewRecordId();
    a.Rev = 1;
    a.CandidateId = c.Id;
    a.At = samples::kMonday;
    a.Kind = "stage";
    a.Text = "Moved to Interview";
    CHECK(RoundTrip(a).Text == a.Text);

    ExerciseResult r;
    r.Id = NewRecordId();
    r.Rev = 1;
    r.Participant = "Ngozi Adébáyọ̀";
    r.CardId = "not_a_good_fit";
    r.CardTitle = "Replace \"not a good fit\"";
    r.StartedAt = samples::kMonday;
    r.SubmittedAt = samples::kMonday + 252'000;
    r.ScoreBefore = 48;
    r.ScoreAfter = 91;
    r.Resolved = 2;
    r.Introduced = 1;
    r.Remaining = 1;
    r.GoalsMet = 3;
    r.GoalsTotal = 4;
    r.GoalsMissed = {"A way to improve"};
    r.Text = "Hi Tomás,\n\nThank you.";
    const ExerciseResult r2 = RoundTrip(r);
    CHECK(r2.Participant == r.Participant);
    CHECK(r2.SubmittedAt == r.SubmittedAt);
    CHECK(r2.ScoreAfter == 91);
    CHECK(r2.Introduced == 1);
    CHECK(r2.GoalsMet == 3);
    CHECK(r2.GoalsMissed == r.GoalsMissed);
    CHECK(r2.Text == r.Text);

    ScenarioCard card;
    card.Id = NewRecordId();
    card.Rev = 3;
    card.CardId = "trial_day";
    card.Card = R"({"id":"trial_day","title":"Après l'essai"})";
    const ScenarioCard card2 = RoundTrip(card);
    CHECK(card2.CardId == "trial_day");
    CHECK(card2.Card == card.Card);
}

TEST_CASE("a workshop result with more goals met than it has, or a card that is not an object, is refused") {
    Problems problems;
    ExerciseResult r;
    json j = {{"id", NewRecordId()}, {"rev", 1}, {"created", "2026-11-23T08:00:00Z"},
              {"updated", "2026-11-23T08:00:00Z"}, {"participant", "Sam"}, {"card_id", "x"},
              {"started_at", "2026-11-23T08:00:00Z"}, {"submitted_at", "2026-11-23T08:04:00Z"},
              {"score_before", 40}, {"score_after", 101}, {"goals_total", 2}, {"goals_met", 3}};
    CHECK_FALSE(FromJson(j, r, "exercise_results[0]", problems));
    CHECK(problems.size() == 2);
    CHECK(samples::FirstProblem(problems).find("score_after") != std::string::npos);

    problems.clear();
    ScenarioCard card;
    json c = {{"id", NewRecordId()}, {"rev", 1}, {"created", "2026-11-23T08:00:00Z"},
              {"updated", "2026-11-23T08:00:00Z"}, {"card_id", "x"}, {"card", "not an object"}};
    CHECK_FALSE(FromJson(c, card, "scenario_cards[0]", problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Path == "scenario_cards[0].card");
}

TEST_CASE("reading a record reports each bad field with its path and reason") {
    json j = ToJson(samples::Zoe(""));
    j["email"] = 42;
    j["status"] = "maybe";
    j["consent_date"] = "2026-02-30";
    j.erase("full_name");
    j["rev"] = 0;
    Candidate out;
    Problems problems;
    CHECK_FALSE(FromJson(j, out, "candidates[3]", problems));
    std::vector<std::string> described;
    for (const Problem& p : problems) described.push_back(Describe(p));
    const auto has = [&](const std::string& text) {
        return std::find(described.begin(), described.end(), text) != described.end();
    };
    CHECK(has("candidates[3].email: must be text, not a number"));
    CHECK(has("candidates[3].full_name: is missing"));
    CHECK(has("candidates[3].rev: must be between 1 and 9223372036854775807, not 0"));
    CHECK(has("candidates[3].consent_date: must be a real date like 2026-11-21, not \"2026-02-30\""));
    CHECK(has("candidates[3].status: must be one of active, on_hold, offered, hired, not_selected, "
              "withdrawn, not \"maybe\""));
    CHECK(problems.size() == 5);
}

TEST_CASE("oversized text and lists are refused with their size") {
    json j = ToJson(samples::Zoe(""));
    j["full_name"] = std::string(kMaxShortText + 1, 'a');
    j.erase("stage");
    Candidate out;
    Problems problems;
    CHECK_FALSE(FromJson(j, out, "c", problems));
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Path == "c.full_name");
    CHECK(problems[0].Reason.find("too long") != std::string::npos);

    json role = ToJson(samples::Bookkeeper());
    role["stages"] = json::array();
    for (std::size_t i = 0; i <= kMaxListItems; ++i) role["stages"].push_back("s");
    Role r;
    problems.clear();
    CHECK_FALSE(FromJson(role, r, "r", problems));
    CHECK(problems.at(0).Path == "r.stages");
}

TEST_CASE("the database indexes interviews, notes, messages and activity by their parent") {
    Database db;
    const Role role = samples::Bookkeeper();
    const Candidate zoe = samples::Zoe(role.Id);
    const Interview later = samples::PanelInterview(zoe.Id);
    Interview earlier = samples::PanelInterview(zoe.Id);
    earlier.StartsAt -= kMsPerDay;
    db.Put(role);
    db.Put(zoe);
    db.Put(later);
    db.Put(earlier);
    db.Put(samples::NoteBy(later, "Kenji Watanabe"));
    db.Put(samples::NoteBy(later, "Amara Okafor"));

    const auto interviews = db.InterviewsOf(zoe.Id);
    REQUIRE(interviews.size() == 2);
    CHECK(interviews[0]->Id == earlier.Id);
    const auto notes = db.NotesOf(later.Id);
    REQUIRE(notes.size() == 2);
    CHECK(notes[0]->Interviewer == "Amara Okafor");
    CHECK(db.NoteBy(later.Id, "Kenji Watanabe") != nullptr);
    CHECK(db.CandidatesInRole(role.Id) == 1);

    // Moving an interview to another candidate moves it in the index.
    Candidate other = samples::Zoe(role.Id);
    db.Put(other);
    Interview moved = earlier;
    moved.CandidateId = other.Id;
    const std::uint64_t before = db.Generation();
    db.Put(moved);
    CHECK(db.Generation() > before);
    CHECK(db.InterviewsOf(zoe.Id).size() == 1);
    CHECK(db.InterviewsOf(other.Id).size() == 1);
    CHECK(db.CandidatesInRole(role.Id) == 2);

    CHECK(db.Remove(Collection::Interviews, later.Id));
    CHECK(db.InterviewsOf(zoe.Id).empty());
    CHECK_FALSE(db.Remove(Collection::Interviews, later.Id));
    CHECK(db.Remove(Collection::Candidates, other.Id));
    CHECK(db.CandidatesInRole(role.Id) == 1);
}

TEST_CASE("each interviewer owes a note once the interview has ended") {
    Database db;
    const Candidate zoe = samples::Zoe("");
    const Interview interview = samples::PanelInterview(zoe.Id);
    db.Put(zoe);
    db.Put(interview);

    CHECK(DueNotes(db, interview.EndsAt() - 1).empty());  // Still going on.
    auto due = DueNotes(db, interview.EndsAt() + 3 * kMsPerHour);
    REQUIRE(due.size() == 2);
    CHECK(due[0].Interviewer == "Amara Okafor");
    CHECK(due[0].DueSince == interview.EndsAt());
    CHECK(due[0].About == db.FindCandidate(zoe.Id));

    db.Put(samples::NoteBy(interview, "Amara Okafor"));
    due = DueNotes(db, interview.EndsAt() + 3 * kMsPerHour);
    REQUIRE(due.size() == 1);
    CHECK(due[0].Interviewer == "Kenji Watanabe");
    CHECK(MissingNotes(db, interview) == std::vector<std::string>{"Kenji Watanabe"});
}

TEST_CASE("overdue notes are listed longest-waiting first") {
    Database db;
    const Candidate zoe = samples::Zoe("");
    db.Put(zoe);
    Interview recent = samples::PanelInterview(zoe.Id);
    recent.Interviewers = {"Amara Okafor"};
    Interview old = recent;
    old.Id = NewRecordId();
    old.StartsAt -= 2 * kMsPerDay;
    db.Put(recent);
    db.Put(old);
    const auto due = DueNotes(db, recent.EndsAt() + kMsPerHour);
    REQUIRE(due.size() == 2);
    CHECK(due[0].ForInterview->Id == old.Id);
}

TEST_CASE("elapsed time reads short and plain") {
    CHECK(DescribeElapsed(30'000) == "just now");
    CHECK(DescribeElapsed(12 * kMsPerMinute) == "12 min");
    CHECK(DescribeElapsed(3 * kMsPerHour) == "3 h");
    CHECK(DescribeElapsed(3 * kMsPerDay) == "3 days");
}

TEST_CASE("a concern without evidence warns but does not block saving") {
    Database db;
    const Interview interview = samples::PanelInterview(NewRecordId());
    db.Put(interview);
    InterviewNote note = samples::NoteBy(interview, "Amara Okafor");
    note.Id.clear();
    note.Concerns[0].Evidence = "  ";
    const FieldIssues issues = CheckNote(note, db);
    CHECK_FALSE(HasErrors(issues));
    REQUIRE(issues.size() == 1);
    CHECK(issues[0].Field == "concerns[0].evidence");
    CHECK(issues[0].Level == Severity::Warning);
    CHECK(issues[0].Message.find(kEvidencePrompt) != std::string::npos);
}

TEST_CASE("a second note by the same interviewer is refused") {
    Database db;
    const Interview interview = samples::PanelInterview(NewRecordId());
    db.Put(interview);
    db.Put(samples::NoteBy(interview, "Amara Okafor"));
    InterviewNote again = samples::NoteBy(interview, "Amara Okafor");
    const FieldIssues issues = CheckNote(again, db);
    CHECK(HasErrors(issues));
    CHECK(issues[0].Field == "interviewer");
}

TEST_CASE("candidate checks: a name is required, emails must look like emails") {
    Database db;
    Candidate c = samples::Zoe("");
    CHECK_FALSE(HasErrors(CheckCandidate(c, db)));
    c.FullName = " ";
    c.Email = "zoe at example";
    const FieldIssues issues = CheckCandidate(c, db);
    CHECK(issues.size() == 2);
    CHECK(issues[0].Field == "full_name");
    CHECK(issues[1].Field == "email");
    CHECK(LooksLikeEmail("o'brien+jobs@mail.example.ie"));
    CHECK_FALSE(LooksLikeEmail("a@b"));
    CHECK_FALSE(LooksLikeEmail("a@@b.c"));
    CHECK_FALSE(LooksLikeEmail("a b@c.d"));
}

TEST_CASE("interview checks: at least one interviewer, named once, and a real candidate") {
    Database db;
    const Candidate zoe = samples::Zoe("");
    db.Put(zoe);
    Interview i = samples::PanelInterview(zoe.Id);
    CHECK_FALSE(HasErrors(CheckInterview(i, db)));
    i.Interviewers = {"Amara Okafor", "Amara Okafor"};
    CHECK(HasErrors(CheckInterview(i, db)));
    i.Interviewers = {};
    CHECK(CheckInterview(i, db)[0].Field == "interviewers");
    i.Interviewers = {"Amara Okafor"};
    i.CandidateId = NewRecordId();
    CHECK(CheckInterview(i, db)[0].Field == "candidate_id");
}

TEST_CASE("role checks: title required, stages named and unique") {
    Role r = samples::Bookkeeper();
    CHECK(CheckRole(r).empty());
    r.Stages.push_back("Offer");
    r.Title.clear();
    const FieldIssues issues = CheckRole(r);
    REQUIRE(issues.size() == 2);
    CHECK(issues[0].Field == "title");
    CHECK(issues[1].Message.find("twice") != std::string::npos);
}

TEST_CASE("the greeting uses the preferred name, else the first name") {
    Candidate c;
    c.FullName = "Nguyễn Thị Minh Khai";
    CHECK(GreetingName(c) == "Nguyễn");
    c.PreferredName = "Minh";
    CHECK(GreetingName(c) == "Minh");
}

TEST_CASE("search ignores case, accents, apostrophes and hyphens") {
    CHECK(FoldForSearch("Zoë Łukasz-Nuñez") == "zoe lukasznunez");
    CHECK(FoldForSearch("O'Brien") == "obrien");
    CHECK(FoldForSearch("O’Brien") == "obrien");
    CHECK(FoldForSearch("Ærøskøbing Straße") == "aeroskobing strasse");
    CHECK(FoldForSearch("Şahin Çelik") == "sahin celik");
    CHECK(FoldForSearch("Юлия") == "Юлия");  // Outside the Latin table: kept.
    CHECK(MatchesAllWords("zoe lukasznunez", "luk zo"));
    CHECK_FALSE(MatchesAllWords("zoe lukasznunez", "zoe smith"));
    CHECK(MatchesAllWords("anything", ""));
}

TEST_CASE("the candidate list filters by words, role, stage and status, and sorts stably") {
    Database db;
    Role baker;
    baker.Id = NewRecordId();
    baker.Title = "Baker";
    db.Put(baker);
    const auto add = [&](const char* name, const char* stage, CandidateStatus status, TimeMs updated,
                         bool in_role) {
        Candidate c;
        c.Id = NewRecordId();
        c.FullName = name;
        c.Stage = stage;
        c.Status = status;
        c.Updated = updated;
        c.RoleId = in_role ? baker.Id : "";
        db.Put(c);
    };
    add("Zoë Łukasz-Nuñez", "Interview", CandidateStatus::Active, 3, true);
    add("Aoife O'Brien", "Offer", CandidateStatus::Offered, 1, true);
    add("Émile Zola", "Interview", CandidateStatus::NotSelected, 2, false);

    const auto names = [](const std::vector<const Candidate*>& list) {
        std::vector<std::string> out;
        for (const Candidate* c : list) out.push_back(c->FullName);
        return out;
    };
    CHECK(names(ListCandidates(db, {}, CandidateSort::Name, false)) ==
          std::vector<std::string>{"Aoife O'Brien", "Émile Zola", "Zoë Łukasz-Nuñez"});
    CHECK(names(ListCandidates(db, {}, CandidateSort::Name, true)).front() == "Zoë Łukasz-Nuñez");
    CHECK(names(ListCandidates(db, {}, CandidateSort::Updated, true)).front() == "Zoë Łukasz-Nuñez");
    CHECK(names(ListCandidates(db, {"obrien", "", "", std::nullopt}, CandidateSort::Name, false)) ==
          std::vector<std::string>{"Aoife O'Brien"});
    CHECK(names(ListCandidates(db, {"baker zoe", "", "", std::nullopt}, CandidateSort::Name, false)) ==
          std::vector<std::string>{"Zoë Łukasz-Nuñez"});
    CHECK(ListCandidates(db, {"", baker.Id, "", std::nullopt}, CandidateSort::Name, false).size() == 2);
    CHECK(ListCandidates(db, {"", "", "Interview", std::nullopt}, CandidateSort::Name, false).size() == 2);
    CHECK(names(ListCandidates(db, {"", "", "", CandidateStatus::NotSelected}, CandidateSort::Name, false)) ==
          std::vector<std::string>{"Émile Zola"});
}
