#include "core/storage/memory_storage.h"

#include <algorithm>

namespace debrief {

std::size_t MemoryBacking::BytesUsed() const {
    std::size_t bytes = 0;
    for (const auto& [collection, rows] : Rows)
        for (const auto& [id, row] : rows) bytes += id.size() + row.Json.size();
    return bytes;
}

MemoryStorage::MemoryStorage(std::shared_ptr<MemoryBacking> backing) : Shared(std::move(backing)) {
    Shared->Tabs.push_back(this);
}

MemoryStorage::~MemoryStorage() {
    auto& tabs = Shared->Tabs;
    tabs.erase(std::remove(tabs.begin(), tabs.end(), this), tabs.end());
}

void MemoryStorage::Open(RecordSink sink, OpenDone opened, std::function<void()> complete) {
    // Like read transactions: the snapshot is what is stored now; it arrives later, in two events.
    auto snapshot =
        std::make_shared<std::map<Collection, std::map<RecordId, MemoryBacking::Row>>>(Shared->Rows);
    Pending.push_back([snapshot, sink, opened = std::move(opened)] {
        for (const auto& [collection, rows] : *snapshot)
            if (IsFirstCollection(collection))
                for (const auto& [id, row] : rows) sink(collection, row.Json);
        opened(OpenOutcome{OpenStatus::Ready, "", 1});
    });
    Pending.push_back([snapshot, sink, complete = std::move(complete)] {
        for (const auto& [collection, rows] : *snapshot)
            if (!IsFirstCollection(collection))
                for (const auto& [id, row] : rows) sink(collection, row.Json);
        complete();
    });
}

void MemoryStorage::Write(WriteBatch batch, WriteDone done) {
    // Like IndexedDB, the transaction runs now; its outcome is an event delivered later.
    WriteOutcome outcome;
    if (NextFailure) {
        outcome.Status = WriteStatus::Failed;
        outcome.Error = *NextFailure;
        NextFailure.reset();
    } else {
        for (const StoredChange& change : batch.Changes) {
            const auto& rows = Shared->Rows[change.Where];
            const auto it = rows.find(change.Id);
            const std::int64_t stored = it == rows.end() ? 0 : it->second.Rev;
            if (stored != change.ExpectedRev) {
                std::optional<std::string> theirs;
                if (it != rows.end()) theirs = it->second.Json;
                outcome.Conflicts.push_back({change.Where, change.Id, change.ExpectedRev, stored, theirs});
            }
        }
        if (!outcome.Conflicts.empty()) outcome.Status = WriteStatus::Conflict;
    }
    if (outcome.Status == WriteStatus::Saved && Shared->QuotaBytes > 0) {
        std::size_t bytes = Shared->BytesUsed();
        for (const StoredChange& change : batch.Changes) bytes += change.Json ? change.Json->size() : 0;
        if (bytes > Shared->QuotaBytes) {
            outcome.Status = WriteStatus::Failed;
            outcome.QuotaExceeded = true;
            outcome.Error = "The browser's storage for Debrief is full.";
        }
    }
    if (outcome.Status == WriteStatus::Saved) {
        std::vector<ExternalChange> announced;
        for (const StoredChange& change : batch.Changes) {
            auto& rows = Shared->Rows[change.Where];
            if (change.Json)
                rows[change.Id] = {change.ExpectedRev + 1, *change.Json};
            else
                rows.erase(change.Id);
            announced.push_back({change.Where, change.Id, change.Json});
        }
        Announce([announced](MemoryStorage& tab) {
            if (!tab.OnExternalChange) return;
            for (const ExternalChange& change : announced) tab.OnExternalChange(change);
        });
    }
    Pending.push_back([done = std::move(done), outcome] { done(outcome); });
}

void MemoryStorage::ReplaceAll(std::vector<StoredRecord> records, WriteDone done) {
    std::map<Collection, std::map<RecordId, MemoryBacking::Row>> rows;
    for (StoredRecord& record : records) rows[record.Where][record.Id] = {record.Rev, std::move(record.Json)};
    Shared->Rows = std::move(rows);
    Announce([](MemoryStorage& tab) {
        if (tab.OnReplacedElsewhere) tab.OnReplacedElsewhere();
    });
    Pending.push_back([done = std::move(done)] { done(WriteOutcome{}); });
}

void MemoryStorage::Announce(std::function<void(MemoryStorage&)> deliver) {
    for (MemoryStorage* tab : Shared->Tabs)
        if (tab != this) tab->Pending.push_back([tab, deliver] { deliver(*tab); });
}

bool MemoryStorage::RunNext() {
    if (Pending.empty()) return false;
    auto next = std::move(Pending.front());
    Pending.pop_front();
    next();
    return true;
}

std::size_t MemoryStorage::RunPending() {
    std::size_t count = 0;
    while (!Pending.empty()) {
        auto next = std::move(Pending.front());
        Pending.pop_front();
        next();
        ++count;
    }
    return count;
}

}  // namespace debrief
