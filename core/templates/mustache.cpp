// Debrief's Mustache engine: the parser that compiles a template into a flat node list, and the
// renderer that walks that list against JSON data. See mustache.h for what is supported.
//
// Index of this file:
// [SECTION] Compiled form: nodes, names and the partials cache
// [SECTION] Source positions and UTF-8 checking
// [SECTION] Parser
// [SECTION] Values: lookup, truthiness and text
// [SECTION] Renderer
// [SECTION] Public API

#include "core/templates/mustache.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <mutex>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_set>
#include <utility>

#include "core/text/utf8.h"

namespace debrief::templates {

using nlohmann::json;

namespace {

//-----------------------------------------------------------------------------
// [SECTION] Compiled form: nodes, names and the partials cache
//-----------------------------------------------------------------------------

// Sections inside partials inside sections...: the renderer recurses once per level, so the total is
// bounded too (a template alone is bounded by kMaxDepth sections, partials by kMaxDepth levels).
constexpr int kMaxRenderDepth = 8 * kMaxDepth;

// A render stops (its text cut short) past this many steps (nodes visited) beyond the template's own
// node count, or past this much text: nested lists over the same data, or partials that include
// themselves twice, would otherwise take exponential time.
#ifndef DEBRIEF_MUSTACHE_RENDER_STEPS
#define DEBRIEF_MUSTACHE_RENDER_STEPS 1000000  // scripts/fuzz-templates lowers it to keep fuzzing fast.
#endif
constexpr std::size_t kMaxRenderSteps = DEBRIEF_MUSTACHE_RENDER_STEPS;
constexpr std::size_t kMaxRenderedBytes = 32u << 20;

// Nobody reads more problems than this; a source made of nothing but broken tags stops there.
constexpr std::size_t kMaxProblems = 1000;

enum class NodeKind : std::uint8_t {
    Text,             // Literal template text.
    EscapedValue,     // {{name}}: escaped when RenderOptions::Escape is Html.
    RawValue,         // {{{name}}} or {{&name}}: never escaped.
    Section,          // {{#name}} ... {{/name}}
    InvertedSection,  // {{^name}} ... {{/name}}
    Partial,          // {{>name}}
    DynamicPartial,   // {{>*name}}: the partial whose name is the value of `name` (spec ~dynamic-names).
};

struct Node {
    NodeKind Kind = NodeKind::Text;
    bool StartsLine = false;       // Begins a source line: an indented partial's indentation goes first.
    bool CloseStartsLine = false;  // Sections: the closing tag begins a line, so each pass ends with it.
    std::uint32_t Begin = 0;       // Text: the text. Tags: the name as written, trimmed.
    std::uint32_t Length = 0;
    std::uint32_t FirstSegment = 0;  // The dotted name split at '.', in CompiledTemplate::Segments;
    std::uint32_t SegmentCount = 0;  // none for the implicit iterator "{{.}}".
    std::uint32_t End = 0;           // Sections: the index just past the body (the closing tag's place).
    std::uint32_t IndentBegin = 0;   // Standalone partials: the whitespace before the tag, which
    std::uint32_t IndentLength = 0;  // is prepended to every line of the partial.
    SourcePosition At;               // Where the tag starts.
};

struct CompiledTemplate;

// Partials are compiled the first time they are rendered and kept, keyed by name, so a list of
// 1,000 items does not parse its partial 1,000 times. The source is compared with the kept copy
// once per render (the caller may have edited it since), not at every use. A mutex guards the
// cache because Render is const and may run on several threads.
struct PartialCache {
    struct Entry {
        std::string Source;                   // What Compiled was compiled from.
        const std::string* SeenAt = nullptr;  // The caller's string, as last checked...
        std::uint64_t SeenInRender = 0;       // ...during this render.
        std::shared_ptr<const CompiledTemplate> Compiled;
    };
    std::mutex Lock;
    std::map<std::string, Entry, std::less<>> Entries;

    std::shared_ptr<const CompiledTemplate> Get(std::string_view name, const std::string& source,
                                                std::uint64_t render);
};

struct CompiledTemplate {
    std::string Source;       // The owned copy that every Node and Segment points into.
    std::vector<Node> Nodes;  // In source order; a section's body follows it.
    std::vector<std::string_view> Segments;
    std::vector<Problem> Problems;  // Sorted by position.
    mutable PartialCache Partials;  // Used on the template Render was called on.

