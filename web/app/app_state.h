// What the web app shows and remembers between frames, apart from the records themselves
// (those live in the Workspace, core/workspace/workspace.h).
//
// Views are thin functions of this state: they read it, change it, and change records only
// through the Workspace's actions, so the same state can be driven by real clicks in the
// browser or by headless view tests.
#pragma once

#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/build_info.h"
#include "core/exchange/backup.h"
#include "core/exchange/candidates_csv.h"
#include "core/exchange/csv.h"
#include "core/records/candidate_list.h"
#include "core/records/validation.h"
#include "core/templates/message_data.h"
#include "core/templates/mustache.h"
#include "core/time/local_time.h"
#include "core/workspace/workspace.h"
#include "web/app/host.h"
#include "web/app/offline_copy.h"
#include "web/app/plan.h"
#include "web/app/tone.h"
#include "web/app/workshop.h"

namespace app {

// ---------------------------------------------------------------------------------------------
// [SECTION] Areas

enum class Area { Today, Candidates, Compose, Templates, Timeline, Workshop, Settings };
inline constexpr int kAreaCount = 7;

struct AreaInfo {
    Area Id;
    const char* Name;     // Label in the navigation and the View menu.
    const char* Purpose;  // One line: what the area is for.
};

const std::array<AreaInfo, kAreaCount>& Areas();
const AreaInfo& Describe(Area area);

// ---------------------------------------------------------------------------------------------
// [SECTION] Per-view state

enum class CandidatesTab { Candidates, Roles };

struct CandidateListState {
    CandidatesTab Tab = CandidatesTab::Candidates;
    debrief::CandidateFilter Filter;
    debrief::CandidateSort Sort = debrief::CandidateSort::Name;
    bool Descending = false;
    debrief::RecordId Selected;
    bool FocusSearch = false;  // Set by Ctrl+F; the search field takes focus on the next frame.
    bool ScrollToSelected = false;

    // The list as last computed; recomputed when the records, filter or sort change.
    std::vector<const debrief::Candidate*> Rows;
    std::uint64_t RowsGeneration = UINT64_MAX;
    debrief::CandidateFilter RowsFilter;
    debrief::CandidateSort RowsSort = debrief::CandidateSort::Name;
    bool RowsDescending = false;
};

struct CandidateForm {
    bool Open = false;
    debrief::Candidate Draft;
    std::string ConsentDate, RetainUntil;  // As typed: YYYY-MM-DD.
    debrief::FieldIssues Issues;
};

struct RoleForm {
    bool Open = false;
    bool ShowPolicy = false;
    debrief::Role Draft;
    std::string NewStage;
    debrief::FieldIssues Issues;
};

struct InterviewForm {
    bool Open = false;
    debrief::Interview Draft;
    std::string Day, Time, Interviewers;  // As typed: YYYY-MM-DD, HH:MM, comma-separated names.
    std::string Topics;                   // As typed: comma-separated.
    debrief::FieldIssues Issues;
};

struct NoteForm {
    bool Open = false;
    debrief::InterviewNote Draft;
    std::string Questions;  // One question per line.
    debrief::FieldIssues Issues;
    bool ConfirmWarnings = false;  // Showing "save anyway?" for warnings.
};

// "Delete X?" for any record; the action runs only after the user confirms.
struct DeleteConfirmation {
    bool Open = false;
    debrief::Collection Where = debrief::Collection::Candidates;
    debrief::RecordId Id;
    std::string Question;  // "Delete Zoë Łukasz-Nuñez and her 2 interviews, 3 notes and history?"
};

struct BackupRestore {
    enum class Step { Idle, Problems, Confirm } Now = Step::Idle;
    std::string FileName;
    std::unique_ptr<debrief::BackupCheck> Check;
};

struct CsvImport {
    enum class Step { Idle, Reading, Mapping, Problems } Now = Step::Idle;
    std::string FileName;
    std::string Text;  // Decoded to UTF-8.
    std::string EncodingName;
    std::size_t Offset = 0;  // How much of Text the parser has seen.
    std::unique_ptr<debrief::csv::Parser> Parser;
    debrief::csv::Table Rows;                      // Header first.
    std::vector<debrief::CandidateField> Mapping;  // Per column.
    debrief::Problems Issues;                      // From reading the file (encoding, quoting, ragged rows).
    debrief::CandidateImport Preview;              // What importing with Mapping would add.
    std::vector<debrief::CandidateField> PreviewFor;  // The mapping Preview was built with.
};

// Which template a draft comes from: a built-in kind and variant, or one of the user's own.
struct TemplateChoice {
    std::string Kind = "thank_you";  // A library kind id.
    std::string Variant = "warm";    // A built-in variant, unused when Own is set.
    debrief::RecordId Own;           // One of the user's templates (Collection::Templates).
};

// The dates a template may ask for, as typed (YYYY-MM-DD, and HH:MM for next-step options).
struct ComposeDates {
    std::string ReplyBy, PreviousReplyBy, OfferStart;
    std::array<std::string, 3> OptionDay, OptionTime;
    debrief::FieldIssues Issues;
};

// Compose: one message for one candidate, drafted from a template, edited, sent by the user's
// own mail client, then marked as sent.
struct ComposeState {
    debrief::RecordId Candidate;
    std::string CandidateFilter;  // Narrows the candidate picker.
    TemplateChoice From;
    ComposeDates Dates;

