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

// The zone's offset, asked once per hour of time: in the browser each question is a call into
// JavaScript, and a plan asks hundreds of thousands. Zones change their offset on the hour.
OffsetAt HourlyOffsets(const OffsetAt& zone, std::unordered_map<TimeMs, int>& cache) {
    return [&zone, &cache](TimeMs t) {
        if (!zone) return 0;
        const TimeMs hour = t >= 0 ? t / kMsPerHour : (t - kMsPerHour + 1) / kMsPerHour;
        const auto found = cache.find(hour);
        if (found != cache.end()) return found->second;
        return cache.emplace(hour, zone(t)).first->second;
    };
}

// Everything one plan needs to know about time: the user's zone, their working week, "now".
class Clock {
  public:
    Clock(const PlanInput& in, int first_year, int last_year)
        : Zone(in.Offset), Schedule(in.Schedule), Calendar(CalendarFor(in.Schedule, first_year, last_year)),
          Now(in.Now) {
        Offset = HourlyOffsets(Zone, Offsets);
        Today = Day(in.Now);
    }
    Clock(const Clock&) = delete;

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

    OffsetAt Zone;
    std::unordered_map<TimeMs, int> Offsets;
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

    FollowUp& Add(FollowUpKind kind, Date due_day) {
        FollowUp& f = Out.FollowUps.emplace_back();
        f.Kind = kind;
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
        const Date interview_day = Time.Day(i.StartsAt);

        const std::vector<const InterviewNote*> notes = Db.NotesOf(i.Id);
        for (const std::string& who : i.Interviewers) {
            FollowUp& f = Add(FollowUpKind::InterviewNote,
                              Policy.NotesBusinessDays ? Time.AddBusinessDays(day, Policy.NotesBusinessDays) : day);
            f.Interview = i.Id;
            f.Interviewer = who;
            f.Since = interview_day;
            const auto written = std::find_if(notes.begin(), notes.end(),
                                              [&](const InterviewNote* n) { return n->Interviewer == who; });
            if (written != notes.end()) {
                const InterviewNote* n = *written;
                f.Status = FollowUpStatus::Done;
                f.DoneAt = n->WrittenAt;
            } else if (C.Status == CandidateStatus::Withdrawn) {
                Skip(f, "The candidate withdrew; no decision needs the note.");
            }
        }

        FollowUp& f = Add(FollowUpKind::ThankYou,
                          Time.AddBusinessDays(Time.Day(end), Policy.ThankYouBusinessDays));
        f.Interview = i.Id;
        f.Template = "thank_you";
        f.Message = MessageKind::ThankYou;
        f.Since = interview_day;
        f.Days = Policy.ThankYouBusinessDays;
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

        FollowUp& d = Add(FollowUpKind::Decision, by);
        d.Interview = last.Id;
        d.Message = MessageKind::StatusUpdate;
        d.Promised = promise != nullptr;
        d.Since = promise ? Time.Day(*promise->SentAt) : last_day;
        d.Days = Policy.PromiseBusinessDays;
        d.By = by;

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
        FollowUp& u = Add(FollowUpKind::DelayUpdate, Time.AddBusinessDays(by, -Policy.DelayUpdateBusinessDays));
        u.Interview = last.Id;
        u.Ref = promise ? promise->Id : last.Id;
        u.Template = "delay_update";
        u.Message = MessageKind::DelayUpdate;
        u.Promised = promise != nullptr;
        u.Days = Policy.DelayUpdateBusinessDays;
        u.By = by;
        const TimeMs since = promise ? *promise->SentAt + 1 : last.StartsAt;
        if (const Message* m = FirstSentFrom(since, [](const Message& x) {
                return x.Kind == MessageKind::DelayUpdate || x.Kind == MessageKind::StatusUpdate;
            }))
            DoneBy(u, *m);
    }

