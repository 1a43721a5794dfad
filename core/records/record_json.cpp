#include "core/records/record_json.h"

#include "core/records/ids.h"
#include "core/text/utf8.h"
#include "core/time/local_time.h"

namespace debrief {

using nlohmann::json;

std::string Describe(const Problem& p) { return p.Path.empty() ? p.Reason : p.Path + ": " + p.Reason; }

std::string_view JsonTypeName(const json& j) {
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "text";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

namespace {

// ---------------------------------------------------------------------------------------------
// Writing

void PutHeader(json& j, const RecordHeader& h) {
    j["id"] = h.Id;
    j["rev"] = h.Rev;
    j["created"] = FormatInstant(h.Created);
    j["updated"] = FormatInstant(h.Updated);
}

json OptionalDate(const std::optional<Date>& d) { return d ? json(FormatDate(*d)) : json(nullptr); }
json OptionalInstant(const std::optional<TimeMs>& t) { return t ? json(FormatInstant(*t)) : json(nullptr); }

json ToneNotesToJson(const std::vector<ToneNote>& list) {
    json out = json::array();
    for (const ToneNote& n : list) {
        json item = {{"category", n.Category}, {"text", n.Text}};
        if (!n.Suggestion.empty()) item["suggestion"] = n.Suggestion;
        out.push_back(std::move(item));
    }
    return out;
}

json ObservationsToJson(const std::vector<Observation>& list) {
    json out = json::array();
    for (const Observation& o : list) out.push_back({{"point", o.Point}, {"evidence", o.Evidence}});
    return out;
}

// ---------------------------------------------------------------------------------------------
// Reading: one reader per JSON object, reporting problems under its path.

enum class Need { Optional, Required };

// Reading moves strings out of the JSON (each FromJson owns its copy), and builds a problem's
// path only when there is a problem: loading 70,000 stored records allocates no path at all.
class FieldReader {
  public:
    FieldReader(json& object, std::string_view path, Problems& problems)
        : Object(object), Base(path), Out(problems), StartCount(problems.size()) {
        CheckObject();
    }
    // An object inside a list of the parent's: "parent.key[index]".
    FieldReader(json& object, const FieldReader& parent, const char* key, std::size_t index)
        : Object(object), Parent(&parent), ParentKey(key), ParentIndex(index), Out(parent.Out),
          StartCount(parent.Out.size()) {
        CheckObject();
    }

    // An object under a key of the parent's: "parent.key".
    FieldReader(json& object, const FieldReader& parent, const char* key)
        : Object(object), Parent(&parent), ParentKey(key), ParentIndex(kNoIndex), Out(parent.Out),
          StartCount(parent.Out.size()) {
        CheckObject();
    }

    bool Ok() const { return Out.size() == StartCount; }
    void Fail(std::string reason) { Report("", std::move(reason)); }

    // A nested object read by `read(FieldReader&)`; absent or null leaves `out` as it is.
    template <typename F> void Object_(const char* key, F&& read) {
        json* v = Find(key, Need::Optional);
        if (!v) return;
        FieldReader inner(*v, *this, key);
        if (v->is_object()) read(inner);
    }

    void Header(RecordHeader& h) {
        Id("id", h.Id, Need::Required);
        Integer("rev", h.Rev, 1, INT64_MAX, Need::Required);
        Instant("created", h.Created, Need::Required);
        Instant("updated", h.Updated, Need::Required);
    }

    // A record id: 32 lowercase hex digits. An optional reference may be empty.
    void Id(const char* key, RecordId& out, Need need) {
        out.clear();
        const json* v = Find(key, need);
        if (!v) return;
        if (!v->is_string()) {
            WrongType(key, *v, "a record id");
            return;
        }
        const auto& s = v->get_ref<const std::string&>();
        if (s.empty() && need == Need::Optional) return;
        if (!IsValidRecordId(s)) {
            Report(key, "must be 32 lowercase hexadecimal digits");
            return;
        }
        out = RecordId(s);
    }

    bool Text(const char* key, std::string& out, Need need, std::size_t max_bytes = kMaxShortText) {
        json* v = Find(key, need);
        if (!v) return false;
        if (!v->is_string()) return WrongType(key, *v, "text");
        auto& s = v->get_ref<std::string&>();
        if (s.size() > max_bytes) {
            Report(key, "is too long (" + std::to_string(s.size()) + " bytes; at most " +
                            std::to_string(max_bytes) + ")");
            return false;
        }
        // No UTF-8 check here: nlohmann's parser has already refused invalid UTF-8.
        out = std::move(s);
        return true;
    }

    bool Integer(const char* key, std::int64_t& out, std::int64_t min, std::int64_t max, Need need) {
        const json* v = Find(key, need);
        if (!v) return false;
        if (!v->is_number_integer()) return WrongType(key, *v, "a whole number");
        const std::int64_t value = v->get<std::int64_t>();
        if (value < min || value > max) {
            Report(key, "must be between " + std::to_string(min) + " and " + std::to_string(max) + ", not " +
                            std::to_string(value));
            return false;
        }
        out = value;
        return true;
    }

    void Int(const char* key, int& out, int min, int max, Need need) {
        std::int64_t value = out;
        if (Integer(key, value, min, max, need)) out = static_cast<int>(value);
    }

    // A nested object kept whole, as compact JSON text.
    bool JsonObject(const char* key, std::string& out, Need need, std::size_t max_bytes) {
        const json* v = Find(key, need);
        if (!v) return false;
        if (!v->is_object()) return WrongType(key, *v, "an object");
        std::string text = v->dump();
        if (text.size() > max_bytes) {
            Report(key, "is too long (" + std::to_string(text.size()) + " bytes; at most " +
                            std::to_string(max_bytes) + ")");
            return false;
        }
        out = std::move(text);
        return true;
    }

    void Bool(const char* key, bool& out) {
        const json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_boolean()) {
            WrongType(key, *v, "true or false");
            return;
        }
        out = v->get<bool>();
    }

    bool Instant(const char* key, TimeMs& out, Need need) {
        const json* v = Find(key, need);
        if (!v) return false;
        if (!v->is_string()) return WrongType(key, *v, "a date and time in ISO 8601 form");
        const auto parsed = ParseInstant(v->get_ref<const std::string&>());
        if (!parsed) {
            Report(key, "must be a date and time like 2026-11-21T09:30:00Z, not \"" + Clip(*v) + "\"");
            return false;
        }
        out = *parsed;
        return true;
    }

    void OptionalInstant(const char* key, std::optional<TimeMs>& out) {
        out.reset();
        TimeMs value = 0;
        if (Instant(key, value, Need::Optional)) out = value;
    }

    void OptionalDate(const char* key, std::optional<Date>& out) {
        out.reset();
        const json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_string()) {
            WrongType(key, *v, "a date like 2026-11-21");
            return;
        }
        const auto parsed = ParseDate(v->get_ref<const std::string&>());
        if (!parsed)
            Report(key, "must be a real date like 2026-11-21, not \"" + Clip(*v) + "\"");
        else
            out = *parsed;
    }

    template <typename E> void Enum(const char* key, E& out, Need need, std::initializer_list<E> all) {
        const json* v = Find(key, need);
        if (!v) return;
        if (!v->is_string()) {
            WrongType(key, *v, "text");
            return;
        }
        if (!FromString(v->get_ref<const std::string&>(), out)) {
            std::string allowed;
            for (E e : all) allowed += (allowed.empty() ? "" : ", ") + std::string(ToString(e));
            Report(key, "must be one of " + allowed + ", not \"" + Clip(*v) + "\"");
        }
    }

    void TextList(const char* key, std::vector<std::string>& out) {
        out.clear();
        json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, *v, "a list of text");
            return;
        }
        if (!CheckListSize(key, *v)) return;
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            json& item = (*v)[i];
            const auto where = [&] { return std::string(key) + "[" + std::to_string(i) + "]"; };
            if (!item.is_string()) {
                WrongType(where(), item, "text");
                continue;
            }
            auto& s = item.get_ref<std::string&>();
            if (s.size() > kMaxShortText)
                Report(where(), "is too long (" + std::to_string(s.size()) + " bytes)");
            else
                out.push_back(std::move(s));
        }
    }

    void Observations(const char* key, std::vector<Observation>& out) {
        out.clear();
        json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, *v, "a list of {point, evidence}");
            return;
        }
        if (!CheckListSize(key, *v)) return;
        for (std::size_t i = 0; i < v->size(); ++i) {
            FieldReader item((*v)[i], *this, key, i);
            Observation o;
            item.Text("point", o.Point, Need::Required, kMaxLongText);
            item.Text("evidence", o.Evidence, Need::Optional, kMaxLongText);
            if (item.Ok()) out.push_back(std::move(o));
        }
    }

    void ToneNotes(const char* key, std::vector<ToneNote>& out) {
        out.clear();
        json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, *v, "a list of {category, text}");
            return;
        }
        if (!CheckListSize(key, *v)) return;
        for (std::size_t i = 0; i < v->size(); ++i) {
            FieldReader item((*v)[i], *this, key, i);
            ToneNote n;
            item.Text("category", n.Category, Need::Required);
            item.Text("text", n.Text, Need::Optional);
            item.Text("suggestion", n.Suggestion, Need::Optional);
            if (item.Ok()) out.push_back(std::move(n));
        }
    }

    void FollowUpMarks(const char* key, std::vector<FollowUpMark>& out) {
        out.clear();
        json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, *v, "a list of {key, at, until, reason}");
            return;
        }
        if (!CheckListSize(key, *v)) return;
        for (std::size_t i = 0; i < v->size(); ++i) {
            FieldReader item((*v)[i], *this, key, i);
            FollowUpMark m;
            item.Text("key", m.Key, Need::Required);
            item.Instant("at", m.At, Need::Required);
            std::optional<TimeMs> until;
            item.OptionalInstant("until", until);
            m.Until = until.value_or(0);
            item.Text("reason", m.Reason, Need::Optional);
            if (item.Ok()) out.push_back(std::move(m));
        }
    }

    void Schedule(WorkSchedule& out) {
        if (json* days = Find("working_days", Need::Optional)) {
            if (!days->is_array() || days->size() != 7) {
                Report("working_days", "must be a list of 7 true/false values, Monday first");
            } else {
                for (std::size_t i = 0; i < 7; ++i) {
                    if (!(*days)[i].is_boolean()) {
                        Report("working_days", "must be a list of 7 true/false values, Monday first");
                        break;
                    }
                    out.WorkingDays[i] = (*days)[i].get<bool>();
                }
            }
        }
        Clock("day_start", out.DayStartMinute);
        Clock("day_end", out.DayEndMinute);
        Text("region", out.Region, Need::Optional);
        Holidays("days_off", out.DaysOff);
        for (const std::string& problem : Validate(out)) Report("", problem);
    }

    void Clock(const char* key, int& out) {
        std::string text;
        if (!Text(key, text, Need::Optional)) return;
        const std::optional<int> minute = ParseClockTime(text);
        if (!minute && text != "24:00") Report(key, "must be a time of day such as 17:30, not \"" + text + "\"");
        else out = minute ? *minute : 24 * 60;
    }

    void Holidays(const char* key, std::vector<calendar::Holiday>& out) {
        out.clear();
        json* v = Find(key, Need::Optional);
        if (!v) return;
        if (!v->is_array()) {
            WrongType(key, *v, "a list of {date, name}");
            return;
        }
        if (!CheckListSize(key, *v)) return;
        for (std::size_t i = 0; i < v->size(); ++i) {
            FieldReader item((*v)[i], *this, key, i);
            calendar::Holiday h;
            std::optional<Date> day;
            item.OptionalDate("date", day);
            if (!day) item.Report("date", "is missing");
            item.Text("name", h.Name, Need::Optional);
            if (item.Ok() && day) {
                h.Day = *day;
                out.push_back(std::move(h));
            }
        }
    }

  private:
    json& Object;
    std::string_view Base;                // The path of a top-level reader.
    const FieldReader* Parent = nullptr;  // Or, for an object in a list: its parent...
    const char* ParentKey = "";           // ...the list's key...
    std::size_t ParentIndex = 0;          // ...and the position in it.
    Problems& Out;
    std::size_t StartCount;

    void CheckObject() {
        if (!Object.is_object())
            Report("", std::string("must be an object, not ") + std::string(JsonTypeName(Object)));
    }

    static constexpr std::size_t kNoIndex = SIZE_MAX;

    std::string Path() const {
        if (!Parent) return std::string(Base);
        if (ParentIndex == kNoIndex) return Parent->Join(ParentKey);
        return Parent->Join(std::string(ParentKey) + "[" + std::to_string(ParentIndex) + "]");
    }

    std::string Join(std::string_view key) const {
        std::string path = Path();
        if (key.empty()) return path;
        if (path.empty()) return std::string(key);
        return path + "." + std::string(key);
    }

    void Report(std::string_view key, std::string reason) { Out.push_back({Join(key), std::move(reason)}); }

    json* Find(const char* key, Need need) {
        if (!Object.is_object()) return nullptr;
        const auto it = Object.find(key);
        if (it == Object.end() || it->is_null()) {
            if (need == Need::Required) Report(key, "is missing");
            return nullptr;
        }
        return &*it;
    }

    bool WrongType(std::string_view key, const json& v, std::string_view expected) {
        Report(key, "must be " + std::string(expected) + ", not " + std::string(JsonTypeName(v)));
        return false;
    }

    bool CheckListSize(std::string_view key, const json& list) {
        if (list.size() <= kMaxListItems) return true;
        Report(key, "has too many entries (" + std::to_string(list.size()) + "; at most " +
                        std::to_string(kMaxListItems) + ")");
        return false;
    }

    static std::string Clip(const json& v) {
        const std::string& s = v.get_ref<const std::string&>();
        return s.size() <= 40 ? s : utf8::Sanitize(s.substr(0, 40)) + "…";
    }
};

}  // namespace