    debrief::RecordId MessageId;  // The draft being edited; empty until one is created.
    std::string Subject, Body;    // Edit buffers; saved as the Message after a pause in typing.
    bool Dirty = false;
    debrief::TimeMs LastEdit = 0;
    std::vector<std::string> Missing;  // Names still shown as "[missing: ...]" in the draft.
    std::string PromisedDate;          // "Mark as sent": the date the message promised (YYYY-MM-DD).
    debrief::FieldIssues SendIssues;
    bool ConfirmReplace = false;  // "Replace your edits with a fresh draft?"
    bool LongMailto = false;      // The mailto: link would be too long; offer copying instead.
    bool ReadThrough = false;     // Show the draft wrapped, read-only, instead of the text box.
    ToneCheck Tone;               // The draft's tone findings, as it is typed.
    bool ConfirmRiskySend = false;  // "Mark as sent" with risk findings: asked before recording it.

    // Bulk compose: one draft per candidate, reviewed one after another.
    std::vector<debrief::RecordId> BulkSelection;  // Candidates ticked in the picker.
    bool BulkPicking = false;
    std::vector<debrief::RecordId> Batch;  // Messages created by the last bulk run, in order.
    std::size_t BatchAt = 0;
};

// Templates: the user's own templates and edited copies of the built-ins, with a live preview
// against a chosen candidate and the strict check's problems listed as they type.
struct TemplateEditorState {
    debrief::RecordId Editing;  // The user's template open in the editor; empty = none.
    debrief::MessageTemplate Draft;
    bool Dirty = false;
    debrief::TimeMs LastEdit = 0;
    debrief::RecordId PreviewCandidate;
    std::string ViewBuiltIn;  // "kind/variant" of a built-in being viewed read-only.
    // The strict check and preview, recomputed when the text, candidate or records change.
    std::vector<debrief::templates::Problem> Problems;
    std::string PreviewSubject, PreviewBody;
    std::uint64_t CheckedGeneration = UINT64_MAX;
    std::string CheckedSubject, CheckedBody;
    debrief::RecordId CheckedCandidate;
    ToneCheck Tone;  // The body's tone findings (tags masked), as it is typed.
};

// Settings: who signs the messages.
struct ProfileForm {
    bool Loaded = false;  // Copied from the stored profile once it was read.
    debrief::Profile Draft;
    debrief::FieldIssues Issues;
};

// Today: the follow-up whose snooze or "not needed" box is open.
struct TodayState {
    std::string Marking;           // The follow-up's key; empty = none.
    bool MarkingSnooze = true;     // Snooze (with a date) or not needed.
    std::string Until;             // Snooze until (YYYY-MM-DD), as typed.
    std::string Reason;
    std::string MarkError;
    bool ShowDone = false;
    debrief::TimeMs RemindedUpTo = 0;  // Reminders were shown for follow-ups due up to then.

    // The plan's follow-ups sorted into the view's lists (indices into Plan::FollowUps), made
    // again only when the plan is.
    std::uint64_t ListsGeneration = UINT64_MAX;
    debrief::TimeMs ListsMadeAt = -1;
    std::vector<std::size_t> Overdue, DueToday, Upcoming, Later, Done, Promises;
};

// Timeline: each candidate's interviews, promises and follow-ups on a time axis, per role; and
// the Dashboard's figures.
enum class TimelineTab { Timeline, Dashboard };
struct TimelineState {
    TimelineTab Tab = TimelineTab::Timeline;
    debrief::RecordId Role;        // Empty = every role.
    float DaysVisible = 42;        // Zoom: how many days the axis spans.
    float FirstDay = -28;          // Scroll: the left edge, in days relative to today.
    debrief::RecordId Hovered;     // The candidate whose row the mouse is over.