    void PlanClosure() {
        const Date decided = Time.Day(DecidedAt());
        FollowUp& f = Add(FollowUpKind::Closure,
                          Time.AddBusinessDays(decided, Policy.ClosureBusinessDays));
        f.Template = C.TalentPoolConsent ? "rejection_talent_pool"
                     : Interviews.empty() ? "rejection_screening"
                                          : "rejection_feedback";
        f.Message = Interviews.empty() ? MessageKind::Rejection : MessageKind::Feedback;
        f.Since = decided;
        f.Days = Policy.ClosureBusinessDays;
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
            FollowUp& k = Add(FollowUpKind::KeepInTouch,
                              Time.BusinessDayOnOrAfter(AddMonths(decided, months)));
            k.Template = "keep_in_touch";
            k.Message = MessageKind::KeepInTouch;
            k.Since = decided;
            k.Days = months;
            k.Number = number;
            if (static_cast<std::size_t>(number) <= kept.size()) DoneBy(k, *kept[static_cast<std::size_t>(number) - 1]);
        }
    }

    void PlanRetention() {
        const Date decided = Time.Day(DecidedAt());
        const int months = C.TalentPoolConsent ? Policy.RetentionTalentPoolMonths : Policy.RetentionMonths;
        const Date due = C.RetainUntil ? *C.RetainUntil : AddMonths(decided, months);
        FollowUp& f = Add(FollowUpKind::RetentionReview, due);
        f.Since = decided;
        f.Days = months;
        f.Promised = C.RetainUntil.has_value();  // The date is on their record, not the policy's.
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
            FollowUp& f = Add(FollowUpKind::CandidateThankYou, Date{});
            f.Due = end + hours * kMsPerHour;
            f.DueDay = Time.Day(f.Due);
            f.Interview = i->Id;
            f.Template = "candidate_thank_you";
            f.Message = MessageKind::CandidateThankYou;
            f.Since = Time.Day(i->StartsAt);
            f.Days = hours;
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
            FollowUp& f = Add(FollowUpKind::CandidateFollowUp, due);
            f.Interview = last.Id;
            f.Template = "candidate_follow_up";
            f.Message = MessageKind::CandidateFollowUp;
            f.Number = n;
            f.Of = Policy.MaxFollowUps;
            f.Promised = told != nullptr;
            f.By = told ? *told->PromisedReplyDate : Date{};
            f.Since = last_day;
            f.Days = n > 1 ? Policy.FollowUpSpacingBusinessDays
                     : told ? Policy.FollowUpAfterPromiseBusinessDays
                            : Policy.FollowUpNoPromiseBusinessDays;
            if (static_cast<std::size_t>(n) <= sent.size()) {
                DoneBy(f, *sent[static_cast<std::size_t>(n) - 1]);
                continue;
            }
            break;  // Only the next one is planned: it depends on when this one goes out.
        }
    }
};


}  // namespace

std::string KeyOf(const FollowUp& f) {
    std::string key(ToString(f.Kind));
    key += ':';
    switch (f.Kind) {
    case FollowUpKind::InterviewNote: key += f.Interview.view(); key += ':'; key += f.Interviewer; break;
    case FollowUpKind::DelayUpdate: key += f.Ref.view(); break;
    case FollowUpKind::Closure:
    case FollowUpKind::RetentionReview: key += f.Candidate.view(); break;
    case FollowUpKind::KeepInTouch: key += f.Candidate.view(); key += ':'; key += std::to_string(f.Number); break;
    case FollowUpKind::CandidateFollowUp: key += f.Interview.view(); key += ':'; key += std::to_string(f.Number); break;
    default: key += f.Interview.view(); break;
    }
    return key;
}

std::string WhatOf(const FollowUp& f, const Database& db) {
    const Candidate* c = db.FindCandidate(f.Candidate);
    const std::string name = c ? c->FullName : std::string("(deleted candidate)");
    const Interview* i = db.FindInterview(f.Interview);
    switch (f.Kind) {
    case FollowUpKind::InterviewNote: return "Note by " + f.Interviewer + " on " + name + ", " + FormatDay(f.Since);
    case FollowUpKind::ThankYou: return "Thank " + name + " for the " + StagePhrase(i ? i->Stage : std::string());
    case FollowUpKind::Decision: return "Decide on " + name + ", or tell them where things stand";
    case FollowUpKind::DelayUpdate: return "If still undecided, tell " + name + " the decision will take longer";
    case FollowUpKind::Closure: return "Tell " + name + " they are not moving forward";
    case FollowUpKind::KeepInTouch: return "Keep in touch with " + name + (f.Number > 1 ? " (second message)" : "");
    case FollowUpKind::RetentionReview: return "Review " + name + "'s data: delete it, or ask to keep it longer";
    case FollowUpKind::CandidateThankYou: return "Send a thank-you note to " + name;
    case FollowUpKind::CandidateFollowUp:
        return "Follow up politely with " + name + " (" + std::to_string(f.Number) + " of " + std::to_string(f.Of) + ")";
    }
    return name;
}

