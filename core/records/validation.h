// What must be true of a record before it is saved, and what the user should be warned of.
//
// Errors block saving ("a candidate needs a name"); warnings are shown before saving and the
// user may save anyway ("this concern has no evidence"). Each names the field it is about, so
// the form can show it beside that field.
#pragma once

#include <string>
#include <vector>

#include "core/records/database.h"
#include "core/records/model.h"

namespace debrief {

enum class Severity { Warning, Error };

struct FieldIssue {
    std::string Field;  // Form field: "full_name", "concerns[1].evidence", ...
    Severity Level = Severity::Error;
    std::string Message;
};
using FieldIssues = std::vector<FieldIssue>;

bool HasErrors(const FieldIssues& issues);

FieldIssues CheckRole(const Role& r);
FieldIssues CheckCandidate(const Candidate& c, const Database& db);
FieldIssues CheckInterview(const Interview& i, const Database& db);
// Notes: an observation without a point is an error; a concern without evidence is a warning
// (feedback built on it would be "not a good fit" all over again), as is a note with nothing
// observed at all.
FieldIssues CheckNote(const InterviewNote& n, const Database& db);

// A template needs a name; its text must fit what storage reads back (record_json.h limits).
FieldIssues CheckMessageTemplate(const MessageTemplate& t);
// A message's subject and text must fit what storage reads back.
FieldIssues CheckMessageText(const Message& m);

bool LooksLikeEmail(std::string_view s);  // One @, something before, a dot in the domain, no spaces.

// The question a note form asks beside each observation.
inline constexpr const char* kEvidencePrompt = "What did you see or hear?";

}  // namespace debrief
