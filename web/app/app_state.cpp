#include "web/app/app_state.h"

#include <nlohmann/json.hpp>

namespace app {

const std::array<AreaInfo, kAreaCount>& Areas() {
    static const std::array<AreaInfo, kAreaCount> areas = {{
        {Area::Today, "Today",
         "What is due today: notes to write while the interview is fresh, replies you promised, and "
         "candidates waiting to hear back."},
        {Area::Candidates, "Candidates",
         "Your open roles, their candidates and interviews, and the evidence each interviewer noted."},
        {Area::Compose, "Compose",
         "Personal messages for every outcome, drafted from the records, checked for tone as you type "
         "and sent from your own mail."},
        {Area::Templates, "Templates",
         "The message library: thank-yous, next steps, offers, status and delay updates, and "
         "rejections with constructive feedback."},
        {Area::Timeline, "Timeline",
         "What was promised to each candidate and by when, with follow-ups planned on your business days."},
        {Area::Workshop, "Workshop",
         "Hands-on training on fictional demo data, kept apart from your real records."},
        {Area::Settings, "Settings",
         "Your name and company for signatures, your working days and holidays, and this copy's version."},
    }};
    return areas;
}

const AreaInfo& Describe(Area area) { return Areas()[static_cast<std::size_t>(area)]; }

void Navigate(AppState& state, Area area) { state.Current = area; }

void RequestAbout(AppState& state) { state.AboutRequested = true; }

nlohmann::json ToJson(const AppState& state) {
    return {
        {"area", Describe(state.Current).Name},
        {"candidateQuery", state.CandidateQuery},
        {"version", std::string(state.Build.Version)},
        {"buildId", std::string(state.Build.Id)},
    };
}

}  // namespace app
