#include "core/timeline/planner.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace debrief {

std::string_view ToString(FollowUpKind k) {
    switch (k) {
    case FollowUpKind::InterviewNote: return "interview_note";
    case FollowUpKind::ThankYou: return "thank_you";
    case FollowUpKind::DelayUpdate: return "delay_update";
    case FollowUpKind::Decision: return "decision";
    case FollowUpKind::Closure: return "closure";
    case FollowUpKind::KeepInTouch: return "keep_in_touch";
    case FollowUpKind::RetentionReview: return "retention_review";
    case FollowUpKind::CandidateThankYou: return "candidate_thank_you";
    case FollowUpKind::CandidateFollowUp: return "candidate_follow_up";
    }
    return "";
}

const char* Label(FollowUpKind k) {
    switch (k) {
    case FollowUpKind::InterviewNote: return "Interview note";
    case FollowUpKind::ThankYou: return "Thank-you";
    case FollowUpKind::DelayUpdate: return "Delay update";
    case FollowUpKind::Decision: return "Decision";
    case FollowUpKind::Closure: return "Closure";
    case FollowUpKind::KeepInTouch: return "Keep in touch";
    case FollowUpKind::RetentionReview: return "Data review";
    case FollowUpKind::CandidateThankYou: return "My thank-you note";
    case FollowUpKind::CandidateFollowUp: return "My follow-up";
    }
    return "";
}

std::string_view ToString(FollowUpStatus s) {
    switch (s) {
    case FollowUpStatus::Upcoming: return "upcoming";
    case FollowUpStatus::DueToday: return "due_today";
    case FollowUpStatus::Overdue: return "overdue";
    case FollowUpStatus::Done: return "done";
    case FollowUpStatus::Skipped: return "skipped";
    }
    return "";
}

const char* Label(FollowUpStatus s) {
    switch (s) {
    case FollowUpStatus::Upcoming: return "Upcoming";
    case FollowUpStatus::DueToday: return "Due today";
    case FollowUpStatus::Overdue: return "Overdue";
    case FollowUpStatus::Done: return "Done";
    case FollowUpStatus::Skipped: return "Not needed";
    }
    return "";
}

std::string_view ToString(PromiseState s) {
    switch (s) {
    case PromiseState::Pending: return "pending";
    case PromiseState::AtRisk: return "at_risk";
    case PromiseState::Kept: return "kept";
    case PromiseState::Broken: return "broken";
    }
    return "";
}

const char* Label(PromiseState s) {
    switch (s) {
    case PromiseState::Pending: return "Pending";
    case PromiseState::AtRisk: return "At risk";
    case PromiseState::Kept: return "Kept";
    case PromiseState::Broken: return "Broken";
    }
    return "";
}

namespace {

constexpr int kAssumedMinutes = 60;  // An interview without a usable length.

// "1 business day", "3 business days".
std::string Count(int n, const char* one, const char* many) {
    std::string s = std::to_string(n);
    s += ' ';
    s += n == 1 ? one : many;
    return s;
}

// The messages a candidate's side of the conversation consists of.
bool FromEmployer(MessageKind k) { return k < MessageKind::CandidateThankYou; }

// "interview", "Final interview", "Screening interview": how a stage reads after "the".
std::string StagePhrase(const std::string& stage) {
    std::string lower = stage;
    for (char& ch : lower) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (lower.empty() || lower == "interview") return "interview";
    if (lower.ends_with("interview")) return stage;
    return stage + " interview";
}

Date AddMonths(Date d, int months) {
    CivilDate c = ToCivil(d);
    const int total = c.Year * 12 + (c.Month - 1) + months;
    c.Year = total / 12;
    c.Month = total % 12 + 1;
    for (; c.Day > 28; --c.Day)
        if (DateFromCivil(c)) break;
    return DateFromCivil(c).value_or(d);
}

// Everything one plan needs to know about time: the user's zone, their working week, "now".
class Clock {
  public:
    Clock(const PlanInput& in, int first_year, int last_year)
        : Offset(in.Offset ? in.Offset : OffsetAt([](TimeMs) { return 0; })), Schedule(in.Schedule),
          Calendar(CalendarFor(in.Schedule, first_year, last_year)), Now(in.Now), Today(Day(in.Now)) {}

