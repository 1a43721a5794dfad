// debrief render: a message template and its data, rendered as the web app renders a draft,
// or the template's problems with line and column and exit code 1.
#include <algorithm>
#include <chrono>
#include <ostream>

#include <nlohmann/json.hpp>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/templates/library.h"
#include "core/templates/mustache.h"

namespace debrief::cli {

namespace {

constexpr const char* kRenderUsage =
    "Usage: debrief render --template FILE|builtin:KIND/VARIANT --data FILE [--each] [--html] [--time [--repeat N]]\n";

struct RenderArgs {
    std::string TemplatePath;
    std::string DataPath;
    bool Each = false;
    bool Html = false;
    bool Time = false;
    int Repeat = 1;  // --time: render everything this many times and report the median.
};

// Fills `a` from the command line; on a mistake writes it to `err` and returns false.
bool ParseRenderArgs(const std::vector<std::string>& args, RenderArgs& a, std::ostream& err) {
    for (std::size_t i = 1; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--template") {
            if (!TakeOptionValue(args, i, a.TemplatePath, err)) return false;
        } else if (arg == "--data") {
            if (!TakeOptionValue(args, i, a.DataPath, err)) return false;
        } else if (arg == "--each") {
            a.Each = true;
        } else if (arg == "--html") {
            a.Html = true;
        } else if (arg == "--time") {
            a.Time = true;
        } else if (arg == "--repeat") {
            std::string n;
            if (!TakeOptionValue(args, i, n, err)) return false;
            if (!ParseInt(n, 1, 1000, a.Repeat)) {
                err << "debrief: --repeat takes a number from 1 to 1000\n";
                return false;
            }
        } else {
            err << "debrief: render does not know '" << arg << "'\n";
            return false;
        }
    }
    if (a.TemplatePath.empty() || a.DataPath.empty()) {
        err << "debrief: render needs --template and --data\n";
        return false;
    }
    return true;
}

// The template's text: a file, or a built-in body named "builtin:rejection_feedback/warm".
std::optional<std::string> TemplateSource(const std::string& spec, std::string& error) {
    constexpr std::string_view kBuiltIn = "builtin:";
    if (spec.rfind(kBuiltIn, 0) != 0) return ReadFile(spec, error);
    const std::string ref = spec.substr(kBuiltIn.size());
    const std::size_t slash = ref.find('/');
    const templates::TemplateText* text =
        slash == std::string::npos ? nullptr
                                   : templates::BuiltInLibrary().Find(ref.substr(0, slash), ref.substr(slash + 1));
    if (!text) {
        error = "no built-in template '" + ref + "' (use KIND/VARIANT, e.g. offer/warm)";
        return std::nullopt;
    }
    return text->Body;
}

}  // namespace

int Render(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    RenderArgs a;
    if (!ParseRenderArgs(args, a, err)) {
        err << kRenderUsage;
        return kExitUsage;
    }
    std::string error;
    const std::optional<std::string> source = TemplateSource(a.TemplatePath, error);
    if (!source) {
        err << "debrief: cannot read template '" << a.TemplatePath << "': " << error << "\n";
        return kExitFailure;
    }
    const std::optional<std::string> data_text = ReadFile(a.DataPath, error);
    if (!data_text) {
        err << "debrief: cannot read data '" << a.DataPath << "': " << error << "\n";
        return kExitFailure;
    }
    const nlohmann::json data = nlohmann::json::parse(*data_text, nullptr, false);
    if (data.is_discarded() || !(a.Each ? data.is_array() : data.is_object())) {
        err << "debrief: " << a.DataPath << " must hold " << (a.Each ? "a JSON list of objects" : "a JSON object")
            << "\n";
        return kExitFailure;
    }

    templates::RenderOptions options;
    options.Escape = a.Html ? templates::Escaping::Html : templates::Escaping::None;
    const std::size_t count = a.Each ? data.size() : 1;

    // Parse once, then every draft, before anything is printed: --time measures exactly that.
    // With --repeat, the whole batch again each time (warm caches, a WebAssembly engine's
    // optimised tier), reporting the first batch and the median.
    std::vector<double> batches;
    std::vector<templates::RenderResult> drafts;
    for (int round = 0; round < a.Repeat; ++round) {
        const auto started = std::chrono::steady_clock::now();
        const templates::Template tmpl = templates::Template::Parse(*source);
        if (!tmpl.Ok()) {
            for (const templates::Problem& p : tmpl.Problems()) err << a.TemplatePath << ": " << Describe(p) << "\n";
            return kExitFailure;
        }
        drafts.clear();
        drafts.reserve(count);
        for (std::size_t i = 0; i < count; ++i) drafts.push_back(tmpl.Render(a.Each ? data[i] : data, options));
        batches.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
    }
    const double first_ms = batches.front();
    std::sort(batches.begin(), batches.end());
    const double ms = batches[batches.size() / 2];

    int problems = 0;
    for (std::size_t i = 0; i < count; ++i) {
        for (const templates::MissingField& m : drafts[i].Missing) {
            ++problems;
            err << a.TemplatePath << ": " << (a.Each ? "item " + std::to_string(i + 1) + ": " : std::string())
                << "Line " << m.At.Line << ", column " << m.At.Column << ": \"" << m.Name
                << "\" has no value in the data.\n";
        }
    }
    if (a.Time) {
        err << "rendered " << count << (count == 1 ? " draft" : " drafts") << " in " << ms << " ms";
        if (a.Repeat > 1) err << " (median of " << a.Repeat << " batches; the first took " << first_ms << " ms)";
        err << "\n";
    }
    if (problems > 0) return kExitFailure;
    for (std::size_t i = 0; i < count; ++i) {
        if (i > 0) out << "\n\f\n";  // A form feed line between drafts: a page break.
        out << drafts[i].Text;
    }
    if (count > 0 && !drafts.back().Text.empty() && drafts.back().Text.back() != '\n') out << '\n';
    return kExitOk;
}

}  // namespace debrief::cli
