#include "core/workspace/workspace.h"

#include <algorithm>

#include "core/records/ids.h"
#include "core/records/record_json.h"

namespace debrief {

using nlohmann::json;

namespace {

std::string StageChangeText(const Candidate& before, const Candidate& after) {
    if (before.Stage != after.Stage && !after.Stage.empty())
        return before.Stage.empty() ? "Moved to " + after.Stage
                                    : "Moved from " + before.Stage + " to " + after.Stage;
    if (before.Status != after.Status)
        return std::string("Status changed from ") + Label(before.Status) + " to " + Label(after.Status);
    return "Details updated";
}

}  // namespace

Workspace::Workspace(Storage& storage, Clock clock) : Store(storage), NowFn(std::move(clock)) {
    std::weak_ptr<bool> alive = Alive;
    Store.OnExternalChange = [this, alive](const ExternalChange& change) {
        if (!alive.expired()) OnExternal(change);
    };
    Store.OnReplacedElsewhere = [this, alive] {
        if (alive.expired()) return;
        // Another tab restored a backup: everything here is out of date, including what is queued.
        Queue.clear();
        ConflictList.clear();
        InFlight = false;
        Save = SaveState::Idle;
        Open();
    };
    Store.OnClosedForUpgrade = [this, alive] {
        if (!alive.expired()) Load = LoadState::ClosedForUpgrade;
    };
}

Workspace::~Workspace() {
    Store.OnExternalChange = nullptr;
    Store.OnReplacedElsewhere = nullptr;
    Store.OnClosedForUpgrade = nullptr;
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Loading

void Workspace::Open() {
    Load = LoadState::Loading;
    Loaded = false;
    ChangesDuringLoad.clear();
    Db.Clear();
    Unreadable.clear();
    std::weak_ptr<bool> alive = Alive;
    Store.Open(
        [this, alive](Collection where, std::string_view text) {
            if (alive.expired()) return;
            const std::string path = std::string(CollectionName(where)) + " record";
            json record = json::parse(text, nullptr, false);
            if (record.is_discarded()) {
                Unreadable.push_back({path, "is not valid JSON"});
                return;
            }
            Db.PutJson(where, std::move(record), Unreadable, path);
        },
        [this, alive](const OpenOutcome& outcome) {
            if (alive.expired()) return;
            LoadMessage = outcome.Error;
            switch (outcome.Status) {
            case OpenStatus::Ready: Load = LoadState::Ready; break;
            case OpenStatus::NewerVersion: Load = LoadState::NewerVersion; break;
            case OpenStatus::Blocked: Load = LoadState::Blocked; break;
            case OpenStatus::Unavailable: Load = LoadState::Unavailable; break;
            case OpenStatus::Failed: Load = LoadState::Failed; break;
            }
            if (Load == LoadState::Ready) SendNext();
        },
        [this, alive] {
            if (alive.expired() || Load != LoadState::Ready) return;
            Loaded = true;
            // Commits other tabs made while this tab was reading: newer than its snapshot.
            std::vector<ExternalChange> later;
            later.swap(ChangesDuringLoad);
            for (const ExternalChange& change : later) OnExternal(change);
        });
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Building actions

template <typename T>
Workspace::PendingChange Workspace::Put(Collection where, T& record, std::int64_t expected_rev) {
    record.Rev = expected_rev + 1;
    json j = ToJson(record);
    Db.Put(record);
    return PendingChange{where, record.Id, expected_rev, std::move(j)};
}

Workspace::PendingChange Workspace::Remove(Collection where, const RecordId& id) {
    const std::int64_t rev = Db.Revision(where, id);
    Db.Remove(where, id);
    return PendingChange{where, id, rev, std::nullopt};
}

void Workspace::LogActivity(PendingAction& action, const RecordId& candidate, std::string kind,
                            std::string text) {
    Activity entry;
    entry.Id = NewRecordId();
    entry.Created = entry.Updated = entry.At = NowFn();
    entry.CandidateId = candidate;
    entry.Kind = std::move(kind);
    entry.Text = std::move(text);
    action.Changes.push_back(Put(Collection::Activity, entry, 0));
}

void Workspace::Submit(PendingAction action) {
    Queue.push_back(std::move(action));
    if (Save != SaveState::Failed && Save != SaveState::Conflict) Save = SaveState::Saving;
    SendNext();
}

RecordId Workspace::SaveRole(Role draft) {
    const bool creating = draft.Id.empty();
    const TimeMs now = NowFn();
    if (creating) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.Rev = 0;
    }
    draft.Updated = now;
    PendingAction action{creating ? "Add role" : "Save role", {}, false};
    action.Changes.push_back(Put(Collection::Roles, draft, draft.Rev));
    Submit(std::move(action));
    return draft.Id;
}

bool Workspace::DeleteRole(const RecordId& id) {
    if (!Db.FindRole(id) || Db.CandidatesInRole(id) > 0) return false;
    PendingAction action{"Delete role", {}, false};
    action.Changes.push_back(Remove(Collection::Roles, id));
    Submit(std::move(action));
    return true;
}

RecordId Workspace::SaveCandidate(Candidate draft) {
    const bool creating = draft.Id.empty();
    const TimeMs now = NowFn();
    std::string text;
    if (creating) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.Rev = 0;
        const Role* role = Db.FindRole(draft.RoleId);
        text = role ? "Added as a candidate for " + role->Title : "Added as a candidate";
    } else if (const Candidate* before = Db.FindCandidate(draft.Id)) {
        text = StageChangeText(*before, draft);
        if (before->Status != draft.Status && IsDecided(draft.Status)) draft.DecidedAt = now;
    } else {
        text = "Details updated";
    }
    if (!IsDecided(draft.Status)) draft.DecidedAt.reset();
    else if (!draft.DecidedAt) draft.DecidedAt = now;
    draft.Updated = now;
    PendingAction action{creating ? "Add candidate" : "Save candidate", {}, false};
    action.Changes.push_back(Put(Collection::Candidates, draft, draft.Rev));
    LogActivity(action, draft.Id, creating ? "created" : "updated", std::move(text));
    Submit(std::move(action));
    return draft.Id;
}

void Workspace::MarkFollowUp(const RecordId& candidate, FollowUpMark mark, const std::string& what) {
    const Candidate* found = Db.FindCandidate(candidate);
    if (!found) return;
    Candidate draft = *found;
    const TimeMs now = NowFn();
    mark.At = now;
    std::erase_if(draft.FollowUpMarks, [&](const FollowUpMark& m) { return m.Key == mark.Key; });
    std::string text = mark.Until ? what + " snoozed until " + FormatDate(DateOf(mark.Until))
                                  : what + " marked as not needed";
    if (!mark.Reason.empty()) text += ": " + mark.Reason;
    draft.FollowUpMarks.push_back(std::move(mark));
    draft.Updated = now;
    PendingAction action{"Plan follow-up", {}, false};
    action.Changes.push_back(Put(Collection::Candidates, draft, draft.Rev));
    LogActivity(action, draft.Id, "follow_up", std::move(text));
    Submit(std::move(action));
}

void Workspace::ClearFollowUpMark(const RecordId& candidate, const std::string& key, const std::string& what) {
    const Candidate* found = Db.FindCandidate(candidate);
    if (!found) return;
    Candidate draft = *found;
    if (std::erase_if(draft.FollowUpMarks, [&](const FollowUpMark& m) { return m.Key == key; }) == 0) return;
    draft.Updated = NowFn();
    PendingAction action{"Plan follow-up", {}, false};
    action.Changes.push_back(Put(Collection::Candidates, draft, draft.Rev));
    LogActivity(action, draft.Id, "follow_up", what + " back in the plan");
    Submit(std::move(action));
}

void Workspace::DeleteCandidate(const RecordId& id) {
    // Until everything is read, the candidate's interviews and history may not all be known.
    if (!Loaded || !Db.FindCandidate(id)) return;
    PendingAction action{"Delete candidate", {}, false};
    for (const Interview* interview : Db.InterviewsOf(id)) {
        for (const InterviewNote* note : Db.NotesOf(interview->Id))
            action.Changes.push_back(Remove(Collection::Notes, RecordId(note->Id)));
        action.Changes.push_back(Remove(Collection::Interviews, RecordId(interview->Id)));
    }
    for (const Message* message : Db.MessagesOf(id))
        action.Changes.push_back(Remove(Collection::Messages, RecordId(message->Id)));
    for (const Activity* entry : Db.ActivityOf(id))
        action.Changes.push_back(Remove(Collection::Activity, RecordId(entry->Id)));
    action.Changes.push_back(Remove(Collection::Candidates, id));
    Submit(std::move(action));
}

RecordId Workspace::SaveInterview(Interview draft) {
    const bool creating = draft.Id.empty();
    const TimeMs now = NowFn();
    if (creating) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.Rev = 0;
    }
    draft.Updated = now;
    const std::string stage = draft.Stage.empty() ? "Interview" : draft.Stage + " interview";
    PendingAction action{creating ? "Schedule interview" : "Save interview", {}, false};
    action.Changes.push_back(Put(Collection::Interviews, draft, draft.Rev));
    LogActivity(action, draft.CandidateId, "interview", creating ? stage + " scheduled" : stage + " changed");
    Submit(std::move(action));
    return draft.Id;
}