    Date Day(TimeMs t) const { return ToLocal(t, Offset).Day; }
    TimeMs EndOf(Date d) const { return FromLocal({d, Schedule.DayEndMinute}, Offset); }

    // `from` itself when it is a business day, else the next one.
    Date BusinessDayOnOrAfter(Date from) const {
        return Calendar.IsBusinessDay(from) ? from : Calendar.AddBusinessDays(from, 1).value_or(from);
    }
    Date AddBusinessDays(Date from, int n) const { return Calendar.AddBusinessDays(from, n).value_or(from); }
    // The business day an event at `t` belongs to: its own, unless it falls after hours or on a
    // day off, then the next one.
    Date BusinessDayOf(TimeMs t) const {
        const LocalDateTime local = ToLocal(t, Offset);
        if (local.Minute >= Schedule.DayEndMinute || !Calendar.IsBusinessDay(local.Day))
            return AddBusinessDays(local.Day, 1);
        return local.Day;
    }

    OffsetAt Offset;
    const WorkSchedule& Schedule;
    calendar::BusinessCalendar Calendar;
    TimeMs Now;
    Date Today;
};

struct CandidatePlanner {
    const Database& Db;
    const Clock& Time;
    const Candidate& C;
    const FollowUpPolicy& Policy;
    Plan& Out;

    std::vector<const Interview*> Interviews;  // By start.
    std::vector<const Message*> Sent;           // Sent messages, oldest first.

    void Run(bool own_application) {
        Interviews = Db.InterviewsOf(C.Id);
        for (const Message* m : Db.MessagesOf(C.Id))
            if (m->Status == MessageStatus::Sent && m->SentAt) Sent.push_back(m);
        std::sort(Sent.begin(), Sent.end(), [](const Message* a, const Message* b) { return *a->SentAt < *b->SentAt; });

        if (own_application) {
            PlanOwnApplication();
            return;
        }
        PlanPromises();
        for (const Interview* i : Interviews) PlanAfterInterview(*i);
        PlanDecision();
        if (C.Status == CandidateStatus::NotSelected) PlanClosure();
        if (C.Status == CandidateStatus::NotSelected || C.Status == CandidateStatus::Withdrawn) PlanRetention();
    }

    // --- Shared pieces ----------------------------------------------------------------------------

    TimeMs EndOf(const Interview& i) {
        if (i.DurationMinutes > 0) return i.EndsAt();
        Issue("The interview on " + FormatLocalDateTime(i.StartsAt, Time.Offset) +
              " has no length; planned as ending after " + std::to_string(kAssumedMinutes) + " minutes.");
        return i.StartsAt + kAssumedMinutes * kMsPerMinute;
    }

    TimeMs DecidedAt() const { return C.DecidedAt.value_or(C.Updated); }

    void Issue(std::string text) { Out.Issues.push_back({C.Id, std::move(text)}); }

    // The first sent message at or after `from` that `accept` takes; nullptr if none.
    template <typename Accept> const Message* FirstSentFrom(TimeMs from, Accept accept) const {
        for (const Message* m : Sent)
            if (*m->SentAt >= from && accept(*m)) return m;
        return nullptr;
    }

    FollowUp& Add(FollowUpKind kind, std::string key, Date due_day) {
        FollowUp& f = Out.FollowUps.emplace_back();
        f.Kind = kind;
        f.Key = std::move(key);
        f.Candidate = C.Id;
        f.DueDay = due_day;
        f.Due = Time.EndOf(due_day);
        return f;
    }

    static void DoneBy(FollowUp& f, const Message& m) {
        f.Status = FollowUpStatus::Done;
        f.DoneAt = *m.SentAt;
        f.DoneBy = m.Id;
    }

    // --- The employer's side ----------------------------------------------------------------------

