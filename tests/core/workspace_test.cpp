#include <doctest/doctest.h>

#include "core/records/record_json.h"
#include "core/storage/memory_storage.h"
#include "core/workspace/workspace.h"
#include "sample_records.h"

using namespace debrief;

namespace {

// One browser tab: its storage connection and its workspace, opened and loaded.
struct Tab {
    MemoryStorage Store;
    Workspace Space;
    TimeMs Clock = samples::kMonday;

    explicit Tab(std::shared_ptr<MemoryBacking> backing = std::make_shared<MemoryBacking>())
        : Store(std::move(backing)), Space(Store, [this] { return Clock; }) {
        Space.Open();
        Store.RunPending();
        REQUIRE(Space.Loading() == LoadState::Ready);
    }
    void Settle() { Store.RunPending(); }
};

Candidate NewCandidate(std::string name) {
    Candidate c;
    c.FullName = std::move(name);
    c.Email = "someone@example.org";
    return c;
}

}  // namespace

TEST_CASE("saving shows the change at once and says Saved only after storage acknowledges") {
    Tab tab;
    CHECK(tab.Space.Saving() == SaveState::Idle);
    const RecordId id = tab.Space.SaveCandidate(NewCandidate("Zoë Łukasz-Nuñez"));
    REQUIRE(tab.Space.Records().FindCandidate(id) != nullptr);
    CHECK(tab.Space.Saving() == SaveState::Saving);
    CHECK(tab.Space.UnsavedActions() == 1);
    tab.Settle();
    CHECK(tab.Space.Saving() == SaveState::Saved);
    CHECK(tab.Space.UnsavedActions() == 0);
    CHECK(tab.Space.AcknowledgedActions() == 1);
    CHECK(tab.Space.Records().FindCandidate(id)->Rev == 1);
    // The candidate and its activity line were one transaction.
    CHECK(tab.Store.Backing()->Rows[Collection::Candidates].size() == 1);
    CHECK(tab.Store.Backing()->Rows[Collection::Activity].size() == 1);
    CHECK(tab.Space.Records().ActivityOf(id).at(0)->Text == "Added as a candidate");
}

TEST_CASE("a reopened workspace sees exactly what was acknowledged") {
    auto backing = std::make_shared<MemoryBacking>();
    RecordId role_id, zoe_id;
    {
        Tab tab(backing);
        Role role = samples::Bookkeeper();
        role.Id.clear();
        role_id = tab.Space.SaveRole(role);
        Candidate zoe = samples::Zoe(role_id);
        zoe.Id.clear();
        zoe_id = tab.Space.SaveCandidate(zoe);
        tab.Settle();
    }
    Tab reopened(backing);
    const Candidate* zoe = reopened.Space.Records().FindCandidate(zoe_id);
    REQUIRE(zoe != nullptr);
    CHECK(zoe->FullName == "Zoë Łukasz-Nuñez");
    CHECK(zoe->RoleId == role_id);
    CHECK(reopened.Space.Records().ActivityOf(zoe_id).at(0)->Text == "Added as a candidate for Bookkeeper");
    CHECK(reopened.Space.UnreadableRecords().empty());
}

TEST_CASE("actions reach storage one after another, in order") {
    Tab tab;
    const RecordId id = tab.Space.SaveCandidate(NewCandidate("Ada"));
    Candidate edited = *tab.Space.Records().FindCandidate(id);
    edited.Stage = "Screening";
    tab.Clock += kMsPerMinute;
    tab.Space.SaveCandidate(edited);  // Based on revision 1, which the first save will create.
    CHECK(tab.Space.UnsavedActions() == 2);
    tab.Settle();
    CHECK(tab.Space.Saving() == SaveState::Saved);
    CHECK(tab.Store.Backing()->Rows[Collection::Candidates][id].Rev == 2);
    CHECK(tab.Space.Records().ActivityOf(id).at(0)->Text == "Moved to Screening");
}

