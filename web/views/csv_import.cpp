// Importing candidates from a CSV file: read it a slice per frame with a progress bar, let the
// user map columns to fields with a preview, then add every good row in one transaction.
#include "core/exchange/candidates_csv.h"
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

namespace {

constexpr std::size_t kBytesPerFrame = 512 * 1024;  // Keeps frames short on big files.
constexpr int kPreviewRows = 5;
constexpr const char* kTitle = "Import candidates";

void Close(app::CsvImport& import) {
    import = {};
    ImGui::CloseCurrentPopup();
}

// Feeds the next slice to the parser; at the end, moves on to mapping.
void ReadSome(app::CsvImport& import) {
    const std::size_t n = std::min(kBytesPerFrame, import.Text.size() - import.Offset);
    import.Parser->Feed(std::string_view(import.Text).substr(import.Offset, n));
    import.Offset += n;
    debrief::csv::Table rows = import.Parser->TakeRows();
    std::move(rows.begin(), rows.end(), std::back_inserter(import.Rows));
    if (import.Offset < import.Text.size() && !import.Parser->Stopped()) return;
    import.Parser->Finish();
    debrief::csv::Table rest = import.Parser->TakeRows();
    std::move(rest.begin(), rest.end(), std::back_inserter(import.Rows));
    import.Issues = import.Parser->Issues();
    const debrief::Problems ragged = debrief::csv::FindRaggedRows(import.Rows);
    import.Issues.insert(import.Issues.end(), ragged.begin(), ragged.end());
    if (import.Rows.empty()) {
        import.Issues.push_back({"", "The file has no rows."});
        import.Now = app::CsvImport::Step::Problems;
        return;
    }
    import.Mapping = debrief::SuggestMapping(import.Rows.front());
    import.Text.clear();
    import.Text.shrink_to_fit();
    import.Now = app::CsvImport::Step::Mapping;
}

void MappingTable(app::CsvImport& import) {
    const debrief::csv::Row& header = import.Rows.front();
    const int columns = static_cast<int>(header.size());
    if (!ImGui::BeginTable("Columns", 3,
                           ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                           ImVec2(0, ui::Em(16))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Column in the file", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("Imported as", ImGuiTableColumnFlags_WidthFixed, ui::Em(12));
    ImGui::TableSetupColumn("First rows", ImGuiTableColumnFlags_WidthStretch, 2.0f);
    ImGui::TableHeadersRow();
    for (int c = 0; c < columns; ++c) {
        ImGui::PushID(c);
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::TextUnformatted(header[static_cast<std::size_t>(c)].c_str());
        ImGui::TableNextColumn();
        debrief::CandidateField& field = import.Mapping[static_cast<std::size_t>(c)];
        ImGui::SetNextItemWidth(-1);
        const std::string combo = "##field " + header[static_cast<std::size_t>(c)];
        if (ui::BeginCombo(combo.c_str(), debrief::FieldLabel(field))) {
            for (int f = 0; f < debrief::kCandidateFieldCount; ++f) {
                const auto option = static_cast<debrief::CandidateField>(f);
                if (ImGui::Selectable(debrief::FieldLabel(option), option == field)) field = option;
            }
            ImGui::EndCombo();
        }
        ImGui::TableNextColumn();
        std::string preview;
        for (int r = 1; r <= kPreviewRows && r < static_cast<int>(import.Rows.size()); ++r) {
            const debrief::csv::Row& row = import.Rows[static_cast<std::size_t>(r)];
            if (static_cast<std::size_t>(c) < row.size() && !row[static_cast<std::size_t>(c)].empty())
                preview += (preview.empty() ? "" : " · ") + row[static_cast<std::size_t>(c)];
        }
        ImGui::TextDisabled("%s", preview.c_str());
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void ShowProblems(const debrief::Problems& problems) {
    if (problems.empty()) return;
    ImGui::TextColored(ui::WarningColour(), "%s", ui::Plural(problems.size(), "problem", "problems").c_str());
    ImGui::BeginChild("Problems",
                      ImVec2(0, std::min(ui::Em(10), ui::Em(1.5f) * static_cast<float>(problems.size() + 1))),
                      true);
    for (std::size_t i = 0; i < problems.size() && i < 200; ++i) {
        ImGui::Bullet();
        ImGui::TextWrapped("%s", debrief::Describe(problems[i]).c_str());
    }
    ImGui::EndChild();
}

}  // namespace

void DrawCsvImport(app::AppState& state) {
    app::CsvImport& import = state.Import;
    if (import.Now == app::CsvImport::Step::Idle || !state.Records) {
        ui::CloseModal(kTitle);
        return;
    }
    if (!ui::BeginModal(kTitle, nullptr, 44)) return;
    ImGui::TextUnformatted(import.FileName.c_str());
    switch (import.Now) {
    case app::CsvImport::Step::Reading: {
        ReadSome(import);
        const float done = import.Text.empty()
                               ? 1.0f
                               : static_cast<float>(import.Offset) / static_cast<float>(import.Text.size());
        ImGui::ProgressBar(done, ImVec2(-1, 0), (std::to_string(import.Rows.size()) + " rows read").c_str());
        if (ImGui::Button("Cancel", ui::Em(7, 0))) Close(import);
        break;
    }
    case app::CsvImport::Step::Problems:
        ShowProblems(import.Issues);
        if (ImGui::Button("Close", ui::Em(7, 0))) Close(import);
        break;
    case app::CsvImport::Step::Mapping: {
        const std::string summary = ui::Plural(import.Rows.size() - 1, "row", "rows") + " read as " +
                                    import.EncodingName + ". Check what each column holds:";
        ImGui::TextWrapped("%s", summary.c_str());
        MappingTable(import);
        if (import.PreviewFor != import.Mapping) {  // Rebuilt only when the user changes a column.
            import.Preview = debrief::BuildCandidates(import.Rows, import.Mapping, state.Records->Records());
            import.PreviewFor = import.Mapping;
        }
        const debrief::CandidateImport& preview = import.Preview;
        debrief::Problems all = import.Issues;
        all.insert(all.end(), preview.Issues.begin(), preview.Issues.end());
        ShowProblems(all);
        if (!preview.NewRoleTitles.empty())
            ui::Hint("Roles not found are left empty; add the roles first to link them.");
        const std::string go = "Import " + ui::Plural(preview.Candidates.size(), "candidate", "candidates");
        ImGui::BeginDisabled(preview.Candidates.empty());
        if (ImGui::Button(go.c_str())) {
            const std::size_t count = preview.Candidates.size();
            state.Records->AddCandidates(preview.Candidates, import.FileName);
            app::ShowNotice(state, "Imported " + ui::Plural(count, "candidate", "candidates") + " from " +
                                       import.FileName);
            Close(import);
        }
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (import.Now != app::CsvImport::Step::Idle && ImGui::Button("Cancel", ui::Em(7, 0))) Close(import);
        break;
    }
    case app::CsvImport::Step::Idle: break;
    }
    ui::EndModal();
}

}  // namespace views
