// Backups: every record in one versioned JSON file, and the strict check an import must pass.
//
// The file is deterministic (records sorted by id, keys sorted, one record per line), so two
// exports of the same data are byte-identical and a backup diffs well. An import is checked in
// full before anything is written: size and nesting limits, JSON syntax (with line and column),
// format and version, every field of every record, duplicate ids, and references between
// records. Every problem is reported with its path; nothing is written unless there are none.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/build_info.h"
#include "core/records/database.h"
#include "core/records/problems.h"

namespace debrief {

inline constexpr const char* kBackupFormat = "debrief-backup";
inline constexpr std::size_t kMaxBackupBytes = 256u * 1024 * 1024;  // Far above any small business's data.
inline constexpr int kMaxBackupDepth = 12;                          // Records nest 4 levels deep.

std::string ExportBackup(const Database& db, const BuildInfo& build);

struct BackupCheck {
    Database Records;       // What the file holds; only meaningful when Issues is empty.
    Problems Issues;        // Every problem found, in file order.
    int SchemaVersion = 0;  // The version the file was written in (0 when unreadable).
    std::size_t RecordCount = 0;
    bool Ok() const { return Issues.empty(); }
};

BackupCheck CheckBackup(std::string_view text);

// The deepest nesting of arrays and objects in JSON text (strings are skipped properly).
// Measured before parsing, so a hostile file cannot exhaust the parser's stack.
int JsonNestingDepth(std::string_view text);

}  // namespace debrief