void Workspace::DeleteInterview(const RecordId& id) {
    const Interview* interview = Db.FindInterview(id);
    if (!interview) return;
    const RecordId candidate = interview->CandidateId;
    const std::string stage = interview->Stage.empty() ? "Interview" : interview->Stage + " interview";
    PendingAction action{"Delete interview", {}, false};
    for (const InterviewNote* note : Db.NotesOf(id))
        action.Changes.push_back(Remove(Collection::Notes, RecordId(note->Id)));
    action.Changes.push_back(Remove(Collection::Interviews, id));
    LogActivity(action, candidate, "interview", stage + " removed");
    Submit(std::move(action));
}

RecordId Workspace::SaveNote(InterviewNote draft) {
    const bool creating = draft.Id.empty();
    const TimeMs now = NowFn();
    if (creating) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.WrittenAt = now;
        draft.Rev = 0;
    }
    draft.Updated = now;
    PendingAction action{creating ? "Add note" : "Save note", {}, false};
    action.Changes.push_back(Put(Collection::Notes, draft, draft.Rev));
    LogActivity(action, draft.CandidateId, "note",
                draft.Interviewer +
                    (creating ? " wrote their interview note" : " updated their interview note"));
    Submit(std::move(action));
    return draft.Id;
}

void Workspace::DeleteNote(const RecordId& id) {
    const InterviewNote* note = Db.FindNote(id);
    if (!note) return;
    const RecordId candidate = note->CandidateId;
    const std::string who = note->Interviewer;
    PendingAction action{"Delete note", {}, false};
    action.Changes.push_back(Remove(Collection::Notes, id));
    LogActivity(action, candidate, "note", who + "'s interview note deleted");
    Submit(std::move(action));
}

