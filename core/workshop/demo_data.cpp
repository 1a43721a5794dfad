// Index of this file:
// [SECTION] Situations
// [SECTION] The cast: people, staff and roles
// [SECTION] What the interviewers wrote
// [SECTION] Building records
// [SECTION] Messages the bakery sent
// [SECTION] The candidates, role by role
// [SECTION] MakeDemoData

#include "core/workshop/demo_data.h"

#include <algorithm>
#include <array>
#include <deque>
#include <optional>
#include <string>
#include <utility>

#include "core/timeline/policy.h"
#include "core/workshop/concat.h"
#include "core/workshop/seeded_random.h"

namespace debrief::workshop {

// ---------------------------------------------------------------------------------------------
// [SECTION] Situations

namespace {

constexpr std::array<DemoSituation, 16> kSituations = {{
    {"waiting_9_days", "Interviewed nine days ago and has heard nothing since: no thank-you, no update."},
    {"promise_at_risk", "Was told to expect a decision by the next business day; the decision is not ready."},
    {"broken_promise", "Was promised a decision by a date that passed three days ago, with no word since."},
    {"not_a_good_fit", "Not selected after an interview; the notes say little more than \"not a good fit\"."},
    {"generic_rejection", "Not selected after an interview with good, specific notes; not told yet."},
    {"vague_note",
     "Interviewed three days ago; one interviewer's note says only \"seemed nice, not a good fit\"."},
    {"followed_up_three_times",
     "Has written three times asking for news since their interview, with no reply."},
    {"silver_medalist", "A strong runner-up for Head Baker who agreed to hear about future roles."},
    {"about_to_get_offer",
     "Did very well in the final interview; references are back and the offer is next."},
    {"thank_you_due", "Interviewed on the last business day; nobody has thanked them yet."},
    {"risky_remark", "An interviewer's note names their childcare as a concern: a protected characteristic."},
    {"offer_sent", "Offered the bookkeeping role yesterday; waiting for their answer."},
    {"hired", "Accepted the Head Baker role."},
    {"withdrew", "Withdrew after their screening call."},
    {"on_hold", "Interviewed, then put on hold while the café's opening hours are reviewed."},
    {"promise_kept", "Was given a date, got an update on time, and has a new date ahead."},
}};

}  // namespace

const std::vector<DemoSituation>& DemoSituations() {
    static const std::vector<DemoSituation> list(kSituations.begin(), kSituations.end());
    return list;
}

bool IsDemoSituation(std::string_view key) {
    return std::any_of(kSituations.begin(), kSituations.end(),
                       [&](const DemoSituation& s) { return s.Key == key; });
}

RecordId DemoData::CandidateFor(std::string_view situation) const {
    const auto it = Situations.find(situation);
    return it == Situations.end() ? RecordId() : it->second;
}

const Candidate* DemoData::FindCandidate(std::string_view situation) const {
    const auto it = Situations.find(situation);
    return it == Situations.end() ? nullptr : Records.FindCandidate(it->second);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The cast: people, staff and roles

namespace {

struct Person {
    const char* FullName;
    const char* PreferredName;  // Empty: greet by the first word of the full name.
    const char* Email;
};

// As many people as candidates, so every name (and every accent and apostrophe) is in every
// demo; the seed decides who is in which situation.
constexpr std::array<Person, 26> kPeople = {{
    {"Siobhán O'Connor", "", "siobhan.oconnor@example.org"},
    {"Nguyễn Thị Mai", "Mai", "mai.nguyen@example.com"},
    {"José Ángel Peña", "José Ángel", "jose.pena@example.org"},
    {"Zoë Müller-Łukasz", "", "zoe.muller@example.com"},
    {"Oluwaseun Adeyemi", "Seun", "seun.adeyemi@example.org"},
    {"Anika Chaudhry", "", "anika.chaudhry@example.com"},
    {"Mateus Gonçalves", "", "mateus.goncalves@example.org"},
    {"Fatima Zahra El Idrissi", "Fatima", "fatima.elidrissi@example.com"},
    {"Dmitri Volkov", "", "dmitri.volkov@example.org"},
    {"Aroha Ngata", "", "aroha.ngata@example.com"},
    {"Björn Eriksson", "", "bjorn.eriksson@example.org"},
    {"Leilani Kahale", "", "leilani.kahale@example.com"},
    {"Chidi Okonkwo", "", "chidi.okonkwo@example.org"},
    {"Hannah D'Souza", "", "hannah.dsouza@example.com"},
    {"Rafael Domínguez", "", "rafael.dominguez@example.org"},
    {"Yuki Tanaka", "", "yuki.tanaka@example.com"},
    {"Amélie Rousseau", "", "amelie.rousseau@example.org"},
    {"Kofi Boateng", "", "kofi.boateng@example.com"},
    {"Saoirse Ní Bhriain", "", "saoirse.nibhriain@example.org"},
    {"Tariq Haddad", "", "tariq.haddad@example.com"},
    {"Inês Carvalho", "", "ines.carvalho@example.org"},
    {"Marek Nowak", "", "marek.nowak@example.com"},
    {"Park Eun-ji", "Eun-ji", "eunji.park@example.org"},
    {"Ngozi Eze", "", "ngozi.eze@example.com"},
    {"Lars-Erik Lindqvist", "", "larserik.lindqvist@example.org"},
    {"Ayşe Yılmaz", "", "ayse.yilmaz@example.com"},
}};

// The bakery's own people.
constexpr const char* kOwner = "Aoife Brennan";  // Owner; sends most messages.
constexpr const char* kHeadOfProduction = "Tomás Herrera";
constexpr const char* kBaker = "Kwame Asante";
constexpr const char* kCafeManager = "Priya Raghunathan";
constexpr const char* kShiftLead = "Ingrid Solberg";
constexpr const char* kAccountant = "Mei-Ling Chao";

enum RoleIndex { kHeadBaker, kCafeSupervisor, kBookkeeper, kRoleCount };

struct RoleText {
    const char* Title;
    const char* Team;
    const char* HiringManager;
    const char* SecondInterviewer;
    const char* Topic;      // What a thank-you enjoyed: "hearing how you would plan the overnight bake".
    const char* Highlight;  // What an offer praises: "Your plan for the overnight bake".
};

constexpr std::array<RoleText, kRoleCount> kRoles = {{
    {"Head Baker", "Production", kHeadOfProduction, kBaker, "hearing how you would plan the overnight bake",
     "Your plan for the overnight bake"},
    {"Café Supervisor", "Front of house", kCafeManager, kShiftLead,
     "hearing how you would run a busy Saturday shift", "The way you handled the customer role-play"},
    {"Bookkeeper (part time)", "Finance", kOwner, kAccountant, "working through the sample ledger with you",
     "Your work on the sample ledger"},
}};

// ---------------------------------------------------------------------------------------------
// [SECTION] What the interviewers wrote

// Notes of deliberately mixed quality: specific ones with what the interviewer saw or heard,
// vague impressions, and one remark about a protected characteristic.
struct NoteText {
    std::vector<Observation> Strengths;
    std::vector<Observation> Concerns;
    std::vector<std::string> Questions;
    Recommendation Verdict = Recommendation::Undecided;
};

NoteText SpecificNote(RoleIndex role, bool lead) {
    switch (role) {
    case kHeadBaker:
        if (lead)
            return {{{"Plans a production schedule well", "Talked through the overnight sourdough timeline "
                                                          "hour by hour, including when to retard the dough"},
                     {"Keeps standards under pressure", "Described catching an underproofed batch at 5am and "
                                                        "moving the bake so the shop still opened on time"}},
                    {{"Has not managed a team yet",
                      "Has led a section of two, never a team of four; said so when we asked about rotas"}},
                    {"How early do the bakers start at weekends?"},
                    Recommendation::Yes};
        return {{{"Precise at the bench",
                  "Shaped twelve baguettes in the practical, all within 10 g of the target weight"}},
                {{"Rushed the lamination",
                  "The croissant dough tore twice; it was rolled straight from the fridge"}},
                {"Which mill does the flour come from?"},
                Recommendation::Yes};
    case kCafeSupervisor:
        if (lead)
            return {{{"Calm with unhappy customers",
                      "In the role-play, apologised, offered a remake and kept the queue moving"},
                     {"Knows the closing routine",
                      "Explained how they count the float and log waste at close, step by step"}},
                    {{"Has not written staff rotas",
                      "Has only worked from rotas someone else made; said so when asked"}},
                    {"How many people are on a Saturday shift?"},
                    Recommendation::Yes};
        return {{{"Clear with new staff", "Described training two new baristas with a written checklist"}},
                {{"Little stock ordering", "Has placed supplier orders only under supervision"}},
                {},
                Recommendation::Yes};
    case kBookkeeper:
    case kRoleCount: break;
    }
    if (lead)
        return {{{"Careful reconciliation",
                  "Found both duplicated supplier invoices in the sample ledger in under ten minutes"},
                 {"Explains numbers plainly", "Walked us through the sample VAT return without jargon"}},
                {{"New to payroll", "Has checked payslips but never run a payroll end to end"}},
                {"Which accounting software do you use?"},
                Recommendation::Yes};
    return {{{"Organised", "Keeps a month-end checklist and showed us a redacted copy"}},
            {{"Slow with spreadsheets", "Needed help to build the pivot table in the exercise"}},
            {},
            Recommendation::Undecided};
}

// A strong note: the runner-up and the candidate about to be offered a job.
NoteText StrongNote(RoleIndex role) {
    NoteText n = SpecificNote(role, true);
    n.Concerns.clear();
    n.Verdict = Recommendation::StrongYes;
    return n;
}

// An impression with nothing behind it: what a trainer asks people to turn into evidence.
NoteText VagueNote() { return {{{"Seemed nice", ""}}, {{"Not a good fit", ""}}, {}, Recommendation::No}; }

// A concern about a protected characteristic (family and caring duties), which the tone
// checker flags. It must play no part in a decision, or in what the candidate is told.
NoteText RiskyNote() {
    return {
        {{"Good with regulars", "Remembered the names and usual orders of the regulars in the role-play"}},
        {{"Childcare arrangements may clash with early shifts",
          "Mentioned their family commitments when we talked about the 6am opening"}},
        {},
        Recommendation::No};
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Building records

class DemoBuilder {
  public:
    DemoBuilder(std::uint64_t seed, TimeMs now, const OffsetAt& offset)
        : Ids(seed ^ 0x6A09E667F3BCC908ull), Choices(seed ^ 0xBB67AE8584CAA73Bull),
          Zone(offset ? offset : OffsetAt([](TimeMs) { return 0; })), Today(ToLocal(now, Zone).Day) {
        const int year = ToCivil(Today).Year;
        Calendar = CalendarFor(WorkSchedule{}, year - 1, year + 1);
    }

    DemoData Out;
    SeededRandom Ids;      // Record ids only, so the choices below never shift them.
    SeededRandom Choices;  // Names, times of day, lengths.
    OffsetAt Zone;
    Date Today;
    calendar::BusinessCalendar Calendar;  // The profile's working week: Monday to Friday.
    std::array<RecordId, kRoleCount> Roles;

    // 32 lowercase hex digits, as RecordId requires, from the seed's id stream.
    RecordId NewId() {
        static constexpr char kHex[] = "0123456789abcdef";
        char text[RecordId::kLength];
        for (std::size_t half = 0; half < 2; ++half) {
            std::uint64_t bits = Ids.Next();
            for (std::size_t i = 0; i < 16; ++i, bits >>= 4) text[half * 16 + i] = kHex[bits & 0xF];
        }
        return RecordId(std::string_view(text, sizeof text));
    }

    Date DaysAgo(int days) const { return Date{Today.DaysSinceEpoch - days}; }
    // A local time `days` ago, `minute` minutes after midnight.
    TimeMs At(int days, int minute) const { return FromLocal({DaysAgo(days), minute}, Zone); }
    // A time of day between `from` and `to` (minutes after midnight), on a quarter hour.
    int TimeOfDay(int from, int to) {
        return from + 15 * static_cast<int>(Choices.Below(static_cast<std::uint32_t>((to - from) / 15 + 1)));
    }
    // The business day before today, for an interview "on the last business day".
    int DaysSinceLastBusinessDay() const {
        const Date day = Calendar.AddBusinessDays(Today, -1).value_or(DaysAgo(1));
        return Today.DaysSinceEpoch - day.DaysSinceEpoch;
    }
    // The first business day after today, for a promise about to fall due.
    Date NextBusinessDay() const { return Calendar.AddBusinessDays(Today, 1).value_or(DaysAgo(-1)); }

    void Log(const RecordId& candidate, TimeMs at, const char* kind, std::string text) {
        Activity a;
        a.Id = NewId();
        a.Rev = 1;
        a.Created = a.Updated = a.At = at;
        a.CandidateId = candidate;
        a.Kind = kind;
        a.Text = std::move(text);
        Out.Records.Put(std::move(a));
    }

    void AddProfile() {
        Profile p;
        p.Id = ProfileId();
        p.Rev = 1;
        p.Created = p.Updated = At(60, 9 * 60);
        p.SenderName = kOwner;
        p.SenderTitle = "Owner";
        p.SenderEmail = "aoife.brennan@example.com";
        p.CompanyName = kDemoCompanyName;
        p.CompanyWebsite = "https://fernhill.example.com";
        p.Locale = "en-GB";
        Out.Records.Put(std::move(p));
    }

    void AddRoles() {
        for (int i = 0; i < kRoleCount; ++i) {
            Role r;
            r.Id = NewId();
            r.Rev = 1;
            r.Created = r.Updated = At(50 - i, 9 * 60 + 30);
            r.Title = kRoles[static_cast<std::size_t>(i)].Title;
            r.Team = kRoles[static_cast<std::size_t>(i)].Team;
            r.HiringManager = kRoles[static_cast<std::size_t>(i)].HiringManager;
            r.Stages = DefaultStages();
            Roles[static_cast<std::size_t>(i)] = r.Id;
            Out.Records.Put(std::move(r));
        }
    }
};

// One candidate's story, told in time order: applied, interviewed, noted, messaged, decided.
class Story {
  public:
    Story(DemoBuilder& b, const Person& who, RoleIndex role, int applied_days_ago, const char* source)
        : B(b), Job(kRoles[static_cast<std::size_t>(role)]), Index(role) {
        C.Id = B.NewId();
        C.Rev = 1;
        C.Created = C.Updated = B.At(applied_days_ago, B.TimeOfDay(7 * 60, 20 * 60));
        C.FullName = who.FullName;
        C.PreferredName = who.PreferredName;
        C.Email = who.Email;
        C.RoleId = B.Roles[static_cast<std::size_t>(role)];
        C.Stage = "Applied";
        C.Source = source;
        C.ConsentDate = B.DaysAgo(applied_days_ago);
        C.RetainUntil = AddMonths(*C.ConsentDate, 12);
        B.Log(C.Id, C.Created, "created", Concat({"Added as a candidate for ", Job.Title}));
    }

    DemoBuilder& B;
    const RoleText& Job;
    RoleIndex Index;
    Candidate C;
    std::deque<Interview> Interviews;  // Stable addresses for the references AddInterview returns.

    std::string Greeting() const { return GreetingName(C); }

    void MoveTo(const char* stage, TimeMs at) {
        std::string text = Concat({"Moved from ", C.Stage, " to ", stage});
        C.Stage = stage;
        C.Updated = std::max(C.Updated, at);
        B.Log(C.Id, at, "updated", std::move(text));
    }

    // An interview `days` ago at a time of day the seed picks; the candidate moves to its stage.
    const Interview& AddInterview(int days, const char* stage, std::vector<std::string> who,
                                  InterviewFormat format, std::vector<std::string> topics) {
        Interview i;
        i.Id = B.NewId();
        i.Rev = 1;
        i.CandidateId = C.Id;
        i.StartsAt = B.At(days, B.TimeOfDay(9 * 60 + 30, 14 * 60 + 30));
        i.Created = i.Updated = i.StartsAt - 5 * kMsPerDay;
        i.DurationMinutes =
            format == InterviewFormat::Phone ? 30 : 45 + 15 * static_cast<int>(B.Choices.Below(2));
        i.Format = format;
        i.Interviewers = std::move(who);
        i.Stage = stage;
        i.Location = format == InterviewFormat::InPerson ? "The bakery, 12 Fernhill Road"
                     : format == InterviewFormat::Video  ? "https://meet.example.com/fernhill"
                                                         : "Phone";
        i.Topics = std::move(topics);
        if (C.Stage != stage) MoveTo(stage, i.Created);
        B.Log(C.Id, i.Created, "interview", Concat({stage, " scheduled"}));
        B.Out.Records.Put(i);
        Interviews.push_back(i);
        return Interviews.back();
    }

    void AddNote(const Interview& i, const std::string& who, NoteText text) {
        InterviewNote n;
        n.Id = B.NewId();
        n.Rev = 1;
        n.Created = n.Updated = n.WrittenAt =
            i.EndsAt() + (20 + 10 * static_cast<TimeMs>(B.Choices.Below(6))) * kMsPerMinute;
        n.InterviewId = i.Id;
        n.CandidateId = C.Id;
        n.Interviewer = who;
        n.Strengths = std::move(text.Strengths);
        n.Concerns = std::move(text.Concerns);
        n.CandidateQuestions = std::move(text.Questions);
        n.Verdict = text.Verdict;
        B.Log(C.Id, n.WrittenAt, "note", Concat({who, " wrote their interview note"}));
        B.Out.Records.Put(std::move(n));
    }

    // Each interviewer's specific note on interview `i`.
    void AddSpecificNotes(const Interview& i) {
        for (std::size_t k = 0; k < i.Interviewers.size(); ++k)
            AddNote(i, i.Interviewers[k], SpecificNote(Index, k == 0));
    }

    // A message the bakery sent `days` ago (or, for the candidate's own kinds, received).
    void Send(MessageKind kind, int days, std::string subject, std::string body, const char* from_template,
              std::optional<Date> promised = std::nullopt) {
        Message m;
        m.Id = B.NewId();
        m.Rev = 1;
        m.CandidateId = C.Id;
        m.Kind = kind;
        m.Subject = std::move(subject);
        m.Body = std::move(body);
        m.Status = MessageStatus::Sent;
        m.SentAt = B.At(days, B.TimeOfDay(9 * 60 + 30, 16 * 60));  // After a decision made that morning.
        m.Created = m.Updated = *m.SentAt;
        m.PromisedReplyDate = promised;
        m.Template = from_template;
        B.Log(C.Id, *m.SentAt, "message",
              Concat({Label(kind), kind >= MessageKind::CandidateThankYou ? " received" : " sent"}));
        B.Out.Records.Put(std::move(m));
    }

    // Decided at the morning meeting, `days` ago, before any message about it goes out.
    void Decide(CandidateStatus status, int days, std::string why) {
        const TimeMs at = B.At(days, 9 * 60);
        B.Log(C.Id, at, "updated", Concat({"Status changed from ", Label(C.Status), " to ", Label(status)}));
        if (!why.empty()) B.Log(C.Id, at, "updated", std::move(why));
        C.Status = status;
        C.DecidedAt = at;
        C.Updated = std::max(C.Updated, at);
    }

    // Stores the candidate, under `situation` when it has one.
    void Done(const char* situation = nullptr) {
        if (situation) B.Out.Situations.emplace(situation, C.Id);
        B.Out.Records.Put(C);
    }

    static Date AddMonths(Date d, int months) {
        CivilDate c = ToCivil(d);
        const int total = c.Year * 12 + (c.Month - 1) + months;
        c.Year = total / 12;
        c.Month = total % 12 + 1;
        c.Day = std::min(c.Day, 28);
        return DateFromCivil(c).value_or(d);
    }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Messages the bakery sent

// Plain, decent messages: the demo's history. The poor drafts trainees practise on are in the
// scenario cards (assets/scenarios/), not here.

// "a video call", "the video call": how an interview's format reads in a sentence.
std::string FormatPhrase(InterviewFormat f) {
    switch (f) {
    case InterviewFormat::InPerson: return "interview at the bakery";
    case InterviewFormat::Video: return "video call";
    case InterviewFormat::Phone: return "phone call";
    }
    return "interview";
}

std::string SignOff(const RoleText& role) {
    return Concat({"\n\nBest wishes,\n", role.HiringManager, "\n", kDemoCompanyName});
}

std::string InvitationBody(const Story& s, const Interview& i, const OffsetAt& zone) {
    return Concat({"Hi ", s.Greeting(), ",\n\nThank you for applying for the ", s.Job.Title,
                   " role. We would like to invite you to ",
                   i.Format == InterviewFormat::InPerson ? "an " : "a ", FormatPhrase(i.Format), " on ",
                   FormatLocalDate(i.StartsAt, zone), " at ", FormatLocalTime(i.StartsAt, zone),
                   ". Please reply to confirm, or suggest another time that suits you.", SignOff(s.Job)});
}

std::string ThankYouBody(const Story& s, const Interview& i, const OffsetAt& zone,
                         std::optional<Date> reply_by) {
    const std::string next =
        reply_by
            ? Concat({"You will hear from us by ", FormatDay(*reply_by), ", whatever we decide."})
            : std::string(
                  "We are talking to a few more people this week and will write again once we have decided.");
    return Concat({"Hi ", s.Greeting(), ",\n\nThank you for the ", FormatPhrase(i.Format), " on ",
                   FormatLocalDate(i.StartsAt, zone), ". We enjoyed ", s.Job.Topic, ".\n\n", next,
                   SignOff(s.Job)});
}

std::string UpdateBody(const Story& s, Date reply_by) {
    return Concat({"Hi ", s.Greeting(), ",\n\nA short update on the ", s.Job.Title,
                   " role: we have one more interview to hold before we decide. You will hear from us by ",
                   FormatDay(reply_by), ".\n\nThank you for your patience.", SignOff(s.Job)});
}

std::string OnHoldBody(const Story& s) {
    return Concat(
        {"Hi ", s.Greeting(),
         ",\n\nThank you again for your interview. We are reviewing the café's opening hours, which decide "
         "the shape of the ",
         s.Job.Title, " role, so we have paused hiring. I will write by the end of next month with news.",
         SignOff(s.Job)});
}

std::string ScreeningRejectionBody(const Story& s) {
    return Concat(
        {"Hi ", s.Greeting(), ",\n\nThank you for applying for the ", s.Job.Title,
         " role. We have decided not to take your application further, because this role needs at least "
         "two years of running a team in a busy food business.\n\nWe wish you well with your search.",
         SignOff(s.Job)});
}

std::string TalentPoolBody(const Story& s) {
    return Concat(
        {"Hi ", s.Greeting(),
         ",\n\nThank you for the time you gave us over two interviews. We have offered the ", s.Job.Title,
         " role to another candidate, because their experience running a team of four was what we needed "
         "most right now.\n\nYour plan for the overnight bake was the best we saw. With your agreement, "
         "we will keep your details for two years and write when another baking role opens.",
         SignOff(s.Job)});
}

std::string OfferBody(const Story& s, Date reply_by) {
    return Concat({"Hi ", s.Greeting(), ",\n\nI am delighted to offer you the ", s.Job.Title, " role. ",
                   s.Job.Highlight,
                   " stood out for all of us.\n\nThe written offer with the pay, hours and start date is "
                   "attached. Please reply by ",
                   FormatDay(reply_by), " to accept, or call me with any questions before then.",
                   SignOff(s.Job)});
}

// The candidate's own messages, written to the hiring manager by first name.
std::string FollowUpBody(const Story& s, int number, const Interview& i, const OffsetAt& zone) {
    const std::string_view manager = s.Job.HiringManager;
    std::string text;
    switch (number) {
    case 1:
        text = Concat({"I hope you are well. Is there any news about the ", s.Job.Title,
                       " role I interviewed for on ", FormatLocalDate(i.StartsAt, zone),
                       "? I am still very interested."});
        break;
    case 2:
        text =
            "Sorry to write again. Could you tell me where things stand? I have another interview next week.";
        break;
    default:
        text =
            "This is my third message about the role. Even a short reply would help, whatever the outcome.";
        break;
    }
    return Concat(
        {"Hi ", manager.substr(0, manager.find(' ')), ",\n\n", text, "\n\nThanks,\n", s.C.FullName});
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The candidates, role by role

// Each function tells one candidate's story. The order of calls fixes the order of record ids,
// so it never depends on anything but the seed.
struct Cast {
    DemoBuilder& B;
    std::array<std::size_t, kPeople.size()> Order{};
    std::size_t Next = 0;

    const Person& NextPerson() { return kPeople[Order[Next++]]; }
};

std::vector<std::string> Pair(RoleIndex role) {
    return {kRoles[static_cast<std::size_t>(role)].HiringManager,
            kRoles[static_cast<std::size_t>(role)].SecondInterviewer};
}

void HeadBakerCandidates(Cast& cast) {
    DemoBuilder& b = cast.B;
    {  // The runner-up: two strong interviews, told kindly, agreed to the talent pool.
        Story s(b, cast.NextPerson(), kHeadBaker, 40, "Referral");
        const Interview& screen =
            s.AddInterview(30, "Screening", {kHeadOfProduction}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(screen, kHeadOfProduction, StrongNote(kHeadBaker));
        s.Send(MessageKind::ThankYou, 29, "Thank you for the call",
               ThankYouBody(s, screen, b.Zone, std::nullopt), "thank_you/warm");
        const Interview& final_ =
            s.AddInterview(20, "Final interview", Pair(kHeadBaker), InterviewFormat::InPerson,
                           {"Practical bake", "Production planning"});
        s.AddNote(final_, kHeadOfProduction, StrongNote(kHeadBaker));
        s.AddNote(final_, kBaker, SpecificNote(kHeadBaker, false));
        s.Send(MessageKind::ThankYou, 19, "Thank you for the practical",
               ThankYouBody(s, final_, b.Zone, b.DaysAgo(12)), "thank_you/warm", b.DaysAgo(12));
        s.Decide(CandidateStatus::NotSelected, 12, "");
        s.Send(MessageKind::Rejection, 12, "Head Baker: our decision", TalentPoolBody(s),
               "rejection_talent_pool/warm");
        s.C.TalentPoolConsent = true;
        s.C.ConsentDate = b.DaysAgo(12);
        s.C.RetainUntil = Story::AddMonths(b.DaysAgo(12), 24);
        s.C.Notes = "Close second for Head Baker. Happy to hear about future baking roles.";
        s.Done("silver_medalist");
    }
    {  // Hired.
        Story s(b, cast.NextPerson(), kHeadBaker, 42, "Job board");
        const Interview& screen =
            s.AddInterview(31, "Screening", {kHeadOfProduction}, InterviewFormat::Phone, {"Experience"});
        s.AddSpecificNotes(screen);
        s.Send(MessageKind::ThankYou, 30, "Thank you for the call",
               ThankYouBody(s, screen, b.Zone, std::nullopt), "thank_you/warm");
        const Interview& final_ =
            s.AddInterview(21, "Final interview", Pair(kHeadBaker), InterviewFormat::InPerson,
                           {"Practical bake", "Leading a team"});
        s.AddSpecificNotes(final_);
        s.Send(MessageKind::ThankYou, 20, "Thank you for the practical",
               ThankYouBody(s, final_, b.Zone, b.DaysAgo(14)), "thank_you/warm", b.DaysAgo(14));
        s.MoveTo("Offer", b.At(14, 9 * 60));
        s.Send(MessageKind::Offer, 14, "Your offer: Head Baker", OfferBody(s, b.DaysAgo(10)), "offer/warm");
        s.MoveTo("Hired", b.At(11, 9 * 60));
        s.Decide(CandidateStatus::Hired, 11, "Accepted the offer");
        s.Done("hired");
    }
    {  // An interviewer's note with nothing behind it.
        Story s(b, cast.NextPerson(), kHeadBaker, 18, "Walked in with a CV");
        const Interview& i =
            s.AddInterview(3, "Interview", Pair(kHeadBaker), InterviewFormat::InPerson, {"Practical bake"});
        s.AddNote(i, kHeadOfProduction, SpecificNote(kHeadBaker, true));
        s.AddNote(i, kBaker, VagueNote());
        s.Send(MessageKind::ThankYou, 2, "Thank you for coming in", ThankYouBody(s, i, b.Zone, b.DaysAgo(-6)),
               "thank_you/warm", b.DaysAgo(-6));
        s.Done("vague_note");
    }
    {  // Nine days without a word: no thank-you, and one note never written.
        Story s(b, cast.NextPerson(), kHeadBaker, 20, "Job board");
        const Interview& i = s.AddInterview(9, "Interview", Pair(kHeadBaker), InterviewFormat::InPerson,
                                            {"Practical bake", "Weekend rota"});
        s.Send(MessageKind::NextSteps, 13, "Interview for Head Baker", InvitationBody(s, i, b.Zone),
               "next_step/warm");
        NoteText note = SpecificNote(kHeadBaker, true);
        note.Strengths.push_back({"Good attitude", ""});
        s.AddNote(i, kHeadOfProduction, std::move(note));
        s.Done("waiting_9_days");
    }
    for (int days : {2, 5}) {  // New applications.
        Story s(b, cast.NextPerson(), kHeadBaker, days, days == 2 ? "Job board" : "Referral");
        s.Done();
    }
    {  // A screening call, thanked, with a date ahead.
        Story s(b, cast.NextPerson(), kHeadBaker, 12, "Job board");
        const Interview& i =
            s.AddInterview(6, "Screening", {kHeadOfProduction}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(i, kHeadOfProduction, SpecificNote(kHeadBaker, true));
        s.Send(MessageKind::ThankYou, 5, "Thank you for the call", ThankYouBody(s, i, b.Zone, b.DaysAgo(-8)),
               "thank_you/warm", b.DaysAgo(-8));
        s.Done();
    }
    {  // Withdrew after the screening call.
        Story s(b, cast.NextPerson(), kHeadBaker, 24, "Job board");
        const Interview& i =
            s.AddInterview(15, "Screening", {kHeadOfProduction}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(i, kHeadOfProduction, SpecificNote(kHeadBaker, true));
        s.Send(MessageKind::ThankYou, 14, "Thank you for the call", ThankYouBody(s, i, b.Zone, std::nullopt),
               "thank_you/warm");
        s.Decide(CandidateStatus::Withdrawn, 10, "Withdrew: accepted a job closer to home");
        s.Done("withdrew");
    }
    {  // Turned down before any interview, and told why.
        Story s(b, cast.NextPerson(), kHeadBaker, 19, "Job board");
        s.Decide(CandidateStatus::NotSelected, 17, "");
        s.Send(MessageKind::Rejection, 16, "Your application for Head Baker", ScreeningRejectionBody(s),
               "rejection_screening/warm");
        s.Done();
    }
}

void CafeCandidates(Cast& cast) {
    DemoBuilder& b = cast.B;
    {  // The offer is next.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 25, "Referral");
        const Interview& screen =
            s.AddInterview(16, "Screening", {kCafeManager}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(screen, kCafeManager, StrongNote(kCafeSupervisor));
        s.Send(MessageKind::ThankYou, 15, "Thank you for the call",
               ThankYouBody(s, screen, b.Zone, std::nullopt), "thank_you/warm");
        const Interview& final_ =
            s.AddInterview(2, "Final interview", Pair(kCafeSupervisor), InterviewFormat::InPerson,
                           {"Customer role-play", "Closing routine"});
        s.AddNote(final_, kCafeManager, StrongNote(kCafeSupervisor));
        s.AddNote(final_, kShiftLead, SpecificNote(kCafeSupervisor, false));
        s.Send(MessageKind::ThankYou, 1, "Thank you for coming in",
               ThankYouBody(s, final_, b.Zone, std::nullopt), "thank_you/warm");
        s.MoveTo("Offer", b.At(1, 16 * 60 + 30));
        s.C.Notes = "Both references came back positive. Four weeks' notice at their current job.";
        s.Done("about_to_get_offer");
    }
    {  // "Not a good fit", and little else to go on.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 22, "Job board");
        const Interview& i = s.AddInterview(5, "Interview", Pair(kCafeSupervisor), InterviewFormat::InPerson,
                                            {"Customer role-play", "Coffee machine"});
        s.AddNote(i, kCafeManager,
                  {{{"Friendly", ""}}, {{"Not a good fit for the café", ""}}, {}, Recommendation::No});
        s.AddNote(i, kShiftLead,
                  {{},
                   {{"Unsure with the espresso machine",
                     "Could not say how to adjust the grind when the shots ran fast"}},
                   {"Is there a staff discount?"},
                   Recommendation::No});
        s.Send(MessageKind::ThankYou, 4, "Thank you for coming in", ThankYouBody(s, i, b.Zone, std::nullopt),
               "thank_you/warm");
        s.Decide(CandidateStatus::NotSelected, 1, "");
        s.Done("not_a_good_fit");
    }
    {  // A note that names childcare.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 19, "Job board");
        const Interview& i = s.AddInterview(4, "Interview", Pair(kCafeSupervisor), InterviewFormat::InPerson,
                                            {"Customer role-play", "Opening routine"});
        s.AddNote(i, kCafeManager, SpecificNote(kCafeSupervisor, true));
        s.AddNote(i, kShiftLead, RiskyNote());
        s.Send(MessageKind::ThankYou, 3, "Thank you for coming in", ThankYouBody(s, i, b.Zone, std::nullopt),
               "thank_you/warm");
        s.Done("risky_remark");
    }
    {  // Promised a date three days ago; nothing since.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 24, "Referral");
        const Interview& i = s.AddInterview(14, "Interview", Pair(kCafeSupervisor), InterviewFormat::InPerson,
                                            {"Customer role-play"});
        s.AddSpecificNotes(i);
        s.Send(MessageKind::ThankYou, 13, "Thank you for coming in", ThankYouBody(s, i, b.Zone, b.DaysAgo(3)),
               "thank_you/warm", b.DaysAgo(3));
        s.Done("broken_promise");
    }
    {  // Three follow-ups from the candidate, none answered.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 26, "Job board");
        const Interview& i =
            s.AddInterview(17, "Interview", {kCafeManager}, InterviewFormat::Video, {"Experience", "Rotas"});
        s.AddNote(i, kCafeManager, SpecificNote(kCafeSupervisor, true));
        s.Send(MessageKind::ThankYou, 16, "Thank you for the call", ThankYouBody(s, i, b.Zone, std::nullopt),
               "thank_you/warm");
        const char* subjects[] = {"Café Supervisor role", "Re: Café Supervisor role",
                                  "Re: Café Supervisor role"};
        const int days[] = {10, 6, 2};
        for (int n = 0; n < 3; ++n)
            s.Send(MessageKind::CandidateFollowUp, days[n], subjects[n], FollowUpBody(s, n + 1, i, b.Zone),
                   "");
        s.Done("followed_up_three_times");
    }
    {  // A new application.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 3, "Job board");
        s.Done();
    }
    {  // On hold while the opening hours are reviewed.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 20, "Referral");
        const Interview& i = s.AddInterview(11, "Interview", Pair(kCafeSupervisor), InterviewFormat::InPerson,
                                            {"Customer role-play"});
        s.AddSpecificNotes(i);
        s.Send(MessageKind::StatusUpdate, 10, "Café Supervisor: a pause", OnHoldBody(s),
               "status_update/warm");
        s.C.Status = CandidateStatus::OnHold;
        s.C.Updated = std::max(s.C.Updated, b.At(10, 12 * 60));
        b.Log(s.C.Id, b.At(10, 12 * 60), "updated", "Status changed from Active to On hold");
        s.Done("on_hold");
    }
    {  // Turned down after a screening call, and told why.
        Story s(b, cast.NextPerson(), kCafeSupervisor, 18, "Job board");
        const Interview& i =
            s.AddInterview(12, "Screening", {kCafeManager}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(i, kCafeManager, SpecificNote(kCafeSupervisor, true));
        s.Decide(CandidateStatus::NotSelected, 10, "");
        s.Send(MessageKind::Rejection, 9, "Your application for Café Supervisor", ScreeningRejectionBody(s),
               "rejection_screening/warm");
        s.Done();
    }
}

void BookkeeperCandidates(Cast& cast) {
    DemoBuilder& b = cast.B;
    {  // Not selected after good, specific notes; not told yet.
        Story s(b, cast.NextPerson(), kBookkeeper, 21, "Job board");
        const Interview& i = s.AddInterview(8, "Interview", Pair(kBookkeeper), InterviewFormat::Video,
                                            {"Sample ledger", "VAT exercise"});
        s.AddSpecificNotes(i);
        s.Send(MessageKind::ThankYou, 7, "Thank you for your time", ThankYouBody(s, i, b.Zone, std::nullopt),
               "thank_you/warm");
        s.Decide(CandidateStatus::NotSelected, 3, "");
        s.Done("generic_rejection");
    }
    {  // Interviewed on the last business day; not thanked yet.
        Story s(b, cast.NextPerson(), kBookkeeper, 10, "Referral");
        const Interview& i = s.AddInterview(b.DaysSinceLastBusinessDay(), "Interview", Pair(kBookkeeper),
                                            InterviewFormat::Video, {"Sample ledger", "VAT exercise"});
        s.AddSpecificNotes(i);
        s.Done("thank_you_due");
    }
    {  // Promised a decision by the next business day; it will not be ready.
        Story s(b, cast.NextPerson(), kBookkeeper, 16, "Job board");
        const Interview& i = s.AddInterview(6, "Interview", Pair(kBookkeeper), InterviewFormat::Video,
                                            {"Sample ledger", "Payroll"});
        s.AddSpecificNotes(i);
        s.Send(MessageKind::ThankYou, 5, "Thank you for your time",
               ThankYouBody(s, i, b.Zone, b.NextBusinessDay()), "thank_you/warm", b.NextBusinessDay());
        s.Done("promise_at_risk");
    }
    {  // Offered yesterday.
        Story s(b, cast.NextPerson(), kBookkeeper, 28, "Referral");
        const Interview& first =
            s.AddInterview(18, "Interview", Pair(kBookkeeper), InterviewFormat::Video, {"Sample ledger"});
        s.AddSpecificNotes(first);
        s.Send(MessageKind::ThankYou, 17, "Thank you for your time",
               ThankYouBody(s, first, b.Zone, std::nullopt), "thank_you/warm");
        const Interview& final_ =
            s.AddInterview(9, "Final interview", {kOwner}, InterviewFormat::InPerson, {"Meeting the team"});
        s.AddNote(final_, kOwner, StrongNote(kBookkeeper));
        s.MoveTo("Offer", b.At(1, 9 * 60));
        s.Decide(CandidateStatus::Offered, 1, "");
        s.Send(MessageKind::Offer, 1, "Your offer: Bookkeeper (part time)", OfferBody(s, b.DaysAgo(-6)),
               "offer/warm");
        s.Done("offer_sent");
    }
    for (int days : {1, 4}) {  // New applications.
        Story s(b, cast.NextPerson(), kBookkeeper, days, "Job board");
        s.Done();
    }
    {  // A screening call, thanked, with a date ahead.
        Story s(b, cast.NextPerson(), kBookkeeper, 9, "Job board");
        const Interview& i = s.AddInterview(2, "Screening", {kOwner}, InterviewFormat::Phone, {"Experience"});
        s.AddNote(i, kOwner, SpecificNote(kBookkeeper, true));
        s.Send(MessageKind::ThankYou, 1, "Thank you for the call", ThankYouBody(s, i, b.Zone, b.DaysAgo(-7)),
               "thank_you/warm", b.DaysAgo(-7));
        s.Done();
    }
    {  // A promise kept with an update, and a new date ahead.
        Story s(b, cast.NextPerson(), kBookkeeper, 20, "Referral");
        const Interview& i =
            s.AddInterview(12, "Interview", Pair(kBookkeeper), InterviewFormat::Video, {"Sample ledger"});
        s.AddSpecificNotes(i);
        s.Send(MessageKind::ThankYou, 11, "Thank you for your time", ThankYouBody(s, i, b.Zone, b.DaysAgo(6)),
               "thank_you/warm", b.DaysAgo(6));
        s.Send(MessageKind::StatusUpdate, 7, "Bookkeeper: an update", UpdateBody(s, b.DaysAgo(-9)),
               "status_update/warm", b.DaysAgo(-9));
        s.Done("promise_kept");
    }
    {  // Withdrew before any interview.
        Story s(b, cast.NextPerson(), kBookkeeper, 14, "Job board");
        s.Decide(CandidateStatus::Withdrawn, 8, "Withdrew: no longer looking for part-time work");
        s.Done();
    }
}

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] MakeDemoData

DemoData MakeDemoData(std::uint64_t seed, TimeMs now, const OffsetAt& offset) {
    DemoBuilder b(seed, now, offset);
    b.AddProfile();
    b.AddRoles();
    Cast cast{b};
    for (std::size_t i = 0; i < cast.Order.size(); ++i) cast.Order[i] = i;
    // Fisher-Yates, with the seed's own generator: who plays which part.
    for (std::size_t i = cast.Order.size() - 1; i > 0; --i)
        std::swap(cast.Order[i], cast.Order[b.Choices.Below(static_cast<std::uint32_t>(i + 1))]);
    HeadBakerCandidates(cast);
    CafeCandidates(cast);
    BookkeeperCandidates(cast);
    return std::move(b.Out);
}

}  // namespace debrief::workshop