    void PlanAfterInterview(const Interview& i) {
        const TimeMs end = EndOf(i);
        const Date day = Time.BusinessDayOf(end);
        const std::string when = FormatDay(Time.Day(i.StartsAt));
        const std::string stage = StagePhrase(i.Stage);

        for (const std::string& who : i.Interviewers) {
            FollowUp& f = Add(FollowUpKind::InterviewNote, "note:" + i.Id + ":" + who,
                              Policy.NotesBusinessDays ? Time.AddBusinessDays(day, Policy.NotesBusinessDays) : day);
            f.Interview = i.Id;
            f.Interviewer = who;
            f.What = "Note by " + who + " on " + C.FullName + ", " + when;
            f.Why = "Written while it is fresh: by the end of the business day of the interview (" + when + ").";
            if (const InterviewNote* n = Db.NoteBy(i.Id, who)) {
                f.Status = FollowUpStatus::Done;
                f.DoneAt = n->WrittenAt;
            } else if (C.Status == CandidateStatus::Withdrawn) {
                Skip(f, "The candidate withdrew; no decision needs the note.");
            }
        }

        FollowUp& f = Add(FollowUpKind::ThankYou, "thank_you:" + i.Id,
                          Time.AddBusinessDays(Time.Day(end), Policy.ThankYouBusinessDays));
        f.Interview = i.Id;
        f.Template = "thank_you";
        f.Message = MessageKind::ThankYou;
        f.What = "Thank " + C.FullName + " for the " + stage;
        f.Why = "Within " + Count(Policy.ThankYouBusinessDays, "business day", "business days") +
                " of the interview on " + when + ": they know it was received and what happens next.";
        if (const Message* m = FirstSentFrom(i.StartsAt, [](const Message& x) { return FromEmployer(x.Kind); }))
            DoneBy(f, *m);
        else if (IsDecided(C.Status) && DecidedAt() >= i.StartsAt)
            Skip(f, C.Status == CandidateStatus::NotSelected ? "A decision was made; closure is planned instead."
                                                             : "A decision was made since.");
    }

    void Skip(FollowUp& f, std::string reason) {
        f.Status = FollowUpStatus::Skipped;
        f.Reason = std::move(reason);
    }

    // The promise in force for a decision after interview `last`: the latest one made, if it is
    // not earlier than the interview; nullptr means "none was made", and the policy assumes one.
    const Message* PromiseInForce(const Interview& last, Date last_day) {
        const Message* promise = nullptr;
        for (const Message* m : Sent)
            if (m->PromisedReplyDate && FromEmployer(m->Kind)) promise = m;
        if (promise && *promise->PromisedReplyDate < last_day) {
            if (*promise->SentAt < last.StartsAt)
                Issue("A message of " + FormatDay(Time.Day(*promise->SentAt)) + " promised a reply by " +
                      FormatDay(*promise->PromisedReplyDate) + ", before the interview on " + FormatDay(last_day) +
                      "; the decision is planned from the interview instead.");
            return promise->SentAt >= last.StartsAt ? promise : nullptr;
        }
        return promise;
    }

    void PlanDecision() {
        if (Interviews.empty()) return;
        const Interview& last = *Interviews.back();
        const Date last_day = Time.Day(EndOf(last));
        const Message* promise = PromiseInForce(last, last_day);
        const Date by = promise ? *promise->PromisedReplyDate : Time.AddBusinessDays(last_day, Policy.PromiseBusinessDays);
        const std::string by_text = FormatDay(by);

        FollowUp& d = Add(FollowUpKind::Decision, "decision:" + last.Id, by);
        d.Interview = last.Id;
        d.Message = MessageKind::StatusUpdate;
        d.What = "Decide on " + C.FullName + ", or tell them where things stand";
        d.Why = promise ? "They were told they would hear by " + by_text + " (message of " +
                              FormatDay(Time.Day(*promise->SentAt)) + ")."
                        : "No date was given, so the plan assumes " +
                              Count(Policy.PromiseBusinessDays, "business day", "business days") +
                              " after the interview on " + FormatDay(last_day) + ".";

        bool decided = false;
        if (IsDecided(C.Status)) {
            d.Status = FollowUpStatus::Done;
            d.DoneAt = DecidedAt();
            decided = true;
        } else if (const Message* m = FirstSentFrom(last.StartsAt, [](const Message& x) {
                       return x.Kind == MessageKind::NextSteps || x.Kind == MessageKind::Offer;
                   })) {
            DoneBy(d, *m);
            decided = true;
        }
        if (decided) return;

        // A promise that may slip: say so before the date, not after it.
        const std::string key =
            promise ? "delay:" + promise->Id : "delay:" + last.Id;
        FollowUp& u = Add(FollowUpKind::DelayUpdate, key, Time.AddBusinessDays(by, -Policy.DelayUpdateBusinessDays));
        u.Interview = last.Id;
        u.Template = "delay_update";
        u.Message = MessageKind::DelayUpdate;
        u.What = "If still undecided, tell " + C.FullName + " the decision will take longer";
        u.Why = "They expect news by " + by_text + "; an update " +
                Count(Policy.DelayUpdateBusinessDays, "business day", "business days") +
                " before, with a new date, keeps their trust.";
        const TimeMs since = promise ? *promise->SentAt + 1 : last.StartsAt;
        if (const Message* m = FirstSentFrom(since, [](const Message& x) {
                return x.Kind == MessageKind::DelayUpdate || x.Kind == MessageKind::StatusUpdate;
            }))
            DoneBy(u, *m);
    }

