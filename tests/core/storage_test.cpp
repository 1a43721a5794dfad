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

TEST_CASE("opening streams roles and candidates first, then everything else") {
    MemoryStorage store;
    Candidate zoe = samples::Zoe("");
    Interview interview = samples::PanelInterview(zoe.Id);
    store.Write({{Create(zoe), {Collection::Interviews, interview.Id, 0, ToJson(interview).dump()}}},
                [](const WriteOutcome&) {});
    std::vector<Collection> order;
    bool opened = false, complete = false;
    std::size_t seen_when_opened = 0;
    store.Open([&](Collection c, std::string_view) { order.push_back(c); },
               [&](const OpenOutcome& o) {
                   opened = o.Status == OpenStatus::Ready;
                   seen_when_opened = order.size();
               },
               [&] { complete = true; });
    store.RunPending();
    CHECK(opened);
    CHECK(complete);
    REQUIRE(order.size() == 2);
    CHECK(seen_when_opened == 1);  // The candidate, before "opened".
    CHECK(order[0] == Collection::Candidates);
    CHECK(order[1] == Collection::Interviews);
}