TEST_CASE("a failed save keeps the data in memory and Retry sends it again") {
    Tab tab;
    tab.Store.FailNextWrite("QuotaExceededError: the storage is full");
    const RecordId id = tab.Space.SaveCandidate(NewCandidate("Ada"));
    tab.Settle();
    CHECK(tab.Space.Saving() == SaveState::Failed);
    CHECK(tab.Space.SaveError() == "QuotaExceededError: the storage is full");
    CHECK(tab.Space.Records().FindCandidate(id) != nullptr);  // Still shown, not lost.
    CHECK(tab.Store.Backing()->Rows[Collection::Candidates].empty());
    // Nothing later overtakes the failed action.
    tab.Space.SaveCandidate(NewCandidate("Grace"));
    tab.Settle();
    CHECK(tab.Store.Backing()->Rows[Collection::Candidates].empty());
    CHECK(tab.Space.UnsavedActions() == 2);
    tab.Space.Retry();
    tab.Settle();
    CHECK(tab.Space.Saving() == SaveState::Saved);
    CHECK(tab.Store.Backing()->Rows[Collection::Candidates].size() == 2);
}

TEST_CASE("two tabs: the second save of the same candidate becomes a conflict, never an overwrite") {
    auto backing = std::make_shared<MemoryBacking>();
    Tab first(backing);
    const RecordId id = first.Space.SaveCandidate(NewCandidate("Ada"));
    first.Settle();
    Tab second(backing);

    Candidate mine = *first.Space.Records().FindCandidate(id);
    Candidate theirs = *second.Space.Records().FindCandidate(id);
    theirs.Stage = "Offer";
    second.Space.SaveCandidate(theirs);
    second.Settle();
    mine.Notes = "Call back on Friday";
    first.Space.SaveCandidate(mine);
    first.Settle();

    CHECK(first.Space.Saving() == SaveState::Conflict);
    REQUIRE(first.Space.Conflicts().size() == 1);
    const PendingConflict& conflict = first.Space.Conflicts()[0];
    CHECK(conflict.What == "Candidate Ada");
    CHECK(conflict.Mine["notes"] == "Call back on Friday");
    CHECK(conflict.Theirs["stage"] == "Offer");
    CHECK(backing->Rows[Collection::Candidates][id].Rev == 2);  // Theirs stands.

    SUBCASE("keep mine writes this tab's version over theirs, on purpose") {
        first.Space.KeepMine(0);
        first.Settle();
        CHECK(first.Space.Saving() == SaveState::Saved);
        CHECK(backing->Rows[Collection::Candidates][id].Rev == 3);
        Problems problems;
        Candidate stored;
        REQUIRE(FromJson(nlohmann::json::parse(backing->Rows[Collection::Candidates][id].Json), stored, "",
                         problems));
        CHECK(stored.Notes == "Call back on Friday");
        CHECK(stored.Stage.empty());
        CHECK(first.Space.Records().FindCandidate(id)->Rev == 3);
    }
    SUBCASE("take theirs drops this tab's change and shows theirs") {
        first.Space.TakeTheirs(0);
        first.Settle();
        CHECK(first.Space.Saving() == SaveState::Saved);
        CHECK(first.Space.UnsavedActions() == 0);
        CHECK(first.Space.Records().FindCandidate(id)->Stage == "Offer");
        CHECK(first.Space.Records().FindCandidate(id)->Notes.empty());
        CHECK(backing->Rows[Collection::Candidates][id].Rev == 2);
    }
}

TEST_CASE("another tab's commit replaces what this tab shows") {
    auto backing = std::make_shared<MemoryBacking>();
    Tab first(backing), second(backing);
    const RecordId id = first.Space.SaveCandidate(NewCandidate("Ada"));
    first.Settle();
    second.Settle();
    REQUIRE(second.Space.Records().FindCandidate(id) != nullptr);
    first.Space.DeleteCandidate(id);
    first.Settle();
    second.Settle();
    CHECK(second.Space.Records().FindCandidate(id) == nullptr);
    CHECK(second.Space.Records().Count(Collection::Activity) == 0);
}

TEST_CASE("deleting a candidate removes their interviews, notes, messages and history together") {
    Tab tab;
    const RecordId id = tab.Space.SaveCandidate(NewCandidate("Ada"));
    Interview interview = samples::PanelInterview(id);
    interview.Id.clear();
    const RecordId interview_id = tab.Space.SaveInterview(interview);
    InterviewNote note = samples::NoteBy(*tab.Space.Records().FindInterview(interview_id), "Amara Okafor");
    note.Id.clear();
    tab.Space.SaveNote(note);
    tab.Settle();
    REQUIRE(tab.Store.Backing()->Rows[Collection::Notes].size() == 1);
    tab.Space.DeleteCandidate(id);
    tab.Settle();
    CHECK(tab.Space.Saving() == SaveState::Saved);
    for (Collection c : kAllCollections) {
        INFO(CollectionName(c));
        CHECK(tab.Store.Backing()->Rows[c].empty());
        CHECK(tab.Space.Records().Count(c) == 0);
    }
}

