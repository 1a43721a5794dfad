// The kinds of record, one IndexedDB object store and one backup array each.
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace debrief {

enum class Collection { Roles, Candidates, Interviews, Notes, Messages, Activity, Templates, Settings };
inline constexpr int kCollectionCount = 8;

inline constexpr std::array<Collection, kCollectionCount> kAllCollections = {
    Collection::Roles,    Collection::Candidates, Collection::Interviews, Collection::Notes,
    Collection::Messages, Collection::Activity,   Collection::Templates,  Collection::Settings,
};

// Object store and backup key: "roles", "candidates", "interviews", "notes", "messages",
// "activity", "templates" (the user's message templates), "settings" (the profile).
std::string_view CollectionName(Collection c);
std::optional<Collection> CollectionFromName(std::string_view name);

}  // namespace debrief
