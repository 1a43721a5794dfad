#include "core/tone/rules.h"

#include <nlohmann/json.hpp>

#include "core/tone/tokens.h"

// The bytes of assets/tone/*.json, each file followed by 0x1E (cmake/EmbedFile.cmake).
extern const unsigned char debrief_tone_files[];
extern const std::size_t debrief_tone_files_size;

namespace debrief::tone {
namespace {

using nlohmann::json;

constexpr std::array<std::string_view, kMarkerCount> kMarkers = {"thanks",   "specific", "next_step", "improvement",
                                                                 "timeline", "weakness", "reason",    "future"};

// One word of a pattern; "take-home" and "e.g" are several words to the tokenizer, so several atoms.
bool ParseWord(std::string_view word, std::vector<Atom>& run, std::string& error) {
    Atom atom;
    if (word == "*") {
        atom.What = Atom::Type::Any;
        run.push_back(std::move(atom));
        return true;
    }
    if (word.size() > 2 && word.front() == '<' && word.back() == '>') {
        const std::string_view name = word.substr(1, word.size() - 2);
        if (name == "num") atom.What = Atom::Type::Number;
        else if (name == "date") atom.What = Atom::Type::Date;
        else if (name == "time") atom.What = Atom::Type::Time;
        else if (name == "currency") atom.What = Atom::Type::Currency;
        else {
            error = "unknown class <" + std::string(name) + ">";
            return false;
        }
        run.push_back(std::move(atom));
        return true;
    }
    const bool prefix = word.size() > 1 && word.back() == '*';
    if (prefix) word.remove_suffix(1);
    if (word.starts_with("'") || word.starts_with("\xE2\x80\x99")) {
        error = "\"" + std::string(word) + "\": a contraction is one word to the checker; write \"we'll\", not \"we 'll\"";
        return false;
    }
    const std::string folded = FoldWord(word);
    if (folded.empty()) {
        error = "\"" + std::string(word) + "\" has no letters or digits";
        return false;
    }
    std::size_t start = 0;
    while (start < folded.size()) {
        std::size_t end = folded.find(' ', start);
        if (end == std::string::npos) end = folded.size();
        Atom part;
        part.What = prefix && end == folded.size() ? Atom::Type::Prefix : Atom::Type::Literal;
        part.Text = folded.substr(start, end - start);
        run.push_back(std::move(part));
        start = end + 1;
    }
    return true;
}

// Splits on spaces outside braces.
std::vector<std::string_view> SplitTop(std::string_view s, char sep) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= s.size(); ++i) {
        if (i == s.size() || (s[i] == sep && depth == 0)) {
            if (i > start) parts.push_back(s.substr(start, i - start));
            start = i + 1;
        } else if (s[i] == '{') {
            ++depth;
        } else if (s[i] == '}') {
            --depth;
        }
    }
    return parts;
}

bool ParseRun(std::string_view text, std::vector<Atom>& run, std::string& error) {
    for (std::string_view word : SplitTop(text, ' '))
        if (!ParseWord(word, run, error)) return false;
    if (run.empty()) {
        error = "an empty alternative";
        return false;
    }
    return true;
}

}  // namespace

std::string_view MarkerId(Marker m) { return kMarkers[static_cast<std::size_t>(m)]; }

