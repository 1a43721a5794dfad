// A message drafted from a template: the subject and body rendered with a candidate's data,
// every value nobody has entered yet marked "[missing: name]" in the text so the user sees it,
// and the rules for when a draft may be marked ready.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/records/model.h"
#include "core/templates/library.h"
#include "core/templates/mustache.h"

namespace debrief::templates {

struct RenderedDraft {
    std::string Subject, Body;
    std::vector<std::string> Missing;  // Distinct names marked missing, subject's first.
    std::vector<Problem> Problems;     // The template itself is broken: nothing was rendered.
};

RenderedDraft RenderDraft(std::string_view subject_template, std::string_view body_template,
                          const nlohmann::json& data);

// The names still marked "[missing: name]" in a draft the user may have edited since.
std::vector<std::string> MissingMarksIn(std::string_view text);

// Why a draft cannot be marked ready or sent yet, in plain words; empty when it can.
std::vector<std::string> ReasonsNotReady(const Message& m);

// True when the template mentions `name` in any tag ("reply_by.date", "next_step.options"): the
// compose view asks for the dates a template uses and no others.
bool TemplateMentions(std::string_view template_text, std::string_view name);

}  // namespace debrief::templates
