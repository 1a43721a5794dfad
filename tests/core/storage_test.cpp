#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/records/record_json.h"
#include "core/storage/memory_storage.h"
#include "sample_records.h"

using namespace debrief;

namespace {
StoredChange Create(const Candidate& c) { return {Collection::Candidates, c.Id, 0, ToJson(c).dump()}; }
}  // namespace

TEST_CASE("memory storage commits a batch and acknowledges it only when delivered") {
    MemoryStorage store;
    Candidate zoe = samples::Zoe("");
    std::optional<WriteOutcome> outcome;
    store.Write({{Create(zoe)}}, [&](const WriteOutcome& o) { outcome = o; });
    CHECK_FALSE(outcome.has_value());
    store.RunPending();
    REQUIRE(outcome.has_value());
    CHECK(outcome->Status == WriteStatus::Saved);
    CHECK(store.Backing()->Rows[Collection::Candidates][zoe.Id].Rev == 1);
}

TEST_CASE("a write based on a stale revision is refused as a whole") {
    MemoryStorage store;
    const Candidate zoe = samples::Zoe("");
    store.Write({{Create(zoe)}}, [](const WriteOutcome&) {});
    const Candidate other = samples::Zoe("");
    std::optional<WriteOutcome> outcome;
    // The batch creates `other` and updates `zoe` from revision 0, which is stale (it is 1).
    store.Write({{Create(other), Create(zoe)}}, [&](const WriteOutcome& o) { outcome = o; });
    store.RunPending();
    REQUIRE(outcome.has_value());
    CHECK(outcome->Status == WriteStatus::Conflict);
    REQUIRE(outcome->Conflicts.size() == 1);
    CHECK(outcome->Conflicts[0].Id == zoe.Id);
    CHECK(outcome->Conflicts[0].StoredRev == 1);
    CHECK(outcome->Conflicts[0].StoredJson.has_value());
    CHECK(store.Backing()->Rows[Collection::Candidates].count(other.Id) ==
          0);  // Nothing of the batch stored.
}

TEST_CASE("a second tab hears of each commit") {
    auto backing = std::make_shared<MemoryBacking>();
    MemoryStorage first(backing), second(backing);
    std::vector<ExternalChange> heard;
    second.OnExternalChange = [&](const ExternalChange& c) { heard.push_back(c); };
    const Candidate zoe = samples::Zoe("");
    first.Write({{Create(zoe)}}, [](const WriteOutcome&) {});
    first.RunPending();
    CHECK(heard.empty());  // Not before its own event loop turns.
    second.RunPending();
    REQUIRE(heard.size() == 1);
    CHECK(heard[0].Id == zoe.Id);
    CHECK(heard[0].Json.has_value());
}

TEST_CASE("quota and injected failures fail the write and store nothing") {
    auto backing = std::make_shared<MemoryBacking>();
    backing->QuotaBytes = 100;
    MemoryStorage store(backing);
    std::optional<WriteOutcome> outcome;
    store.Write({{Create(samples::Zoe(""))}}, [&](const WriteOutcome& o) { outcome = o; });
    store.RunPending();
    REQUIRE(outcome.has_value());
    CHECK(outcome->Status == WriteStatus::Failed);
    CHECK(outcome->QuotaExceeded);
    CHECK(backing->Rows[Collection::Candidates].empty());

    backing->QuotaBytes = 0;
    store.FailNextWrite("disk on fire");
    store.Write({{Create(samples::Zoe(""))}}, [&](const WriteOutcome& o) { outcome = o; });
    store.RunPending();
    CHECK(outcome->Error == "disk on fire");
    CHECK(backing->Rows[Collection::Candidates].empty());
}

TEST_CASE("opening streams every stored record") {
    MemoryStorage store;
    store.Write({{Create(samples::Zoe("")), Create(samples::Zoe(""))}}, [](const WriteOutcome&) {});
    int records = 0;
    bool done = false;
    store.Open([&](Collection c, std::string_view) { records += c == Collection::Candidates; },
               [&](const OpenOutcome& o) { done = o.Status == OpenStatus::Ready; });
    store.RunPending();
    CHECK(done);
    CHECK(records == 2);
}