    std::string_view Text(const Node& node) const { return {Source.data() + node.Begin, node.Length}; }
    std::string_view Name(const Node& node) const { return Text(node); }
    std::string_view Indentation(const Node& node) const {
        return {Source.data() + node.IndentBegin, node.IndentLength};
    }
};

void Compile(CompiledTemplate& compiled, std::string_view source);

std::shared_ptr<const CompiledTemplate> PartialCache::Get(std::string_view name, const std::string& source,
                                                          std::uint64_t render) {
    std::lock_guard<std::mutex> guard(Lock);
    auto found = Entries.find(name);
    if (found == Entries.end()) found = Entries.emplace(std::string(name), Entry{}).first;
    Entry& entry = found->second;
    if (entry.SeenInRender == render && entry.SeenAt == &source && entry.Compiled != nullptr)
        return entry.Compiled;
    if (entry.Compiled == nullptr || entry.Source != source) {
        auto fresh = std::make_shared<CompiledTemplate>();
        Compile(*fresh, source);
        entry.Source = source;
        entry.Compiled = std::move(fresh);
    }
    entry.SeenAt = &source;
    entry.SeenInRender = render;
    return entry.Compiled;
}

//-----------------------------------------------------------------------------
// [SECTION] Source positions and UTF-8 checking
//-----------------------------------------------------------------------------

bool IsContinuationByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Turns byte offsets into line and column, for offsets that only move forward: each byte of the
// source is looked at once, however many tags a line holds.
class PositionCounter {
  public:
    explicit PositionCounter(std::string_view source) : source_(source) {}

    SourcePosition At(std::size_t offset) {
        for (; scanned_ < offset && scanned_ < source_.size(); ++scanned_) {
            const char c = source_[scanned_];
            if (c == '\n') {
                ++position_.Line;
                position_.Column = 1;
            } else if (!IsContinuationByte(c)) {
                ++position_.Column;  // Columns count code points: only lead bytes start one.
            }
        }
        return position_;
    }

  private:
    std::string_view source_;
    std::size_t scanned_ = 0;
    SourcePosition position_;
};

// The offset of the first byte that is not part of valid UTF-8, or npos. ASCII runs are skipped
// byte by byte without decoding, which keeps megabytes of plain text fast.
std::size_t FirstInvalidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        if (static_cast<unsigned char>(text[i]) < 0x80) {
            ++i;
            continue;
        }
        const utf8::Decoded decoded = utf8::DecodeFirst(text.substr(i));
        if (!decoded.Valid) return i;
        i += decoded.Length;
    }
    return std::string_view::npos;
}

//-----------------------------------------------------------------------------
// [SECTION] Parser
//-----------------------------------------------------------------------------

bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view text) {
    while (!text.empty() && IsSpace(text.front())) text.remove_prefix(1);
    while (!text.empty() && IsSpace(text.back())) text.remove_suffix(1);
    return text;
}

std::string Quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

// One pass over the source. Text between tags becomes Text nodes; standalone lines (a section,
// comment, partial or delimiter tag alone on its line with only spaces and tabs around it) are
// removed as the spec requires. Problems are collected and parsing goes on, so the user sees
// every problem at once.
class Parser {
  public:
    explicit Parser(CompiledTemplate& target) : t_(target), src_(target.Source), positions_(target.Source) {}

    void Run() {
        while (pos_ < src_.size() && t_.Problems.size() < kMaxProblems) {
            const std::size_t tagStart = src_.find(open_, pos_);
            if (tagStart == std::string_view::npos) {
                AddText(pos_, src_.size());
                break;
            }
            AddText(pos_, tagStart);
            ParseTag(tagStart);
        }
        for (auto it = openSections_.rbegin(); it != openSections_.rend(); ++it) ReportUnclosed(*it);
        openSections_.clear();
    }

  private:
    struct OpenSection {
        std::uint32_t NodeIndex;
        std::string_view Name;
        SourcePosition At;
    };

    CompiledTemplate& t_;
    std::string_view src_;
    PositionCounter positions_;
    std::size_t pos_ = 0;
    std::string open_ = "{{";
    std::string close_ = "}}";
    std::size_t lineStart_ = 0;  // Offset of the first byte of the current line.
    bool lineBlank_ = true;      // Only spaces and tabs since lineStart_ (no tag, no other text).
    std::vector<OpenSection> openSections_;
    bool reportedTooDeep_ = false;
    std::unordered_set<std::string_view> names_;  // Each name part once, so equal parts share an address.

    // Where the closing delimiter of a tag was last looked for, and found (or npos). Offsets only
    // move forward, so the answer for an earlier offset still holds for a later one that it does
    // not pass: "{{ {{ {{ ... }}" costs one search, not one per tag.
    enum class CloserKind { Plain, Triple, Delimiters };
    struct CloserSearch {
        std::size_t From = std::string_view::npos;
        std::size_t At = std::string_view::npos;
    };
    std::array<CloserSearch, 3> closerSearches_;

    std::size_t FindCloser(CloserKind kind, std::string_view closer, std::size_t from) {
        CloserSearch& last = closerSearches_[static_cast<std::size_t>(kind)];
        if (last.From <= from && (last.At == std::string_view::npos || last.At >= from)) return last.At;
        last = {from, src_.find(closer, from)};
        return last.At;
    }

    std::uint32_t Offset(std::string_view part) const {
        return static_cast<std::uint32_t>(part.data() - src_.data());
    }

    void Report(ProblemKind kind, SourcePosition at, std::string_view name, std::string message) {
        if (t_.Problems.size() < kMaxProblems)
            t_.Problems.push_back({kind, at, std::string(name), std::move(message)});
    }

