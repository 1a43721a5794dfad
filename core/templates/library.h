// The built-in message templates: one file per kind of message under assets/templates/, each
// with a warm, a formal and a brief variant, embedded in the program at build time. The format
// is described in assets/templates/README.md.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/records/model.h"
#include "core/records/problems.h"

namespace debrief::templates {

enum class Audience {
    Employer,   // Written by the hiring side to a candidate.
    Candidate,  // Written by a candidate to an interviewer.
};

struct TemplateText {
    std::string Variant;  // "warm", "formal", "brief"
    std::string Subject;  // Mustache, one line.
    std::string Body;     // Mustache; lines joined with "\n".
};

struct TemplateKind {
    std::string Id;           // "rejection_feedback": the file's name.
    std::string Title;        // "Not moving forward, with feedback"
    std::string Description;  // When to use it, one sentence.
    Audience Who = Audience::Employer;
    MessageKind Kind = MessageKind::StatusUpdate;  // What a message drafted from it is.
    std::vector<TemplateText> Variants;

    const TemplateText* Find(std::string_view variant) const;  // nullptr if there is no such variant.
};

struct Library {
    std::vector<TemplateKind> Kinds;  // In the order people meet them after an interview.

    const TemplateKind* Find(std::string_view kind) const;
    const TemplateText* Find(std::string_view kind, std::string_view variant) const;
};

// Reads one kind's file. False (with problems under `path`) if it is not a valid template file.
bool ParseTemplateKind(std::string_view json_text, TemplateKind& out, Problems& problems,
                       std::string_view path);

// The embedded library, read once. A broken built-in file is a build defect: the tests load
// every file, and the app leaves a broken one out rather than failing.
const Library& BuiltInLibrary();
const Problems& BuiltInLibraryProblems();  // Empty in a correct build.

// "rejection_feedback/warm": how a message records the built-in it was drafted from.
std::string BuiltInRef(std::string_view kind, std::string_view variant);

}  // namespace debrief::templates
