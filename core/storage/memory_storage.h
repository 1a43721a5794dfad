// Storage in memory, with the same promises as IndexedDB, for native tests and the CLI.
//
// Several MemoryStorage objects can share one MemoryBacking: each is a "tab", and a commit by
// one is announced to the others, as BroadcastChannel does in the browser. Completions are
// queued like IndexedDB's events and delivered by RunPending(), so tests control the order of
// "the save is on its way" and "the save is acknowledged". Faults can be injected.
#pragma once

#include <deque>
#include <map>
#include <memory>

#include "core/storage/storage.h"

namespace debrief {

struct MemoryBacking {
    struct Row {
        std::int64_t Rev = 0;
        std::string Json;
    };
    std::map<Collection, std::map<RecordId, Row>> Rows;
    std::vector<class MemoryStorage*> Tabs;  // Open connections, for announcements.
    std::size_t QuotaBytes = 0;              // 0 = unlimited; else total JSON bytes allowed.

    std::size_t BytesUsed() const;
};

class MemoryStorage final : public Storage {
  public:
    explicit MemoryStorage(std::shared_ptr<MemoryBacking> backing = std::make_shared<MemoryBacking>());
    ~MemoryStorage() override;

    void Open(RecordSink sink, OpenDone opened, std::function<void()> complete) override;
    void Write(WriteBatch batch, WriteDone done) override;
    void ReplaceAll(std::vector<StoredRecord> records, WriteDone done) override;

    std::size_t RunPending();  // Delivers queued completions and announcements; returns how many.
    bool RunNext();            // Delivers the oldest one only; false when none is queued.
    void FailNextWrite(std::string error) { NextFailure = std::move(error); }

    const std::shared_ptr<MemoryBacking>& Backing() const { return Shared; }

  private:
    std::shared_ptr<MemoryBacking> Shared;
    std::deque<std::function<void()>> Pending;
    std::optional<std::string> NextFailure;

    void Announce(std::function<void(MemoryStorage&)> deliver);
};

}  // namespace debrief
