// Where records live between sessions: the interface the app writes through.
//
// Two implementations: the browser's IndexedDB (web/platform/idb_storage.cpp) and memory
// (memory_storage.h) for native tests and the command-line tool. Both keep the same promises:
//   - a WriteBatch is one transaction: all of it is stored, or none of it;
//   - each change names the revision it was based on; if the stored record has moved on (another
//     tab saved it), the whole batch is refused as a Conflict, never silently applied;
//   - `done` reports Saved only once the data is committed (IndexedDB: the transaction's
//     `complete` event with strict durability);
//   - changes committed by other tabs arrive through OnExternalChange.
// Records cross this interface as JSON text (record_json.h), one record per string.
#pragma once

#include <algorithm>
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/records/collection.h"
#include "core/records/model.h"

namespace debrief {

struct StoredChange {
    Collection Where = Collection::Candidates;
    RecordId Id;
    std::int64_t ExpectedRev = 0;     // Revision the change was based on; 0 = the record must not exist yet.
    std::optional<std::string> Json;  // New JSON, whose "rev" is ExpectedRev + 1; nullopt deletes.
};

// A whole record as stored, for restoring a backup.
struct StoredRecord {
    Collection Where = Collection::Candidates;
    RecordId Id;
    std::int64_t Rev = 1;
    std::string Json;
};

struct WriteBatch {
    std::vector<StoredChange> Changes;
};

struct StoredConflict {
    Collection Where = Collection::Candidates;
    RecordId Id;
    std::int64_t ExpectedRev = 0;
    std::int64_t StoredRev = 0;             // 0 when the record was deleted meanwhile.
    std::optional<std::string> StoredJson;  // What is stored now ("theirs").
};

enum class WriteStatus { Saved, Conflict, Failed };

struct WriteOutcome {
    WriteStatus Status = WriteStatus::Saved;
    std::vector<StoredConflict> Conflicts;  // Status == Conflict.
    std::string Error;                      // Status == Failed: what went wrong, for people.
    bool QuotaExceeded = false;             // Failed because the browser's storage is full.
};

enum class OpenStatus {
    Ready,
    NewerVersion,  // Stored by a newer Debrief: left untouched; this tab must not write.
    Blocked,       // Another tab holds an older version open and does not let go.
    Unavailable,   // No IndexedDB (some private modes).
    Failed,
};

struct OpenOutcome {
    OpenStatus Status = OpenStatus::Ready;
    std::string Error;
    int StoredVersion = 0;
};

// What Open() reads first: enough for the candidate list.
inline constexpr std::array<Collection, 2> kFirstCollections = {Collection::Roles, Collection::Candidates};
inline bool IsFirstCollection(Collection c) {
    return std::find(kFirstCollections.begin(), kFirstCollections.end(), c) != kFirstCollections.end();
}

// A change another tab committed: the record as stored now, or nullopt if deleted.
struct ExternalChange {
    Collection Where = Collection::Candidates;
    RecordId Id;
    std::optional<std::string> Json;
};

class Storage {
  public:
    using RecordSink = std::function<void(Collection, std::string_view json)>;
    using OpenDone = std::function<void(const OpenOutcome&)>;
    using WriteDone = std::function<void(const WriteOutcome&)>;

    virtual ~Storage() = default;

    // Opens storage and hands every stored record to `sink`, in two parts so the interface can
    // show the list of candidates before everything is read: first the kFirstCollections (roles
    // and candidates), then `opened` is called (with the outcome; on failure nothing follows),
    // then the other collections, then `complete`.
    virtual void Open(RecordSink sink, OpenDone opened, std::function<void()> complete) = 0;
    // Stores a batch in one transaction; see the promises above.
    virtual void Write(WriteBatch batch, WriteDone done) = 0;
    // Replaces everything with `records` in one transaction (restoring a backup). Revisions are
    // not checked: the user chose to replace all data.
    virtual void ReplaceAll(std::vector<StoredRecord> records, WriteDone done) = 0;

    // Notifications from other tabs.
    std::function<void(const ExternalChange&)> OnExternalChange;
    std::function<void()> OnReplacedElsewhere;  // Another tab restored a backup: reload everything.
    std::function<void()> OnClosedForUpgrade;   // A newer version opened the data: stop and reload.
};

}  // namespace debrief