RecordId Workspace::SaveMessage(Message draft) {
    const bool creating = draft.Id.empty();
    const TimeMs now = NowFn();
    if (creating) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.Rev = 0;
    }
    const Message* before = creating ? nullptr : Db.FindMessage(draft.Id);
    const bool sending =
        draft.Status == MessageStatus::Sent && (!before || before->Status != MessageStatus::Sent);
    if (sending && !draft.SentAt) draft.SentAt = now;
    draft.Updated = now;
    PendingAction action{sending ? "Record sent message" : "Save draft", {}, false};
    action.Changes.push_back(Put(Collection::Messages, draft, draft.Rev));
    if (sending || creating)
        LogActivity(action, draft.CandidateId, "message",
                    std::string(Label(draft.Kind)) + (sending ? " sent" : " drafted"));
    Submit(std::move(action));
    return draft.Id;
}

void Workspace::DeleteMessage(const RecordId& id) {
    if (!Db.FindMessage(id)) return;
    PendingAction action{"Delete message", {}, false};
    action.Changes.push_back(Remove(Collection::Messages, id));
    Submit(std::move(action));
}

template <typename T> RecordId Workspace::SaveOne(Collection where, T draft, std::string label) {
    const TimeMs now = NowFn();
    if (draft.Id.empty()) {
        draft.Id = NewRecordId();
        draft.Created = now;
        draft.Rev = 0;
    }
    draft.Updated = now;
    PendingAction action{std::move(label), {}, false};
    action.Changes.push_back(Put(where, draft, draft.Rev));
    Submit(std::move(action));
    return draft.Id;
}

