// Debrief's records: roles, candidates, interviews, interviewers' notes, messages, the activity
// log, and a workshop's results and cards. Plain data; rules live beside them (validation.h,
// notes_due.h), storage and JSON elsewhere (record_json.h, core/storage/).
//
// Every record carries a header: a random id, a revision that storage checks and bumps on
// every write (so a save based on stale data is refused, never silently applied), and when it
// was created and last changed.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/record_id.h"
#include "core/time/time.h"
#include "core/timeline/policy.h"

namespace debrief {

struct RecordHeader {
    RecordId Id;
    std::int64_t Rev = 0;  // 0 = never stored; storage sets 1 on create and +1 on each update.
    TimeMs Created = 0;
    TimeMs Updated = 0;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Roles

inline constexpr const char* kDefaultResponsePolicy = "standard";  // Planning rules, see the timeline.

struct Role : RecordHeader {
    std::string Title;                                    // "Bookkeeper"
    std::string Team;                                     // "Finance"
    std::string HiringManager;                            // A person's name.
    std::vector<std::string> Stages;                      // The steps of this hiring process, in order.
    std::string ResponsePolicy = kDefaultResponsePolicy;  // A name for the policy below.
    FollowUpPolicy Policy;  // When each follow-up for this role's candidates is due.
    bool Open = true;  // Closed roles stay for history but leave the pickers.
    // The user applied for this role themselves: its "candidates" are the user's own
    // applications, and the plan holds their thank-you notes and follow-ups instead.
    bool OwnApplication = false;
};

std::vector<std::string> DefaultStages();  // Applied, Screening, Interview, Final interview, Offer, Hired.

// ---------------------------------------------------------------------------------------------
// [SECTION] Candidates

enum class CandidateStatus {
    Active,   // In the process.
    OnHold,   // Paused by either side.
    Offered,  // An offer is out.
    Hired,
    NotSelected,  // Turned down; owed closure and, where they asked, feedback.
    Withdrawn,    // The candidate stepped back.
};
inline constexpr int kCandidateStatusCount = 6;

// The user put off a planned follow-up (core/timeline/planner.h) or said it is not needed.
struct FollowUpMark {
    std::string Key;   // The follow-up's key: "thank_you:<interview id>".
    TimeMs At = 0;     // When the user said so.
    TimeMs Until = 0;  // Snoozed until then; 0 = not needed at all.
    std::string Reason;
    friend bool operator==(const FollowUpMark&, const FollowUpMark&) = default;
};

struct Candidate : RecordHeader {
    std::string FullName;
    std::string PreferredName;  // How to greet them; empty = the first word of FullName.
    std::string Email;
    std::string Phone;
    RecordId RoleId;    // May be empty: not yet tied to a role.
    std::string Stage;  // One of the role's stages (free text when no role).
    CandidateStatus Status = CandidateStatus::Active;
    std::string Source;               // "Referral", "Job board", ...
    std::optional<Date> ConsentDate;  // When they agreed to their data being kept.
    bool TalentPoolConsent = false;   // They agreed to hear about future roles.
    std::optional<Date> RetainUntil;  // Review or delete their data by then.
    std::string Notes;                // Free notes, not interview evidence.
    // When the status last became a decision (offered, hired, not selected, withdrawn); closure
    // and keep-in-touch messages are planned from it. Cleared when they are back in the process.
    std::optional<TimeMs> DecidedAt;
    std::vector<FollowUpMark> FollowUpMarks;  // Snoozed or not-needed follow-ups.
};

bool IsDecided(CandidateStatus s);  // Offered, hired, not selected or withdrawn.

std::string GreetingName(const Candidate& c);  // PreferredName, else the first word of FullName.

// ---------------------------------------------------------------------------------------------
// [SECTION] Interviews and notes

enum class InterviewFormat { InPerson, Video, Phone };
inline constexpr int kInterviewFormatCount = 3;

struct Interview : RecordHeader {
    RecordId CandidateId;
    TimeMs StartsAt = 0;
    int DurationMinutes = 60;
    InterviewFormat Format = InterviewFormat::Video;
    std::vector<std::string> Interviewers;  // Names; each owes one note once it ends.
    std::string Stage;
    std::string Location;  // Room, address or call link.
    std::vector<std::string> Topics;  // What it covered: "SQL exercise", "Team scenario".

