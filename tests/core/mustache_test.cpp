// Debrief's own expectations of the Mustache engine, beyond the official spec
// (mustache_spec_test.cpp): plain-text messages, missing fields, problems with exact positions,
// limits, and text in every script.
#include <doctest/doctest.h>

#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/templates/mustache.h"

namespace mustache = debrief::templates;
using mustache::Problem;
using mustache::ProblemKind;
using nlohmann::json;

namespace {

std::string Render(std::string_view source, const json& data, mustache::RenderOptions options = {}) {
    const mustache::Template t = mustache::Template::Parse(source);
    REQUIRE_MESSAGE(t.Ok(), (t.Problems().empty() ? "" : mustache::Describe(t.Problems().front())));
    return t.Render(data, options).Text;
}

std::vector<Problem> ParseProblems(std::string_view source) {
    return mustache::Template::Parse(source).Problems();
}

// The one problem `source` has; fails the test when it has none or several.
Problem OnlyProblem(std::string_view source) {
    const std::vector<Problem> problems = ParseProblems(source);
    REQUIRE(problems.size() == 1);
    return problems.front();
}

struct Partials {
    std::map<std::string, std::string, std::less<>> Sources;
    mustache::PartialSource Lookup() const {
        return [this](std::string_view name) -> const std::string* {
            const auto found = Sources.find(name);
            return found != Sources.end() ? &found->second : nullptr;
        };
    }
};

const std::string kZoe = "Zo\xC3\xAB \xC5\x81ukasz";  // Zoë Łukasz: 10 code points, 12 bytes.

}  // namespace

TEST_CASE("plain-text messages escape nothing") {
    const json data = {{"name", "O'Brien"}, {"note", "a & b < c \"quoted\""}};
    CHECK(Render("Dear {{name}}, {{note}}", data) == "Dear O'Brien, a & b < c \"quoted\"");
    mustache::RenderOptions html;
    html.Escape = mustache::Escaping::Html;
    CHECK(Render("{{name}}: {{note}}", data, html) == "O'Brien: a &amp; b &lt; c &quot;quoted&quot;");
    CHECK(Render("{{{note}}} {{&note}}", data, html) == "a & b < c \"quoted\" a & b < c \"quoted\"");
}

TEST_CASE("values print as people expect") {
    const json data = {
        {"count", 3},      {"big", 12345678901234LL},  {"ratio", 1.21}, {"whole", 2.0}, {"yes", true},
        {"none", nullptr}, {"skills", {"C++", "SQL"}}, {"empty", ""}};
    CHECK(Render("{{count}} {{big}} {{ratio}} {{whole}} {{yes}}", data) == "3 12345678901234 1.21 2 true");
    CHECK(Render("[{{none}}][{{empty}}] {{skills}}", data) == "[][] C++, SQL");
    CHECK(Render("{{#empty}}shown{{/empty}}{{^empty}}hidden{{/empty}}", data) == "hidden");
    CHECK(Render("{{#count}}{{.}} items{{/count}}", data) == "3 items");
}

TEST_CASE("right-to-left text, accents and apostrophes pass through unchanged") {
    const std::string hebrew = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";          // שלום
    const std::string arabic = "\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7";  // مرحبا
    const json data = {
        {"name", kZoe}, {"greeting", arabic}, {"company", "L'\xC3\x89quipe d'\xC3\xA9t\xC3\xA9"}};
    CHECK(Render(hebrew + " {{name}}! {{greeting}} \xE2\x80\x94 {{company}}", data) ==
          hebrew + " " + kZoe + "! " + arabic + " \xE2\x80\x94 L'\xC3\x89quipe d'\xC3\xA9t\xC3\xA9");
    CHECK(Render("\xE2\x80\x8F{{name}}\xE2\x80\x8E", data) ==
          "\xE2\x80\x8F" + kZoe + "\xE2\x80\x8E");  // RLM, LRM
}