void Workspace::DeleteOne(Collection where, const RecordId& id, std::string label) {
    if (Db.Revision(where, id) == 0) return;
    PendingAction action{std::move(label), {}, false};
    action.Changes.push_back(Remove(where, id));
    Submit(std::move(action));
}

RecordId Workspace::SaveTemplate(MessageTemplate draft) {
    return SaveOne(Collection::Templates, std::move(draft), "Save template");
}

void Workspace::DeleteTemplate(const RecordId& id) { DeleteOne(Collection::Templates, id, "Delete template"); }

void Workspace::SaveProfile(Profile draft) {
    const TimeMs now = NowFn();
    draft.Id = ProfileId();
    const Profile* stored = Db.FindProfile();
    if (!stored) {
        draft.Created = now;
        draft.Rev = 0;
    }
    draft.Updated = now;
    PendingAction action{"Save sender details", {}, false};
    action.Changes.push_back(Put(Collection::Settings, draft, draft.Rev));
    Submit(std::move(action));
}

RecordId Workspace::SaveExerciseResult(ExerciseResult result) {
    result.Id.clear();
    return SaveOne(Collection::ExerciseResults, std::move(result), "Save exercise result");
}

void Workspace::DeleteExerciseResult(const RecordId& id) {
    DeleteOne(Collection::ExerciseResults, id, "Delete exercise result");
}

void Workspace::ImportScenarioCards(std::vector<ScenarioCard> cards) {
    if (cards.empty()) return;
    const TimeMs now = NowFn();
    PendingAction action{"Import scenario cards", {}, false};
    for (ScenarioCard& card : cards) {
        card.Id.clear();
        card.Rev = 0;
        card.Created = now;
        for (const auto& [id, stored] : Db.ScenarioCards())
            if (stored.CardId == card.CardId) {
                card.Id = id;
                card.Rev = stored.Rev;
                card.Created = stored.Created;
            }
        if (card.Id.empty()) card.Id = NewRecordId();
        card.Updated = now;
        action.Changes.push_back(Put(Collection::ScenarioCards, card, card.Rev));
    }
    Submit(std::move(action));
}

void Workspace::DeleteScenarioCard(const RecordId& id) {
    DeleteOne(Collection::ScenarioCards, id, "Delete scenario card");
}

void Workspace::AddCandidates(std::vector<Candidate> candidates, const std::string& source) {
    if (candidates.empty()) return;
    const TimeMs now = NowFn();
    PendingAction action{"Import candidates", {}, false};
    for (Candidate& c : candidates) {
        c.Id = NewRecordId();
        c.Created = c.Updated = now;
        action.Changes.push_back(Put(Collection::Candidates, c, 0));
        LogActivity(action, c.Id, "imported", "Imported from " + source);
    }
    Submit(std::move(action));
}

void Workspace::RestoreBackup(const Database& replacement) {
    if (!Loaded) return;  // The rest of the stored records would land on top of the backup.
    // Whatever was queued is about to be replaced: drop it rather than write it afterwards. A
    // write already on its way stays at the front until storage answers for it.
    Queue.erase(InFlight ? std::next(Queue.begin()) : Queue.begin(), Queue.end());
    ConflictList.clear();
    Db = replacement;
    PendingAction action{"Restore backup", {}, true};
    for (Collection c : kAllCollections) {
        const auto add = [&](const auto& table) {
            for (const auto& [id, row] : table) action.Changes.push_back({c, id, row.Rev - 1, ToJson(row)});
        };
        switch (c) {
        case Collection::Roles: add(Db.Roles()); break;
        case Collection::Candidates: add(Db.Candidates()); break;
        case Collection::Interviews: add(Db.Interviews()); break;
        case Collection::Notes: add(Db.Notes()); break;
        case Collection::Messages: add(Db.Messages()); break;
        case Collection::Activity: add(Db.ActivityLog()); break;
        case Collection::Templates: add(Db.Templates()); break;
        case Collection::Settings: add(Db.Settings()); break;
        case Collection::ExerciseResults: add(Db.ExerciseResults()); break;
        case Collection::ScenarioCards: add(Db.ScenarioCards()); break;
        }
    }
    Save = SaveState::Saving;
    SaveErrorText.clear();
    Queue.push_back(std::move(action));
    SendNext();  // Waits for a write on its way, if any.
}