    void PlanClosure() {
        const Date decided = Time.Day(DecidedAt());
        const std::string decided_text = FormatDay(decided);
        FollowUp& f = Add(FollowUpKind::Closure, "closure:" + C.Id,
                          Time.AddBusinessDays(decided, Policy.ClosureBusinessDays));
        f.Template = C.TalentPoolConsent ? "rejection_talent_pool"
                     : Interviews.empty() ? "rejection_screening"
                                          : "rejection_feedback";
        f.Message = Interviews.empty() ? MessageKind::Rejection : MessageKind::Feedback;
        f.What = "Tell " + C.FullName + " they are not moving forward";
        f.Why = "Decided on " + decided_text + "; everyone not moving forward hears within " +
                Count(Policy.ClosureBusinessDays, "business day", "business days") +
                ", with specific, constructive feedback.";
        const TimeMs since = Interviews.empty() ? C.Created : Interviews.front()->StartsAt;
        if (const Message* m = FirstSentFrom(since, [](const Message& x) {
                return x.Kind == MessageKind::Rejection || x.Kind == MessageKind::Feedback;
            }))
            DoneBy(f, *m);

        if (!C.TalentPoolConsent) return;
        int number = 0;
        std::vector<const Message*> kept;
        for (const Message* m : Sent)
            if (m->Kind == MessageKind::KeepInTouch && *m->SentAt >= DecidedAt()) kept.push_back(m);
        for (const int months : {Policy.KeepInTouchFirstMonths, Policy.KeepInTouchSecondMonths}) {
            ++number;
            if (months <= 0) continue;
            FollowUp& k = Add(FollowUpKind::KeepInTouch, "keep_in_touch:" + C.Id + ":" + std::to_string(number),
                              Time.BusinessDayOnOrAfter(AddMonths(decided, months)));
            k.Template = "keep_in_touch";
            k.Message = MessageKind::KeepInTouch;
            k.What = "Keep in touch with " + C.FullName + (number == 1 ? "" : " (second message)");
            k.Why = "They agreed to hear about future roles; " + Count(months, "month", "months") +
                    " after the decision of " + decided_text + ".";
            if (static_cast<std::size_t>(number) <= kept.size()) DoneBy(k, *kept[static_cast<std::size_t>(number) - 1]);
        }
    }

    void PlanRetention() {
        const Date decided = Time.Day(DecidedAt());
        const int months = C.TalentPoolConsent ? Policy.RetentionTalentPoolMonths : Policy.RetentionMonths;
        const Date due = C.RetainUntil ? *C.RetainUntil : AddMonths(decided, months);
        FollowUp& f = Add(FollowUpKind::RetentionReview, "retention:" + C.Id, due);
        f.What = "Review " + C.FullName + "'s data: delete it, or ask to keep it longer";
        f.Why = C.RetainUntil ? "Their record says to keep it until " + FormatDay(due) + "."
                              : "Kept " + Count(months, "month", "months") + " after the decision of " +
                                    FormatDay(decided) +
                                    (C.TalentPoolConsent ? " (they agreed to the talent pool)." : ".");
    }