    void ReportUnclosed(const OpenSection& section) {
        t_.Nodes[section.NodeIndex].End = static_cast<std::uint32_t>(t_.Nodes.size());
        Report(ProblemKind::UnclosedSection, section.At, section.Name,
               "The section " + Quoted(section.Name) + " is opened here but never closed.");
    }

    void AddText(std::size_t begin, std::size_t end) {
        if (begin >= end) return;
        Node node;
        node.Kind = NodeKind::Text;
        node.Begin = static_cast<std::uint32_t>(begin);
        node.Length = static_cast<std::uint32_t>(end - begin);
        node.StartsLine = begin == 0 || src_[begin - 1] == '\n';
        t_.Nodes.push_back(node);

        const std::string_view text = src_.substr(begin, end - begin);
        const std::size_t lastNewline = text.rfind('\n');
        std::string_view tail = text;
        if (lastNewline != std::string_view::npos) {
            lineStart_ = begin + lastNewline + 1;
            lineBlank_ = true;
            tail = text.substr(lastNewline + 1);
        }
        if (lineBlank_) lineBlank_ = std::all_of(tail.begin(), tail.end(), IsBlank);
    }

    // Where the line ends (just past its newline, or the end of the source) when only spaces and
    // tabs follow `from` on it; npos otherwise.
    std::size_t BlankRestOfLine(std::size_t from) const {
        std::size_t i = from;
        while (i < src_.size() && IsBlank(src_[i])) ++i;
        if (i == src_.size()) return i;
        if (src_[i] == '\n') return i + 1;
        if (src_[i] == '\r' && i + 1 < src_.size() && src_[i + 1] == '\n') return i + 2;
        return std::string_view::npos;
    }

    // Removes the indentation of a standalone tag from the text node before it.
    void DropIndentation(std::size_t tagStart) {
        if (tagStart <= lineStart_ || t_.Nodes.empty()) return;
        Node& last = t_.Nodes.back();
        const std::size_t width = tagStart - lineStart_;
        if (last.Kind != NodeKind::Text || last.Begin + last.Length != tagStart || last.Length < width)
            return;
        last.Length -= static_cast<std::uint32_t>(width);
        if (last.Length == 0) t_.Nodes.pop_back();
    }

    Node NamedNode(NodeKind kind, std::string_view name, SourcePosition at) {
        Node node;
        node.Kind = kind;
        node.Begin = Offset(name);
        node.Length = static_cast<std::uint32_t>(name.size());
        node.FirstSegment = static_cast<std::uint32_t>(t_.Segments.size());
        node.At = at;
        if (name != ".") {
            std::size_t from = 0;
            while (true) {
                const std::size_t dot = name.find('.', from);
                const std::string_view part =
                    name.substr(from, dot == std::string_view::npos ? dot : dot - from);
                t_.Segments.push_back(*names_.insert(part).first);
                if (dot == std::string_view::npos) break;
                from = dot + 1;
            }
        }
        node.SegmentCount = static_cast<std::uint32_t>(t_.Segments.size()) - node.FirstSegment;
        return node;
    }

