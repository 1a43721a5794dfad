#include "core/exchange/backup.h"

#include <algorithm>
#include <set>

#include <nlohmann/json.hpp>

#include "core/records/record_json.h"
#include "core/records/schema.h"

namespace debrief {

using nlohmann::json;

namespace {

template <typename T> std::vector<const T*> SortedById(const Table<T>& table) {
    std::vector<const T*> rows;
    rows.reserve(table.size());
    for (const auto& [id, row] : table) rows.push_back(&row);
    std::sort(rows.begin(), rows.end(), [](const T* a, const T* b) { return a->Id < b->Id; });
    return rows;
}

template <typename T>
void AppendArray(std::string& out, std::string_view key, const Table<T>& table, bool last) {
    out += "\"";
    out += key;
    out += "\":[";
    const auto rows = SortedById(table);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        out += "\n";
        out += ToJson(*rows[i]).dump();
        if (i + 1 < rows.size()) out += ",";
    }
    out += last ? "]\n" : "],\n";
}

std::string MegaBytes(std::size_t bytes) {
    const std::size_t tenths = bytes * 10 / (1024 * 1024);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " MB";
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 3,
// column 7: ..."; people need only the part after the bracket.
std::string PlainParseError(const std::string& what) {
    const std::size_t bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Every reference must point at a record in the same file. Paths name the record by id: by
// now the records are keyed by id, and the id is what a person searches the file for.
void CheckReferences(const Database& db, Problems& out) {
    const auto ref = [&](const std::string& where, const RecordId& id, std::string_view field,
                         std::string_view what) {
        out.push_back({where + "." + std::string(field),
                       "refers to " + std::string(what) + " " + id + ", which is not in the file"});
    };
    for (const auto& [id, c] : db.Candidates())
        if (!c.RoleId.empty() && !db.FindRole(c.RoleId)) ref("candidate " + id, c.RoleId, "role_id", "role");
    for (const auto& [id, i] : db.Interviews())
        if (!db.FindCandidate(i.CandidateId))
            ref("interview " + id, i.CandidateId, "candidate_id", "candidate");
    for (const auto& [id, n] : db.Notes()) {
        const Interview* interview = db.FindInterview(n.InterviewId);
        if (!interview)
            ref("note " + id, n.InterviewId, "interview_id", "interview");
        else if (interview->CandidateId != n.CandidateId)
            out.push_back({"note " + id + ".candidate_id", "does not match the candidate of its interview"});
    }
    for (const auto& [id, m] : db.Messages())
        if (!db.FindCandidate(m.CandidateId))
            ref("message " + id, m.CandidateId, "candidate_id", "candidate");
    for (const auto& [id, a] : db.ActivityLog())
        if (!db.FindCandidate(a.CandidateId))
            ref("activity " + id, a.CandidateId, "candidate_id", "candidate");
}

}  // namespace

std::string ExportBackup(const Database& db, const BuildInfo& build) {
    std::string out = "{\"format\":\"";
    out += kBackupFormat;
    out += "\",\"schema\":" + std::to_string(kSchemaVersion) +
           ",\"app_version\":" + json(build.Version).dump() + ",\n";
    AppendArray(out, CollectionName(Collection::Roles), db.Roles(), false);
    AppendArray(out, CollectionName(Collection::Candidates), db.Candidates(), false);
    AppendArray(out, CollectionName(Collection::Interviews), db.Interviews(), false);
    AppendArray(out, CollectionName(Collection::Notes), db.Notes(), false);
    AppendArray(out, CollectionName(Collection::Messages), db.Messages(), false);
    AppendArray(out, CollectionName(Collection::Activity), db.ActivityLog(), false);
    AppendArray(out, CollectionName(Collection::Templates), db.Templates(), false);
    AppendArray(out, CollectionName(Collection::Settings), db.Settings(), false);
    AppendArray(out, CollectionName(Collection::ExerciseResults), db.ExerciseResults(), false);
    AppendArray(out, CollectionName(Collection::ScenarioCards), db.ScenarioCards(), true);
    out += "}\n";
    return out;
}

int JsonNestingDepth(std::string_view text) {
    int depth = 0, deepest = 0;
    bool in_string = false, escaped = false;
    for (char c : text) {
        if (in_string) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                in_string = false;
            continue;
        }
        if (c == '"')
            in_string = true;
        else if (c == '[' || c == '{')
            deepest = std::max(deepest, ++depth);
        else if (c == ']' || c == '}')
            --depth;
    }
    return deepest;
}

BackupCheck CheckBackup(std::string_view text) {
    BackupCheck check;
    Problems& issues = check.Issues;
    if (text.empty()) {
        issues.push_back({"", "The file is empty."});
        return check;
    }
    if (text.size() > kMaxBackupBytes) {
        issues.push_back({"", "The file is " + MegaBytes(text.size()) + "; a Debrief backup can be at most " +
                                  MegaBytes(kMaxBackupBytes) + "."});
        return check;
    }
    if (const int depth = JsonNestingDepth(text); depth > kMaxBackupDepth) {
        issues.push_back({"", "The file nests lists and objects " + std::to_string(depth) +
                                  " levels deep; a Debrief backup never goes beyond " +
                                  std::to_string(kMaxBackupDepth) + ". It is not a Debrief backup."});
        return check;
    }
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        issues.push_back({"", "The file is not valid JSON (" + PlainParseError(e.what()) +
                                  "). It may be damaged or cut short."});
        return check;
    }
    if (!doc.is_object()) {
        issues.push_back(
            {"", "The file holds " + std::string(JsonTypeName(doc)) + ", not a Debrief backup."});
        return check;
    }
    const auto format = doc.find("format");
    if (format == doc.end() || *format != kBackupFormat) {
        issues.push_back(
            {"format", "must be \"" + std::string(kBackupFormat) + "\": this is not a Debrief backup"});
        return check;
    }
    const auto schema = doc.find("schema");
    if (schema == doc.end() || !schema->is_number_integer()) {
        issues.push_back({"schema", "is missing or not a whole number"});
        return check;
    }
    check.SchemaVersion = schema->get<int>();
    if (check.SchemaVersion > kSchemaVersion) {
        issues.push_back(
            {"schema", "is " + std::to_string(check.SchemaVersion) +
                           ": the file was made by a newer version of Debrief (this one reads up to " +
                           std::to_string(kSchemaVersion) + "). Update Debrief, then import it."});
        return check;
    }
    if (check.SchemaVersion < kOldestSchemaVersion) {
        issues.push_back(
            {"schema", "is " + std::to_string(check.SchemaVersion) + ", which is not a known version"});
        return check;
    }

    for (Collection c : kAllCollections) {
        const std::string key(CollectionName(c));
        const auto it = doc.find(key);
        if (it == doc.end()) continue;  // A collection with no records may be left out.
        if (!it->is_array()) {
            issues.push_back({key, "must be a list, not " + std::string(JsonTypeName(*it))});
            continue;
        }
        std::set<std::string> seen;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const std::string path = key + "[" + std::to_string(i) + "]";
            json& record = (*it)[i];
            if (!MigrateRecord(c, record, check.SchemaVersion, issues, path)) continue;
            if (record.is_object()) {
                const auto id = record.find("id");
                if (id != record.end() && id->is_string() && !seen.insert(id->get<std::string>()).second) {
                    issues.push_back({path + ".id", "repeats the id of an earlier record in " + key});
                    continue;
                }
            }
            if (check.Records.PutJson(c, std::move(record), issues, path)) ++check.RecordCount;
        }
    }
    if (issues.empty()) CheckReferences(check.Records, issues);
    return check;
}

}  // namespace debrief
