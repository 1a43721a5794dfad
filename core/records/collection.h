// The kinds of record, one IndexedDB object store and one backup array each.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace debrief {

enum class Collection {
    Roles,
    Candidates,
    Interviews,
    Notes,
    Messages,
    Activity,
    Templates,
    Settings,
    ExerciseResults,
    ScenarioCards,
};
inline constexpr int kCollectionCount = 10;

inline constexpr std::array<Collection, kCollectionCount> kAllCollections = {
    Collection::Roles,    Collection::Candidates, Collection::Interviews, Collection::Notes,
    Collection::Messages, Collection::Activity,   Collection::Templates,  Collection::Settings,
    Collection::ExerciseResults, Collection::ScenarioCards,
};

// Object store and backup key: "roles", "candidates", "interviews", "notes", "messages",
// "activity", "templates" (the user's message templates), "settings" (the profile), and for
// workshops "exercise_results" (participants' submitted exercises) and "scenario_cards" (cards a
// trainer imported). The order is the order of the object stores and of a backup file.
std::string_view CollectionName(Collection c);
std::optional<Collection> CollectionFromName(std::string_view name);

}  // namespace debrief
