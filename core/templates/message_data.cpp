#include "core/templates/message_data.h"

#include <algorithm>

namespace debrief::templates {

using nlohmann::json;

namespace {

// Present when known; left out when empty, so a template that needs it shows it as missing.
void PutRequired(json& object, const char* key, const std::string& value) {
    if (!value.empty()) object[key] = value;
}

std::string NextStageAfter(const Database& db, const Candidate& c) {
    const Role* role = c.RoleId.empty() ? nullptr : db.FindRole(c.RoleId);
    if (!role) return {};
    const auto it = std::find(role->Stages.begin(), role->Stages.end(), c.Stage);
    if (it == role->Stages.end() || std::next(it) == role->Stages.end()) return {};
    return *std::next(it);
}

const char* FormatInWords(InterviewFormat f) {
    switch (f) {
    case InterviewFormat::InPerson: return "in-person interview";
    case InterviewFormat::Video: return "video call";
    case InterviewFormat::Phone: return "phone call";
    }
    return "interview";
}

json Observations(const std::vector<Observation>& list, const std::string& by) {
    json out = json::array();
    for (const Observation& o : list)
        out.push_back({{"point", o.Point}, {"evidence", o.Evidence}, {"by", by}});
    return out;
}

}  // namespace

const Interview* InterviewToMention(const Database& db, const RecordId& candidate, TimeMs now) {
    const std::vector<const Interview*> all = db.InterviewsOf(candidate);  // By start time.
    const Interview* latest_started = nullptr;
    for (const Interview* i : all)
        if (i->StartsAt <= now) latest_started = i;
    if (latest_started) return latest_started;
    return all.empty() ? nullptr : all.front();
}

std::optional<Date> LastPromisedDate(const Database& db, const RecordId& candidate) {
    std::optional<Date> promised;
    TimeMs when = 0;
    for (const Message* m : db.MessagesOf(candidate)) {
        if (m->Status != MessageStatus::Sent || !m->PromisedReplyDate || !m->SentAt) continue;
        if (!promised || *m->SentAt > when) {
            promised = m->PromisedReplyDate;
            when = *m->SentAt;
        }
    }
    return promised;
}

json BuildMessageData(const MessageContext& ctx, const RecordId& candidate_id, const ComposeChoices& choices) {
    const Database& db = *ctx.Records;
    const OffsetAt offset = ctx.Offset ? ctx.Offset : OffsetAt([](TimeMs) { return 0; });
    const auto long_date = [&](Date d) { return FormatLongDate(d, ctx.Locale); };
    json data = json::object();

    // The candidate.
    const Candidate* c = db.FindCandidate(candidate_id);
    json candidate = json::object();
    if (c) {
        candidate["full_name"] = c->FullName;
        candidate["preferred_name"] = GreetingName(*c);
        PutRequired(candidate, "email", c->Email);
    }
    data["candidate"] = std::move(candidate);

    // The role.
    const Role* role = c && !c->RoleId.empty() ? db.FindRole(c->RoleId) : nullptr;
    json role_data = json::object();
    if (role) {
        PutRequired(role_data, "title", role->Title);
        role_data["team"] = role->Team;
    } else {
        role_data["team"] = "";
    }
    data["role"] = std::move(role_data);

    // Sender and company, from the profile.
    const Profile empty_profile;
    const Profile& p = ctx.Sender ? *ctx.Sender : empty_profile;
    json sender = {{"title", p.SenderTitle}, {"phone", p.SenderPhone}};
    PutRequired(sender, "name", p.SenderName);
    PutRequired(sender, "email", p.SenderEmail);
    data["sender"] = std::move(sender);
    json company = {{"website", p.CompanyWebsite}};
    PutRequired(company, "name", p.CompanyName);
    data["company"] = std::move(company);

    // The interview, and every note on the candidate's interviews.
    const Interview* interview = c ? InterviewToMention(db, candidate_id, ctx.Now) : nullptr;
    if (interview) {
        const LocalDateTime local = ToLocal(interview->StartsAt, offset);
        json interviewers = json::array();
        for (const std::string& name : interview->Interviewers) interviewers.push_back({{"name", name}});
        json topics = json::array();
        for (const std::string& topic : interview->Topics) topics.push_back({{"topic", topic}});
        json i = {
            {"date", long_date(local.Day)},
            {"time", FormatTimeOfDay(local.Minute, ctx.Locale)},
            {"format", FormatInWords(interview->Format)},
            {"stage", interview->Stage},
            {"interviewers", std::move(interviewers)},
            {"interviewer_names", JoinNames(interview->Interviewers)},
            {"topics", std::move(topics)},
            {"has_topics", !interview->Topics.empty()},
        };
        PutRequired(i, "first_interviewer", interview->Interviewers.empty() ? "" : interview->Interviewers.front());
        data["interview"] = std::move(i);
    } else {
        data["interview"] = false;
    }

    json strengths = json::array(), concerns = json::array(), questions = json::array();
    json highlight = false;
    if (c) {
        // The mentioned interview's notes first: its highlight is the freshest memory.
        std::vector<const Interview*> interviews = db.InterviewsOf(candidate_id);
        std::stable_partition(interviews.begin(), interviews.end(),
                              [&](const Interview* i) { return i == interview; });
        for (const Interview* i : interviews) {
            for (const InterviewNote* n : db.NotesOf(i->Id)) {
                for (const json& o : Observations(n->Strengths, n->Interviewer)) {
                    if (highlight.is_boolean() && !o["evidence"].get_ref<const std::string&>().empty())
                        highlight = {{"point", o["point"]}, {"evidence", o["evidence"]}};
                    strengths.push_back(o);
                }
                for (const json& o : Observations(n->Concerns, n->Interviewer)) concerns.push_back(o);
                for (const std::string& q : n->CandidateQuestions) questions.push_back({{"question", q}});
            }
        }
    }
    data["notes"] = {
        {"any", !strengths.empty() || !concerns.empty()},
        {"has_strengths", !strengths.empty()},
        {"has_concerns", !concerns.empty()},
        {"strengths", std::move(strengths)},
        {"concerns", std::move(concerns)},
        {"questions", std::move(questions)},
        {"highlight", std::move(highlight)},
    };

    // Dates the user chose for this message.
    json reply_by = json::object();
    if (choices.ReplyBy) reply_by["date"] = long_date(*choices.ReplyBy);
    data["reply_by"] = std::move(reply_by);
    json previous = json::object();
    const std::optional<Date> previous_date =
        choices.PreviousReplyBy ? choices.PreviousReplyBy : (c ? LastPromisedDate(db, candidate_id) : std::nullopt);
    if (previous_date) previous["date"] = long_date(*previous_date);
    data["previous_reply_by"] = std::move(previous);

    json options = json::array();
    for (TimeMs t : choices.NextStepOptions) {
        const LocalDateTime local = ToLocal(t, offset);
        options.push_back({{"date", long_date(local.Day) + ", " + FormatTimeOfDay(local.Minute, ctx.Locale)}});
    }
    data["next_step"] = {{"stage", c ? NextStageAfter(db, *c) : std::string()}, {"options", std::move(options)}};
    data["offer"] = {{"start_date", choices.OfferStartDate ? long_date(*choices.OfferStartDate) : std::string()}};
    data["today"] = {{"date", long_date(ToLocal(ctx.Now, offset).Day)}};
    return data;
}

}  // namespace debrief::templates
