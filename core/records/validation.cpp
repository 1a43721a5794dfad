#include "core/records/validation.h"

#include "core/records/record_json.h"

#include <algorithm>
#include <cctype>

namespace debrief {

namespace {

bool Blank(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); });
}

void Error(FieldIssues& out, std::string field, std::string message) {
    out.push_back({std::move(field), Severity::Error, std::move(message)});
}

void Warn(FieldIssues& out, std::string field, std::string message) {
    out.push_back({std::move(field), Severity::Warning, std::move(message)});
}

void CheckObservations(const std::vector<Observation>& list, const char* field, bool evidence_matters,
                       FieldIssues& out) {
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string at = std::string(field) + "[" + std::to_string(i) + "]";
        if (Blank(list[i].Point))
            Error(out, at + ".point", "Say what you noticed, or remove this line.");
        else if (evidence_matters && Blank(list[i].Evidence))
            Warn(out, at + ".evidence",
                 "This concern has no evidence. What did you see or hear? Without it, feedback to the "
                 "candidate can only be vague.");
    }
}

}  // namespace

bool HasErrors(const FieldIssues& issues) {
    return std::any_of(issues.begin(), issues.end(),
                       [](const FieldIssue& i) { return i.Level == Severity::Error; });
}

bool LooksLikeEmail(std::string_view s) {
    const std::size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos)
        return false;
    if (std::any_of(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); })) return false;
    const std::string_view domain = s.substr(at + 1);
    const std::size_t dot = domain.find('.');
    return dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size();
}

FieldIssues CheckRole(const Role& r) {
    FieldIssues out;
    if (Blank(r.Title)) Error(out, "title", "A role needs a title.");
    for (std::size_t i = 0; i < r.Stages.size(); ++i)
        if (Blank(r.Stages[i])) Error(out, "stages[" + std::to_string(i) + "]", "A stage needs a name.");
    for (std::size_t i = 0; i < r.Stages.size(); ++i)
        for (std::size_t j = 0; j < i; ++j)
            if (r.Stages[i] == r.Stages[j])
                Error(out, "stages[" + std::to_string(i) + "]", "\"" + r.Stages[i] + "\" is listed twice.");
    return out;
}

namespace {

void CheckLength(FieldIssues& out, const std::string& text, std::size_t max, const char* field, const char* what) {
    if (text.size() > max)
        Error(out, field,
              std::string(what) + " is too long: " + std::to_string(text.size()) + " bytes, at most " +
                  std::to_string(max) + ".");
}

}  // namespace

FieldIssues CheckMessageTemplate(const MessageTemplate& t) {
    FieldIssues out;
    if (Blank(t.Name)) Error(out, "name", "A template needs a name.");
    CheckLength(out, t.Name, kMaxShortText, "name", "The name");
    CheckLength(out, t.Variant, kMaxShortText, "variant", "The variant");
    CheckLength(out, t.Subject, kMaxLongText, "subject", "The subject");
    CheckLength(out, t.Body, kMaxLongText, "body", "The template text");
    return out;
}

FieldIssues CheckMessageText(const Message& m) {
    FieldIssues out;
    CheckLength(out, m.Subject, kMaxShortText, "subject", "The subject");
    CheckLength(out, m.Body, kMaxLongText, "body", "The message");
    return out;
}

FieldIssues CheckCandidate(const Candidate& c, const Database& db) {
    FieldIssues out;
    if (Blank(c.FullName)) Error(out, "full_name", "A candidate needs a name.");
    if (!c.Email.empty() && !LooksLikeEmail(c.Email))
        Error(out, "email", "This does not look like an email address.");
    if (!c.RoleId.empty()) {
        const Role* role = db.FindRole(c.RoleId);
        if (!role)
            Error(out, "role_id", "This role no longer exists.");
        else if (!c.Stage.empty() && !role->Stages.empty() &&
                 std::find(role->Stages.begin(), role->Stages.end(), c.Stage) == role->Stages.end())
            Warn(out, "stage", "\"" + c.Stage + "\" is not one of the role's stages.");
    }
    if (c.ConsentDate && c.RetainUntil && *c.RetainUntil < *c.ConsentDate)
        Error(out, "retain_until", "The retention date is before the consent date.");
    if (c.Email.empty() && c.Phone.empty())
        Warn(out, "email", "Without an email or phone number you cannot send this candidate any news.");
    return out;
}

FieldIssues CheckInterview(const Interview& i, const Database& db) {
    FieldIssues out;
    if (!db.FindCandidate(i.CandidateId)) Error(out, "candidate_id", "The interview needs a candidate.");
    if (i.DurationMinutes <= 0 || i.DurationMinutes > 24 * 60)
        Error(out, "duration_minutes", "The length must be between 1 minute and 24 hours.");
    if (std::all_of(i.Interviewers.begin(), i.Interviewers.end(),
                    [](const std::string& s) { return Blank(s); }))
        Error(out, "interviewers", "Name at least one interviewer: each one writes a note afterwards.");
    for (std::size_t a = 0; a < i.Interviewers.size(); ++a)
        for (std::size_t b = 0; b < a; ++b)
            if (!Blank(i.Interviewers[a]) && i.Interviewers[a] == i.Interviewers[b])
                Error(out, "interviewers[" + std::to_string(a) + "]",
                      i.Interviewers[a] + " is listed twice.");
    return out;
}

FieldIssues CheckNote(const InterviewNote& n, const Database& db) {
    FieldIssues out;
    if (!db.FindInterview(n.InterviewId))
        Error(out, "interview_id", "This note's interview no longer exists.");
    if (Blank(n.Interviewer)) Error(out, "interviewer", "Whose note is this?");
    if (const InterviewNote* other = db.NoteBy(n.InterviewId, n.Interviewer); other && other->Id != n.Id)
        Error(out, "interviewer", n.Interviewer + " already wrote a note for this interview.");
    CheckObservations(n.Strengths, "strengths", false, out);
    CheckObservations(n.Concerns, "concerns", true, out);
    for (std::size_t i = 0; i < n.Strengths.size(); ++i)
        if (!Blank(n.Strengths[i].Point) && Blank(n.Strengths[i].Evidence))
            Warn(out, "strengths[" + std::to_string(i) + "].evidence",
                 "What did you see or hear? A specific example makes this strength usable in feedback.");
    if (n.Strengths.empty() && n.Concerns.empty())
        Warn(out, "strengths", "The note has no strengths or concerns yet.");
    return out;
}

}  // namespace debrief