    void ParseTag(std::size_t tagStart) {
        const SourcePosition at = positions_.At(tagStart);
        const std::size_t contentStart = tagStart + open_.size();
        const char sigil = contentStart < src_.size() ? src_[contentStart] : '\0';

        // Find where the tag ends. "{{{name}}}" closes with "}" + the closing delimiter, and a
        // delimiter change "{{=<% %>=}}" with "=" + the closing delimiter.
        CloserKind closerKind = CloserKind::Plain;
        if (sigil == '{') closerKind = CloserKind::Triple;
        if (sigil == '=') closerKind = CloserKind::Delimiters;
        std::string closer = closerKind == CloserKind::Triple       ? "}" + close_
                             : closerKind == CloserKind::Delimiters ? "=" + close_
                                                                    : close_;
        const std::size_t searchFrom = (sigil == '{' || sigil == '=') ? contentStart + 1 : contentStart;
        std::size_t closeAt = FindCloser(closerKind, closer, searchFrom);
        bool delimiterCloserMissing = false;
        if (closeAt == std::string_view::npos && sigil == '=') {
            closer = close_;
            closeAt = FindCloser(CloserKind::Plain, closer, searchFrom);
            delimiterCloserMissing = true;
        }
        const std::string opener = sigil == '{' ? open_ + "{" : open_;
        if (closeAt == std::string_view::npos) {
            // Nothing after this can be a tag either: report it once and keep the rest as text.
            Report(ProblemKind::UnclosedTag, at, {},
                   "This tag starts with \"" + opener + "\" but is never closed with \"" + closer + "\".");
            AddText(tagStart, src_.size());
            pos_ = src_.size();
            return;
        }
        if (sigil != '!') {
            // "Hi {{name, see {{other}}": the first tag lost its end; parse the second on its own.
            const std::size_t innerOpen = src_.find(open_, contentStart + 1);
            if (innerOpen < closeAt) {
                Report(ProblemKind::UnclosedTag, at, {},
                       "This tag starts with \"" + opener + "\" but is not closed with \"" + closer +
                           "\" before the next tag.");
                AddText(tagStart, innerOpen);
                pos_ = innerOpen;
                return;
            }
        }
        const std::size_t tagEnd = closeAt + closer.size();
        std::string_view content = src_.substr(contentStart, closeAt - contentStart);

        const bool standaloneKind =
            sigil == '#' || sigil == '^' || sigil == '/' || sigil == '!' || sigil == '>' || sigil == '=';
        std::size_t lineEnd = std::string_view::npos;
        if (standaloneKind && lineBlank_) lineEnd = BlankRestOfLine(tagEnd);
        const bool standalone = lineEnd != std::string_view::npos;
        const bool startsLine = !standalone && tagStart == lineStart_;
        const std::size_t indentBegin = lineStart_;
        const std::size_t indentLength = standalone ? tagStart - lineStart_ : 0;
        if (standalone) DropIndentation(tagStart);

        switch (sigil) {
        case '!': break;
        case '=': SetDelimiters(content.substr(1), delimiterCloserMissing, at); break;
        case '#':
        case '^':
            OpenSectionTag(sigil == '#' ? NodeKind::Section : NodeKind::InvertedSection,
                           Trim(content.substr(1)), at, startsLine);
            break;
        case '/': CloseSectionTag(Trim(content.substr(1)), at, startsLine); break;
        case '>': {
            std::string_view name = Trim(content.substr(1));
            NodeKind kind = NodeKind::Partial;
            if (!name.empty() && name.front() == '*') {
                kind = NodeKind::DynamicPartial;
                name = Trim(name.substr(1));
            }
            if (name.empty()) {
                Report(ProblemKind::EmptyTag, at, {}, "This partial tag has no name: write {{>name}}.");
                break;
            }
            Node node = NamedNode(kind, name, at);
            node.StartsLine = startsLine;
            node.IndentBegin = static_cast<std::uint32_t>(indentBegin);
            node.IndentLength = static_cast<std::uint32_t>(indentLength);
            t_.Nodes.push_back(node);
            break;
        }
        default: {
            NodeKind kind = NodeKind::EscapedValue;
            std::string_view name = content;
            if (sigil == '{' || sigil == '&') {
                kind = NodeKind::RawValue;
                name = content.substr(1);
            }
            name = Trim(name);
            if (name.empty()) {
                Report(ProblemKind::EmptyTag, at, {},
                       "This tag is empty: put a field name between the braces.");
                break;
            }
            Node node = NamedNode(kind, name, at);
            node.StartsLine = startsLine;
            t_.Nodes.push_back(node);
            break;
        }
        }

        if (standalone) {
            pos_ = lineEnd;
            lineStart_ = lineEnd;
            lineBlank_ = true;
        } else {
            pos_ = tagEnd;
            lineBlank_ = false;
        }
    }

    // "{{=<% %>=}}": `inner` is what lies between the two '=' signs.
    void SetDelimiters(std::string_view inner, bool closerMissing, SourcePosition at) {
        inner = Trim(inner);
        std::size_t split = 0;
        while (split < inner.size() && !IsSpace(inner[split])) ++split;
        const std::string_view open = inner.substr(0, split);
        const std::string_view close = Trim(inner.substr(split));
        const auto valid = [](std::string_view d) {
            return !d.empty() &&
                   std::none_of(d.begin(), d.end(), [](char c) { return IsSpace(c) || c == '='; });
        };
        if (closerMissing || !valid(open) || !valid(close)) {
            Report(ProblemKind::BadDelimiters, at, {},
                   "This delimiter change should be two markers separated by a space between equals signs, "
                   "like {{=<% %>=}}.");
            return;
        }
        open_ = std::string(open);
        close_ = std::string(close);
        closerSearches_ = {};
    }

    void OpenSectionTag(NodeKind kind, std::string_view name, SourcePosition at, bool startsLine) {
        if (name.empty()) {
            Report(ProblemKind::EmptyTag, at, {},
                   "This section tag has no name: write the field after the sign.");
            return;
        }
        if (openSections_.size() >= static_cast<std::size_t>(kMaxDepth) && !reportedTooDeep_) {
            reportedTooDeep_ = true;
            Report(ProblemKind::TooDeep, at, name,
                   "The section " + Quoted(name) + " is nested more than " + std::to_string(kMaxDepth) +
                       " sections deep.");
        }
        Node node = NamedNode(kind, name, at);
        node.StartsLine = startsLine;
        openSections_.push_back({static_cast<std::uint32_t>(t_.Nodes.size()), name, at});
        t_.Nodes.push_back(node);
    }

