// libFuzzer target for the Mustache engine (core/templates/mustache.h).
//
// Input: when the first line parses as JSON it is the data and the rest is the template;
// otherwise the whole input is the template and the data is a fixed sample. The template is
// parsed, strictly checked, and (when it parses) rendered with both escapings and missing-field
// marks, with partials that include each other, themselves and the template under test.
// Built by scripts/fuzz-templates with -fsanitize=fuzzer; replayed over corpus/ by replay_main.cpp.
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/templates/mustache.h"

namespace {

namespace mustache = debrief::templates;
using nlohmann::json;

const json& SampleData() {
    static const json data = json::parse(R"({
        "name": "Zo\u00eb \u0141ukasz", "company": "L'\u00c9quipe & <Co>", "empty": "", "zero": 0,
        "ratio": 1.21, "yes": true, "no": false, "none": null, "partial": "item",
        "items": [1, 2.5, "x", null, true, {"name": "inner"}, [], ["a", "b"]],
        "nested": {"a": {"b": "c"}, "list": [{"v": 1}, {"v": 2}]},
        "rtl": "\u05e9\u05dc\u05d5\u05dd"
    })");
    return data;
}

// Crashes on purpose when an invariant of the API does not hold, so the fuzzer reports it.
void Expect(bool condition) {
    if (!condition) __builtin_trap();
}

void CheckProblems(const std::vector<mustache::Problem>& problems) {
    for (const mustache::Problem& p : problems) {
        Expect(p.At.Line >= 1 && p.At.Column >= 1);
        Expect(!p.Message.empty());
        Expect(mustache::Describe(p).find(p.Message) != std::string::npos);
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
    const std::string_view input(reinterpret_cast<const char*>(bytes), size);

    json data = SampleData();
    std::string_view source = input;
    const std::size_t newline = input.find('\n');
    if (newline != std::string_view::npos) {
        json parsed = json::parse(input.substr(0, newline), nullptr, /*allow_exceptions=*/false);
        if (!parsed.is_discarded()) {
            data = std::move(parsed);
            source = input.substr(newline + 1);
        }
    }

    const std::string self(source);
    const std::map<std::string, std::string, std::less<>> partials = {
        {"me", self},
        {"item", "{{#.}}- {{name}} {{.}}\n{{/.}}"},
        {"indent", "  a\n  {{>item}}\n{{>me}}\n  b"},
        {"loop", "x{{>loop}}"},
        {"bad", "{{#x}"},
    };
    const mustache::PartialSource lookup = [&partials](std::string_view name) -> const std::string* {
        const auto found = partials.find(name);
        return found != partials.end() ? &found->second : nullptr;
    };

    const mustache::Template compiled = mustache::Template::Parse(source);
    CheckProblems(compiled.Problems());
    const std::vector<mustache::Problem> strict = mustache::StrictCheck(source, data, lookup);
    CheckProblems(strict);
    Expect(compiled.Ok() || !strict.empty());
    if (!compiled.Ok()) return 0;

    mustache::RenderOptions options;
    options.Partials = lookup;
    options.MarkMissing = true;
    for (const mustache::Escaping escaping : {mustache::Escaping::Html, mustache::Escaping::None}) {
        options.Escape = escaping;
        const mustache::RenderResult result = compiled.Render(data, options);
        for (const mustache::MissingField& field : result.Missing)
            Expect(field.At.Line >= 1 && field.At.Column >= 1);
        std::string again;
        compiled.RenderTo(again, data, options);
        Expect(again == result.Text);  // Rendering is deterministic and does not depend on tracking.
    }
    return 0;
}
