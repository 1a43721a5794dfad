// The data a message template is rendered with: a candidate's records, the interviewers'
// notes, the sender's profile and the dates the user chose, as one JSON object whose fields are
// listed in assets/templates/README.md.
//
// The rule that makes the strict check useful: a value the message needs but nobody has entered
// yet (the candidate's email, the sender's name, the date they will hear by) is left out, so
// the template shows "[missing: ...]" and the message cannot be marked ready. Values that are
// merely optional (a job title, a phone number) are present as "" so templates can test them
// with a section; lists and yes/no values are always present.
#pragma once

#include <optional>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/records/database.h"
#include "core/time/date_format.h"
#include "core/time/local_time.h"

namespace debrief::templates {

// What the user sets in the compose view for this one message.
struct ComposeChoices {
    std::optional<Date> ReplyBy;          // reply_by.date: when they will hear back, or must reply by.
    std::optional<Date> PreviousReplyBy;  // previous_reply_by.date; default: the last promise sent.
    std::vector<TimeMs> NextStepOptions;  // next_step.options: times offered for the next step.
    std::optional<Date> OfferStartDate;   // offer.start_date
};

struct MessageContext {
    const Database* Records = nullptr;
    const Profile* Sender = nullptr;  // May be null: sender and company values are then missing.
    DateLocale Locale = DateLocale::EnUS;
    OffsetAt Offset;  // The user's time zone; UTC when empty.
    TimeMs Now = 0;
};

// The interview a message refers to: the latest that has started, else the next one; nullptr
// when the candidate has none.
const Interview* InterviewToMention(const Database& db, const RecordId& candidate, TimeMs now);

// The date the candidate was last told to expect news by, from the messages sent to them.
std::optional<Date> LastPromisedDate(const Database& db, const RecordId& candidate);

nlohmann::json BuildMessageData(const MessageContext& context, const RecordId& candidate,
                                const ComposeChoices& choices);

}  // namespace debrief::templates