    // The chart's rows as last laid out: the candidates in Role with something on the axis, by
    // name, each with where its entries sit in the plan. Rebuilt when the plan or Role changes.
    struct Row {
        debrief::RecordId Candidate;
        std::vector<std::size_t> FollowUps, Promises;  // Positions in Plan::FollowUps, Plan::Promises.
    };
    std::vector<Row> Rows;
    const void* RowsRecords = nullptr;  // What Rows were laid out from: workspace, generation, plan time, role.
    std::uint64_t RowsGeneration = UINT64_MAX;
    std::uint64_t RowsPlans = UINT64_MAX;  // PlanCache::Plans: rows hold positions, which only a new plan moves.
    debrief::RecordId RowsRole;
};

// Settings: the working week, as edited before it is saved with the profile.
struct ScheduleForm {
    bool Loaded = false;
    debrief::WorkSchedule Draft;
    std::string DayStart, DayEnd;        // As typed: HH:MM.
    std::string NewDay, NewDayName;      // A day off being added.
    std::vector<std::string> Problems;   // Why it cannot be saved, or what an import skipped.
    std::string Imported;                // "Added 9 days off from holidays.ics".
};

// Presenter mode, for a trainer projecting Debrief in a room: everything larger (the font is
// rebuilt at the larger pixel size; sizes are in ems) and a high-contrast theme. F9 toggles it.
struct PresenterMode {
    bool On = false;
    float Scale = 1.5f;  // 1.5 to 2.
};

struct Notice {
    std::string Text;
    debrief::TimeMs Until = 0;
};

// ---------------------------------------------------------------------------------------------
// [SECTION] The app

struct AppState {
    Area Current = Area::Today;
    debrief::Workspace* Records = nullptr;  // Owned by the platform's entry point (or the test).
    Host* Platform = nullptr;
    debrief::BuildInfo Build = debrief::CurrentBuild();
    StorageHealth Health;
    bool AboutRequested = false;
    bool ShortcutsRequested = false;

    CandidateListState Candidates;
    CandidateForm EditCandidate;
    RoleForm EditRole;
    InterviewForm EditInterview;
    NoteForm EditNote;
    DeleteConfirmation ConfirmDelete;
    BackupRestore Restore;
    CsvImport Import;
    ComposeState Compose;
    TemplateEditorState TemplateEditor;
    ProfileForm EditProfile;
    ScheduleForm EditSchedule;
    PlanCache Plan;
    TodayState Today;
    TimelineState Timeline;
    ToneSettingsCache Tone;  // The checker with the user's own phrases.
    debrief::ToneNote NewPhrase;  // Settings: the own phrase being added.
    std::string NewPhraseError;
    Notice Message;
    OfflineCopyState Offline;
    WorkshopSpace Workshop;
    PresenterMode Presenter;
    int ConflictShown = -1;  // Which conflict's side-by-side view is open.
    // A view that needs a frame at a later time (an autosave after a pause in typing) sets this;
    // the platform draws one then even when nothing else happens. 0 = not needed.
    debrief::TimeMs WakeAt = 0;
};

// --- Actions that views share ---------------------------------------------------------------------
void Navigate(AppState& state, Area area);
void RequestAbout(AppState& state);
void SelectCandidate(AppState& state, const debrief::RecordId& id);
void ShowNotice(AppState& state, std::string text, debrief::TimeMs for_ms = 6000);
void TogglePresenter(AppState& state);
float PresenterScale(const AppState& state);  // What the UI is scaled by: 1, or the presenter scale.
debrief::OffsetAt LocalOffset(const AppState& state);  // The user's time zone, for formatting.
std::string LocalDateText(const AppState& state);      // Today in the user's time zone: "2026-11-21".
void WakeAt(AppState& state, debrief::TimeMs when);    // Asks for a frame at `when` (the earliest asked wins).
// Where message templates take their data: records, profile, locale, time zone, now.
debrief::templates::MessageContext MessageContextFor(const AppState& state);
// Opens Compose for a candidate, with a fresh choice of template.
void ComposeFor(AppState& state, const debrief::RecordId& candidate, std::string_view kind = {});
// Opens the interview note form: the interviewer's note on `interview`, or a new one.
void OpenNoteForm(AppState& state, const debrief::Interview& interview, const std::string& interviewer);
// Opens Compose on an existing draft (or ready message).
void OpenDraft(AppState& state, const debrief::Message& m);

// The state as JSON, for tests and diagnostics: {"area":"Today","candidateQuery":"", ...}.
nlohmann::json ToJson(const AppState& state);

}  // namespace app