bool CompilePattern(std::string_view source, Pattern& out, std::string& error) {
    out = Pattern{};
    for (std::string_view piece : SplitTop(source, ' ')) {
        Element element;
        if (piece.size() > 1 && piece.back() == '?') {
            element.Optional = true;
            piece.remove_suffix(1);
        }
        if (piece == "**") {
            element.Skip = 3;
        } else if (piece.front() == '{') {
            if (piece.back() != '}') {
                error = "unclosed { in \"" + std::string(source) + "\"";
                return false;
            }
            for (std::string_view alt : SplitTop(piece.substr(1, piece.size() - 2), '|')) {
                std::vector<Atom> run;
                if (!ParseRun(alt, run, error)) return false;
                element.Alternatives.push_back(std::move(run));
            }
            if (element.Alternatives.empty()) {
                error = "empty {} in \"" + std::string(source) + "\"";
                return false;
            }
        } else if (piece.find_first_of("{}|") != std::string_view::npos) {
            error = "stray brace or bar in \"" + std::string(source) + "\"";
            return false;
        } else {
            std::vector<Atom> run;
            if (!ParseRun(piece, run, error)) return false;
            element.Alternatives.push_back(std::move(run));
        }
        // One-word alternatives ("{poor|weak|sloppy|...}") are looked up, not tried one by one.
        std::vector<std::vector<Atom>> rest;
        for (auto& alt : element.Alternatives) {
            if (alt.size() == 1 && alt[0].What == Atom::Type::Literal) element.Words.push_back(alt[0].Text);
            else rest.push_back(std::move(alt));
        }
        element.Alternatives = std::move(rest);
        std::sort(element.Words.begin(), element.Words.end());
        element.Words.erase(std::unique(element.Words.begin(), element.Words.end()), element.Words.end());
        out.Elements.push_back(std::move(element));
    }
    if (out.Elements.empty()) {
        error = "an empty pattern";
        return false;
    }
    // Matching backtracks over optional parts: keep patterns small enough that no text makes it slow.
    const auto optional = std::count_if(out.Elements.begin(), out.Elements.end(),
                                        [](const Element& e) { return e.Optional || e.Skip > 0; });
    if (out.Elements.size() > kMaxPatternElements || optional > kMaxOptionalElements) {
        error = "\"" + std::string(source) + "\" is too long: at most " + std::to_string(kMaxPatternElements) +
                " words and " + std::to_string(kMaxOptionalElements) + " optional parts";
        return false;
    }
    // A match must start on something that can be looked up: not "*", "**" or all-optional.
    bool anchored = false;
    for (const Element& e : out.Elements) {
        if (e.Skip > 0 || (e.Words.empty() && e.Alternatives.size() == 1 && e.Alternatives[0][0].What == Atom::Type::Any)) {
            if (!e.Optional) break;
            continue;
        }
        bool any_first = false;
        for (const auto& alt : e.Alternatives) any_first = any_first || alt[0].What == Atom::Type::Any;
        if (any_first) break;
        if (!e.Optional) {
            anchored = true;
            break;
        }
    }
    if (!anchored) {
        error = "\"" + std::string(source) + "\" must start with a word, not * or an optional part alone";
        return false;
    }
    return true;
}

