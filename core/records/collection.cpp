#include "core/records/collection.h"

namespace debrief {

std::string_view CollectionName(Collection c) {
    switch (c) {
    case Collection::Roles: return "roles";
    case Collection::Candidates: return "candidates";
    case Collection::Interviews: return "interviews";
    case Collection::Notes: return "notes";
    case Collection::Messages: return "messages";
    case Collection::Activity: return "activity";
    case Collection::Templates: return "templates";
    case Collection::Settings: return "settings";
    case Collection::ExerciseResults: return "exercise_results";
    case Collection::ScenarioCards: return "scenario_cards";
    }
    return "";
}

std::optional<Collection> CollectionFromName(std::string_view name) {
    for (Collection c : kAllCollections)
        if (CollectionName(c) == name) return c;
    return std::nullopt;
}

}  // namespace debrief