// ---------------------------------------------------------------------------------------------
// [SECTION] Talking to storage

void Workspace::SendNext() {
    if (InFlight || Queue.empty() || Load != LoadState::Ready || !ConflictList.empty() ||
        Save == SaveState::Failed)
        return;
    InFlight = true;
    std::weak_ptr<bool> alive = Alive;
    const auto done = [this, alive](const WriteOutcome& outcome) {
        if (!alive.expired()) OnWritten(outcome);
    };
    const PendingAction& action = Queue.front();
    if (action.Replace) {
        std::vector<StoredRecord> records;
        records.reserve(action.Changes.size());
        for (const PendingChange& change : action.Changes)
            records.push_back({change.Where, change.Id, change.ExpectedRev + 1, change.Record->dump()});
        Store.ReplaceAll(std::move(records), done);
        return;
    }
    WriteBatch batch;
    batch.Changes.reserve(action.Changes.size());
    for (const PendingChange& change : action.Changes) {
        std::optional<std::string> text;
        if (change.Record) text = change.Record->dump();
        batch.Changes.push_back({change.Where, change.Id, change.ExpectedRev, std::move(text)});
    }
    Store.Write(std::move(batch), done);
}

void Workspace::OnWritten(const WriteOutcome& outcome) {
    InFlight = false;
    if (Queue.empty()) return;  // Replaced elsewhere meanwhile.
    switch (outcome.Status) {
    case WriteStatus::Saved: {
        const std::string label = Queue.front().Label;
        Queue.pop_front();
        ++Acknowledged;
        SaveErrorText.clear();
        Quota = false;
        Save = Queue.empty() ? SaveState::Saved : SaveState::Saving;
        if (OnAcknowledged) OnAcknowledged(label);
        SendNext();
        break;
    }
    case WriteStatus::Failed:
        Save = SaveState::Failed;
        Quota = outcome.QuotaExceeded;
        SaveErrorText = outcome.Error.empty() ? "The browser could not store the change." : outcome.Error;
        break;
    case WriteStatus::Conflict:
        Save = SaveState::Conflict;
        for (const StoredConflict& c : outcome.Conflicts) {
            PendingConflict conflict;
            conflict.Where = c.Where;
            conflict.Id = c.Id;
            conflict.StoredRev = c.StoredRev;
            conflict.Mine = Db.RecordJson(c.Where, c.Id);
            if (c.StoredJson) {
                conflict.Theirs = json::parse(*c.StoredJson, nullptr, false);
                if (conflict.Theirs.is_discarded()) conflict.Theirs = nullptr;
            }
            conflict.What =
                Describe(c.Where, c.Id, conflict.Mine.is_null() ? conflict.Theirs : conflict.Mine);
            ConflictList.push_back(std::move(conflict));
        }
        break;
    }
}

void Workspace::Retry() {
    if (Save != SaveState::Failed) return;
    Save = SaveState::Saving;
    SaveErrorText.clear();
    SendNext();
}

void Workspace::KeepMine(std::size_t index) {
    if (index >= ConflictList.size()) return;
    const PendingConflict conflict = ConflictList[index];
    ConflictList.erase(ConflictList.begin() + static_cast<std::ptrdiff_t>(index));
    // Rebase every queued change to this record onto the stored revision: the first one now
    // expects exactly what is stored, so storage accepts it and overwrites theirs.
    std::optional<std::int64_t> delta;
    for (PendingAction& action : Queue) {
        for (PendingChange& change : action.Changes) {
            if (change.Where != conflict.Where || change.Id != conflict.Id) continue;
            if (!delta) delta = conflict.StoredRev - change.ExpectedRev;
            change.ExpectedRev += *delta;
            if (change.Record) (*change.Record)["rev"] = change.ExpectedRev + 1;
        }
    }
    if (delta) {
        const json mine = Db.RecordJson(conflict.Where, conflict.Id);
        if (!mine.is_null()) {
            json rebased = mine;
            rebased["rev"] = rebased["rev"].get<std::int64_t>() + *delta;
            Problems ignored;
            Db.PutJson(conflict.Where, std::move(rebased), ignored);
        }
    }
    if (ConflictList.empty()) {
        Save = SaveState::Saving;
        SendNext();
    }
}

