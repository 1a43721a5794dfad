// The records the user works on, kept in step with storage: the one place the interface
// changes data.
//
// Each action (save a candidate, delete an interview, ...) is one transaction: the record
// change plus its line in the candidate's activity log. The change shows at once; storage
// confirms it in the background, one action after another in the order they were made.
//   - Saved: storage committed every action; only then does the interface say "Saved".
//   - Failed (quota full, storage error): the data stays in memory, the action stays queued,
//     and Retry() sends it again. Nothing later is sent before it.
//   - Conflict: another tab saved the same record first. Storage refused the action; the user
//     decides per record: KeepMine() writes this tab's version over theirs on purpose,
//     TakeTheirs() drops this tab's change and shows theirs.
// Changes other tabs commit arrive through Storage and replace what is shown, unless this tab
// has its own change to that record on the way (then storage will report the conflict).
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/records/database.h"
#include "core/records/problems.h"
#include "core/storage/storage.h"

namespace debrief {

enum class LoadState {
    NotOpened,
    Loading,
    Ready,
    NewerVersion,  // The stored data comes from a newer Debrief: read nothing, write nothing.
    Blocked,       // Waiting for other tabs to close an older version.
    Unavailable,   // The browser offers no storage here.
    Failed,
    ClosedForUpgrade,  // Another tab opened a newer version: reload to continue.
};

enum class SaveState {
    Idle,      // Nothing saved yet in this session.
    Saving,    // Actions on their way to storage.
    Saved,     // Everything acknowledged.
    Failed,    // The first queued action failed; see SaveError(), then Retry().
    Conflict,  // Waiting for the user to resolve Conflicts().
};

struct PendingConflict {
    Collection Where = Collection::Candidates;
    RecordId Id;
    std::string What;       // "Candidate Zoë Łukasz-Nuñez", for people.
    nlohmann::json Mine;    // This tab's version; null if this tab deleted it.
    nlohmann::json Theirs;  // The stored version; null if the other tab deleted it.
    std::int64_t StoredRev = 0;
};

class Workspace {
  public:
    using Clock = std::function<TimeMs()>;

    Workspace(Storage& storage, Clock clock);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    // --- Loading ---------------------------------------------------------------------------------
    void Open();
    LoadState Loading() const { return Load; }
    // Every stored record is in. Loading is Ready as soon as roles and candidates are (the list
    // shows then); interviews, notes, messages and history follow. Deleting a candidate and
    // restoring a backup wait for Complete().
    bool Complete() const { return Load == LoadState::Ready && Loaded; }
    const std::string& LoadError() const { return LoadMessage; }
    const Problems& UnreadableRecords() const {
        return Unreadable;
    }  // Stored but not readable; left untouched.
    const Database& Records() const { return Db; }
    TimeMs Now() const { return NowFn(); }

    // --- Actions: one user action, one transaction -----------------------------------------------
    // Save*: a draft with an empty Id is created; otherwise the record it was copied from is
    // replaced, based on the draft's Rev. Each returns the record's id.
    RecordId SaveRole(Role draft);
    bool DeleteRole(const RecordId& id);  // False (nothing done) while candidates still use the role.
    RecordId SaveCandidate(Candidate draft);
    void
    DeleteCandidate(const RecordId& id);  // With the candidate's interviews, notes, messages and history.
    // Snoozes a planned follow-up (mark.Until) or marks it not needed (Until 0), with the reason;
    // `what` names it in the candidate's history ("Thank-you after the interview").
    void MarkFollowUp(const RecordId& candidate, FollowUpMark mark, const std::string& what);
    void ClearFollowUpMark(const RecordId& candidate, const std::string& key, const std::string& what);
    RecordId SaveInterview(Interview draft);
    void DeleteInterview(const RecordId& id);  // With its notes.
    RecordId SaveNote(InterviewNote draft);
    void DeleteNote(const RecordId& id);
    RecordId SaveMessage(Message draft);
    void DeleteMessage(const RecordId& id);
    RecordId SaveTemplate(MessageTemplate draft);
    void DeleteTemplate(const RecordId& id);
    void SaveProfile(Profile draft);  // Creates or replaces the one Profile (based on draft.Rev).
    // Workshops: a participant's submitted exercise (always a new record), and scenario cards a
    // trainer imported. An imported card replaces the stored card with the same CardId.
    RecordId SaveExerciseResult(ExerciseResult result);
    void DeleteExerciseResult(const RecordId& id);
    void ImportScenarioCards(std::vector<ScenarioCard> cards);  // One transaction.
    void DeleteScenarioCard(const RecordId& id);
    void AddCandidates(std::vector<Candidate> candidates,
                       const std::string& source);    // An import, in one transaction.
    void RestoreBackup(const Database& replacement);  // Replaces everything, in one transaction.

    // --- Saving ----------------------------------------------------------------------------------
    SaveState Saving() const { return Save; }
    const std::string& SaveError() const { return SaveErrorText; }
    bool QuotaExceeded() const { return Quota; }
    std::size_t UnsavedActions() const { return Queue.size(); }
    std::uint64_t AcknowledgedActions() const { return Acknowledged; }
    void Retry();
    const std::vector<PendingConflict>& Conflicts() const { return ConflictList; }
    void KeepMine(std::size_t conflict);
    void TakeTheirs(std::size_t conflict);

    // Called with each action's label once storage acknowledged it (tests, benchmarks).
    std::function<void(const std::string& label)> OnAcknowledged;

  private:
    struct PendingChange {
        Collection Where = Collection::Candidates;
        RecordId Id;
        std::int64_t ExpectedRev = 0;
        std::optional<nlohmann::json> Record;  // nullopt deletes.
    };
    struct PendingAction {
        std::string Label;
        std::vector<PendingChange> Changes;
        bool Replace = false;  // RestoreBackup: all records, no revision checks.
    };

    Storage& Store;
    Clock NowFn;
    Database Db;
    LoadState Load = LoadState::NotOpened;
    bool Loaded = false;
    std::string LoadMessage;
    Problems Unreadable;

    std::vector<ExternalChange> ChangesDuringLoad;  // Other tabs' commits that arrived while loading.
    std::deque<PendingAction> Queue;
    bool InFlight = false;
    SaveState Save = SaveState::Idle;
    std::string SaveErrorText;
    bool Quota = false;
    std::uint64_t Acknowledged = 0;
    std::vector<PendingConflict> ConflictList;
    std::shared_ptr<bool> Alive = std::make_shared<bool>(true);  // Callbacks check it after destruction.

    // Building actions.
    template <typename T> PendingChange Put(Collection where, T& record, std::int64_t expected_rev);
    // One record with no history line: created when draft.Id is empty, else replaced.
    template <typename T> RecordId SaveOne(Collection where, T draft, std::string label);
    void DeleteOne(Collection where, const RecordId& id, std::string label);
    PendingChange Remove(Collection where, const RecordId& id);
    void LogActivity(PendingAction& action, const RecordId& candidate, std::string kind, std::string text);
    void Submit(PendingAction action);

    // Talking to storage.
    void SendNext();
    void OnWritten(const WriteOutcome& outcome);
    void OnExternal(const ExternalChange& change);
    bool HasPendingChange(Collection where, const RecordId& id) const;
    void ApplyStored(Collection where, const RecordId& id, const nlohmann::json& record);
    std::string Describe(Collection where, const RecordId& id, const nlohmann::json& record) const;
};

}  // namespace debrief
