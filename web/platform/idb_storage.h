// core's Storage interface on the browser's IndexedDB, through library_storage.js.
//
// Implemented features:
//  [X] Open with streaming load, writes and full replacement, conflicts, quota errors; see
//      library_storage.js for the transaction rules.
//  [X] Notifications from other tabs (commits, restores, upgrades) forwarded to the Storage
//      callbacks.
//  [X] Storage health (persistence, usage, quota) reported to a callback.
//  [ ] More than one open database per page: one IdbStorage at a time (the workshop's
//      separate database will switch by closing and reopening).
#pragma once

#include <functional>
#include <map>
#include <string>

#include "core/storage/storage.h"

namespace browser {

struct StorageHealth {
    int Persisted = -1;      // 1 the browser will not evict the data, 0 it may, -1 unknown.
    bool Asked = false;      // This report answers a persist() request.
    double UsageBytes = -1;  // -1 unknown.
    double QuotaBytes = -1;
};

class IdbStorage final : public debrief::Storage {
  public:
    explicit IdbStorage(std::string database_name);
    ~IdbStorage() override;

    void Open(RecordSink sink, OpenDone opened, std::function<void()> complete) override;
    void Write(debrief::WriteBatch batch, WriteDone done) override;
    void ReplaceAll(std::vector<debrief::StoredRecord> records, WriteDone done) override;

    // Which database the first Open() opens (the one read ahead for this page).
    void SetDatabase(std::string database_name) { Name = std::move(database_name); }
    // Opens (creating if needed) another database ahead of a switch to it: Reopen() and Open()
    // with that name then only read it.
    void WarmUp(const std::string& database_name);
    // Closes the database and forgets every callback, so the next Open() opens `database_name`
    // (the workshop's demo space or the user's own records). Call with nothing on its way.
    void Reopen(std::string database_name);

    // Asks for the storage health (and, with `request_persistence`, for persistence first).
    void QueryHealth(bool request_persistence, std::function<void(const StorageHealth&)> done);

    // Called from the JavaScript side (see the extern "C" functions in idb_storage.cpp).
    void DeliverRecords(int store, std::string_view lines);
    void DeliverOpened(int status, int stored_version, const char* error);
    void DeliverLoaded(bool all_read);
    void DeliverWritten(int request, int status, const char* payload, bool quota);
    void DeliverExternal(int store, const char* id, const char* json);
    void DeliverReplaced();
    void DeliverClosedForUpgrade();
    void DeliverHealth(const StorageHealth& health);

  private:
    std::string Name;
    RecordSink Sink;
    OpenDone Opened;
    std::function<void()> Complete;
    int NextRequest = 1;
    std::map<int, WriteDone> Writes;
    std::function<void(const StorageHealth&)> HealthDone;
};

}  // namespace browser
