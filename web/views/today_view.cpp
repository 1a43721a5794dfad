// Today: what is due now. For the records issue that is the interview notes still unwritten,
// the longest-waiting first; follow-ups and promises join them with the timeline.
#include "core/records/notes_due.h"
#include "core/time/local_time.h"
#include "imgui.h"
#include "web/ui/em.h"
#include "web/ui/widgets.h"
#include "web/views/forms/forms.h"
#include "web/views/views.h"

namespace views {

namespace {

struct DueNotesCache {
    const debrief::Database* Db = nullptr;
    std::uint64_t Generation = UINT64_MAX;
    debrief::TimeMs ComputedAt = 0;
    std::vector<debrief::DueNote> Notes;
};

// Due notes change when records change or time passes; recomputing once a minute is plenty.
const std::vector<debrief::DueNote>& CachedDueNotes(const debrief::Database& db, debrief::TimeMs now) {
    static DueNotesCache cache;
    if (cache.Db != &db || cache.Generation != db.Generation() ||
        now - cache.ComputedAt > debrief::kMsPerMinute || now < cache.ComputedAt) {
        cache.Notes = debrief::DueNotes(db, now);
        cache.Db = &db;
        cache.Generation = db.Generation();
        cache.ComputedAt = now;
    }
    return cache.Notes;
}

}  // namespace

void DrawToday(app::AppState& state) {
    DrawAreaHeader(app::Area::Today);
    if (!state.Records) return;
    const debrief::Database& db = state.Records->Records();
    const debrief::TimeMs now = state.Platform->Now();
    const auto& due = CachedDueNotes(db, now);

    ui::SectionHeading("Interview notes to write");
    if (!state.Records->Complete()) {
        ui::Hint("Reading interviews and notes from this browser's storage…");
        return;
    }
    if (due.empty()) {
        ui::Hint(
            db.Interviews().empty()
                ? "No interviews yet. Once an interview ends, each interviewer's note shows up here until it "
                  "is written."
                : "Every interviewer has written their note. Notes are due as soon as an interview ends.");
        return;
    }
    const debrief::OffsetAt offset = app::LocalOffset(state);
    if (!ImGui::BeginTable(
            "Due notes", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY,
            ImVec2(0, std::min(ui::Em(1.9f) * static_cast<float>(due.size() + 1), ui::Em(24)))))
        return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Interviewer", ImGuiTableColumnFlags_WidthStretch, 1.2f);
    ImGui::TableSetupColumn("Candidate", ImGuiTableColumnFlags_WidthStretch, 1.5f);
    ImGui::TableSetupColumn("Interview", ImGuiTableColumnFlags_WidthStretch, 1.6f);
    ImGui::TableSetupColumn("Due for", ImGuiTableColumnFlags_WidthFixed, ui::Em(10));
    ImGui::TableHeadersRow();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(due.size()));
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            const debrief::DueNote& d = due[static_cast<std::size_t>(row)];
            ImGui::PushID(row);
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.Interviewer.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(d.About ? d.About->FullName.c_str() : "(deleted)");
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(debrief::FormatLocalDateTime(d.ForInterview->StartsAt, offset).c_str());
            ImGui::TableNextColumn();
            ImGui::TextColored(ui::WarningColour(), "%s", debrief::DescribeElapsed(now - d.DueSince).c_str());
            ImGui::SameLine();
            const std::string label =
                "Write##" + d.Interviewer + "-" + (d.About ? d.About->FullName : std::string());
            if (ImGui::SmallButton(label.c_str())) OpenNoteForm(state, *d.ForInterview, d.Interviewer);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace views