namespace {

struct Reader {
    std::string_view Path;
    Problems& Out;
    bool Ok = true;
    void Fail(const std::string& where, const std::string& reason) {
        Out.push_back({std::string(Path) + (where.empty() ? "" : ": " + where), reason});
        Ok = false;
    }
    std::vector<std::string> Strings(const json& j, const std::string& where) {
        std::vector<std::string> out;
        if (j.is_null()) return out;
        if (!j.is_array()) {
            Fail(where, "must be a list of text");
            return out;
        }
        for (const json& item : j) {
            if (!item.is_string()) {
                Fail(where, "must be a list of text");
                return {};
            }
            out.push_back(item.get<std::string>());
        }
        return out;
    }
    std::vector<Pattern> Patterns(const json& j, const std::string& where, std::vector<Marker>* markers = nullptr) {
        std::vector<Pattern> out;
        for (const std::string& s : Strings(j, where)) {
            if (markers && s.size() > 1 && s[0] == '@') {
                bool found = false;
                for (std::size_t m = 0; m < kMarkers.size(); ++m) {
                    if (kMarkers[m] == std::string_view(s).substr(1)) {
                        markers->push_back(static_cast<Marker>(m));
                        found = true;
                    }
                }
                if (!found) Fail(where, "no marker called " + s);
                continue;
            }
            Pattern p;
            std::string error;
            if (!CompilePattern(s, p, error)) {
                Fail(where, error);
                continue;
            }
            out.push_back(std::move(p));
        }
        return out;
    }
    std::string Text(const json& j, const char* key, const std::string& where, bool required) {
        const auto it = j.find(key);
        if (it == j.end() || it->is_null()) {
            if (required) Fail(where, std::string("needs \"") + key + "\"");
            return {};
        }
        if (!it->is_string()) {
            Fail(where + "." + key, "must be text");
            return {};
        }
        return it->get<std::string>();
    }
    std::vector<std::vector<std::string>> Phrases(const json& j, const std::string& where) {
        std::vector<std::vector<std::string>> out;
        for (const std::string& s : Strings(j, where)) {
            std::vector<std::string> words;
            const std::string folded = FoldWord(s);
            std::size_t start = 0;
            while (start < folded.size()) {
                std::size_t end = folded.find(' ', start);
                if (end == std::string::npos) end = folded.size();
                words.push_back(folded.substr(start, end - start));
                start = end + 1;
            }
            if (!words.empty()) out.push_back(std::move(words));
        }
        return out;
    }
    std::unordered_set<std::string> WordSet(const json& j, const std::string& where, bool keep_case) {
        std::unordered_set<std::string> out;
        for (const std::string& s : Strings(j, where)) out.insert(keep_case ? s : FoldWord(s));
        return out;
    }
};

bool ReadKinds(Reader& r, const json& rule, const std::string& where, std::array<bool, kKindCount>& kinds) {
    kinds.fill(true);
    const bool has_only = rule.contains("kinds");
    const bool has_except = rule.contains("except_kinds");
    if (has_only) kinds.fill(false);
    for (const char* key : {"kinds", "except_kinds"}) {
        const bool except = key[0] == 'e';
        if (!(except ? has_except : has_only)) continue;
        for (const std::string& id : r.Strings(rule[key], where + "." + key)) {
            const auto kind = ParseKind(id);
            if (!kind) {
                r.Fail(where + "." + key, "no message kind called \"" + id + "\"");
                continue;
            }
            kinds[static_cast<std::size_t>(*kind)] = !except;
        }
    }
    return r.Ok;
}

void ReadCategoryFile(Reader& r, const json& doc, RuleSet& into) {
    const std::string id = r.Text(doc, "category", "", true);
    const auto category = ParseCategory(id);
    if (!category) {
        r.Fail("category", "no category called \"" + id + "\"");
        return;
    }
    const auto level = ParseSeverity(r.Text(doc, "severity", "", true));
    if (!level) {
        r.Fail("severity", "must be info, warn or risk");
        return;
    }
    into.Level[static_cast<std::size_t>(*category)] = *level;
    const auto rules = doc.find("rules");
    if (rules == doc.end() || !rules->is_array()) {
        r.Fail("rules", "must be a list of rules");
        return;
    }
    std::vector<Rule> added;
    for (std::size_t i = 0; i < rules->size(); ++i) {
        const json& j = (*rules)[i];
        const std::string where = "rules[" + std::to_string(i) + "]";
        if (!j.is_object()) {
            r.Fail(where, "must be an object");
            continue;
        }
        Rule rule;
        rule.Of = *category;
        rule.Level = *level;
        rule.Id = id + "/" + r.Text(j, "id", where, true);
        rule.Match = r.Patterns(j.value("match", json()), where + ".match");
        if (rule.Match.empty()) r.Fail(where + ".match", "needs at least one phrase");
        rule.UnlessNext = r.Patterns(j.value("unless_next", json()), where + ".unless_next");
        rule.UnlessPrev = r.Patterns(j.value("unless_prev", json()), where + ".unless_prev");
        rule.UnlessSentence = r.Patterns(j.value("unless_sentence", json()), where + ".unless_sentence", &rule.UnlessMarkers);
        rule.Negatable = j.value("negatable", false);
        rule.AtStart = j.value("at_start", false);
        rule.Message = r.Text(j, "message", where, true);
        rule.Suggestion = r.Text(j, "suggestion", where, true);
        rule.Replacement = r.Text(j, "replace", where, false);
        if (j.contains("severity")) {
            const auto s = ParseSeverity(r.Text(j, "severity", where, true));
            if (!s) r.Fail(where + ".severity", "must be info, warn or risk");
            else rule.Level = *s;
        }
        ReadKinds(r, j, where, rule.Kinds);
        added.push_back(std::move(rule));
    }
    if (r.Ok) into.Rules.insert(into.Rules.end(), added.begin(), added.end());
}

void ReadElementsFile(Reader& r, const json& doc, RuleSet& into) {
    std::vector<Rule> added;
    const json& markers = doc["markers"];
    if (!markers.is_object()) {
        r.Fail("markers", "must be an object of marker lists");
        return;
    }
    for (auto it = markers.begin(); it != markers.end(); ++it) {
        Rule rule;
        rule.IsMarker = true;
        bool known = false;
        for (std::size_t m = 0; m < kMarkers.size(); ++m) {
            if (kMarkers[m] == it.key()) {
                rule.Mark = static_cast<Marker>(m);
                known = true;
            }
        }
        if (!known) {
            r.Fail("markers." + it.key(), "is not a marker the checker knows");
            continue;
        }
        rule.Id = "@" + it.key();
        rule.Kinds.fill(true);
        rule.Match = r.Patterns(it.value(), "markers." + it.key());
        added.push_back(std::move(rule));
    }
    std::array<std::vector<Category>, kKindCount> requires_;
    const json& requires_json = doc["requires"];
    if (!requires_json.is_object()) r.Fail("requires", "must map each message kind to its required parts");
    for (int k = 0; k < kKindCount && requires_json.is_object(); ++k) {
        const std::string kind(KindId(static_cast<Kind>(k)));
        if (!requires_json.contains(kind)) {
            r.Fail("requires", "has nothing for \"" + kind + "\"");
            continue;
        }
        for (const std::string& part : r.Strings(requires_json[kind], "requires." + kind)) {
            const auto c = ParseCategory("missing_" + part);
            if (!c || !IsMissingElement(*c)) r.Fail("requires." + kind, "no required part called \"" + part + "\"");
            else requires_[static_cast<std::size_t>(k)].push_back(*c);
        }
    }
    std::array<MissingText, kCategoryCount> missing = into.Missing;
    const json& texts = doc["missing"];
    for (int c = 0; c < kCategoryCount; ++c) {
        const auto category = static_cast<Category>(c);
        if (!IsMissingElement(category) && category != Category::Readability && category != Category::Shouting &&
            category != Category::Persistence)
            continue;
        const std::string key(CategoryId(category));
        if (!texts.is_object() || !texts.contains(key)) {
            r.Fail("missing", "needs a message and suggestion for \"" + key + "\"");
            continue;
        }
        missing[static_cast<std::size_t>(c)] = {r.Text(texts[key], "message", "missing." + key, true),
                                                r.Text(texts[key], "suggestion", "missing." + key, true)};
    }
    if (!r.Ok) return;
    into.Rules.insert(into.Rules.end(), added.begin(), added.end());
    into.Requires = requires_;
    into.Missing = missing;
}

void ReadStructureFile(Reader& r, const json& doc, RuleSet& into) {
    StructureWords w;
    w.Greetings = r.Phrases(doc.value("greetings", json()), "greetings");
    w.NotNames = r.WordSet(doc.value("not_names", json()), "not_names", false);
    w.SignOffs = r.Phrases(doc.value("sign_offs", json()), "sign_offs");
    w.Abbreviations = r.WordSet(doc.value("abbreviations", json()), "abbreviations", false);
    w.Acronyms = r.WordSet(doc.value("acronyms", json()), "acronyms", true);
    w.Negations = r.WordSet(doc.value("negations", json()), "negations", false);
    w.ShoutWords = r.WordSet(doc.value("shout_words", json()), "shout_words", false);
    if (w.Greetings.empty() || w.SignOffs.empty()) r.Fail("", "needs \"greetings\" and \"sign_offs\"");
    Limits limits = into.Limit;
    if (doc.contains("limits")) {
        const json& l = doc["limits"];
        auto number = [&](const char* key, auto& value, double low, double high) {
            if (!l.contains(key)) return;
            if (!l[key].is_number() || l[key].get<double>() < low || l[key].get<double>() > high) {
                r.Fail(std::string("limits.") + key, "must be a number from " + std::to_string(static_cast<int>(low)) +
                                                          " to " + std::to_string(static_cast<int>(high)));
                return;
            }
            value = static_cast<std::remove_reference_t<decltype(value)>>(l[key].get<double>());
        };
        number("long_sentence_info", limits.LongSentenceInfo, 5, 500);
        number("long_sentence_warn", limits.LongSentenceWarn, 5, 500);
        number("dense_grade", limits.DenseGrade, 1, 40);
        number("dense_min_words", limits.DenseMinWords, 1, 10000);
        number("shout_min_letters", limits.ShoutMinLetters, 2, 40);
        number("follow_ups_allowed", limits.FollowUpsAllowed, 0, 20);
        number("follow_up_gap_days", limits.FollowUpGapDays, 0, 60);
    }
    if (!r.Ok) return;
    into.Words = std::move(w);
    into.Limit = limits;
}

}  // namespace

