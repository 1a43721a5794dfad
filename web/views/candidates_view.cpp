#include "imgui.h"
#include "imgui_stdlib.h"
#include "web/ui/em.h"
#include "web/views/views.h"

namespace views {

void DrawCandidates(app::AppState& state) {
    DrawAreaHeader(app::Area::Candidates);
    ImGui::SetNextItemWidth(ui::Em(20));
    ImGui::InputTextWithHint("Find a candidate", "Name, role or email", &state.CandidateQuery);
    ImGui::Spacing();
    // There is no candidate record yet, so every search finds nothing; say so plainly.
    if (state.CandidateQuery.empty())
        ImGui::TextUnformatted("No candidates yet.");
    else
        ImGui::Text("No candidate matches \xE2\x80\x9C%s\xE2\x80\x9D.", state.CandidateQuery.c_str());
}

}  // namespace views
