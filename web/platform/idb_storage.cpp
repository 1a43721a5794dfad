#include "web/platform/idb_storage.h"

#include <emscripten/emscripten.h>

#include <nlohmann/json.hpp>

#include "core/records/schema.h"
#include "web/platform/browser.h"

// Implemented in library_storage.js.
extern "C" {
void debrief_idb_open(const char* name, int version);
void debrief_idb_write(int request, const char* batch_json);
void debrief_idb_replace_all(int request, const char* records_json);
void debrief_storage_health(int request_persistence);
void debrief_idb_close();
void debrief_idb_warm(const char* name, int version);
}

namespace browser {

namespace {

IdbStorage* g_storage = nullptr;  // The one open storage; the JavaScript side calls back into it.

debrief::Collection CollectionAt(int store) {
    return debrief::kAllCollections.at(static_cast<std::size_t>(store));
}

int StoreIndex(debrief::Collection c) { return static_cast<int>(c); }

}  // namespace

IdbStorage::IdbStorage(std::string database_name) : Name(std::move(database_name)) { g_storage = this; }

IdbStorage::~IdbStorage() {
    if (g_storage == this) g_storage = nullptr;
}

void IdbStorage::Open(RecordSink sink, OpenDone opened, std::function<void()> complete) {
    Sink = std::move(sink);
    Opened = std::move(opened);
    Complete = std::move(complete);
    debrief_js_mark("debrief-load-start");
    debrief_idb_open(Name.c_str(), debrief::kSchemaVersion);
}

void IdbStorage::WarmUp(const std::string& database_name) {
    debrief_idb_warm(database_name.c_str(), debrief::kSchemaVersion);
}

void IdbStorage::Reopen(std::string database_name) {
    debrief_idb_close();
    Name = std::move(database_name);
    Sink = nullptr;
    Opened = nullptr;
    Complete = nullptr;
    Writes.clear();
}

void IdbStorage::Write(debrief::WriteBatch batch, WriteDone done) {
    nlohmann::json changes = nlohmann::json::array();
    for (const debrief::StoredChange& c : batch.Changes) {
        changes.push_back({{"s", StoreIndex(c.Where)},
                           {"id", c.Id},
                           {"e", c.ExpectedRev},
                           {"j", c.Json ? nlohmann::json(*c.Json) : nlohmann::json(nullptr)}});
    }
    const int request = NextRequest++;
    Writes[request] = std::move(done);
    debrief_idb_write(request, changes.dump().c_str());
}

void IdbStorage::ReplaceAll(std::vector<debrief::StoredRecord> records, WriteDone done) {
    nlohmann::json list = nlohmann::json::array();
    for (debrief::StoredRecord& r : records)
        list.push_back({{"s", StoreIndex(r.Where)}, {"id", r.Id}, {"r", r.Rev}, {"j", std::move(r.Json)}});
    const int request = NextRequest++;
    Writes[request] = std::move(done);
    debrief_idb_replace_all(request, list.dump().c_str());
}

void IdbStorage::QueryHealth(bool request_persistence, std::function<void(const StorageHealth&)> done) {
    HealthDone = std::move(done);
    debrief_storage_health(request_persistence ? 1 : 0);
}

void IdbStorage::DeliverRecords(int store, std::string_view lines) {
    if (!Sink) return;
    const debrief::Collection where = CollectionAt(store);
    while (!lines.empty()) {
        const std::size_t end = lines.find('\n');
        Sink(where, lines.substr(0, end));
        if (end == std::string_view::npos) break;
        lines.remove_prefix(end + 1);
    }
}

void IdbStorage::DeliverOpened(int status, int stored_version, const char* error) {
    debrief::OpenOutcome outcome;
    outcome.Status = static_cast<debrief::OpenStatus>(status);
    outcome.StoredVersion = stored_version;
    outcome.Error = error ? error : "";
    if (Opened) Opened(outcome);
    debrief_js_mark("debrief-load-done");  // Roles and candidates read and parsed: the list can show.
}

void IdbStorage::DeliverLoaded(bool all_read) {
    // When the second part could not be read, the app stays usable on what it has; it never
    // reports "complete", so deleting candidates and restoring stay off until a reload.
    if (all_read && Complete) Complete();
}

void IdbStorage::DeliverWritten(int request, int status, const char* payload, bool quota) {
    const auto it = Writes.find(request);
    if (it == Writes.end()) return;
    WriteDone done = std::move(it->second);
    Writes.erase(it);
    debrief::WriteOutcome outcome;
    outcome.Status = static_cast<debrief::WriteStatus>(status);
    outcome.QuotaExceeded = quota;
    if (outcome.Status == debrief::WriteStatus::Failed) outcome.Error = payload ? payload : "";
    if (outcome.Status == debrief::WriteStatus::Conflict) {
        const nlohmann::json conflicts = nlohmann::json::parse(payload ? payload : "[]", nullptr, false);
        if (conflicts.is_array()) {
            for (const auto& c : conflicts) {
                debrief::StoredConflict conflict;
                conflict.Where = CollectionAt(c.value("s", 0));
                conflict.Id = c.value("id", "");
                conflict.ExpectedRev = c.value("e", std::int64_t{0});
                conflict.StoredRev = c.value("r", std::int64_t{0});
                if (c.contains("j") && c["j"].is_string()) conflict.StoredJson = c["j"].get<std::string>();
                outcome.Conflicts.push_back(std::move(conflict));
            }
        }
    }
    done(outcome);
}

void IdbStorage::DeliverExternal(int store, const char* id, const char* json) {
    if (!OnExternalChange) return;
    debrief::ExternalChange change;
    change.Where = CollectionAt(store);
    change.Id = id;
    if (json) change.Json = std::string(json);
    OnExternalChange(change);
}

void IdbStorage::DeliverReplaced() {
    if (OnReplacedElsewhere) OnReplacedElsewhere();
}

void IdbStorage::DeliverClosedForUpgrade() {
    if (OnClosedForUpgrade) OnClosedForUpgrade();
}

void IdbStorage::DeliverHealth(const StorageHealth& health) {
    if (HealthDone) HealthDone(health);
}

}  // namespace browser

// --- Called from library_storage.js -----------------------------------------------------------

extern "C" {

EMSCRIPTEN_KEEPALIVE void debrief_idb_records(int store, const char* lines, int bytes) {
    if (browser::g_storage)
        browser::g_storage->DeliverRecords(store, std::string_view(lines, static_cast<std::size_t>(bytes)));
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_opened(int status, int stored_version, const char* error) {
    if (browser::g_storage) browser::g_storage->DeliverOpened(status, stored_version, error);
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_loaded(int all_read) {
    if (browser::g_storage) browser::g_storage->DeliverLoaded(all_read != 0);
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_written(int request, int status, const char* payload, int quota) {
    if (browser::g_storage) browser::g_storage->DeliverWritten(request, status, payload, quota != 0);
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_external(int store, const char* id, const char* json) {
    if (browser::g_storage) browser::g_storage->DeliverExternal(store, id, json);
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_replaced() {
    if (browser::g_storage) browser::g_storage->DeliverReplaced();
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_idb_closed_for_upgrade() {
    if (browser::g_storage) browser::g_storage->DeliverClosedForUpgrade();
    browser::WakeUp();
}

EMSCRIPTEN_KEEPALIVE void debrief_storage_health_report(int persisted, int asked, double usage,
                                                        double quota) {
    if (browser::g_storage) browser::g_storage->DeliverHealth({persisted, asked != 0, usage, quota});
    browser::WakeUp();
}

}  // extern "C"
