#include "core/records/schema.h"

#include <array>
#include <string>

#include <nlohmann/json.hpp>

namespace debrief {

namespace {

// One step per version: kSteps[i] upgrades a record from version kOldestSchemaVersion + i to
// the next. Version 1 is the first format, so there is no step yet.
using Step = bool (*)(Collection, nlohmann::json&, Problems&, std::string_view);
constexpr std::array<Step, kSchemaVersion - kOldestSchemaVersion> kSteps = {};

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