TEST_CASE("undefined fields are listed once each, in order of first use, with where they are used") {
    const mustache::Template t = mustache::Template::Parse(
        "Dear {{first_name}}, reply by {{reply_by.date}}.\n{{reply_by.date}} {{role}}");
    REQUIRE(t.Ok());
    const json data = {{"first_name", kZoe}, {"reply_by", json::object()}};

    const mustache::RenderResult plain = t.Render(data);
    CHECK(plain.Text == "Dear " + kZoe + ", reply by .\n ");
    REQUIRE(plain.Missing.size() == 2);
    CHECK(plain.Missing[0].Name == "reply_by.date");
    CHECK(plain.Missing[0].At.Line == 1);
    CHECK(plain.Missing[0].At.Column == 31);
    CHECK(plain.Missing[1].Name == "role");
    CHECK(plain.Missing[1].At.Line == 2);
    CHECK(plain.Missing[1].At.Column == 19);
    CHECK_FALSE(mustache::HasMissingMarks(plain.Text));

    mustache::RenderOptions marking;
    marking.MarkMissing = true;
    const mustache::RenderResult marked = t.Render(data, marking);
    CHECK(marked.Text ==
          "Dear " + kZoe + ", reply by [missing: reply_by.date].\n[missing: reply_by.date] [missing: role]");
    CHECK(marked.Missing.size() == 2);
    CHECK(mustache::HasMissingMarks(marked.Text));
    CHECK(mustache::MissingMark("reply_by.date") == "[missing: reply_by.date]");

    std::string out = "> ";
    t.RenderTo(out, data, marking);
    CHECK(out == "> " + marked.Text);
}

TEST_CASE("a null value has no value; an empty string is a value") {
    const mustache::Template t = mustache::Template::Parse("{{phone}}|{{email}}");
    mustache::RenderOptions marking;
    marking.MarkMissing = true;
    const mustache::RenderResult result = t.Render({{"phone", nullptr}, {"email", ""}}, marking);
    CHECK(result.Text == "[missing: phone]|");
    REQUIRE(result.Missing.size() == 1);
    CHECK(result.Missing[0].Name == "phone");
}

TEST_CASE("strict check: fields inside list sections resolve through the context stack") {
    const std::string source = "{{#candidates}}\n"
                               "{{name}} at {{company}}:\n"
                               "{{#skills}}\n"
                               "  - {{label}} ({{level}})\n"
                               "{{/skills}}\n"
                               "{{/candidates}}\n";
    const json data = {{"company", "Acme"},
                       {"candidates",
                        {{{"name", "Ann"}, {"skills", {{{"label", "C++"}}, {{"label", "SQL"}}}}},
                         {{"name", kZoe}, {"skills", json::array()}}}}};
    const std::vector<Problem> problems = mustache::StrictCheck(source, data);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Kind == ProblemKind::MissingField);
    CHECK(problems[0].Name == "level");
    CHECK(problems[0].At.Line == 4);
    CHECK(problems[0].At.Column == 16);
    CHECK(problems[0].Message == "\"level\" has no value for this candidate.");
    CHECK(mustache::Describe(problems[0]) == "Line 4, column 16: \"level\" has no value for this candidate.");

    CHECK(mustache::StrictCheck(source, {{"company", "Acme"}, {"candidates", json::array()}}).empty());
}

TEST_CASE("strict check: a section whose name is undefined is reported, inverted or not") {
    const json data = {{"notes", {{"strengths", "clear"}}}};
    const std::vector<Problem> problems = mustache::StrictCheck(
        "{{#notse}}x{{/notse}}\n{{^strenghts}}none{{/strenghts}}\n{{#notes}}{{strengths}}{{/notes}}", data);
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].Name == "notse");
    CHECK(problems[0].At.Line == 1);
    CHECK(problems[1].Name == "strenghts");
    CHECK(problems[1].At.Line == 2);

    const mustache::RenderResult result = mustache::Template::Parse("{{#notse}}x{{/notse}}").Render(data);
    CHECK(result.Text.empty());
    REQUIRE(result.Missing.size() == 1);
    CHECK(result.Missing[0].Name == "notse");
}

TEST_CASE("strict check: missing partials, broken partials and parse problems") {
    Partials partials;
    partials.Sources["signature"] = "{{sender}}";
    partials.Sources["broken"] = "{{#a}}";
    const json data = {{"sender", "Ann"}};

    std::vector<Problem> problems =
        mustache::StrictCheck("{{>signature}}\n{{>footer}}\n{{>broken}}", data, partials.Lookup());
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].Kind == ProblemKind::MissingPartial);
    CHECK(problems[0].Name == "footer");
    CHECK(problems[0].At.Line == 2);
    CHECK(problems[0].Message == "There is no partial named \"footer\".");
    CHECK(problems[1].Kind == ProblemKind::UnclosedSection);
    CHECK(problems[1].At.Line == 3);
    CHECK(problems[1].Message ==
          "In the partial \"broken\", line 1, column 1: The section \"a\" is opened here but never closed.");

    // A field missing inside a partial is reported where the template includes the partial.
    problems = mustache::StrictCheck("Hi\n  {{>signature}}", json::object(), partials.Lookup());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Name == "sender");
    CHECK(problems[0].At.Line == 2);
    CHECK(problems[0].At.Column == 3);

    problems = mustache::StrictCheck("{{#a}}", data);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Kind == ProblemKind::UnclosedSection);
}

