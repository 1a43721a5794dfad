#include "core/records/schema.h"

#include <array>
#include <string>

#include <nlohmann/json.hpp>

namespace debrief {

namespace {

// One step per version: kSteps[i] upgrades a record from version kOldestSchemaVersion + i to
// the next.
using Step = bool (*)(Collection, nlohmann::json&, Problems&, std::string_view);

// Version 2 added the "templates" and "settings" collections and optional fields (an
// interview's "topics", a message's "template", the message status "ready"). A version 1
// record reads as it is: every new field has a default.
bool From1To2(Collection, nlohmann::json&, Problems&, std::string_view) { return true; }

// Version 3 added the workshop's "exercise_results" and "scenario_cards" collections; records of
// the other collections are unchanged.
bool From2To3(Collection, nlohmann::json&, Problems&, std::string_view) { return true; }

constexpr std::array<Step, kSchemaVersion - kOldestSchemaVersion> kSteps = {From1To2, From2To3};

}  // namespace

bool MigrateRecord(Collection c, nlohmann::json& record, int from_version, Problems& problems,
                   std::string_view path) {
    if (from_version < kOldestSchemaVersion || from_version > kSchemaVersion) {
        problems.push_back({std::string(path), "was saved in format version " + std::to_string(from_version) +
                                                   ", which this version of Debrief cannot read"});
        return false;
    }
    for (int v = from_version; v < kSchemaVersion; ++v)
        if (!kSteps[static_cast<std::size_t>(v - kOldestSchemaVersion)](c, record, problems, path))
            return false;
    return true;
}

}  // namespace debrief
