#include "core/records/database.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/records/record_json.h"

namespace debrief {

namespace {

void Link(std::unordered_map<RecordId, std::vector<RecordId>>& index, const RecordId& parent,
          const RecordId& child) {
    index[parent].push_back(child);
}

void Unlink(std::unordered_map<RecordId, std::vector<RecordId>>& index, const RecordId& parent,
            const RecordId& child) {
    const auto it = index.find(parent);
    if (it == index.end()) return;
    auto& children = it->second;
    children.erase(std::remove(children.begin(), children.end(), child), children.end());
    if (children.empty()) index.erase(it);
}

template <typename T> const T* FindIn(const Table<T>& table, const RecordId& id) {
    const auto it = table.find(id);
    return it == table.end() ? nullptr : &it->second;
}

template <typename T>
std::vector<const T*> Children(const std::unordered_map<RecordId, std::vector<RecordId>>& index,
                               const Table<T>& table, const RecordId& parent) {
    std::vector<const T*> out;
    const auto it = index.find(parent);
    if (it == index.end()) return out;
    out.reserve(it->second.size());
    for (const RecordId& id : it->second)
        if (const T* row = FindIn(table, id)) out.push_back(row);
    return out;
}

// Puts `row` into `table`, moving it between parents in `index` when its parent changed.
template <typename T, typename ParentOf>
void PutChild(Table<T>& table, std::unordered_map<RecordId, std::vector<RecordId>>& index, T row,
              ParentOf parent_of) {
    const auto it = table.find(row.Id);
    if (it != table.end()) {
        if (parent_of(it->second) == parent_of(row)) {
            it->second = std::move(row);
            return;
        }
        Unlink(index, parent_of(it->second), row.Id);
    }
    Link(index, parent_of(row), row.Id);
    table[row.Id] = std::move(row);
}

template <typename T, typename ParentOf>
bool RemoveChild(Table<T>& table, std::unordered_map<RecordId, std::vector<RecordId>>& index,
                 const RecordId& id, ParentOf parent_of) {
    const auto it = table.find(id);
    if (it == table.end()) return false;
    Unlink(index, parent_of(it->second), id);
    table.erase(it);
    return true;
}

template <typename T>
bool PutParsed(Database& db, nlohmann::json&& j, Problems& problems, std::string_view path) {
    T row;
    if (!FromJson(std::move(j), row, path, problems)) return false;
    db.Put(std::move(row));
    return true;
}

template <typename T> nlohmann::json JsonOf(const Table<T>& table, const RecordId& id) {
    const T* row = FindIn(table, id);
    return row ? ToJson(*row) : nlohmann::json(nullptr);
}

template <typename T> std::int64_t RevOf(const Table<T>& table, const RecordId& id) {
    const T* row = FindIn(table, id);
    return row ? row->Rev : 0;
}

const auto kCandidateOf = [](const auto& row) -> const RecordId& { return row.CandidateId; };
const auto kInterviewOf = [](const InterviewNote& n) -> const RecordId& { return n.InterviewId; };

}  // namespace

const Role* Database::FindRole(const RecordId& id) const { return FindIn(RoleRows, id); }
const Candidate* Database::FindCandidate(const RecordId& id) const { return FindIn(CandidateRows, id); }
const Interview* Database::FindInterview(const RecordId& id) const { return FindIn(InterviewRows, id); }
const InterviewNote* Database::FindNote(const RecordId& id) const { return FindIn(NoteRows, id); }
const Message* Database::FindMessage(const RecordId& id) const { return FindIn(MessageRows, id); }
const Activity* Database::FindActivity(const RecordId& id) const { return FindIn(ActivityRows, id); }
const MessageTemplate* Database::FindTemplate(const RecordId& id) const { return FindIn(TemplateRows, id); }
const Profile* Database::FindProfile() const { return FindIn(SettingsRows, ProfileId()); }

std::vector<const Interview*> Database::InterviewsOf(const RecordId& candidate) const {
    auto out = Children(InterviewsByCandidate, InterviewRows, candidate);
    std::sort(out.begin(), out.end(), [](const Interview* a, const Interview* b) {
        return a->StartsAt != b->StartsAt ? a->StartsAt < b->StartsAt : a->Id < b->Id;
    });
    return out;
}

std::vector<const InterviewNote*> Database::NotesOf(const RecordId& interview) const {
    auto out = Children(NotesByInterview, NoteRows, interview);
    std::sort(out.begin(), out.end(), [](const InterviewNote* a, const InterviewNote* b) {
        return a->Interviewer != b->Interviewer ? a->Interviewer < b->Interviewer : a->Id < b->Id;
    });
    return out;
}

const InterviewNote* Database::NoteBy(const RecordId& interview, std::string_view interviewer) const {
    for (const InterviewNote* n : Children(NotesByInterview, NoteRows, interview))
        if (n->Interviewer == interviewer) return n;
    return nullptr;
}

std::vector<const Message*> Database::MessagesOf(const RecordId& candidate) const {
    auto out = Children(MessagesByCandidate, MessageRows, candidate);
    std::sort(out.begin(), out.end(), [](const Message* a, const Message* b) {
        return a->Updated != b->Updated ? a->Updated > b->Updated : a->Id < b->Id;
    });
    return out;
}

std::vector<const Activity*> Database::ActivityOf(const RecordId& candidate) const {
    auto out = Children(ActivityByCandidate, ActivityRows, candidate);
    std::sort(out.begin(), out.end(), [](const Activity* a, const Activity* b) {
        return a->At != b->At ? a->At > b->At : a->Id > b->Id;
    });
    return out;
}

std::size_t Database::CandidatesInRole(const RecordId& role) const {
    const auto it = CandidatesByRole.find(role);
    return it == CandidatesByRole.end() ? 0 : it->second;
}

std::size_t Database::Count(Collection c) const {
    switch (c) {
    case Collection::Roles: return RoleRows.size();
    case Collection::Candidates: return CandidateRows.size();
    case Collection::Interviews: return InterviewRows.size();
    case Collection::Notes: return NoteRows.size();
    case Collection::Messages: return MessageRows.size();
    case Collection::Activity: return ActivityRows.size();
    case Collection::Templates: return TemplateRows.size();
    case Collection::Settings: return SettingsRows.size();
    case Collection::ExerciseResults: return ResultRows.size();
    case Collection::ScenarioCards: return CardRows.size();
    }
    return 0;
}

void Database::Put(Role r) {
    RoleRows[r.Id] = std::move(r);
    ++Gen;
}

void Database::Put(Candidate c) {
    const auto it = CandidateRows.find(c.Id);
    if (it != CandidateRows.end() && !it->second.RoleId.empty() && --CandidatesByRole[it->second.RoleId] == 0)
        CandidatesByRole.erase(it->second.RoleId);
    if (!c.RoleId.empty()) ++CandidatesByRole[c.RoleId];
    CandidateRows[c.Id] = std::move(c);
    ++Gen;
}

void Database::Put(Interview i) {
    PutChild(InterviewRows, InterviewsByCandidate, std::move(i), kCandidateOf);
    ++Gen;
}

void Database::Put(InterviewNote n) {
    PutChild(NoteRows, NotesByInterview, std::move(n), kInterviewOf);
    ++Gen;
}

void Database::Put(Message m) {
    PutChild(MessageRows, MessagesByCandidate, std::move(m), kCandidateOf);
    ++Gen;
}

void Database::Put(Activity a) {
    PutChild(ActivityRows, ActivityByCandidate, std::move(a), kCandidateOf);
    ++Gen;
}

void Database::Put(MessageTemplate t) {
    TemplateRows[t.Id] = std::move(t);
    ++Gen;
}

void Database::Put(Profile p) {
    SettingsRows[p.Id] = std::move(p);
    ++Gen;
}

void Database::Put(ExerciseResult r) {
    ResultRows[r.Id] = std::move(r);
    ++Gen;
}

void Database::Put(ScenarioCard c) {
    CardRows[c.Id] = std::move(c);
    ++Gen;
}

bool Database::Remove(Collection c, const RecordId& id) {
    bool removed = false;
    switch (c) {
    case Collection::Roles: removed = RoleRows.erase(id) > 0; break;
    case Collection::Candidates: {
        const auto it = CandidateRows.find(id);
        if (it != CandidateRows.end()) {
            if (!it->second.RoleId.empty() && --CandidatesByRole[it->second.RoleId] == 0)
                CandidatesByRole.erase(it->second.RoleId);
            CandidateRows.erase(it);
            removed = true;
        }
        break;
    }
    case Collection::Interviews:
        removed = RemoveChild(InterviewRows, InterviewsByCandidate, id, kCandidateOf);
        break;
    case Collection::Notes: removed = RemoveChild(NoteRows, NotesByInterview, id, kInterviewOf); break;
    case Collection::Messages:
        removed = RemoveChild(MessageRows, MessagesByCandidate, id, kCandidateOf);
        break;
    case Collection::Activity:
        removed = RemoveChild(ActivityRows, ActivityByCandidate, id, kCandidateOf);
        break;
    case Collection::Templates: removed = TemplateRows.erase(id) > 0; break;
    case Collection::Settings: removed = SettingsRows.erase(id) > 0; break;
    case Collection::ExerciseResults: removed = ResultRows.erase(id) > 0; break;
    case Collection::ScenarioCards: removed = CardRows.erase(id) > 0; break;
    }
    if (removed) ++Gen;
    return removed;
}

void Database::Clear() {
    const std::uint64_t generation = Gen;
    *this = Database{};
    Gen = generation + 1;  // Never reuse a generation: caches keyed on it must see the change.
}

bool Database::PutJson(Collection c, nlohmann::json record, Problems& problems, std::string_view path) {
    switch (c) {
    case Collection::Roles: return PutParsed<Role>(*this, std::move(record), problems, path);
    case Collection::Candidates: return PutParsed<Candidate>(*this, std::move(record), problems, path);
    case Collection::Interviews: return PutParsed<Interview>(*this, std::move(record), problems, path);
    case Collection::Notes: return PutParsed<InterviewNote>(*this, std::move(record), problems, path);
    case Collection::Messages: return PutParsed<Message>(*this, std::move(record), problems, path);
    case Collection::Activity: return PutParsed<Activity>(*this, std::move(record), problems, path);
    case Collection::Templates: return PutParsed<MessageTemplate>(*this, std::move(record), problems, path);
    case Collection::Settings: return PutParsed<Profile>(*this, std::move(record), problems, path);
    case Collection::ExerciseResults:
        return PutParsed<ExerciseResult>(*this, std::move(record), problems, path);
    case Collection::ScenarioCards: return PutParsed<ScenarioCard>(*this, std::move(record), problems, path);
    }
    return false;
}

nlohmann::json Database::RecordJson(Collection c, const RecordId& id) const {
    switch (c) {
    case Collection::Roles: return JsonOf(RoleRows, id);
    case Collection::Candidates: return JsonOf(CandidateRows, id);
    case Collection::Interviews: return JsonOf(InterviewRows, id);
    case Collection::Notes: return JsonOf(NoteRows, id);
    case Collection::Messages: return JsonOf(MessageRows, id);
    case Collection::Activity: return JsonOf(ActivityRows, id);
    case Collection::Templates: return JsonOf(TemplateRows, id);
    case Collection::Settings: return JsonOf(SettingsRows, id);
    case Collection::ExerciseResults: return JsonOf(ResultRows, id);
    case Collection::ScenarioCards: return JsonOf(CardRows, id);
    }
    return nullptr;
}

std::int64_t Database::Revision(Collection c, const RecordId& id) const {
    switch (c) {
    case Collection::Roles: return RevOf(RoleRows, id);
    case Collection::Candidates: return RevOf(CandidateRows, id);
    case Collection::Interviews: return RevOf(InterviewRows, id);
    case Collection::Notes: return RevOf(NoteRows, id);
    case Collection::Messages: return RevOf(MessageRows, id);
    case Collection::Activity: return RevOf(ActivityRows, id);
    case Collection::Templates: return RevOf(TemplateRows, id);
    case Collection::Settings: return RevOf(SettingsRows, id);
    case Collection::ExerciseResults: return RevOf(ResultRows, id);
    case Collection::ScenarioCards: return RevOf(CardRows, id);
    }
    return 0;
}

}  // namespace debrief
