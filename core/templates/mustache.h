// Mustache templates (https://mustache.github.io/mustache.5.html): parse once, render many times.
//
// Debrief's own engine, because messages need what the packaged engines lack: every problem
// with its line and column, a strict check of the fields a template uses, and the standalone-
// line rules of the official spec (see tests/core/mustache_spec_test.cpp for the suite).
//
// Implemented: variables ({{x}}, {{{x}}}, {{&x}}), dotted names, implicit iterator {{.}},
//   sections and inverted sections over booleans, lists and objects, comments, set-delimiter
//   tags, partials with standalone indentation, dynamic partials {{>*name}} (spec ~dynamic-names),
//   standalone-line removal, HTML escaping or none.
// Not implemented: lambdas (the data is JSON, which holds no code); template inheritance
//   ({{<parent}} and {{$block}}, spec ~inheritance), which read as plain names instead.
//
// Limits, each reported as a problem rather than a crash: a source of more than kMaxSourceBytes,
// sections nested deeper than kMaxDepth, partials recursing deeper than kMaxDepth, invalid UTF-8.
// A render that would take a million steps more than the template has tags, or write more than
// 32 MiB, is cut off there (StrictCheck reports it as TooLarge), so no data or partials can make
// rendering hang.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace debrief::templates {

inline constexpr std::size_t kMaxSourceBytes = 8u << 20;  // 8 MiB of template text.
inline constexpr int kMaxDepth = 100;                     // Nested sections, or partials within partials.

struct SourcePosition {
    int Line = 1;    // 1-based.
    int Column = 1;  // 1-based, counted in Unicode code points.
};

enum class ProblemKind {
    UnclosedSection,   // {{#a}} with no {{/a}}.
    MismatchedClose,   // {{#a}}...{{/b}}.
    UnexpectedClose,   // {{/a}} with nothing open.
    UnclosedTag,       // "{{name" with no closing delimiter.
    EmptyTag,          // "{{}}" or "{{# }}".
    BadDelimiters,     // A set-delimiter tag that is not "{{=<open> <close>=}}".
    InvalidUtf8,       // The source is not valid UTF-8 (position of the first bad byte).
    TooLarge,          // More than kMaxSourceBytes.
    TooDeep,           // Nesting past kMaxDepth.
    MissingField,      // Strict check: the data does not define a name the template uses.
    MissingPartial,    // Strict check: {{>name}} names no known partial.
};

struct Problem {
    ProblemKind Kind;
    SourcePosition At;    // Where the offending tag starts (or the bad byte).
    std::string Name;     // The field, section or partial name involved; may be empty.
    std::string Message;  // One plain English sentence for the user, without the position.
};

std::string Describe(const Problem& p);  // "Line 3, column 7: The section "notes" is never closed."

enum class Escaping {
    None,  // Plain-text messages: O'Brien stays O'Brien.
    Html,  // The Mustache standard: & " < > escaped in {{x}}, not in {{{x}}} or {{&x}}.
};

// Looks up a partial's source by name; returns nullptr when there is none.
using PartialSource = std::function<const std::string*(std::string_view name)>;

struct RenderOptions {
    Escaping Escape = Escaping::None;
    PartialSource Partials;         // May be empty: no partials.
    bool MarkMissing = false;       // Write MissingMark(name) where a variable is undefined.
};

// What a missing value looks like in a rendered draft: "[missing: reply_by.date]". A draft that
// still contains one cannot be marked ready (see HasMissingMarks).
std::string MissingMark(std::string_view name);
bool HasMissingMarks(std::string_view text);

struct MissingField {
    std::string Name;     // As written in the template: "reply_by.date".
    SourcePosition At;    // The first place it is used (in a partial: the tag that includes the partial).
};

struct RenderResult {
    std::string Text;
    std::vector<MissingField> Missing;  // Each distinct undefined name once, in order of first use.
};

class Template {
public:
    // Parses `source`. Never throws; problems() lists what is wrong (empty when usable).
    static Template Parse(std::string_view source);

    Template();
    Template(Template&&) noexcept;
    Template& operator=(Template&&) noexcept;
    ~Template();

    bool Ok() const;                              // No parse problems: Render may be called.
    const std::vector<Problem>& Problems() const; // Parse problems, in source order.

    // Renders with `data` as the root context. Precondition: Ok(). Undefined variables, and
    // variables whose value is null, render as empty text (or MissingMark with MarkMissing) and
    // are listed in Missing, as are undefined section names (an undefined section is false).
    RenderResult Render(const nlohmann::json& data, const RenderOptions& options = {}) const;
    void RenderTo(std::string& out, const nlohmann::json& data, const RenderOptions& options = {}) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Parse problems, then every field the template uses that `data` does not define (variables and
// section names, including those inside sections that render, resolved as rendering would), and
// every partial with no source. Empty means the template renders completely with this data.
std::vector<Problem> StrictCheck(std::string_view source, const nlohmann::json& data,
                                 const PartialSource& partials = {});

}  // namespace debrief::templates