    void PlanPromises() {
        for (const Message* m : Sent) {
            if (!m->PromisedReplyDate || !FromEmployer(m->Kind)) continue;
            Promise& p = Out.Promises.emplace_back();
            p.Candidate = C.Id;
            p.Message = m->Id;
            p.MadeAt = *m->SentAt;
            p.By = *m->PromisedReplyDate;
            if (p.By < Time.Day(p.MadeAt))
                Issue("A message of " + FormatDay(Time.Day(p.MadeAt)) + " promised a reply by " + FormatDay(p.By) +
                      ", a date already past when it was sent.");
            const Message* next =
                FirstSentFrom(*m->SentAt + 1, [](const Message& n) { return FromEmployer(n.Kind); });
            if (next && !(p.By < Time.Day(*next->SentAt))) {
                p.State = PromiseState::Kept;
                p.KeptAt = *next->SentAt;
                p.KeptBy = next->Id;
            } else if (p.By < Time.Today) {
                p.State = PromiseState::Broken;
                if (next) p.AnsweredAt = *next->SentAt;
            } else if (!IsDecided(C.Status) &&
                       !(Time.Today < Time.AddBusinessDays(p.By, -Policy.DelayUpdateBusinessDays))) {
                p.State = PromiseState::AtRisk;
            }
        }
    }

    // --- The user's own applications -----------------------------------------------------------

    void PlanOwnApplication() {
        const int hours = Policy.FastPaced ? Policy.CandidateThankYouFastHours : Policy.CandidateThankYouHours;
        for (const Interview* i : Interviews) {
            const TimeMs end = EndOf(*i);
            FollowUp& f = Add(FollowUpKind::CandidateThankYou, "candidate_thank_you:" + i->Id, Date{});
            f.Due = end + hours * kMsPerHour;
            f.DueDay = Time.Day(f.Due);
            f.Interview = i->Id;
            f.Template = "candidate_thank_you";
            f.Message = MessageKind::CandidateThankYou;
            f.What = "Send a thank-you note to " + C.FullName;
            f.Why = "Within " + Count(hours, "hour", "hours") + " of the interview on " + FormatDay(Time.Day(i->StartsAt)) +
                    (Policy.FastPaced ? " (a fast-paced industry)." : ".");
            if (const Message* m = FirstSentFrom(
                    i->StartsAt, [](const Message& x) { return x.Kind == MessageKind::CandidateThankYou; }))
                DoneBy(f, *m);
        }
        if (Interviews.empty() || IsDecided(C.Status)) return;

        const Interview& last = *Interviews.back();
        const Date last_day = Time.Day(EndOf(last));
        const Message* told = nullptr;  // The reply date they were given, recorded on a message.
        for (const Message* m : Sent)
            if (m->PromisedReplyDate && *m->SentAt >= last.StartsAt) told = m;
        const Date first = told ? Time.AddBusinessDays(*told->PromisedReplyDate, Policy.FollowUpAfterPromiseBusinessDays)
                                : Time.AddBusinessDays(last_day, Policy.FollowUpNoPromiseBusinessDays);
        std::vector<const Message*> sent;
        for (const Message* m : Sent)
            if (m->Kind == MessageKind::CandidateFollowUp && *m->SentAt >= last.StartsAt) sent.push_back(m);

        for (int n = 1; n <= Policy.MaxFollowUps; ++n) {
            Date due = first;
            if (n > 1) {
                const Date spaced = Time.AddBusinessDays(Time.Day(*sent[static_cast<std::size_t>(n) - 2]->SentAt),
                                                         Policy.FollowUpSpacingBusinessDays);
                if (due < spaced) due = spaced;
            }
            FollowUp& f = Add(FollowUpKind::CandidateFollowUp,
                              "candidate_follow_up:" + last.Id + ":" + std::to_string(n), due);
            f.Interview = last.Id;
            f.Template = "candidate_follow_up";
            f.Message = MessageKind::CandidateFollowUp;
            f.What = "Follow up politely with " + C.FullName + " (" + std::to_string(n) + " of " +
                     std::to_string(Policy.MaxFollowUps) + ")";
            f.Why = n > 1 ? "No answer to the last follow-up; at least " +
                                Count(Policy.FollowUpSpacingBusinessDays, "business day", "business days") +
                                " after it, and no more than " + std::to_string(Policy.MaxFollowUps) + " in all."
                    : told ? "They said you would hear by " + FormatDay(*told->PromisedReplyDate) + "; " +
                                 Count(Policy.FollowUpAfterPromiseBusinessDays, "business day", "business days") +
                                 " after that date."
                           : "No date was given; " +
                                 Count(Policy.FollowUpNoPromiseBusinessDays, "business day", "business days") +
                                 " after the interview on " + FormatDay(last_day) + ".";
            if (static_cast<std::size_t>(n) <= sent.size()) {
                DoneBy(f, *sent[static_cast<std::size_t>(n) - 1]);
                continue;
            }
            break;  // Only the next one is planned: it depends on when this one goes out.
        }
    }
};

// Snoozes and "not needed" marks, then the status against now.
void Settle(FollowUp& f, const Candidate& c, const Clock& time) {
    if (f.Status == FollowUpStatus::Done || f.Status == FollowUpStatus::Skipped) return;
    TimeMs due = f.Due;
    for (const FollowUpMark& m : c.FollowUpMarks) {
        if (m.Key != f.Key) continue;
        if (m.Until == 0) {
            f.Status = FollowUpStatus::Skipped;
            f.Reason = m.Reason.empty() ? "Marked as not needed." : m.Reason;
            return;
        }
        if (m.Until > due) {
            due = m.Until;
            f.SnoozedUntil = m.Until;
            f.Reason = m.Reason;
        }
    }
    if (time.Now > due) f.Status = FollowUpStatus::Overdue;
    else if (time.Day(due) == time.Today) f.Status = FollowUpStatus::DueToday;
    else f.Status = FollowUpStatus::Upcoming;
}

TimeMs SortTime(const FollowUp& f) { return f.SnoozedUntil ? f.SnoozedUntil : f.Due; }

}  // namespace