TEST_CASE("every problem kind carries its tag's line and column") {
    SUBCASE("a section never closed, on line 3") {
        const Problem p = OnlyProblem("Dear {{name}},\n\n{{#notes.strengths}}\n- {{.}}\n");
        CHECK(p.Kind == ProblemKind::UnclosedSection);
        CHECK(p.At.Line == 3);
        CHECK(p.At.Column == 1);
        CHECK(p.Name == "notes.strengths");
        CHECK(p.Message == "The section \"notes.strengths\" is opened here but never closed.");
        CHECK(mustache::Describe(p) ==
              "Line 3, column 1: The section \"notes.strengths\" is opened here but never closed.");
    }
    SUBCASE("every unclosed section, each at its opening tag") {
        const std::vector<Problem> problems = ParseProblems("{{#a}}\n  {{^b}}{{#c}}x{{/c}}\n");
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].Name == "a");
        CHECK(problems[0].At.Line == 1);
        CHECK(problems[1].Name == "b");
        CHECK(problems[1].At.Line == 2);
        CHECK(problems[1].At.Column == 3);
    }
    SUBCASE("columns count code points, not bytes") {
        const Problem p =
            OnlyProblem("x\n" + kZoe + " \xE2\x80\x94 {{/notes}}");  // "Zoë Łukasz — " is 13 code points.
        CHECK(p.Kind == ProblemKind::UnexpectedClose);
        CHECK(p.At.Line == 2);
        CHECK(p.At.Column == 14);
        CHECK(p.Name == "notes");
    }
    SUBCASE("a close that does not match says which section is open") {
        const std::vector<Problem> problems =
            ParseProblems("{{#notes}}\n\xF0\x9F\x98\x80 {{/note}}\n{{/notes}}");
        REQUIRE(problems.size() == 1);
        CHECK(problems[0].Kind == ProblemKind::MismatchedClose);
        CHECK(problems[0].At.Line == 2);
        CHECK(problems[0].At.Column == 3);
        CHECK(problems[0].Message == "This tag closes \"note\", but the section open here is \"notes\".");
    }
    SUBCASE("closing an outer section reports the inner ones as unclosed") {
        const std::vector<Problem> problems = ParseProblems("{{#a}}{{#b}}{{/a}}{{/b}}");
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].Kind == ProblemKind::UnclosedSection);
        CHECK(problems[0].Name == "b");
        CHECK(problems[0].At.Column == 7);
        CHECK(problems[1].Kind == ProblemKind::UnexpectedClose);
        CHECK(problems[1].At.Column == 19);
    }
    SUBCASE("an unclosed tag, then parsing goes on") {
        const std::vector<Problem> problems = ParseProblems("Hi {{name, see {{other}} and {{/x}}");
        REQUIRE(problems.size() == 2);
        CHECK(problems[0].Kind == ProblemKind::UnclosedTag);
        CHECK(problems[0].At.Column == 4);
        CHECK(problems[1].Kind == ProblemKind::UnexpectedClose);
        CHECK(problems[1].At.Column == 30);
        const Problem last = OnlyProblem("a\nb\n  {{{name}}");
        CHECK(last.Kind == ProblemKind::UnclosedTag);
        CHECK(last.At.Line == 3);
        CHECK(last.At.Column == 3);
        CHECK(last.Message == "This tag starts with \"{{{\" but is never closed with \"}}}\".");
    }
    SUBCASE("empty tags") {
        const std::vector<Problem> problems = ParseProblems("{{}} {{ }}\n{{# }}{{/}}{{>}}{{{ }}}{{&}}");
        REQUIRE(problems.size() == 7);
        for (const Problem& p : problems) CHECK(p.Kind == ProblemKind::EmptyTag);
        CHECK(problems[1].At.Column == 6);
        CHECK(problems[6].At.Line == 2);
        CHECK(problems[6].At.Column == 24);
    }
    SUBCASE("delimiter changes") {
        CHECK(Render("{{=<% %>=}}Hi <%name%> {{name}}", {{"name", "Ann"}}) == "Hi Ann {{name}}");
        const Problem bad = OnlyProblem("ok\n  {{= x =}}");
        CHECK(bad.Kind == ProblemKind::BadDelimiters);
        CHECK(bad.At.Line == 2);
        CHECK(bad.At.Column == 3);
        CHECK(OnlyProblem("{{=<% %> x=}}").Kind == ProblemKind::BadDelimiters);
        CHECK(OnlyProblem("{{=<%=%>=}}").Kind == ProblemKind::BadDelimiters);
        CHECK(OnlyProblem("{{=<% %>}}").Kind == ProblemKind::BadDelimiters);
        // After a bad change the old delimiters stay, so later tags still parse.
        CHECK(ParseProblems("{{= x =}}{{name}}{{/a}}").size() == 2);
    }
    SUBCASE("invalid UTF-8, at its first bad byte") {
        const Problem p = OnlyProblem("caf\xC3\xA9\n\xC3\xA9t\xC3\xA9 \xFF\xFE {{name}}");
        CHECK(p.Kind == ProblemKind::InvalidUtf8);
        CHECK(p.At.Line == 2);
        CHECK(p.At.Column == 5);
        CHECK(OnlyProblem("ab\xED\xA0\x80").At.Column == 3);  // A lone UTF-16 surrogate.
        CHECK(OnlyProblem("ab\xC3").At.Column == 3);          // Truncated at the end.
    }
    SUBCASE("too large") {
        const Problem p = OnlyProblem(std::string(mustache::kMaxSourceBytes + 1, 'a'));
        CHECK(p.Kind == ProblemKind::TooLarge);
        CHECK(p.At.Line == 1);
        CHECK(p.At.Column == 1);
        CHECK(mustache::Template::Parse(std::string(mustache::kMaxSourceBytes, 'a')).Ok());
    }
}