TEST_CASE("a role in use cannot be deleted") {
    Tab tab;
    Role role;
    role.Title = "Baker";
    const RecordId role_id = tab.Space.SaveRole(role);
    Candidate c = NewCandidate("Ada");
    c.RoleId = role_id;
    tab.Space.SaveCandidate(c);
    tab.Settle();
    CHECK_FALSE(tab.Space.DeleteRole(role_id));
    CHECK(tab.Space.Records().FindRole(role_id) != nullptr);
}

TEST_CASE("a note records when it was first written, and keeps it on later edits") {
    Tab tab;
    const RecordId id = tab.Space.SaveCandidate(NewCandidate("Ada"));
    Interview interview = samples::PanelInterview(id);
    interview.Id.clear();
    const RecordId interview_id = tab.Space.SaveInterview(interview);
    tab.Clock = tab.Space.Records().FindInterview(interview_id)->EndsAt() + 25 * kMsPerMinute;
    InterviewNote note;
    note.InterviewId = interview_id;
    note.CandidateId = id;
    note.Interviewer = "Amara Okafor";
    const RecordId note_id = tab.Space.SaveNote(note);
    const TimeMs written = tab.Space.Records().FindNote(note_id)->WrittenAt;
    CHECK(written == tab.Clock);
    tab.Clock += kMsPerDay;
    InterviewNote edited = *tab.Space.Records().FindNote(note_id);
    edited.Strengths.push_back({"Clear", "Explained the ledger"});
    tab.Space.SaveNote(edited);
    tab.Settle();
    CHECK(tab.Space.Records().FindNote(note_id)->WrittenAt == written);
    CHECK(tab.Space.Saving() == SaveState::Saved);
}

TEST_CASE("restoring a backup replaces everything in one go and other tabs reload") {
    auto backing = std::make_shared<MemoryBacking>();
    Tab first(backing), second(backing);
    first.Space.SaveCandidate(NewCandidate("Old"));
    first.Settle();
    second.Settle();
    Database replacement;
    Candidate fresh = samples::Zoe("");
    replacement.Put(fresh);
    first.Space.RestoreBackup(replacement);
    first.Settle();
    CHECK(first.Space.Saving() == SaveState::Saved);
    CHECK(backing->Rows[Collection::Candidates].size() == 1);
    CHECK(backing->Rows[Collection::Activity].empty());
    second.Settle();
    CHECK(second.Space.Records().Count(Collection::Candidates) == 1);
    CHECK(second.Space.Records().FindCandidate(fresh.Id) != nullptr);
}

TEST_CASE("a stored record that cannot be read is reported and left alone") {
    auto backing = std::make_shared<MemoryBacking>();
    backing->Rows[Collection::Candidates]["0123456789abcdef0123456789abcdef"] = {1,
                                                                                 "{\"not\":\"a candidate\"}"};
    backing->Rows[Collection::Candidates]["fedcba9876543210fedcba9876543210"] = {1, "{broken"};
    Tab tab(backing);
    CHECK(tab.Space.Records().Count(Collection::Candidates) == 0);
    CHECK(tab.Space.UnreadableRecords().size() >= 2);
    CHECK(backing->Rows[Collection::Candidates].size() == 2);
}

TEST_CASE("another tab's commit that arrives while this tab is still loading is not lost") {
    MemoryStorage store;
    TimeMs clock = samples::kMonday;
    Workspace loading(store, [&] { return clock; });
    loading.Open();  // The snapshot is taken now; the records arrive when the events run.
    // Meanwhile another tab commits a candidate: only its announcement reaches this tab.
    Candidate ada = samples::Zoe("");
    REQUIRE(store.OnExternalChange);
    store.OnExternalChange({Collection::Candidates, ada.Id, ToJson(ada).dump()});
    store.RunPending();
    REQUIRE(loading.Loading() == LoadState::Ready);
    CHECK(loading.Records().FindCandidate(ada.Id) != nullptr);
}