Plan MakePlan(const PlanInput& input) {
    Plan plan;
    if (!input.Records) return plan;
    const Database& db = *input.Records;

    // Holidays are needed from the earliest interview to the latest reminder (retention, years on).
    const int now_year = ToCivil(DateOf(input.Now)).Year;
    int first_year = now_year - 1;
    for (const auto& [id, i] : db.Interviews()) first_year = std::min(first_year, ToCivil(DateOf(i.StartsAt)).Year);
    const Clock time(input, std::max(first_year, 1900), std::min(now_year + 11, 2200));
    plan.Today = time.Today;

    plan.FollowUps.reserve(db.Interviews().size() * 3 + db.Candidates().size() * 2);
    for (const auto& [id, c] : db.Candidates()) {
        const Role* role = db.FindRole(c.RoleId);
        const FollowUpPolicy& policy = role ? role->Policy : input.DefaultPolicy;
        const std::size_t first = plan.FollowUps.size();
        CandidatePlanner{db, time, c, policy, plan, {}, {}}.Run(role && role->OwnApplication);
        for (std::size_t i = first; i < plan.FollowUps.size(); ++i) Settle(plan.FollowUps[i], c, time);
    }

    std::sort(plan.FollowUps.begin(), plan.FollowUps.end(), [](const FollowUp& a, const FollowUp& b) {
        const TimeMs ta = SortTime(a), tb = SortTime(b);
        if (ta != tb) return ta < tb;
        if (a.Candidate != b.Candidate) return a.Candidate < b.Candidate;
        return a.Key < b.Key;
    });
    std::sort(plan.Promises.begin(), plan.Promises.end(), [](const Promise& a, const Promise& b) {
        if (a.By != b.By) return a.By < b.By;
        return a.Message < b.Message;
    });
    std::sort(plan.Issues.begin(), plan.Issues.end(), [](const PlanIssue& a, const PlanIssue& b) {
        return a.Candidate != b.Candidate ? a.Candidate < b.Candidate : a.Text < b.Text;
    });
    plan.Issues.erase(std::unique(plan.Issues.begin(), plan.Issues.end(),
                                  [](const PlanIssue& a, const PlanIssue& b) {
                                      return a.Candidate == b.Candidate && a.Text == b.Text;
                                  }),
                      plan.Issues.end());
    for (const FollowUp& f : plan.FollowUps) {
        plan.Overdue += f.Status == FollowUpStatus::Overdue;
        plan.DueToday += f.Status == FollowUpStatus::DueToday;
        plan.Upcoming += f.Status == FollowUpStatus::Upcoming;
    }
    return plan;
}

