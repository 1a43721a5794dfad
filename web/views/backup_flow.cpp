// Backups and exchange from the File menu: export everything as one JSON file, restore from one
// (checked in full first, then written in one transaction or not at all), and candidates as CSV.
#include "core/exchange/backup.h"
#include "core/exchange/candidates_csv.h"
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

constexpr std::size_t kProblemsShown = 200;
constexpr const char* kProblemsTitle = "This backup cannot be restored";
constexpr const char* kConfirmTitle = "Restore backup?";

std::size_t RecordCount(const debrief::Database& db) {
    std::size_t n = 0;
    for (debrief::Collection c : debrief::kAllCollections) n += db.Count(c);
    return n;
}

}  // namespace

void ExportBackupNow(app::AppState& state) {
    const std::string name = "debrief-backup-" + app::LocalDateText(state) + ".json";
    state.Platform->Download(name, "application/json",
                             debrief::ExportBackup(state.Records->Records(), state.Build));
    app::ShowNotice(state, "Backup saved to your downloads as " + name);
}

namespace {

void ExportCandidates(app::AppState& state) {
    const app::CandidateListState& list = state.Candidates;
    const debrief::Database& db = state.Records->Records();
    const auto rows = debrief::ListCandidates(db, list.Filter, list.Sort, list.Descending);
    const std::string name = "debrief-candidates-" + app::LocalDateText(state) + ".csv";
    state.Platform->Download(name, "text/csv", debrief::ExportCandidatesCsv(db, rows));
    app::ShowNotice(state, ui::Plural(rows.size(), "candidate", "candidates") +
                               " saved to your downloads as " + name);
}

void StartRestore(app::AppState& state) {
    state.Platform->PickFile(".json,application/json", [&state](app::PickedFile file) {
        app::BackupRestore& r = state.Restore;
        r.FileName = file.Name;
        r.Check = std::make_unique<debrief::BackupCheck>(debrief::CheckBackup(file.Bytes));
        r.Now = r.Check->Ok() ? app::BackupRestore::Step::Confirm : app::BackupRestore::Step::Problems;
    });
}

void StartCsvImport(app::AppState& state) {
    state.Platform->PickFile(".csv,text/csv,text/plain", [&state](app::PickedFile file) {
        app::CsvImport& import = state.Import;
        import = {};
        import.FileName = file.Name;
        debrief::csv::DecodedText decoded = debrief::csv::Decode(file.Bytes);
        import.Text = std::move(decoded.Text);
        import.EncodingName = std::string(decoded.AssumedName);
        import.Parser = std::make_unique<debrief::csv::Parser>();
        import.Now = app::CsvImport::Step::Reading;
    });
}

void Problems(const debrief::Problems& problems) {
    ImGui::BeginChild("Problems",
                      ImVec2(0, std::min(ui::Em(16), ui::Em(1.5f) * static_cast<float>(problems.size() + 1))),
                      true);
    for (std::size_t i = 0; i < problems.size() && i < kProblemsShown; ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", debrief::Describe(problems[i]).c_str());
    }
    if (problems.size() > kProblemsShown)
        ui::Hint(("…and " + std::to_string(problems.size() - kProblemsShown) + " more.").c_str());
    ImGui::EndChild();
}

void CloseRestore(app::BackupRestore& r) {
    r = {};
    ImGui::CloseCurrentPopup();
}

}  // namespace

void DrawBackupMenuItems(app::AppState& state) {
    const bool ready = state.Records && state.Records->Loading() == debrief::LoadState::Ready;
    const bool complete = state.Records && state.Records->Complete();  // A backup needs everything read.
    if (ImGui::MenuItem("Export backup", nullptr, false, complete)) ExportBackupNow(state);
    if (ImGui::MenuItem("Restore backup", nullptr, false, complete)) StartRestore(state);
    ImGui::Separator();
    if (ImGui::MenuItem("Import candidates (CSV)", nullptr, false, ready)) StartCsvImport(state);
    if (ImGui::MenuItem("Export candidates (CSV)", nullptr, false, ready)) ExportCandidates(state);
    ImGui::Separator();
    if (ImGui::MenuItem("Export follow-ups to calendar (.ics)", nullptr, false, complete))
        app::ExportPlanToCalendar(state);
}

void DrawBackupDialogs(app::AppState& state) {
    app::BackupRestore& r = state.Restore;
    if (r.Now == app::BackupRestore::Step::Idle || !r.Check || !state.Records) {
        ui::CloseModal(kProblemsTitle);
        ui::CloseModal(kConfirmTitle);
        return;
    }
    if (r.Now == app::BackupRestore::Step::Problems) {
        if (!ui::BeginModal(kProblemsTitle, nullptr, 38)) return;
        const std::string intro = r.FileName + ": " +
                                  ui::Plural(r.Check->Issues.size(), "problem", "problems") +
                                  " found. Nothing was changed; your data is as it was.";
        ImGui::TextWrapped("%s", intro.c_str());
        Problems(r.Check->Issues);
        if (ImGui::Button("Close", ui::Em(7, 0))) CloseRestore(r);
        ui::EndModal();
        return;
    }
    if (!ui::BeginModal(kConfirmTitle, nullptr, 34)) return;
    const std::size_t current = RecordCount(state.Records->Records());
    const std::string question = "Replace all your data (" + ui::Plural(current, "record", "records") +
                                 ") with the " + ui::Plural(r.Check->RecordCount, "record", "records") +
                                 " in " + r.FileName + "?";
    ImGui::TextWrapped("%s", question.c_str());
    ui::Hint("Everything is replaced in one step: if anything goes wrong, nothing changes.");
    if (current > 0 && ImGui::Button("Export current data first")) ExportBackupNow(state);
    ImGui::Spacing();
    if (ImGui::Button("Replace everything")) {
        state.Records->RestoreBackup(r.Check->Records);
        state.Candidates.Selected.clear();
        app::ShowNotice(state, "Restored " + ui::Plural(r.Check->RecordCount, "record", "records") +
                                   " from " + r.FileName);
        CloseRestore(r);
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel", ui::Em(7, 0))) CloseRestore(r);
    ui::EndModal();
}

}  // namespace views
