// All records in memory, with the lookups the interface needs: a candidate's interviews,
// an interview's notes, a candidate's messages and activity, a workshop's results and cards.
//
// The Database holds what storage has confirmed plus the user's changes on their way there
// (core/workspace/ decides which). It knows nothing of storage or the screen. Every change
// bumps Generation(), so views can cache what they derive (filtered lists, due notes) and
// recompute only when something changed.
#pragma once

#include <cstdint>
#include <unordered_map>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/records/collection.h"
#include "core/records/model.h"
#include "core/records/problems.h"

namespace debrief {

template <typename T> using Table = std::unordered_map<RecordId, T>;

class Database {
  public:
    // --- Reading -------------------------------------------------------------------------------
    const Table<Role>& Roles() const { return RoleRows; }
    const Table<Candidate>& Candidates() const { return CandidateRows; }
    const Table<Interview>& Interviews() const { return InterviewRows; }
    const Table<InterviewNote>& Notes() const { return NoteRows; }
    const Table<Message>& Messages() const { return MessageRows; }
    const Table<Activity>& ActivityLog() const { return ActivityRows; }
    const Table<MessageTemplate>& Templates() const { return TemplateRows; }
    const Table<Profile>& Settings() const { return SettingsRows; }
    const Table<ExerciseResult>& ExerciseResults() const { return ResultRows; }
    const Table<ScenarioCard>& ScenarioCards() const { return CardRows; }
    const Profile* FindProfile() const;  // nullptr until the user saved one.

    const Role* FindRole(const RecordId& id) const;
    const Candidate* FindCandidate(const RecordId& id) const;
    const Interview* FindInterview(const RecordId& id) const;
    const InterviewNote* FindNote(const RecordId& id) const;
    const Message* FindMessage(const RecordId& id) const;
    const Activity* FindActivity(const RecordId& id) const;
    const MessageTemplate* FindTemplate(const RecordId& id) const;

    std::vector<const Interview*> InterviewsOf(const RecordId& candidate) const;  // By start time.
    std::vector<const InterviewNote*> NotesOf(const RecordId& interview) const;   // By interviewer.
    const InterviewNote* NoteBy(const RecordId& interview, std::string_view interviewer) const;
    std::vector<const Message*> MessagesOf(const RecordId& candidate) const;   // Newest first.
    std::vector<const Activity*> ActivityOf(const RecordId& candidate) const;  // Newest first.
    std::size_t CandidatesInRole(const RecordId& role) const;

    std::size_t Count(Collection c) const;
    std::uint64_t Generation() const { return Gen; }

    // --- Changing ------------------------------------------------------------------------------
    void Put(Role r);
    void Put(Candidate c);
    void Put(Interview i);
    void Put(InterviewNote n);
    void Put(Message m);
    void Put(Activity a);
    void Put(MessageTemplate t);
    void Put(Profile p);
    void Put(ExerciseResult r);
    void Put(ScenarioCard c);
    bool Remove(Collection c, const RecordId& id);  // False if there was no such record.
    void Clear();

    // Reads a record from JSON and puts it; false (and problems) if it does not read cleanly.
    bool PutJson(Collection c, nlohmann::json record, Problems& problems, std::string_view path = "");
    // The record as JSON, or null when there is none.
    nlohmann::json RecordJson(Collection c, const RecordId& id) const;
    std::int64_t Revision(Collection c, const RecordId& id) const;  // 0 when absent.

  private:
    Table<Role> RoleRows;
    Table<Candidate> CandidateRows;
    Table<Interview> InterviewRows;
    Table<InterviewNote> NoteRows;
    Table<Message> MessageRows;
    Table<Activity> ActivityRows;
    Table<MessageTemplate> TemplateRows;
    Table<Profile> SettingsRows;  // At most one: the Profile under ProfileId().
    Table<ExerciseResult> ResultRows;
    Table<ScenarioCard> CardRows;

    // Parent id -> child ids, kept in step with the tables.
    using ChildIndex = std::unordered_map<RecordId, std::vector<RecordId>>;
    ChildIndex InterviewsByCandidate, NotesByInterview, MessagesByCandidate, ActivityByCandidate;
    std::unordered_map<RecordId, std::size_t> CandidatesByRole;

    std::uint64_t Gen = 0;
};

}  // namespace debrief