void Workspace::TakeTheirs(std::size_t index) {
    if (index >= ConflictList.size()) return;
    const PendingConflict conflict = ConflictList[index];
    ConflictList.erase(ConflictList.begin() + static_cast<std::ptrdiff_t>(index));
    // Drop this tab's changes to the record; an action left with nothing but its activity line
    // describes something that no longer happens, so it goes too.
    for (PendingAction& action : Queue) {
        auto& changes = action.Changes;
        changes.erase(std::remove_if(changes.begin(), changes.end(),
                                     [&](const PendingChange& c) {
                                         return c.Where == conflict.Where && c.Id == conflict.Id;
                                     }),
                      changes.end());
        const bool only_activity = std::all_of(changes.begin(), changes.end(), [](const PendingChange& c) {
            return c.Where == Collection::Activity;
        });
        if (only_activity) {
            for (const PendingChange& c : changes) Db.Remove(c.Where, c.Id);
            changes.clear();
        }
    }
    Queue.erase(
        std::remove_if(Queue.begin(), Queue.end(), [](const PendingAction& a) { return a.Changes.empty(); }),
        Queue.end());
    ApplyStored(conflict.Where, conflict.Id, conflict.Theirs);
    if (ConflictList.empty()) {
        Save = Queue.empty() ? SaveState::Saved : SaveState::Saving;
        SendNext();
    }
}

bool Workspace::HasPendingChange(Collection where, const RecordId& id) const {
    for (const PendingAction& action : Queue)
        for (const PendingChange& change : action.Changes)
            if (change.Where == where && change.Id == id) return true;
    return false;
}

void Workspace::ApplyStored(Collection where, const RecordId& id, const json& record) {
    if (record.is_null()) {
        Db.Remove(where, id);
        return;
    }
    Problems problems;
    if (!Db.PutJson(where, record, problems, std::string(CollectionName(where)) + " record"))
        Unreadable.insert(Unreadable.end(), problems.begin(), problems.end());
}

void Workspace::OnExternal(const ExternalChange& change) {
    if (Load == LoadState::Loading || (Load == LoadState::Ready && !Loaded)) {
        // Committed after this tab's snapshot was taken: apply it once the snapshot is in.
        ChangesDuringLoad.push_back(change);
        return;
    }
    if (Load != LoadState::Ready) return;
    // This tab's own queued change to the same record will meet the new revision in storage
    // and come back as a conflict for the user to settle; until then keep showing ours.
    if (HasPendingChange(change.Where, change.Id)) return;
    json record = nullptr;
    if (change.Json) {
        record = json::parse(*change.Json, nullptr, false);
        if (record.is_discarded()) return;
    }
    ApplyStored(change.Where, change.Id, record);
}

std::string Workspace::Describe(Collection where, const RecordId& id, const json& record) const {
    const auto text = [&](const char* key) {
        const auto it = record.is_object() ? record.find(key) : record.end();
        return (record.is_object() && it != record.end() && it->is_string()) ? it->get<std::string>()
                                                                             : std::string();
    };
    switch (where) {
    case Collection::Roles: return "Role " + text("title");
    case Collection::Candidates: return "Candidate " + text("full_name");
    case Collection::Interviews: return "Interview " + id.substr(0, 8);
    case Collection::Notes: return "Note by " + text("interviewer");
    case Collection::Messages: return "Message \"" + text("subject") + "\"";
    case Collection::Activity: return "Activity entry";
    case Collection::Templates: return "Template " + text("name");
    case Collection::Settings: return "Your sender details";
    case Collection::ExerciseResults: return "Exercise result of " + text("participant");
    case Collection::ScenarioCards: return "Scenario card " + text("card_id");
    }
    return "Record";
}

}  // namespace debrief