TEST_CASE("sections nested past the limit are one TooDeep problem, not a crash") {
    std::string ok;
    for (int i = 0; i < mustache::kMaxDepth; ++i) ok += "{{#a}}";
    ok += "{{b}}";
    for (int i = 0; i < mustache::kMaxDepth; ++i) ok += "{{/a}}";
    json data = {{"b", "deep"}};
    data["a"] = true;
    CHECK(Render(ok, data) == "deep");

    std::string deep;
    for (int i = 0; i < 150; ++i) deep += "{{#level" + std::to_string(i) + "}}\n";
    for (int i = 149; i >= 0; --i) deep += "{{/level" + std::to_string(i) + "}}\n";
    const std::vector<Problem> problems = ParseProblems(deep);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Kind == ProblemKind::TooDeep);
    CHECK(problems[0].At.Line == mustache::kMaxDepth + 1);
    CHECK(problems[0].Name == "level100");

    // Far deeper and never closed: still no crash. Every unclosed section is listed up to 1,000
    // problems, which is more than anyone reads.
    std::string unclosed;
    for (int i = 0; i < 500; ++i) unclosed += "{{#a}}";
    CHECK(ParseProblems(unclosed).size() == 501);
    for (int i = 0; i < 20000; ++i) unclosed += "{{#a}}";
    CHECK(ParseProblems(unclosed).size() == 1000);
}

TEST_CASE("sources made of broken tags parse in linear time") {
    std::string opens;
    for (int i = 0; i < 1'000'000; ++i) opens += "{{ ";
    opens += "}}";
    std::vector<Problem> problems = ParseProblems(opens);
    CHECK(problems.size() == 1000);
    CHECK(problems[0].Kind == ProblemKind::UnclosedTag);

    std::string changes;
    for (int i = 0; i < 500'000; ++i) changes += "{{=a}}";
    problems = ParseProblems(changes);
    CHECK(problems.size() == 1000);
    CHECK(problems[0].Kind == ProblemKind::BadDelimiters);
}

TEST_CASE("partials that include themselves stop at the depth limit") {
    Partials partials;
    partials.Sources["loop"] = "x{{>loop}}";
    partials.Sources["a"] = "{{#items}}{{>b}}{{/items}}";
    partials.Sources["b"] = "{{>a}}";
    mustache::RenderOptions options;
    options.Partials = partials.Lookup();

    CHECK(Render("{{>loop}}", json::object(), options) == std::string(mustache::kMaxDepth, 'x'));
    const json items = {{"items", {1}}};
    CHECK(Render("{{>a}}", items, options).empty());

    const std::vector<Problem> problems =
        mustache::StrictCheck("Hi\n{{>loop}}", json::object(), partials.Lookup());
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Kind == ProblemKind::TooDeep);
    CHECK(problems[0].At.Line == 2);
}

