// Index of this file:
// [SECTION] Message parts
// [SECTION] Plain-language helpers
// [SECTION] Reading one card
// [SECTION] Reading a file
// [SECTION] Writing
// [SECTION] The built-in cards
// [SECTION] Drafts

#include "core/workshop/scenario.h"

#include <algorithm>
#include <array>
#include <set>
#include <span>

#include <nlohmann/json.hpp>

#include "core/exchange/backup.h"
#include "core/records/record_json.h"
#include "core/templates/draft.h"
#include "core/templates/message_data.h"
#include "core/templates/mustache.h"
#include "core/text/utf8.h"
#include "core/workshop/concat.h"
#include "core/workshop/demo_data.h"

// The bytes of assets/scenarios/*.json, each file followed by 0x1E (cmake/EmbedFile.cmake).
extern const unsigned char debrief_scenario_files[];
extern const std::size_t debrief_scenario_files_size;

namespace debrief::workshop {

using nlohmann::json;

// ---------------------------------------------------------------------------------------------
// [SECTION] Message parts

namespace {

struct PartName {
    std::string_view Id;
    std::string_view Label;
};

// The ids are the tone checker's own: its markers and its "requires" parts (elements.json).
constexpr std::array<PartName, kMessagePartCount> kParts = {{
    {"name", "The candidate's name in the greeting"},
    {"thanks", "Thanks"},
    {"specific", "Something specific"},
    {"next_step", "A next step"},
    {"improvement", "A way to improve"},
    {"timeline", "A date or time frame"},
    {"reason", "A reason"},
    {"closing", "A sign-off"},
}};

}  // namespace

std::string_view PartId(MessagePart p) { return kParts[static_cast<std::size_t>(p)].Id; }
std::string_view PartLabel(MessagePart p) { return kParts[static_cast<std::size_t>(p)].Label; }

std::optional<MessagePart> ParsePart(std::string_view id) {
    for (std::size_t i = 0; i < kParts.size(); ++i)
        if (kParts[i].Id == id) return static_cast<MessagePart>(i);
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Plain-language helpers

namespace {

using FieldNames = std::span<const std::string_view>;
constexpr std::array<std::string_view, 8> kCardFields = {"id",   "title",     "situation", "lesson",
                                                         "kind", "candidate", "draft",     "goals"};
constexpr std::array<std::string_view, 2> kDraftFields = {"subject", "body"};
constexpr std::array<std::string_view, 3> kGoalFields = {"remove", "include", "min_score"};
constexpr std::array<std::string_view, 3> kCollectionFields = {"format", "version", "scenarios"};

// "a, b, c": a list of ids for a message.
template <typename List> std::string Listed(const List& items) {
    std::string out;
    for (const auto& item : items) {
        if (!out.empty()) out += ", ";
        out += item;
    }
    return out;
}

std::vector<std::string> CategoryIds() {
    std::vector<std::string> ids;
    for (int c = 0; c < tone::kCategoryCount; ++c)
        ids.emplace_back(tone::CategoryId(static_cast<tone::Category>(c)));
    return ids;
}

std::vector<std::string> KindIds() {
    std::vector<std::string> ids;
    for (int k = 0; k < kMessageKindCount; ++k) ids.emplace_back(ToString(static_cast<MessageKind>(k)));
    return ids;
}

std::vector<std::string> PartIds() {
    std::vector<std::string> ids;
    for (const PartName& p : kParts) ids.emplace_back(p.Id);
    return ids;
}

std::vector<std::string> SituationKeys() {
    std::vector<std::string> ids;
    for (const DemoSituation& s : DemoSituations()) ids.emplace_back(s.Key);
    return ids;
}

// Edit distance, for "did you mean": ids are short, so the plain table is fine.
std::size_t Distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// " (did you mean \"vague\"?)" when one known id is close to what was written, else "".
template <typename List> std::string DidYouMean(std::string_view written, const List& known) {
    std::string best;
    std::size_t best_distance = 3;  // At most two typos.
    for (const auto& k : known) {
        const std::size_t d = Distance(written, k);
        if (d < best_distance) {
            best_distance = d;
            best = std::string(k);
        }
    }
    if (best.empty()) return {};
    std::string out = " (did you mean \"";
    out += best;
    out += "\"?)";
    return out;
}

std::string Quoted(std::string_view s) {
    std::string out = "\"";
    out += s;
    out += '"';
    return out;
}

std::string Number(std::size_t n) {  // 20000 -> "20,000"
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

bool Blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

std::string Child(const std::string& path, std::string_view key) {
    std::string out = path;
    if (!out.empty()) out += '.';
    out += key;
    return out;
}

std::string Item(const std::string& path, std::size_t index) {
    std::string out = path;
    out += '[';
    out += std::to_string(index);
    out += ']';
    return out;
}

// Collects errors as "file: path: reason".
struct Errors {
    std::string File;
    std::vector<std::string>& Out;

    void Add(const std::string& path, const std::string& reason) {
        std::string line = File;
        line += ": ";
        if (!path.empty()) {
            line += path;
            line += ": ";
        }
        line += reason;
        Out.push_back(std::move(line));
    }

    std::string WrongType(const json& v, const char* expected) const {
        std::string reason = "must be ";
        reason += expected;
        reason += ", not ";
        reason += JsonTypeName(v);
        return reason;
    }
};

// Fields nobody knows are refused: a misspelt "goals" would otherwise be a card with none.
void CheckFields(const json& object, FieldNames known, const std::string& path, const char* what,
                 Errors& errors) {
    for (const auto& [key, value] : object.items()) {
        if (std::find(known.begin(), known.end(), key) != known.end()) continue;
        std::string reason = "is not a field of ";
        reason += what;
        reason += DidYouMean(key, known);
        reason += "; the fields are ";
        reason += Listed(known);
        errors.Add(Child(path, key), reason);
    }
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading one card

class CardReader {
  public:
    CardReader(const json& card, std::string path, Errors& errors)
        : Card(card), Path(std::move(path)), Out(errors) {}

    std::optional<Scenario> Read() {
        if (!Card.is_object()) {
            Out.Add(Path, Out.WrongType(Card, "an object (a scenario card)"));
            return std::nullopt;
        }
        const std::size_t before = Out.Out.size();
        CheckFields(Card, kCardFields, Path, "a scenario card", Out);
        Scenario s;
        ReadId(s.Id);
        ReadTitle(s.Title);
        ReadParagraph("situation", s.Situation, kMaxScenarioSituationBytes);
        ReadParagraph("lesson", s.Lesson, kMaxScenarioLessonBytes);
        ReadKind(s.Kind);
        ReadCandidate(s.Candidate);
        ReadDraft(s.Subject, s.Body);
        ReadGoals(s.Goals);
        if (Out.Out.size() != before) return std::nullopt;
        return s;
    }

  private:
    const json& Card;
    std::string Path;
    Errors& Out;

    // The value of a required field, or nullptr (with an error) when it is missing.
    const json* Required(const json& object, const std::string& path, const char* key) {
        const auto it = object.find(key);
        if (it == object.end()) {
            Out.Add(Child(path, key), "is missing");
            return nullptr;
        }
        return &*it;
    }

    const std::string* RequiredText(const json& object, const std::string& path, const char* key) {
        const json* v = Required(object, path, key);
        if (!v) return nullptr;
        if (!v->is_string()) {
            Out.Add(Child(path, key), Out.WrongType(*v, "text"));
            return nullptr;
        }
        return &v->get_ref<const std::string&>();
    }

    void ReadId(std::string& out) {
        const std::string* id = RequiredText(Card, Path, "id");
        if (!id) return;
        const bool ok = !id->empty() && id->size() <= kMaxScenarioIdChars && (*id)[0] >= 'a' &&
                        (*id)[0] <= 'z' && std::all_of(id->begin(), id->end(), [](char c) {
                            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
                        });
        if (!ok) {
            Out.Add(Child(Path, "id"),
                    Concat({Quoted(*id), " is not a valid id: use 1 to ", std::to_string(kMaxScenarioIdChars),
                            " lowercase letters, digits, _ and -, starting with a letter"}));
            return;
        }
        out = *id;
    }

    void ReadTitle(std::string& out) {
        const std::string* title = RequiredText(Card, Path, "title");
        if (!title) return;
        const std::string path = Child(Path, "title");
        const std::size_t chars = utf8::CountCodePoints(*title);
        if (Blank(*title))
            Out.Add(path, "is empty; give the card a short title");
        else if (title->find_first_of("\r\n") != std::string::npos)
            Out.Add(path, "must be one line");
        else if (chars > kMaxScenarioTitleChars)
            Out.Add(path, Concat({"is too long: ", std::to_string(chars), " characters, at most ",
                                  std::to_string(kMaxScenarioTitleChars)}));
        else
            out = *title;
    }

    void ReadParagraph(const char* key, std::string& out, std::size_t max_bytes) {
        const std::string* text = RequiredText(Card, Path, key);
        if (!text) return;
        if (Blank(*text))
            Out.Add(Child(Path, key), "is empty");
        else if (text->size() > max_bytes)
            Out.Add(Child(Path, key),
                    Concat({"is too long: ", Number(text->size()), " bytes, at most ", Number(max_bytes)}));
        else
            out = *text;
    }

    void ReadKind(MessageKind& out) {
        const std::string* kind = RequiredText(Card, Path, "kind");
        if (!kind) return;
        if (const auto k = tone::ParseKind(*kind)) {
            out = *k;
            return;
        }
        const auto known = KindIds();
        Out.Add(Child(Path, "kind"), Concat({Quoted(*kind), " is not a kind of message; use one of ",
                                             Listed(known), DidYouMean(*kind, known)}));
    }

    void ReadCandidate(std::string& out) {
        const std::string* key = RequiredText(Card, Path, "candidate");
        if (!key) return;
        if (IsDemoSituation(*key)) {
            out = *key;
            return;
        }
        const auto known = SituationKeys();
        Out.Add(Child(Path, "candidate"),
                Concat({Quoted(*key), " is not a demo candidate's situation; use one of ", Listed(known),
                        DidYouMean(*key, known)}));
    }

    void ReadDraft(std::string& subject, std::string& body) {
        const json* draft = Required(Card, Path, "draft");
        if (!draft) return;
        const std::string path = Child(Path, "draft");
        if (!draft->is_object()) {
            Out.Add(path, Out.WrongType(*draft, "an object with a subject and a body"));
            return;
        }
        CheckFields(*draft, kDraftFields, path, "a draft", Out);
        const std::size_t before = Out.Out.size();
        if (const std::string* s = RequiredText(*draft, path, "subject")) {
            if (s->find_first_of("\r\n") != std::string::npos)
                Out.Add(Child(path, "subject"), "must be one line");
            else if (s->size() > kMaxScenarioSubjectBytes)
                Out.Add(Child(path, "subject"),
                        Concat({"is too long: ", Number(s->size()), " bytes, at most ",
                                Number(kMaxScenarioSubjectBytes)}));
            else
                subject = *s;
        }
        bool as_lines = false;
        if (const json* b = Required(*draft, path, "body")) ReadBody(*b, Child(path, "body"), body, as_lines);
        if (Out.Out.size() != before) return;
        if (subject.size() + body.size() > kMaxScenarioDraftBytes) {
            Out.Add(path, Concat({"is too long: ", Number(subject.size() + body.size()),
                                  " bytes of subject and body, at most ", Number(kMaxScenarioDraftBytes)}));
            return;
        }
        CheckFieldsUsed(subject, Child(path, "subject"), false);
        CheckFieldsUsed(body, Child(path, "body"), as_lines);
    }

    // A body is text, or a list of lines (as the template files write it).
    void ReadBody(const json& v, const std::string& path, std::string& out, bool& as_lines) {
        std::string text;
        if (v.is_string()) {
            text = v.get<std::string>();
        } else if (v.is_array()) {
            as_lines = true;
            for (std::size_t i = 0; i < v.size(); ++i) {
                if (!v[i].is_string()) {
                    Out.Add(Item(path, i), Out.WrongType(v[i], "text (one line of the message)"));
                    return;
                }
                if (i > 0) text += '\n';
                text += v[i].get_ref<const std::string&>();
                if (text.size() > kMaxScenarioDraftBytes) break;  // Reported below, once.
            }
        } else {
            Out.Add(path, Out.WrongType(v, "text or a list of lines"));
            return;
        }
        if (Blank(text)) {
            Out.Add(path, "is empty; write the poor draft the trainee starts from");
            return;
        }
        out = std::move(text);
    }

    // The draft is a Mustache template with the fields of ScenarioFields() only, so it can be
    // filled in for any demo candidate.
    void CheckFieldsUsed(const std::string& text, const std::string& path, bool as_lines) {
        static const json stub = [] {
            json data = json::object();
            for (std::string_view field : ScenarioFields()) {
                const std::size_t dot = field.find('.');
                data[std::string(field.substr(0, dot))][std::string(field.substr(dot + 1))] = "x";
            }
            return data;
        }();
        for (const templates::Problem& p : templates::StrictCheck(text, stub)) {
            std::string where = as_lines ? Item(path, static_cast<std::size_t>(p.At.Line - 1)) : path;
            std::string reason =
                as_lines
                    ? Concat({"column ", std::to_string(p.At.Column)})
                    : Concat({"line ", std::to_string(p.At.Line), ", column ", std::to_string(p.At.Column)});
            reason += ": ";
            if (p.Kind == templates::ProblemKind::MissingField)
                reason += Concat({"{{", p.Name, "}} is not a field a card can use; use ",
                                  Listed(ScenarioFields()), DidYouMean(p.Name, ScenarioFields())});
            else if (p.Kind == templates::ProblemKind::MissingPartial)
                reason += Concat({"a card cannot include other templates ({{>", p.Name, "}})"});
            else
                reason += p.Message;
            Out.Add(where, reason);
        }
    }

    void ReadGoals(ScenarioGoals& out) {
        const json* goals = Required(Card, Path, "goals");
        if (!goals) return;
        const std::string path = Child(Path, "goals");
        if (!goals->is_object()) {
            Out.Add(path, Out.WrongType(*goals, "an object with remove, include and min_score"));
            return;
        }
        CheckFields(*goals, kGoalFields, path, "the goals", Out);
        const std::size_t before = Out.Out.size();
        ReadIds<tone::Category>(*goals, path, "remove", out.Remove, "a tone category", CategoryIds(),
                                [](std::string_view id) { return tone::ParseCategory(id); });
        ReadIds<MessagePart>(*goals, path, "include", out.Include, "a part of a message the checker finds",
                             PartIds(), [](std::string_view id) { return ParsePart(id); });
        if (const auto it = goals->find("min_score"); it != goals->end()) {
            if (!it->is_number_integer() || it->get<std::int64_t>() < 0 || it->get<std::int64_t>() > 100)
                Out.Add(Child(path, "min_score"),
                        Concat({"must be a whole number from 0 to 100, not ",
                                it->is_number() ? it->dump() : std::string(JsonTypeName(*it))}));
            else
                out.MinScore = it->get<int>();
        }
        if (Out.Out.size() == before && out.Remove.empty() && out.Include.empty() && out.MinScore == 0)
            Out.Add(path,
                    "has no goal: list categories to remove, parts to include, or set a min_score above 0");
    }

    template <typename T, typename Parse>
    void ReadIds(const json& goals, const std::string& path, const char* key, std::vector<T>& out,
                 const char* what, const std::vector<std::string>& known, Parse parse) {
        const auto it = goals.find(key);
        if (it == goals.end()) return;
        const std::string list_path = Child(path, key);
        if (!it->is_array()) {
            Out.Add(list_path, Out.WrongType(*it, "a list"));
            return;
        }
        for (std::size_t i = 0; i < it->size(); ++i) {
            const json& v = (*it)[i];
            if (!v.is_string()) {
                Out.Add(Item(list_path, i), Out.WrongType(v, "text"));
                continue;
            }
            const std::string& id = v.get_ref<const std::string&>();
            const std::optional<T> parsed = parse(id);
            if (!parsed) {
                Out.Add(Item(list_path, i), Concat({Quoted(id), " is not ", what, "; use one of ",
                                                    Listed(known), DidYouMean(id, known)}));
            } else if (std::find(out.begin(), out.end(), *parsed) != out.end()) {
                Out.Add(Item(list_path, i), Concat({Quoted(id), " is listed twice"}));
            } else {
                out.push_back(*parsed);
            }
        }
    }
};

// ---------------------------------------------------------------------------------------------
// [SECTION] Reading a file

std::string KiloBytes(std::size_t bytes) {
    const std::size_t tenths = bytes * 10 / 1024;
    return Concat({std::to_string(tenths / 10), ".", std::to_string(tenths % 10), " KB"});
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3,
// column 7: ..."; people need only the part after the bracket.
std::string PlainParseError(const std::string& what) {
    const std::size_t bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Line and column (1-based, in characters) of byte `offset`.
std::string LineAndColumn(std::string_view text, std::size_t offset) {
    std::size_t line = 1, line_start = 0;
    for (std::size_t i = 0; i < offset; ++i)
        if (text[i] == '\n') ++line, line_start = i + 1;
    const std::size_t column = utf8::CountCodePoints(text.substr(line_start, offset - line_start)) + 1;
    return Concat({"line ", std::to_string(line), ", column ", std::to_string(column)});
}

// The checks every file passes before its fields are read: size, encoding, nesting, syntax.
std::optional<json> ParseDocument(std::string_view text, Errors& errors) {
    if (Blank(text)) {
        errors.Add("", "the file is empty");
        return std::nullopt;
    }
    if (text.size() > kMaxScenarioFileBytes) {
        errors.Add("", Concat({"the file is ", KiloBytes(text.size()), "; a scenario file can be at most ",
                               KiloBytes(kMaxScenarioFileBytes)}));
        return std::nullopt;
    }
    if (!utf8::IsValid(text)) {
        std::size_t at = 0;
        while (at < text.size()) {
            const utf8::Decoded d = utf8::DecodeFirst(text.substr(at));
            if (!d.Valid) break;
            at += d.Length;
        }
        errors.Add("", Concat({"the file is not valid UTF-8 text (", LineAndColumn(text, at),
                               " has a byte that is not part of any character); save it as UTF-8"}));
        return std::nullopt;
    }
    if (const int depth = JsonNestingDepth(text); depth > kMaxScenarioDepth) {
        errors.Add("", Concat({"the file nests lists and objects ", std::to_string(depth),
                               " levels deep; a scenario file never goes beyond ",
                               std::to_string(kMaxScenarioDepth)}));
        return std::nullopt;
    }
    // JSON lets an object name a key twice and keeps the last; a card that does is refused, as
    // the first value was surely meant to count too.
    std::vector<std::set<std::string, std::less<>>> keys;  // Per open object, the keys seen so far.
    std::string twice;
    const json::parser_callback_t spot_twice = [&](int, json::parse_event_t event, json& parsed) {
        if (event == json::parse_event_t::object_start) keys.emplace_back();
        if (event == json::parse_event_t::object_end && !keys.empty()) keys.pop_back();
        if (event == json::parse_event_t::key && !keys.empty()) {
            const std::string& key = parsed.get_ref<const std::string&>();
            if (!keys.back().insert(key).second && twice.empty()) twice = key;
        }
        return true;
    };
    json doc;
    try {
        doc = json::parse(text, spot_twice);
    } catch (const json::parse_error& e) {
        errors.Add("", Concat({"the file is not valid JSON (", PlainParseError(e.what()), ")"}));
        return std::nullopt;
    }
    if (!twice.empty()) {
        errors.Add("", Concat({"the field ", Quoted(twice), " appears twice in one object; keep only one"}));
        return std::nullopt;
    }
    return doc;
}

ScenarioRead ReadCollection(const json& doc, Errors& errors) {
    ScenarioRead read;
    CheckFields(doc, kCollectionFields, "", "a collection of scenario cards", errors);
    const auto format = doc.find("format");
    if (format == doc.end() || !format->is_string() || *format != kScenarioCollectionFormat)
        errors.Add("format", std::string("must be \"") + kScenarioCollectionFormat +
                                 "\" in a file of several cards (a file of one card has no format)");
    const auto version = doc.find("version");
    if (version == doc.end() || !version->is_number_integer())
        errors.Add("version", Concat({"must be ", std::to_string(kScenarioCollectionVersion)}));
    else if (version->get<std::int64_t>() > kScenarioCollectionVersion)
        errors.Add("version", Concat({"is ", version->dump(),
                                      ": the file was made by a newer version of Debrief (this one reads ",
                                      std::to_string(kScenarioCollectionVersion), ")"}));
    else if (version->get<std::int64_t>() != kScenarioCollectionVersion)
        errors.Add("version", Concat({"is ", version->dump(), ", which is not a version of this format"}));
    const auto cards = doc.find("scenarios");
    if (cards == doc.end()) {
        errors.Add("scenarios", "is missing");
        return read;
    }
    if (!cards->is_array()) {
        errors.Add("scenarios", errors.WrongType(*cards, "a list of cards"));
        return read;
    }
    if (cards->empty()) errors.Add("scenarios", "has no cards");
    if (cards->size() > kMaxScenariosPerFile) {
        errors.Add("scenarios",
                   Concat({"holds ", std::to_string(cards->size()), " cards; one file can hold at most ",
                           std::to_string(kMaxScenariosPerFile)}));
        return read;
    }
    for (std::size_t i = 0; i < cards->size(); ++i) {
        const std::string path = Item("scenarios", i);
        std::optional<Scenario> card = CardReader((*cards)[i], path, errors).Read();
        if (!card) continue;
        const auto same = std::find_if(read.Cards.begin(), read.Cards.end(),
                                       [&](const Scenario& s) { return s.Id == card->Id; });
        if (same != read.Cards.end()) {
            errors.Add(Child(path, "id"),
                       Concat({Quoted(card->Id), " is also the id of ",
                               Item("scenarios", static_cast<std::size_t>(same - read.Cards.begin())),
                               "; every card needs its own"}));
            continue;
        }
        read.Cards.push_back(std::move(*card));
    }
    return read;
}

}  // namespace

ScenarioRead ParseScenario(std::string_view json_text, std::string_view file_name) {
    ScenarioRead read;
    Errors errors{std::string(file_name), read.Errors};
    const std::optional<json> doc = ParseDocument(json_text, errors);
    if (!doc) return read;
    if (std::optional<Scenario> card = CardReader(*doc, "", errors).Read())
        read.Cards.push_back(std::move(*card));
    if (!read.Ok()) read.Cards.clear();
    return read;
}

ScenarioRead ParseScenarioFile(std::string_view json_text, std::string_view file_name) {
    ScenarioRead read;
    Errors errors{std::string(file_name), read.Errors};
    const std::optional<json> doc = ParseDocument(json_text, errors);
    if (!doc) return read;
    if (doc->is_object() && (doc->contains("scenarios") || doc->contains("format"))) {
        ScenarioRead collection = ReadCollection(*doc, errors);
        read.Cards = std::move(collection.Cards);
    } else if (std::optional<Scenario> card = CardReader(*doc, "", errors).Read()) {
        read.Cards.push_back(std::move(*card));
    }
    if (!read.Ok()) read.Cards.clear();
    return read;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Writing

namespace {

// Written in the order a trainer reads a card, each body line on its own line of the file.
nlohmann::ordered_json CardJson(const Scenario& s) {
    nlohmann::ordered_json lines = nlohmann::ordered_json::array();
    std::size_t start = 0;
    for (;;) {
        const std::size_t end = s.Body.find('\n', start);
        lines.push_back(s.Body.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos) break;
        start = end + 1;
    }
    nlohmann::ordered_json remove = nlohmann::ordered_json::array(),
                           include = nlohmann::ordered_json::array();
    for (tone::Category c : s.Goals.Remove) remove.push_back(tone::CategoryId(c));
    for (MessagePart p : s.Goals.Include) include.push_back(PartId(p));
    nlohmann::ordered_json card;
    card["id"] = s.Id;
    card["title"] = s.Title;
    card["situation"] = s.Situation;
    card["lesson"] = s.Lesson;
    card["kind"] = ToString(s.Kind);
    card["candidate"] = s.Candidate;
    card["draft"] = {{"subject", s.Subject}, {"body", std::move(lines)}};
    card["goals"] = {
        {"remove", std::move(remove)}, {"include", std::move(include)}, {"min_score", s.Goals.MinScore}};
    return card;
}

std::string Dump(const nlohmann::ordered_json& j) {
    // Cards that were read are valid UTF-8; one built in code might not be: show U+FFFD, never throw.
    std::string out = j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    out += '\n';
    return out;
}

}  // namespace

std::string ScenarioToJson(const Scenario& card) { return Dump(CardJson(card)); }

std::string ScenariosToJson(const std::vector<Scenario>& cards) {
    nlohmann::ordered_json doc;
    doc["format"] = kScenarioCollectionFormat;
    doc["version"] = kScenarioCollectionVersion;
    doc["scenarios"] = nlohmann::ordered_json::array();
    for (const Scenario& s : cards) doc["scenarios"].push_back(CardJson(s));
    return Dump(doc);
}

// ---------------------------------------------------------------------------------------------
// [SECTION] The built-in cards

namespace {

struct LoadedScenarios {
    std::vector<Scenario> Cards;
    std::vector<std::string> Problems;
};

const LoadedScenarios& Loaded() {
    static const LoadedScenarios loaded = [] {
        LoadedScenarios l;
        const std::string_view all(reinterpret_cast<const char*>(debrief_scenario_files),
                                   debrief_scenario_files_size);
        std::size_t start = 0;
        int index = 0;
        while (start < all.size()) {
            std::size_t end = all.find('\x1e', start);
            if (end == std::string_view::npos) end = all.size();
            ScenarioRead read = ParseScenario(all.substr(start, end - start),
                                              Concat({"built-in scenario file ", std::to_string(++index)}));
            l.Problems.insert(l.Problems.end(), read.Errors.begin(), read.Errors.end());
            for (Scenario& card : read.Cards) {
                const bool twice = std::any_of(l.Cards.begin(), l.Cards.end(),
                                               [&](const Scenario& s) { return s.Id == card.Id; });
                if (twice)
                    l.Problems.push_back(Concat({"built-in scenario file ", std::to_string(index), ": id: ",
                                                 Quoted(card.Id), " is the id of an earlier built-in card"}));
                else
                    l.Cards.push_back(std::move(card));
            }
            start = end + 1;
        }
        return l;
    }();
    return loaded;
}

}  // namespace

const std::vector<Scenario>& BuiltInScenarios() { return Loaded().Cards; }
const std::vector<std::string>& BuiltInScenarioProblems() { return Loaded().Problems; }

const Scenario* FindBuiltInScenario(std::string_view id) {
    for (const Scenario& s : BuiltInScenarios())
        if (s.Id == id) return &s;
    return nullptr;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Drafts

const std::vector<std::string_view>& ScenarioFields() {
    static const std::vector<std::string_view> fields = {
        "candidate.preferred_name",
        "candidate.full_name",
        "role.title",
        "role.team",
        "company.name",
        "sender.name",
        "sender.title",
        "sender.email",
        "interview.date",
        "interview.time",
        "interview.format",
        "interview.stage",
        "interview.first_interviewer",
        "today.date",
    };
    return fields;
}

ScenarioDraft RenderScenarioText(std::string_view subject, std::string_view body,
                                 const templates::MessageContext& context, const RecordId& candidate) {
    const json data = templates::BuildMessageData(context, candidate, {});
    templates::RenderedDraft rendered = templates::RenderDraft(subject, body, data);
    ScenarioDraft out;
    if (!rendered.Problems.empty()) {
        // Not Mustache after all (a stray "{{"): shown as written rather than not at all.
        out.Subject = std::string(subject);
        out.Body = std::string(body);
        return out;
    }
    out.Subject = std::move(rendered.Subject);
    out.Body = std::move(rendered.Body);
    out.Missing = std::move(rendered.Missing);
    return out;
}

ScenarioDraft RenderDraft(const Scenario& card, const templates::MessageContext& context,
                          const RecordId& candidate) {
    return RenderScenarioText(card.Subject, card.Body, context, candidate);
}

}  // namespace debrief::workshop