    void CloseSectionTag(std::string_view name, SourcePosition at, bool startsLine) {
        if (name.empty()) {
            Report(ProblemKind::EmptyTag, at, {},
                   "This closing tag has no name: write the section's name after /.");
            return;
        }
        if (openSections_.empty()) {
            Report(ProblemKind::UnexpectedClose, at, name,
                   "This tag closes the section " + Quoted(name) + ", but no section is open here.");
            return;
        }
        // The innermost open section of that name; sections opened after it were never closed.
        auto match = std::find_if(openSections_.rbegin(), openSections_.rend(),
                                  [&](const OpenSection& s) { return s.Name == name; });
        if (match == openSections_.rend()) {
            Report(ProblemKind::MismatchedClose, at, name,
                   "This tag closes " + Quoted(name) + ", but the section open here is " +
                       Quoted(openSections_.back().Name) + ".");
            return;
        }
        const std::size_t matchIndex = static_cast<std::size_t>(openSections_.rend() - match) - 1;
        while (openSections_.size() > matchIndex + 1) {
            ReportUnclosed(openSections_.back());
            openSections_.pop_back();
        }
        Node& section = t_.Nodes[openSections_.back().NodeIndex];
        section.End = static_cast<std::uint32_t>(t_.Nodes.size());
        section.CloseStartsLine = startsLine;
        openSections_.pop_back();
    }
};

bool ComesBefore(const Problem& a, const Problem& b) {
    if (a.At.Line != b.At.Line) return a.At.Line < b.At.Line;
    return a.At.Column < b.At.Column;
}

void Compile(CompiledTemplate& compiled, std::string_view source) {
    if (source.size() > kMaxSourceBytes) {
        compiled.Problems.push_back({ProblemKind::TooLarge,
                                     {},
                                     {},
                                     "The template is larger than " + std::to_string(kMaxSourceBytes >> 20) +
                                         " MB; split it into smaller templates."});
        return;
    }
    compiled.Source.assign(source.data(), source.size());
    const std::size_t badByte = FirstInvalidUtf8(compiled.Source);
    if (badByte != std::string_view::npos) {
        compiled.Problems.push_back(
            {ProblemKind::InvalidUtf8,
             PositionCounter(compiled.Source).At(badByte),
             {},
             "The text has bytes here that are not valid UTF-8; save it again as UTF-8."});
    }
    Parser(compiled).Run();
    std::stable_sort(compiled.Problems.begin(), compiled.Problems.end(), ComesBefore);
}

//-----------------------------------------------------------------------------
// [SECTION] Values: lookup, truthiness and text
//-----------------------------------------------------------------------------

// The context stack lives on the C++ stack: each section pass adds one frame that points to the
// frame below it, so rendering allocates nothing for it.
struct ContextFrame {
    const json* Value;
    const ContextFrame* Below;
};

const json* FindMember(const json& object, std::string_view name) {
    const auto found = object.find(name);
    return found != object.end() ? &*found : nullptr;
}

// Remembers, for one render, which member a name found in an object: a message uses
// "company.name" or "sender.*" again and again, and each search of a std::map costs several
// string comparisons. The parser makes equal names share one string_view, so a name is known by
// its address. Direct-mapped: a collision only costs a search.
class LookupCache {
  public:
    const json* Find(const json& object, std::string_view name) {
        const auto key = (reinterpret_cast<std::uintptr_t>(&object) >> 4) ^
                         (reinterpret_cast<std::uintptr_t>(name.data()) * 31u);
        Entry& entry = entries_[key % entries_.size()];
        if (entry.Object == &object && entry.Name == name.data() && entry.Length == name.size())
            return entry.Found;
        entry = {&object, name.data(), name.size(), FindMember(object, name)};
        return entry.Found;
    }

  private:
    struct Entry {
        const json* Object = nullptr;
        const char* Name = nullptr;
        std::size_t Length = 0;
        const json* Found = nullptr;  // nullptr: the object has no such member.
    };
    std::array<Entry, 64> entries_{};
};

// Spec: the first part of a dotted name is looked up from the top of the context stack down; the
// other parts only inside what the previous one found. Returns nullptr when undefined.
const json* Resolve(const CompiledTemplate& t, const Node& node, const ContextFrame* context,
                    LookupCache& cache) {
    if (node.SegmentCount == 0) return context->Value;  // {{.}}
    const std::string_view* segment = t.Segments.data() + node.FirstSegment;
    const json* value = nullptr;
    for (const ContextFrame* frame = context; frame != nullptr && value == nullptr; frame = frame->Below) {
        if (frame->Value->is_object()) value = cache.Find(*frame->Value, segment[0]);
    }
    for (std::uint32_t i = 1; value != nullptr && i < node.SegmentCount; ++i) {
        if (!value->is_object()) return nullptr;
        value = cache.Find(*value, segment[i]);
    }
    return value;
}

bool IsTruthy(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
    case json::value_t::discarded: return false;
    case json::value_t::boolean: return value.get<bool>();
    case json::value_t::string: return !value.get_ref<const std::string&>().empty();
    case json::value_t::array: return !value.empty();
    default: return true;
    }
}

// The rendered text: a std::string grown in large steps and written with memcpy. A message is
// hundreds of small writes, and each std::string::append costs several calls in WebAssembly.
class Output {
  public:
    Output(std::string& text, std::size_t expected) : text_(text), length_(text.size()) {
        text_.resize(length_ + expected);
    }
    ~Output() { text_.resize(length_); }
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void Append(const char* data, std::size_t size) {
        if (size == 0) return;
        if (size > text_.size() - length_) text_.resize(std::max(text_.size() * 2, length_ + size));
        std::memcpy(text_.data() + length_, data, size);
        length_ += size;
    }
    void Append(std::string_view text) { Append(text.data(), text.size()); }
    std::size_t Size() const { return length_; }

