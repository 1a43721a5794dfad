// The version of Debrief's record format, and the upgrades from every earlier version.
//
// The version is stored in each backup file ("schema") and is the IndexedDB database version.
// When the format changes: bump kSchemaVersion, add one step to the table in schema.cpp that
// upgrades a record from the previous version, and add a backup file of the old version under
// tests/core/fixtures/ (the tests load every version's file and require all of them).
#pragma once

#include <string_view>

#include <nlohmann/json_fwd.hpp>

#include "core/records/collection.h"
#include "core/records/problems.h"

namespace debrief {

inline constexpr int kSchemaVersion = 3;
inline constexpr int kOldestSchemaVersion = 1;  // Files older than this cannot be read.

// Upgrades one record, as stored under `from_version`, to kSchemaVersion in place. Returns
// false (with problems under `path`) if the record cannot be upgraded.
bool MigrateRecord(Collection c, nlohmann::json& record, int from_version, Problems& problems,
                   std::string_view path);

}  // namespace debrief
