// A message as its reader will see it: subject, then the text wrapped at the window's edge,
// with every line that still holds a "[missing: ...]" mark in the error colour.
#include "core/templates/mustache.h"
#include "imgui.h"
#include "web/ui/widgets.h"
#include "web/views/views.h"

namespace views {

void DrawMessagePreview(const std::string& subject, const std::string& body) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(subject.c_str());
    ImGui::Separator();
    // Drawn every frame while shown: line by line in place, without copying the text.
    std::size_t start = 0;
    while (start <= body.size()) {
        std::size_t end = body.find('\n', start);
        if (end == std::string::npos) end = body.size();
        const std::string_view line(body.data() + start, end - start);
        const bool missing = debrief::templates::HasMissingMarks(line);
        if (missing) ImGui::PushStyleColor(ImGuiCol_Text, ui::ErrorColour());
        if (line.empty())
            ImGui::TextUnformatted(" ");
        else
            ImGui::TextUnformatted(line.data(), line.data() + line.size());
        if (missing) ImGui::PopStyleColor();
        start = end + 1;
    }
    ImGui::PopTextWrapPos();
}

}  // namespace views