  private:
    std::string& text_;
    std::size_t length_;  // What is written; text_ beyond it is room to grow.
};

void AppendEscaped(Output& out, std::string_view text) {
    std::size_t from = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
        case '&': entity = "&amp;"; break;
        case '"': entity = "&quot;"; break;
        case '<': entity = "&lt;"; break;
        case '>': entity = "&gt;"; break;
        default: continue;
        }
        out.Append(text.data() + from, i - from);
        out.Append(entity);
        from = i + 1;
    }
    out.Append(text.data() + from, text.size() - from);
}

void AppendText(Output& out, std::string_view text, bool escape) {
    if (escape) {
        AppendEscaped(out, text);
    } else {
        out.Append(text);
    }
}

template <typename Number> void AppendInteger(Output& out, Number n) {
    char digits[24];
    const auto result = std::to_chars(digits, digits + sizeof digits, n);
    out.Append(digits, static_cast<std::size_t>(result.ptr - digits));
}

// Spec: "1.21" stays 1.21 and whole numbers print without ".0"; otherwise the shortest text that
// reads back as the same double. (Emscripten 3.1.6's libc++ has no std::to_chars for double, so
// this tries printf precisions; numbers with fractions are rare in messages.)
void AppendFloat(Output& out, double d) {
    if (!std::isfinite(d)) return;
    if (d == std::trunc(d) && std::fabs(d) < 1e15) {
        AppendInteger(out, static_cast<long long>(d));
        return;
    }
    char digits[40];
    int length = 0;
    for (int precision = 1; precision <= 17; ++precision) {
        length = std::snprintf(digits, sizeof digits, "%.*g", precision, d);
        if (std::strtod(digits, nullptr) == d) break;
    }
    if (length > 0)
        out.Append(digits, std::min<std::size_t>(static_cast<std::size_t>(length), sizeof digits - 1));
}

// True when `value` holds lists or objects at most `levels` deep, so printing it recursively is safe.
bool NestsAtMost(const json& value, int levels) {
    if (!value.is_structured()) return true;
    if (levels == 0) return false;
    return std::all_of(value.begin(), value.end(),
                       [&](const json& item) { return NestsAtMost(item, levels - 1); });
}

// Lists or objects nested deeper than this print as nothing rather than overflow the stack.
constexpr int kMaxPrintedNesting = 16;

// Lists print as their items separated by ", "; objects as compact JSON (a template that prints
// a whole object is almost certainly a mistake, but the result should still be readable).
void AppendValue(Output& out, const json& value, bool escape) {
    switch (value.type()) {
    case json::value_t::string: AppendText(out, value.get_ref<const std::string&>(), escape); break;
    case json::value_t::number_integer: AppendInteger(out, value.get<std::int64_t>()); break;
    case json::value_t::number_unsigned: AppendInteger(out, value.get<std::uint64_t>()); break;
    case json::value_t::number_float: AppendFloat(out, value.get<double>()); break;
    case json::value_t::boolean: out.Append(value.get<bool>() ? "true" : "false"); break;
    case json::value_t::array: {
        bool first = true;
        for (const json& item : value) {
            if (!first) out.Append(", ");
            first = false;
            AppendValue(out, item, escape);
        }
        break;
    }
    case json::value_t::object: AppendText(out, value.dump(), escape); break;
    default: break;  // null, binary, discarded: nothing.
    }
}

//-----------------------------------------------------------------------------
// [SECTION] Renderer
//-----------------------------------------------------------------------------

bool StartsWithNewline(std::string_view text) {
    return !text.empty() && (text[0] == '\n' || (text[0] == '\r' && text.size() > 1 && text[1] == '\n'));
}

class Renderer {
  public:
    Renderer(Output& out, const RenderOptions& options, const CompiledTemplate& root,
             std::vector<MissingField>* missing, std::vector<Problem>* strict)
        : out_(out), options_(options), root_(root), missing_(missing), strict_(strict),
          render_(++renderCount_), outStart_(out.Size()), stepsLeft_(kMaxRenderSteps + root.Nodes.size()) {}

    void Render(const CompiledTemplate& t, std::uint32_t begin, std::uint32_t end,
                const ContextFrame* context) {
        for (std::uint32_t i = begin; i < end && !stopped_;) {
            const Node& node = t.Nodes[i];
            if (!TakeStep(node)) return;
            if (node.StartsLine && !indent_.empty()) {
                if (node.Kind != NodeKind::Text || !StartsWithNewline(t.Text(node))) out_.Append(indent_);
            }
            switch (node.Kind) {
            case NodeKind::Text: WriteText(t.Text(node)); break;
            case NodeKind::EscapedValue:
            case NodeKind::RawValue: WriteValue(t, node, context); break;
            case NodeKind::Section:
            case NodeKind::InvertedSection: RenderSection(t, i, context); break;
            case NodeKind::Partial:
            case NodeKind::DynamicPartial: RenderPartial(t, node, context); break;
            }
            i = (node.Kind == NodeKind::Section || node.Kind == NodeKind::InvertedSection)
                    ? std::max(node.End, i + 1)
                    : i + 1;
        }
    }