// ---------------------------------------------------------------------------------------------
// [SECTION] Roles

json ToJson(const Role& r) {
    json j;
    PutHeader(j, r);
    j["title"] = r.Title;
    j["team"] = r.Team;
    j["hiring_manager"] = r.HiringManager;
    j["stages"] = r.Stages;
    j["response_policy"] = r.ResponsePolicy;
    if (r.Policy != FollowUpPolicy{}) {
        json& p = j["follow_up_policy"];
        for (const PolicyField& field : PolicyFields()) p[field.Key] = r.Policy.*field.Value;
        p["fast_paced"] = r.Policy.FastPaced;
    }
    j["open"] = r.Open;
    if (r.OwnApplication) j["own_application"] = true;
    return j;
}

bool FromJson(json j, Role& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Role{};
    f.Header(out);
    f.Text("title", out.Title, Need::Required);
    f.Text("team", out.Team, Need::Optional);
    f.Text("hiring_manager", out.HiringManager, Need::Optional);
    f.TextList("stages", out.Stages);
    f.Text("response_policy", out.ResponsePolicy, Need::Optional);
    f.Object_("follow_up_policy", [&](FieldReader& p) {
        for (const PolicyField& field : PolicyFields())
            p.Int(field.Key, out.Policy.*field.Value, field.Min, field.Max, Need::Optional);
        p.Bool("fast_paced", out.Policy.FastPaced);
        for (const std::string& problem : Validate(out.Policy)) p.Fail(problem);
    });
    f.Bool("open", out.Open);
    f.Bool("own_application", out.OwnApplication);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Candidates

json ToJson(const Candidate& c) {
    json j;
    PutHeader(j, c);
    j["full_name"] = c.FullName;
    j["preferred_name"] = c.PreferredName;
    j["email"] = c.Email;
    j["phone"] = c.Phone;
    j["role_id"] = c.RoleId;
    j["stage"] = c.Stage;
    j["status"] = ToString(c.Status);
    j["source"] = c.Source;
    j["consent_date"] = OptionalDate(c.ConsentDate);
    j["talent_pool_consent"] = c.TalentPoolConsent;
    j["retain_until"] = OptionalDate(c.RetainUntil);
    j["notes"] = c.Notes;
    if (c.DecidedAt) j["decided_at"] = FormatInstant(*c.DecidedAt);
    if (!c.FollowUpMarks.empty()) {
        json& marks = j["follow_up_marks"] = json::array();
        for (const FollowUpMark& m : c.FollowUpMarks) {
            json item = {{"key", m.Key}, {"at", FormatInstant(m.At)}};
            if (m.Until) item["until"] = FormatInstant(m.Until);
            if (!m.Reason.empty()) item["reason"] = m.Reason;
            marks.push_back(std::move(item));
        }
    }
    return j;
}

bool FromJson(json j, Candidate& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Candidate{};
    f.Header(out);
    f.Text("full_name", out.FullName, Need::Required);
    f.Text("preferred_name", out.PreferredName, Need::Optional);
    f.Text("email", out.Email, Need::Optional);
    f.Text("phone", out.Phone, Need::Optional);
    f.Id("role_id", out.RoleId, Need::Optional);
    f.Text("stage", out.Stage, Need::Optional);
    f.Enum("status", out.Status, Need::Optional,
           {CandidateStatus::Active, CandidateStatus::OnHold, CandidateStatus::Offered,
            CandidateStatus::Hired, CandidateStatus::NotSelected, CandidateStatus::Withdrawn});
    f.Text("source", out.Source, Need::Optional);
    f.OptionalDate("consent_date", out.ConsentDate);
    f.Bool("talent_pool_consent", out.TalentPoolConsent);
    f.OptionalDate("retain_until", out.RetainUntil);
    f.Text("notes", out.Notes, Need::Optional, kMaxLongText);
    f.OptionalInstant("decided_at", out.DecidedAt);
    f.FollowUpMarks("follow_up_marks", out.FollowUpMarks);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Interviews

json ToJson(const Interview& i) {
    json j;
    PutHeader(j, i);
    j["candidate_id"] = i.CandidateId;
    j["starts_at"] = FormatInstant(i.StartsAt);
    j["duration_minutes"] = i.DurationMinutes;
    j["format"] = ToString(i.Format);
    j["interviewers"] = i.Interviewers;
    j["stage"] = i.Stage;
    j["location"] = i.Location;
    j["topics"] = i.Topics;
    return j;
}

bool FromJson(json j, Interview& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Interview{};
    f.Header(out);
    f.Id("candidate_id", out.CandidateId, Need::Required);
    f.Instant("starts_at", out.StartsAt, Need::Required);
    f.Int("duration_minutes", out.DurationMinutes, 1, 24 * 60, Need::Optional);
    f.Enum("format", out.Format, Need::Optional,
           {InterviewFormat::InPerson, InterviewFormat::Video, InterviewFormat::Phone});
    f.TextList("interviewers", out.Interviewers);
    f.Text("stage", out.Stage, Need::Optional);
    f.Text("location", out.Location, Need::Optional);
    f.TextList("topics", out.Topics);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Notes

json ToJson(const InterviewNote& n) {
    json j;
    PutHeader(j, n);
    j["interview_id"] = n.InterviewId;
    j["candidate_id"] = n.CandidateId;
    j["interviewer"] = n.Interviewer;
    j["strengths"] = ObservationsToJson(n.Strengths);
    j["concerns"] = ObservationsToJson(n.Concerns);
    j["candidate_questions"] = n.CandidateQuestions;
    j["recommendation"] = ToString(n.Verdict);
    j["written_at"] = FormatInstant(n.WrittenAt);
    return j;
}

bool FromJson(json j, InterviewNote& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = InterviewNote{};
    f.Header(out);
    f.Id("interview_id", out.InterviewId, Need::Required);
    f.Id("candidate_id", out.CandidateId, Need::Required);
    f.Text("interviewer", out.Interviewer, Need::Required);
    f.Observations("strengths", out.Strengths);
    f.Observations("concerns", out.Concerns);
    f.TextList("candidate_questions", out.CandidateQuestions);
    f.Enum("recommendation", out.Verdict, Need::Optional,
           {Recommendation::Undecided, Recommendation::StrongNo, Recommendation::No, Recommendation::Yes,
            Recommendation::StrongYes});
    f.Instant("written_at", out.WrittenAt, Need::Required);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Messages

json ToJson(const Message& m) {
    json j;
    PutHeader(j, m);
    j["candidate_id"] = m.CandidateId;
    j["kind"] = ToString(m.Kind);
    j["subject"] = m.Subject;
    j["body"] = m.Body;
    j["status"] = ToString(m.Status);
    j["sent_at"] = OptionalInstant(m.SentAt);
    j["promised_reply_date"] = OptionalDate(m.PromisedReplyDate);
    j["template"] = m.Template;
    if (!m.ToneIgnored.empty()) j["tone_ignored"] = ToneNotesToJson(m.ToneIgnored);
    return j;
}

bool FromJson(json j, Message& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Message{};
    f.Header(out);
    f.Id("candidate_id", out.CandidateId, Need::Required);
    f.Enum("kind", out.Kind, Need::Required,
           {MessageKind::Rejection, MessageKind::Feedback, MessageKind::NextSteps, MessageKind::Offer,
            MessageKind::StatusUpdate, MessageKind::DelayUpdate, MessageKind::ThankYou,
            MessageKind::KeepInTouch, MessageKind::CandidateThankYou, MessageKind::CandidateFollowUp,
            MessageKind::CandidateOfferReply});
    f.Text("subject", out.Subject, Need::Optional);
    f.Text("body", out.Body, Need::Optional, kMaxLongText);
    f.Enum("status", out.Status, Need::Optional, {MessageStatus::Draft, MessageStatus::Ready, MessageStatus::Sent});
    f.OptionalInstant("sent_at", out.SentAt);
    f.OptionalDate("promised_reply_date", out.PromisedReplyDate);
    f.Text("template", out.Template, Need::Optional);
    f.ToneNotes("tone_ignored", out.ToneIgnored);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Activity

json ToJson(const Activity& a) {
    json j;
    PutHeader(j, a);
    j["candidate_id"] = a.CandidateId;
    j["at"] = FormatInstant(a.At);
    j["kind"] = a.Kind;
    j["text"] = a.Text;
    return j;
}

bool FromJson(json j, Activity& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Activity{};
    f.Header(out);
    f.Id("candidate_id", out.CandidateId, Need::Required);
    f.Instant("at", out.At, Need::Required);
    f.Text("kind", out.Kind, Need::Required);
    f.Text("text", out.Text, Need::Optional, kMaxLongText);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The user's templates and profile

json ToJson(const MessageTemplate& t) {
    json j;
    PutHeader(j, t);
    j["name"] = t.Name;
    j["kind"] = t.Kind;
    j["variant"] = t.Variant;
    j["subject"] = t.Subject;
    j["body"] = t.Body;
    j["based_on"] = t.BasedOn;
    return j;
}

bool FromJson(json j, MessageTemplate& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = MessageTemplate{};
    f.Header(out);
    f.Text("name", out.Name, Need::Required);
    f.Text("kind", out.Kind, Need::Required);
    f.Text("variant", out.Variant, Need::Optional);
    f.Text("subject", out.Subject, Need::Optional, kMaxLongText);
    f.Text("body", out.Body, Need::Optional, kMaxLongText);
    f.Text("based_on", out.BasedOn, Need::Optional);
    return f.Ok();
}

json ToJson(const Profile& p) {
    json j;
    PutHeader(j, p);
    j["sender_name"] = p.SenderName;
    j["sender_title"] = p.SenderTitle;
    j["sender_email"] = p.SenderEmail;
    j["sender_phone"] = p.SenderPhone;
    j["company_name"] = p.CompanyName;
    j["company_website"] = p.CompanyWebsite;
    j["locale"] = p.Locale;
    if (!p.ToneOff.empty()) j["tone_off"] = p.ToneOff;
    if (!p.TonePhrases.empty()) j["tone_phrases"] = ToneNotesToJson(p.TonePhrases);
    if (p.Schedule != WorkSchedule{}) {
        json& s = j["work_schedule"];
        s["working_days"] = json::array();
        for (bool d : p.Schedule.WorkingDays) s["working_days"].push_back(d);
        s["day_start"] = FormatClockTime(p.Schedule.DayStartMinute);
        s["day_end"] = FormatClockTime(p.Schedule.DayEndMinute);
        s["region"] = p.Schedule.Region;
        s["days_off"] = json::array();
        for (const calendar::Holiday& h : p.Schedule.DaysOff)
            s["days_off"].push_back({{"date", FormatDate(h.Day)}, {"name", h.Name}});
    }
    if (p.Reminders) j["reminders"] = true;
    return j;
}

bool FromJson(json j, Profile& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = Profile{};
    f.Header(out);
    f.Text("sender_name", out.SenderName, Need::Optional);
    f.Text("sender_title", out.SenderTitle, Need::Optional);
    f.Text("sender_email", out.SenderEmail, Need::Optional);
    f.Text("sender_phone", out.SenderPhone, Need::Optional);
    f.Text("company_name", out.CompanyName, Need::Optional);
    f.Text("company_website", out.CompanyWebsite, Need::Optional);
    f.Text("locale", out.Locale, Need::Optional);
    f.TextList("tone_off", out.ToneOff);
    f.ToneNotes("tone_phrases", out.TonePhrases);
    f.Object_("work_schedule", [&](FieldReader& s) { s.Schedule(out.Schedule); });
    f.Bool("reminders", out.Reminders);
    return f.Ok();
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Workshops

json ToJson(const ExerciseResult& r) {
    json j;
    PutHeader(j, r);
    j["participant"] = r.Participant;
    j["card_id"] = r.CardId;
    j["card_title"] = r.CardTitle;
    j["started_at"] = FormatInstant(r.StartedAt);
    j["submitted_at"] = FormatInstant(r.SubmittedAt);
    j["score_before"] = r.ScoreBefore;
    j["score_after"] = r.ScoreAfter;
    j["resolved"] = r.Resolved;
    j["introduced"] = r.Introduced;
    j["remaining"] = r.Remaining;
    j["goals_met"] = r.GoalsMet;
    j["goals_total"] = r.GoalsTotal;
    j["goals_missed"] = r.GoalsMissed;
    j["text"] = r.Text;
    return j;
}

bool FromJson(json j, ExerciseResult& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = ExerciseResult{};
    f.Header(out);
    f.Text("participant", out.Participant, Need::Required);
    f.Text("card_id", out.CardId, Need::Required);
    f.Text("card_title", out.CardTitle, Need::Optional);
    f.Instant("started_at", out.StartedAt, Need::Required);
    f.Instant("submitted_at", out.SubmittedAt, Need::Required);
    f.Int("score_before", out.ScoreBefore, 0, 100, Need::Required);
    f.Int("score_after", out.ScoreAfter, 0, 100, Need::Required);
    f.Int("resolved", out.Resolved, 0, 100'000, Need::Optional);
    f.Int("introduced", out.Introduced, 0, 100'000, Need::Optional);
    f.Int("remaining", out.Remaining, 0, 100'000, Need::Optional);
    f.Int("goals_total", out.GoalsTotal, 0, 1'000, Need::Required);
    f.Int("goals_met", out.GoalsMet, 0, out.GoalsTotal, Need::Required);
    f.TextList("goals_missed", out.GoalsMissed);
    f.Text("text", out.Text, Need::Optional, kMaxLongText);
    return f.Ok();
}

json ToJson(const ScenarioCard& c) {
    json j;
    PutHeader(j, c);
    j["card_id"] = c.CardId;
    // Always an object written by JsonObject() or by the card format; null only if damaged.
    j["card"] = json::parse(c.Card, nullptr, false);
    if (j["card"].is_discarded()) j["card"] = nullptr;
    return j;
}

bool FromJson(json j, ScenarioCard& out, std::string_view path, Problems& problems) {
    FieldReader f(j, path, problems);
    out = ScenarioCard{};
    f.Header(out);
    f.Text("card_id", out.CardId, Need::Required);
    f.JsonObject("card", out.Card, Need::Required, kMaxLongText);
    return f.Ok();
}

}  // namespace debrief