Plan MakePlan(const Database& db, TimeMs now, const OffsetAt& offset) {
    PlanInput in;
    in.Records = &db;
    in.Now = now;
    in.Offset = offset;
    if (const Profile* p = db.FindProfile()) in.Schedule = p->Schedule;
    return MakePlan(in);
}

// ---------------------------------------------------------------------------------------------
// Dashboard figures

namespace {

std::optional<double> Median(std::vector<double> v) {
    if (v.empty()) return std::nullopt;
    const std::size_t mid = v.size() / 2;
    std::nth_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid), v.end());
    if (v.size() % 2) return v[mid];
    const double upper = v[mid];
    const double lower = *std::max_element(v.begin(), v.begin() + static_cast<std::ptrdiff_t>(mid));
    return (lower + upper) / 2;
}

}  // namespace

PlanStats Summarise(const Plan& plan, const Database& db, TimeMs now, const OffsetAt& offset) {
    PlanStats s;
    std::vector<double> first_message, decision;
    for (const auto& [id, c] : db.Candidates()) {
        const Role* role = db.FindRole(c.RoleId);
        if (role && role->OwnApplication) continue;
        const std::vector<const Interview*> interviews = db.InterviewsOf(c.Id);
        if (interviews.empty()) continue;
        ++s.Candidates;
        const Interview& first = *interviews.front();
        std::optional<TimeMs> earliest;
        for (const Message* m : db.MessagesOf(c.Id))
            if (m->Status == MessageStatus::Sent && m->SentAt && *m->SentAt >= first.StartsAt &&
                FromEmployer(m->Kind) && (!earliest || *m->SentAt < *earliest))
                earliest = *m->SentAt;
        // A message sent before the interview was over counts as sent at once.
        if (earliest)
            first_message.push_back(static_cast<double>(std::max<TimeMs>(0, *earliest - first.EndsAt())) / kMsPerHour);
        if (IsDecided(c.Status) && c.DecidedAt && *c.DecidedAt >= first.StartsAt)
            decision.push_back(static_cast<double>(*c.DecidedAt - first.StartsAt) / kMsPerDay);
    }
    s.MedianFirstMessageHours = Median(std::move(first_message));
    s.MedianDecisionDays = Median(std::move(decision));

    for (const Promise& p : plan.Promises) {
        if (p.State == PromiseState::Kept) ++s.PromisesKept;
        else if (p.State == PromiseState::Broken) ++s.PromisesBroken;
        else ++s.PromisesOpen;
    }

    const OffsetAt zone = offset ? offset : OffsetAt([](TimeMs) { return 0; });
    const Date today = ToLocal(now, zone).Day;
    const Date this_monday{today.DaysSinceEpoch - calendar::WeekdayOf(today)};
    for (int w = 7; w >= 0; --w) s.Weeks.push_back({Date{this_monday.DaysSinceEpoch - 7 * w}});
    for (const FollowUp& f : plan.FollowUps) {
        // The user's own applications are not the business's record.
        if (f.Kind == FollowUpKind::CandidateThankYou || f.Kind == FollowUpKind::CandidateFollowUp) continue;
        if (f.Kind == FollowUpKind::Closure) {
            ++s.OwedClosure;
            s.GotClosure += f.Status == FollowUpStatus::Done;
        }
        s.Overdue += f.Status == FollowUpStatus::Overdue;
        if (f.Status == FollowUpStatus::Skipped) continue;
        const int days = f.DueDay.DaysSinceEpoch - s.Weeks.front().Monday.DaysSinceEpoch;
        if (days < 0 || days >= 8 * 7 || today < f.DueDay) continue;
        PlanStats::Week& bucket = s.Weeks[static_cast<std::size_t>(days / 7)];
        if (f.Status != FollowUpStatus::Done) ++bucket.Open;
        else if (f.DoneAt <= f.Due) ++bucket.OnTime;
        else ++bucket.Late;
    }
    return s;
}

}  // namespace debrief
