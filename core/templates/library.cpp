#include "core/templates/library.h"

#include <algorithm>
#include <array>

#include <nlohmann/json.hpp>

// The bytes of assets/templates/*.json, each file followed by 0x1E (cmake/EmbedFile.cmake).
extern const unsigned char debrief_template_files[];
extern const std::size_t debrief_template_files_size;

namespace debrief::templates {

using nlohmann::json;

namespace {

// The order kinds are offered in: roughly the order a candidate's process meets them.
constexpr std::array<std::string_view, 12> kKindOrder = {
    "thank_you",          "next_step",         "status_update",       "delay_update",
    "offer",              "rejection_feedback", "rejection_talent_pool", "rejection_screening",
    "keep_in_touch",      "candidate_thank_you", "candidate_follow_up", "candidate_offer_reply",
};

std::size_t OrderOf(std::string_view id) {
    const auto it = std::find(kKindOrder.begin(), kKindOrder.end(), id);
    return static_cast<std::size_t>(it - kKindOrder.begin());
}

bool ReadText(const json& object, const char* key, std::string& out, Problems& problems,
              const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) {
        problems.push_back({path + "." + key, "must be non-empty text"});
        return false;
    }
    out = it->get<std::string>();
    return true;
}

// A body is a list of lines, so files read and diff line by line.
bool ReadLines(const json& object, const char* key, std::string& out, Problems& problems,
               const std::string& path) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_array() || it->empty()) {
        problems.push_back({path + "." + key, "must be a non-empty list of lines"});
        return false;
    }
    out.clear();
    for (std::size_t i = 0; i < it->size(); ++i) {
        const json& line = (*it)[i];
        if (!line.is_string()) {
            problems.push_back({path + "." + key + "[" + std::to_string(i) + "]", "must be text"});
            return false;
        }
        if (i > 0) out += '\n';
        out += line.get_ref<const std::string&>();
    }
    return true;
}

}  // namespace

const TemplateText* TemplateKind::Find(std::string_view variant) const {
    for (const TemplateText& t : Variants)
        if (t.Variant == variant) return &t;
    return nullptr;
}

const TemplateKind* Library::Find(std::string_view kind) const {
    for (const TemplateKind& k : Kinds)
        if (k.Id == kind) return &k;
    return nullptr;
}

const TemplateText* Library::Find(std::string_view kind, std::string_view variant) const {
    const TemplateKind* k = Find(kind);
    return k ? k->Find(variant) : nullptr;
}

bool ParseTemplateKind(std::string_view json_text, TemplateKind& out, Problems& problems,
                       std::string_view path_view) {
    const std::string path(path_view);
    const std::size_t before = problems.size();
    const json doc = json::parse(json_text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object()) {
        problems.push_back({path, "is not a JSON object"});
        return false;
    }
    out = TemplateKind{};
    ReadText(doc, "kind", out.Id, problems, path);
    ReadText(doc, "title", out.Title, problems, path);
    ReadText(doc, "description", out.Description, problems, path);
    std::string audience, message_kind;
    if (ReadText(doc, "audience", audience, problems, path)) {
        if (audience == "employer")
            out.Who = Audience::Employer;
        else if (audience == "candidate")
            out.Who = Audience::Candidate;
        else
            problems.push_back({path + ".audience", "must be \"employer\" or \"candidate\""});
    }
    if (ReadText(doc, "message_kind", message_kind, problems, path) && !FromString(message_kind, out.Kind))
        problems.push_back({path + ".message_kind", "is not a kind of message Debrief knows"});
    const auto variants = doc.find("variants");
    if (variants == doc.end() || !variants->is_object() || variants->empty()) {
        problems.push_back({path + ".variants", "must be an object of variants"});
    } else {
        for (const auto& [name, v] : variants->items()) {
            const std::string vpath = path + ".variants." + name;
            if (!v.is_object()) {
                problems.push_back({vpath, "must be an object with a subject and a body"});
                continue;
            }
            TemplateText text;
            text.Variant = name;
            if (ReadText(v, "subject", text.Subject, problems, vpath) &&
                ReadLines(v, "body", text.Body, problems, vpath))
                out.Variants.push_back(std::move(text));
        }
    }
    // Files list variants in any order (and JSON objects have none): offer warm, formal, brief first.
    const auto rank = [](const TemplateText& t) {
        return t.Variant == "warm" ? 0 : t.Variant == "formal" ? 1 : t.Variant == "brief" ? 2 : 3;
    };
    std::stable_sort(out.Variants.begin(), out.Variants.end(),
                     [&](const TemplateText& a, const TemplateText& b) { return rank(a) < rank(b); });
    return problems.size() == before;
}

namespace {

struct LoadedLibrary {
    Library Lib;
    Problems Issues;
};

const LoadedLibrary& Loaded() {
    static const LoadedLibrary loaded = [] {
        LoadedLibrary l;
        const std::string_view all(reinterpret_cast<const char*>(debrief_template_files),
                                   debrief_template_files_size);
        std::size_t start = 0;
        int index = 0;
        while (start < all.size()) {
            std::size_t end = all.find('\x1e', start);
            if (end == std::string_view::npos) end = all.size();
            TemplateKind kind;
            if (ParseTemplateKind(all.substr(start, end - start), kind, l.Issues,
                                  "built-in template file " + std::to_string(++index)))
                l.Lib.Kinds.push_back(std::move(kind));
            start = end + 1;
        }
        std::stable_sort(l.Lib.Kinds.begin(), l.Lib.Kinds.end(), [](const TemplateKind& a, const TemplateKind& b) {
            return OrderOf(a.Id) < OrderOf(b.Id);
        });
        return l;
    }();
    return loaded;
}

}  // namespace

const Library& BuiltInLibrary() { return Loaded().Lib; }
const Problems& BuiltInLibraryProblems() { return Loaded().Issues; }

std::string BuiltInRef(std::string_view kind, std::string_view variant) {
    std::string ref(kind);
    ref += '/';
    ref += variant;
    return ref;
}

}  // namespace debrief::templates