TEST_CASE("lists nested in themselves stop at the work budget instead of hanging") {
    std::string source;
    for (int i = 0; i < 12; ++i) source += "{{#digits}}";
    source += ".";
    for (int i = 0; i < 12; ++i) source += "{{/digits}}";
    const json data = {{"digits", {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}}};  // 10^12 dots in full.
    const mustache::RenderResult result = mustache::Template::Parse(source).Render(data);
    CHECK_FALSE(result.Text.empty());
    CHECK(result.Text.size() < 2'000'000);

    const std::vector<Problem> problems = mustache::StrictCheck(source, data);
    REQUIRE(problems.size() == 1);
    CHECK(problems[0].Kind == ProblemKind::TooLarge);
}

TEST_CASE("a partial edited between renders is compiled again") {
    Partials partials;
    partials.Sources["sig"] = "-- {{name}}";
    mustache::RenderOptions options;
    options.Partials = partials.Lookup();
    const mustache::Template t = mustache::Template::Parse("Bye\n{{>sig}}");
    CHECK(t.Render({{"name", "Ann"}}, options).Text == "Bye\n-- Ann");
    partials.Sources["sig"] = "Regards, {{name}}";
    CHECK(t.Render({{"name", "Ann"}}, options).Text == "Bye\nRegards, Ann");
}

TEST_CASE("a several-megabyte template parses and renders in one pass") {
    const std::string block = "Dear {{name}}, caf\xC3\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\n"
                              "{{#skills}}\n"
                              "  - {{.}}\n"
                              "{{/skills}}\n";
    const std::string expectedBlock =
        "Dear " + kZoe + ", caf\xC3\xA9 \xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D\n  - C++\n  - SQL\n";
    std::string source;
    std::string expected;
    while (source.size() < (5u << 20)) {
        source += block;
        expected += expectedBlock;
    }
    const json data = {{"name", kZoe}, {"skills", {"C++", "SQL"}}};
    const mustache::Template t = mustache::Template::Parse(source);
    REQUIRE(t.Ok());
    const mustache::RenderResult result = t.Render(data);
    CHECK(result.Missing.empty());
    CHECK(result.Text.size() == expected.size());
    CHECK(result.Text == expected);

    // One very long line with 200,000 tags: the column of the last one is still exact.
    std::string line;
    for (int i = 0; i < 200000; ++i) line += "{{x}}";
    line += "{{/y}}";
    const Problem p = OnlyProblem(line);
    CHECK(p.At.Line == 1);
    CHECK(p.At.Column == 5 * 200000 + 1);
}

TEST_CASE("standalone partials indent every line, nested partials add up") {
    Partials partials;
    partials.Sources["list"] = "{{#items}}\n- {{.}}\n{{/items}}\n";
    partials.Sources["block"] = "Items:\n  {{>list}}\nEnd\n";
    mustache::RenderOptions options;
    options.Partials = partials.Lookup();
    const json data = {{"items", {"a", "b"}}};
    CHECK(Render("<ul>\n  {{>block}}\n</ul>\n", data, options) ==
          "<ul>\n  Items:\n    - a\n    - b\n  End\n</ul>\n");
}

TEST_CASE("a default or moved-from template renders nothing and has no problems") {
    mustache::Template empty;
    CHECK(empty.Ok());
    CHECK(empty.Problems().empty());
    CHECK(empty.Render(json::object()).Text.empty());

    mustache::Template source = mustache::Template::Parse("Hi {{name}}");
    mustache::Template moved = std::move(source);
    CHECK(moved.Render({{"name", "Ann"}}).Text == "Hi Ann");
    mustache::Template assigned;
    assigned = std::move(moved);
    CHECK(assigned.Render({{"name", "Ann"}}).Text == "Hi Ann");
}
