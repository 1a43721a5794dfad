#include "core/templates/draft.h"

#include <algorithm>

#include <nlohmann/json.hpp>

namespace debrief::templates {

namespace {

void AddMissing(std::vector<std::string>& list, const std::string& name) {
    if (std::find(list.begin(), list.end(), name) == list.end()) list.push_back(name);
}

}  // namespace

RenderedDraft RenderDraft(std::string_view subject_template, std::string_view body_template,
                          const nlohmann::json& data) {
    RenderedDraft out;
    const Template subject = Template::Parse(subject_template);
    const Template body = Template::Parse(body_template);
    for (const Template* t : {&subject, &body})
        out.Problems.insert(out.Problems.end(), t->Problems().begin(), t->Problems().end());
    if (!out.Problems.empty()) return out;
    RenderOptions options;
    options.MarkMissing = true;
    RenderResult s = subject.Render(data, options);
    RenderResult b = body.Render(data, options);
    // A subject is one line, whatever the data holds.
    std::replace(s.Text.begin(), s.Text.end(), '\n', ' ');
    out.Subject = std::move(s.Text);
    out.Body = std::move(b.Text);
    for (const MissingField& m : s.Missing) AddMissing(out.Missing, m.Name);
    for (const MissingField& m : b.Missing) AddMissing(out.Missing, m.Name);
    return out;
}

std::vector<std::string> MissingMarksIn(std::string_view text) {
    static const std::string kOpen = MissingMark("").substr(0, MissingMark("").size() - 1);  // "[missing: "
    std::vector<std::string> names;
    std::size_t at = 0;
    while ((at = text.find(kOpen, at)) != std::string_view::npos) {
        const std::size_t start = at + kOpen.size();
        const std::size_t end = text.find(']', start);
        if (end == std::string_view::npos) break;
        AddMissing(names, std::string(text.substr(start, end - start)));
        at = end + 1;
    }
    return names;
}

std::vector<std::string> ReasonsNotReady(const Message& m) {
    std::vector<std::string> reasons;
    std::vector<std::string> missing = MissingMarksIn(m.Subject);
    for (const std::string& name : MissingMarksIn(m.Body)) AddMissing(missing, name);
    for (const std::string& name : missing) reasons.push_back("Fill in \"" + name + "\": it is still marked missing.");
    if (m.Subject.find_first_not_of(" \t") == std::string::npos) reasons.push_back("Add a subject.");
    if (m.Body.find_first_not_of(" \t\n") == std::string::npos) reasons.push_back("Write the message.");
    return reasons;
}

bool TemplateMentions(std::string_view template_text, std::string_view name) {
    return template_text.find(name) != std::string_view::npos;
}

}  // namespace debrief::templates