  private:
    Output& out_;
    const RenderOptions& options_;
    const CompiledTemplate& root_;
    std::vector<MissingField>* missing_;  // Null when the caller does not track missing fields.
    std::vector<Problem>* strict_;        // StrictCheck only: missing partials and partial problems.
    std::string indent_;                  // What goes before each line of the partial being rendered.
    int depth_ = 0;                       // Section passes and partials currently open.
    int partialDepth_ = 0;
    const SourcePosition* site_ = nullptr;  // Inside partials: the root template's tag that led there.
    bool reportedTooDeep_ = false;
    static inline std::atomic<std::uint64_t> renderCount_{0};
    const std::uint64_t render_;  // Tells the partials cache which render asks.
    const std::size_t outStart_;
    std::size_t stepsLeft_;
    bool stopped_ = false;                             // The work budget ran out: render nothing more.
    std::set<std::string, std::less<>> missingNames_;  // What missing_ holds, to find it quickly.
    std::set<std::string, std::less<>> strictKeys_;    // Kind and name of what strict_ holds.
    LookupCache lookups_;

    bool TakeStep(const Node& node) {
        if (stepsLeft_ > 0 && out_.Size() - outStart_ <= kMaxRenderedBytes) {
            --stepsLeft_;
            return true;
        }
        stopped_ = true;
        NoteStrict(ProblemKind::TooLarge, node, {},
                   "With this data the message would be far too long, so it is cut off here.");
        return false;
    }

    SourcePosition Where(const Node& node) const { return site_ != nullptr ? *site_ : node.At; }

    // Template text, with the partial's indentation after each newline that starts another line.
    void WriteText(std::string_view text) {
        if (indent_.empty()) {
            out_.Append(text);
            return;
        }
        std::size_t from = 0;
        while (true) {
            const std::size_t newline = text.find('\n', from);
            if (newline == std::string_view::npos || newline + 1 == text.size()) {
                out_.Append(text.substr(from));
                return;
            }
            out_.Append(text.substr(from, newline + 1 - from));
            from = newline + 1;
            if (!StartsWithNewline(text.substr(from))) out_.Append(indent_);
        }
    }

    void NoteMissing(const CompiledTemplate& t, const Node& node) {
        if (missing_ == nullptr) return;
        const std::string_view name = t.Name(node);
        if (missingNames_.find(name) != missingNames_.end()) return;
        missingNames_.emplace(name);
        missing_->push_back({std::string(name), Where(node)});
    }

    // One problem per kind and name: a partial missing in every item of a list is one problem.
    void NoteStrict(ProblemKind kind, const Node& node, std::string_view name, std::string message) {
        if (strict_ == nullptr) return;
        std::string key(1, static_cast<char>('A' + static_cast<int>(kind)));
        key.append(name);
        if (!strictKeys_.insert(std::move(key)).second) return;
        strict_->push_back({kind, Where(node), std::string(name), std::move(message)});
    }

    void WriteValue(const CompiledTemplate& t, const Node& node, const ContextFrame* context) {
        const bool escape = node.Kind == NodeKind::EscapedValue && options_.Escape == Escaping::Html;
        const json* value = Resolve(t, node, context, lookups_);
        if (value == nullptr || value->is_null()) {
            NoteMissing(t, node);
            if (options_.MarkMissing) {
                out_.Append("[missing: ");
                AppendText(out_, t.Name(node), escape);
                out_.Append("]");
            }
            return;
        }
        if (value->is_string()) {
            AppendText(out_, value->get_ref<const std::string&>(), escape);
        } else if (NestsAtMost(*value, kMaxPrintedNesting)) {
            AppendValue(out_, *value, escape);
        }
    }

    bool EnterLevel(const Node& node) {
        if (depth_ >= kMaxRenderDepth || partialDepth_ > kMaxDepth) {
            if (!reportedTooDeep_) {
                reportedTooDeep_ = true;
                NoteStrict(ProblemKind::TooDeep, node, {},
                           "The partials here include each other too deeply (more than " +
                               std::to_string(kMaxDepth) + " levels), so the rest is left out.");
            }
            return false;
        }
        ++depth_;
        return true;
    }

    void RenderBody(const CompiledTemplate& t, std::uint32_t index, const ContextFrame* context) {
        const Node& node = t.Nodes[index];
        if (!EnterLevel(node)) return;
        Render(t, index + 1, node.End, context);
        --depth_;
        if (node.CloseStartsLine && !indent_.empty()) out_.Append(indent_);
    }