    TimeMs EndsAt() const { return StartsAt + static_cast<TimeMs>(DurationMinutes) * kMsPerMinute; }
};

// Something the interviewer noticed, with what they actually saw or heard.
struct Observation {
    std::string Point;     // "Explains trade-offs clearly"
    std::string Evidence;  // "Walked through why she chose a queue over polling, with numbers"
};

enum class Recommendation { Undecided, StrongNo, No, Yes, StrongYes };
inline constexpr int kRecommendationCount = 5;

struct InterviewNote : RecordHeader {
    RecordId InterviewId;
    RecordId CandidateId;
    std::string Interviewer;  // One note per interviewer per interview.
    std::vector<Observation> Strengths;
    std::vector<Observation> Concerns;
    std::vector<std::string> CandidateQuestions;  // What the candidate asked: shows what they care about.
    Recommendation Verdict = Recommendation::Undecided;
    TimeMs WrittenAt = 0;  // First saved; compared with the interview's end.
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Messages

// What a message is for; decides which template applies and what the tone check requires.
enum class MessageKind {
    Rejection,
    Feedback,
    NextSteps,
    Offer,
    StatusUpdate,
    DelayUpdate,
    ThankYou,
    KeepInTouch,
    CandidateThankYou,
    CandidateFollowUp,
    CandidateOfferReply,
};
inline constexpr int kMessageKindCount = 11;

enum class MessageStatus {
    Draft,  // Being written; may still show "[missing: ...]" marks.
    Ready,  // Checked and complete, not yet sent.
    Sent,
};
inline constexpr int kMessageStatusCount = 3;

// A tone checker category (core/tone/categories.h, "vague") with a phrase: a phrase the user
// wants flagged (Text, and Suggestion), or a finding they chose to ignore in one message (Text is
// the flagged words; empty for a whole-message finding).
struct ToneNote {
    std::string Category;
    std::string Text;
    std::string Suggestion;
    friend bool operator==(const ToneNote&, const ToneNote&) = default;
};

struct Message : RecordHeader {
    RecordId CandidateId;
    MessageKind Kind = MessageKind::StatusUpdate;
    std::string Subject;
    std::string Body;
    MessageStatus Status = MessageStatus::Draft;
    std::optional<TimeMs> SentAt;
    std::optional<Date> PromisedReplyDate;  // The date this message told the candidate to expect news by.
    std::string Template;  // What it was drafted from: "rejection_feedback/warm" or a template's id.
    std::vector<ToneNote> ToneIgnored;  // Tone findings the user chose to ignore in this message.
};

// ---------------------------------------------------------------------------------------------
// [SECTION] The user's templates and profile

// A message template the user wrote or copied from a built-in one (core/templates/library.h).
struct MessageTemplate : RecordHeader {
    std::string Name;     // "Rejection after the trial day"
    std::string Kind;     // A library kind: "rejection_feedback", "offer", ...
    std::string Variant;  // "warm", "formal", "brief" or the user's own word.
    std::string Subject;  // Mustache.
    std::string Body;     // Mustache.
    std::string BasedOn;  // The built-in it was copied from ("offer/warm"); empty if written from scratch.
};

// Who writes the messages, for which company, and how they want messages checked: one record,
// kProfileId.
struct Profile : RecordHeader {
    std::string SenderName;
    std::string SenderTitle;
    std::string SenderEmail;
    std::string SenderPhone;
    std::string CompanyName;
    std::string CompanyWebsite;
    std::string Locale;  // BCP 47 tag for dates in messages ("en-GB"); empty = the browser's.
    std::vector<std::string> ToneOff;  // Tone categories the user turned off ("jargon", "gendered").
    std::vector<ToneNote> TonePhrases;  // The user's own phrases to flag, with a suggestion each.
    WorkSchedule Schedule;   // Working days, hours and holidays: what "business day" means.
    bool Reminders = false;  // Show browser notifications for follow-ups that fall due.
};

RecordId ProfileId();  // The fixed id of the one Profile record.

// ---------------------------------------------------------------------------------------------
// [SECTION] Activity log

// One line of a candidate's history. Written in the same transaction as the change it
// describes, never edited afterwards.
struct Activity : RecordHeader {
    RecordId CandidateId;
    TimeMs At = 0;
    std::string Kind;  // "created", "updated", "stage", "interview", "note", "message", "imported", ...
    std::string Text;  // "Moved to Final interview"
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Workshops

// A participant's submitted exercise (core/workshop/attempt.h), kept in the workshop's database
// so a trainer can compare and export the results of a session. Plain figures and text: the card
// may later be changed or removed, the result stays as it was checked.
struct ExerciseResult : RecordHeader {
    std::string Participant;  // As typed in the Workshop area.
    std::string CardId;       // The scenario card's id ("waiting_nine_days").
    std::string CardTitle;    // Its title when the exercise was done.
    TimeMs StartedAt = 0;
    TimeMs SubmittedAt = 0;
    int ScoreBefore = 0;  // Tone scores, 0-100.
    int ScoreAfter = 0;
    int Resolved = 0;    // Findings of the draft gone from the rewrite.
    int Introduced = 0;  // Findings new in the rewrite.
    int Remaining = 0;   // Findings in both.
    int GoalsMet = 0;
    int GoalsTotal = 0;
    std::vector<std::string> GoalsMissed;  // "No vague reason": the goals not met, for people.
    std::string Text;  // The submitted message body.
};

// A scenario card a trainer imported (core/workshop/scenario.h); the built-in cards come with the
// program. Kept as the card's JSON object, read with the card format's own rules when used.
struct ScenarioCard : RecordHeader {
    std::string CardId;  // The card's "id", kept apart so lookups need not parse the card.
    std::string Card;    // The card's JSON object, compact.
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Names of enum values, as stored in JSON and shown in the interface

std::string_view ToString(CandidateStatus v);  // "active", "on_hold", ...
std::string_view ToString(InterviewFormat v);  // "in_person", "video", "phone"
std::string_view ToString(Recommendation v);   // "undecided", "strong_no", ...
std::string_view ToString(MessageKind v);      // "rejection", "feedback", ...
std::string_view ToString(MessageStatus v);    // "draft", "ready", "sent"
bool FromString(std::string_view s, CandidateStatus& out);
bool FromString(std::string_view s, InterviewFormat& out);
bool FromString(std::string_view s, Recommendation& out);
bool FromString(std::string_view s, MessageKind& out);
bool FromString(std::string_view s, MessageStatus& out);

const char* Label(CandidateStatus v);  // "On hold": for people.
const char* Label(InterviewFormat v);
const char* Label(Recommendation v);
const char* Label(MessageKind v);
const char* Label(MessageStatus v);

}  // namespace debrief