std::string WhyOf(const FollowUp& f, const Database& db) {
    const std::string since = FormatDay(f.Since);
    const auto business_days = [&] { return Count(f.Days, "business day", "business days"); };
    switch (f.Kind) {
    case FollowUpKind::InterviewNote:
        return "Written while it is fresh: by the end of the business day of the interview (" + since + ").";
    case FollowUpKind::ThankYou:
        return "Within " + business_days() + " of the interview on " + since +
               ": they know it was received and what happens next.";
    case FollowUpKind::Decision:
        return f.Promised ? "They were told they would hear by " + FormatDay(f.By) + " (message of " + since + ")."
                          : "No date was given, so the plan assumes " + business_days() + " after the interview on " +
                                since + ".";
    case FollowUpKind::DelayUpdate:
        return (f.Promised ? "They were told they would hear by " : "The plan expects a decision by ") +
               FormatDay(f.By) + "; an update " + business_days() + " before, with a new date, keeps their trust.";
    case FollowUpKind::Closure:
        return "Decided on " + since + "; everyone not moving forward hears within " + business_days() +
               ", with specific, constructive feedback.";
    case FollowUpKind::KeepInTouch:
        return "They agreed to hear about future roles; " + Count(f.Days, "month", "months") +
               " after the decision of " + since + ".";
    case FollowUpKind::RetentionReview: {
        if (f.Promised) return "Their record says to keep it until " + FormatDay(f.DueDay) + ".";
        const Candidate* c = db.FindCandidate(f.Candidate);
        return "Kept " + Count(f.Days, "month", "months") + " after the decision of " + since +
               (c && c->TalentPoolConsent ? " (they agreed to the talent pool)." : ".");
    }
    case FollowUpKind::CandidateThankYou: {
        const Candidate* c = db.FindCandidate(f.Candidate);
        const Role* r = c ? db.FindRole(c->RoleId) : nullptr;
        return "Within " + Count(f.Days, "hour", "hours") + " of the interview on " + since +
               (r && r->Policy.FastPaced ? " (a fast-paced industry)." : ".");
    }
    case FollowUpKind::CandidateFollowUp:
        if (f.Number > 1)
            return "No answer to the last follow-up; at least " + business_days() + " after it, and no more than " +
                   std::to_string(f.Of) + " in all.";
        return f.Promised ? "They said you would hear by " + FormatDay(f.By) + "; " + business_days() + " after that date."
                          : "No date was given; " + business_days() + " after the interview on " + since + ".";
    }
    return {};
}

namespace {

FollowUpStatus StatusAt(TimeMs due, TimeMs now, Date due_day, Date today) {
    if (now > due) return FollowUpStatus::Overdue;
    if (due_day == today) return FollowUpStatus::DueToday;
    return FollowUpStatus::Upcoming;
}

void Tally(Plan& plan) {
    plan.Overdue = plan.DueToday = plan.Upcoming = 0;
    for (const FollowUp& f : plan.FollowUps) {
        plan.Overdue += f.Status == FollowUpStatus::Overdue;
        plan.DueToday += f.Status == FollowUpStatus::DueToday;
        plan.Upcoming += f.Status == FollowUpStatus::Upcoming;
    }
}

// Snoozes and "not needed" marks, then the status against now.
void Settle(FollowUp& f, const Candidate& c, const Clock& time) {
    if (f.Status == FollowUpStatus::Done || f.Status == FollowUpStatus::Skipped) return;
    TimeMs due = f.Due;
    const std::string key = c.FollowUpMarks.empty() ? std::string() : KeyOf(f);
    for (const FollowUpMark& m : c.FollowUpMarks) {
        if (m.Key != key) continue;
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
    f.Status = StatusAt(due, time.Now, time.Day(due), time.Today);
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

    // Candidates in id order, so follow-ups due at the same moment list in the same order every time.
    std::vector<const Candidate*> candidates;
    candidates.reserve(db.Candidates().size());
    for (const auto& [id, c] : db.Candidates()) candidates.push_back(&c);
    std::sort(candidates.begin(), candidates.end(), [](const Candidate* a, const Candidate* b) { return a->Id < b->Id; });

    std::vector<FollowUp> planned;
    planned.reserve(db.Interviews().size() * 4 + db.Candidates().size() * 2);
    plan.FollowUps.swap(planned);
    for (const Candidate* c : candidates) {
        const Role* role = db.FindRole(c->RoleId);
        const FollowUpPolicy& policy = role ? role->Policy : input.DefaultPolicy;
        const std::size_t first = plan.FollowUps.size();
        CandidatePlanner{db, time, *c, policy, plan, {}, {}}.Run(role && role->OwnApplication);
        for (std::size_t i = first; i < plan.FollowUps.size(); ++i) Settle(plan.FollowUps[i], *c, time);
    }

    // By due time; ties keep the candidates' order. Sorting positions, then moving each follow-up
    // once, is much cheaper than swapping whole follow-ups around.
    std::vector<std::pair<TimeMs, std::uint32_t>> order(plan.FollowUps.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = {SortTime(plan.FollowUps[i]), static_cast<std::uint32_t>(i)};
    std::sort(order.begin(), order.end());
    planned.clear();
    planned.reserve(order.size());
    for (const auto& [t, i] : order) planned.push_back(std::move(plan.FollowUps[i]));
    plan.FollowUps.swap(planned);

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
    Tally(plan);
    return plan;
}

void UpdateStatuses(Plan& plan, TimeMs now, const OffsetAt& offset) {
    std::unordered_map<TimeMs, int> offsets;
    const OffsetAt zone = HourlyOffsets(offset, offsets);
    const Date today = ToLocal(now, zone).Day;
    for (FollowUp& f : plan.FollowUps) {
        if (f.Status == FollowUpStatus::Done || f.Status == FollowUpStatus::Skipped) continue;
        const TimeMs due = f.SnoozedUntil ? f.SnoozedUntil : f.Due;
        f.Status = StatusAt(due, now, ToLocal(due, zone).Day, today);
    }
    Tally(plan);
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