    void RenderSection(const CompiledTemplate& t, std::uint32_t index, const ContextFrame* context) {
        const Node& node = t.Nodes[index];
        const json* value = Resolve(t, node, context, lookups_);
        if (value == nullptr) NoteMissing(t, node);
        const bool truthy = value != nullptr && IsTruthy(*value);
        if (node.Kind == NodeKind::InvertedSection) {
            if (!truthy) RenderBody(t, index, context);
            return;
        }
        if (!truthy) return;
        if (value->is_array()) {
            for (const json& item : *value) {
                if (stopped_) break;
                const ContextFrame frame{&item, context};
                RenderBody(t, index, &frame);
            }
        } else {
            const ContextFrame frame{value, context};
            RenderBody(t, index, &frame);
        }
    }

    void RenderPartial(const CompiledTemplate& t, const Node& node, const ContextFrame* context) {
        std::string_view name = t.Name(node);
        if (node.Kind == NodeKind::DynamicPartial) {
            const json* value = Resolve(t, node, context, lookups_);
            if (value == nullptr || value->is_null()) {
                NoteMissing(t, node);
                return;
            }
            if (!value->is_string()) return;
            name = value->get_ref<const std::string&>();
        }
        const std::string* source = options_.Partials ? options_.Partials(name) : nullptr;
        if (source == nullptr) {
            NoteStrict(ProblemKind::MissingPartial, node, name,
                       "There is no partial named " + Quoted(name) + ".");
            return;
        }
        const std::shared_ptr<const CompiledTemplate> partial = root_.Partials.Get(name, *source, render_);
        if (!partial->Problems.empty()) {
            for (const Problem& p : partial->Problems) {
                NoteStrict(p.Kind, node, name,
                           "In the partial " + Quoted(name) + ", line " + std::to_string(p.At.Line) +
                               ", column " + std::to_string(p.At.Column) + ": " + p.Message);
            }
            return;
        }
        ++partialDepth_;
        if (EnterLevel(node)) {
            const std::size_t outerIndent = indent_.size();
            indent_.append(t.Indentation(node));
            const SourcePosition* outerSite = site_;
            if (site_ == nullptr) site_ = &node.At;
            Render(*partial, 0, static_cast<std::uint32_t>(partial->Nodes.size()), context);
            site_ = outerSite;
            indent_.resize(outerIndent);
            --depth_;
        }
        --partialDepth_;
    }
};

}  // namespace

//-----------------------------------------------------------------------------
// [SECTION] Public API
//-----------------------------------------------------------------------------

struct Template::Impl {
    CompiledTemplate Compiled;
};

std::string Describe(const Problem& p) {
    return "Line " + std::to_string(p.At.Line) + ", column " + std::to_string(p.At.Column) + ": " + p.Message;
}

std::string MissingMark(std::string_view name) { return "[missing: " + std::string(name) + "]"; }

bool HasMissingMarks(std::string_view text) { return text.find("[missing: ") != std::string_view::npos; }

Template Template::Parse(std::string_view source) {
    Template t;
    t.impl_ = std::make_unique<Impl>();
    Compile(t.impl_->Compiled, source);
    return t;
}

Template::Template() = default;
Template::Template(Template&&) noexcept = default;
Template& Template::operator=(Template&&) noexcept = default;
Template::~Template() = default;

bool Template::Ok() const { return impl_ == nullptr || impl_->Compiled.Problems.empty(); }

const std::vector<Problem>& Template::Problems() const {
    static const std::vector<Problem> kNone;
    return impl_ != nullptr ? impl_->Compiled.Problems : kNone;
}

namespace {

void RenderCompiled(const CompiledTemplate& compiled, std::string& out, const json& data,
                    const RenderOptions& options, std::vector<MissingField>* missing,
                    std::vector<Problem>* strict) {
    Output output(out, compiled.Source.size() + compiled.Source.size() / 2 + 64);
    const ContextFrame root{&data, nullptr};
    Renderer(output, options, compiled, missing, strict)
        .Render(compiled, 0, static_cast<std::uint32_t>(compiled.Nodes.size()), &root);
}

}  // namespace

RenderResult Template::Render(const json& data, const RenderOptions& options) const {
    RenderResult result;
    if (!Ok() || impl_ == nullptr) return result;  // Precondition: Ok().
    RenderCompiled(impl_->Compiled, result.Text, data, options, &result.Missing, nullptr);
    return result;
}

void Template::RenderTo(std::string& out, const json& data, const RenderOptions& options) const {
    if (!Ok() || impl_ == nullptr) return;  // Precondition: Ok().
    RenderCompiled(impl_->Compiled, out, data, options, nullptr, nullptr);
}

std::vector<Problem> StrictCheck(std::string_view source, const json& data, const PartialSource& partials) {
    CompiledTemplate compiled;
    Compile(compiled, source);
    if (!compiled.Problems.empty()) return compiled.Problems;

    RenderOptions options;
    options.Partials = partials;
    std::string scratch;
    std::vector<MissingField> missing;
    std::vector<Problem> problems;
    RenderCompiled(compiled, scratch, data, options, &missing, &problems);
    for (const MissingField& field : missing) {
        problems.push_back({ProblemKind::MissingField, field.At, field.Name,
                            Quoted(field.Name) + " has no value for this candidate."});
    }
    std::stable_sort(problems.begin(), problems.end(), ComesBefore);
    return problems;
}

}  // namespace debrief::templates