bool LoadRuleFile(std::string_view json_text, std::string_view path, RuleSet& rules, Problems& problems) {
    Reader r{path, problems};
    const json doc = json::parse(json_text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        r.Fail("", "is not a JSON object");
        return false;
    }
    if (doc.contains("category")) ReadCategoryFile(r, doc, rules);
    else if (doc.contains("markers")) ReadElementsFile(r, doc, rules);
    else if (doc.contains("sign_offs")) ReadStructureFile(r, doc, rules);
    else r.Fail("", "is neither a category file, the elements file nor the structure file");
    return r.Ok;
}

namespace {

struct BuiltIn {
    RuleSet Rules;
    Problems Found;
    BuiltIn() {
        for (Severity& s : Rules.Level) s = Severity::Warn;
        const std::string_view all(reinterpret_cast<const char*>(debrief_tone_files), debrief_tone_files_size);
        std::size_t start = 0;
        int index = 0;
        while (start < all.size()) {
            std::size_t end = all.find('\x1e', start);
            if (end == std::string_view::npos) end = all.size();
            LoadRuleFile(all.substr(start, end - start), "assets/tone file " + std::to_string(++index), Rules, Found);
            start = end + 1;
        }
    }
};

const BuiltIn& TheBuiltIn() {
    static const BuiltIn built_in;
    return built_in;
}

}  // namespace

const RuleSet& BuiltInRules() { return TheBuiltIn().Rules; }
const Problems& BuiltInRuleProblems() { return TheBuiltIn().Found; }

}  // namespace debrief::tone
