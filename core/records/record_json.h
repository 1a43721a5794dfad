// Records to and from JSON (nlohmann), the form they take in storage and in backup files.
//
// Field names are snake_case; instants are ISO 8601 UTC strings, dates "YYYY-MM-DD"; enums
// their stored names (model.h). Reading checks every field's type, format and length and
// reports each problem with its path; unknown fields are ignored, so files from tools that add
// their own fields still load.
#pragma once

#include <string_view>

#include <nlohmann/json.hpp>

#include "core/records/model.h"
#include "core/records/problems.h"

namespace debrief {

inline constexpr std::size_t kMaxShortText = 1'000;   // Names, emails, titles: bytes of UTF-8.
inline constexpr std::size_t kMaxLongText = 200'000;  // Notes, message bodies.
inline constexpr std::size_t kMaxListItems = 1'000;   // Stages, interviewers, observations.

nlohmann::json ToJson(const Role& r);
nlohmann::json ToJson(const Candidate& c);
nlohmann::json ToJson(const Interview& i);
nlohmann::json ToJson(const InterviewNote& n);
nlohmann::json ToJson(const Message& m);
nlohmann::json ToJson(const Activity& a);
nlohmann::json ToJson(const MessageTemplate& t);
nlohmann::json ToJson(const Profile& p);
nlohmann::json ToJson(const ExerciseResult& r);
nlohmann::json ToJson(const ScenarioCard& c);

// Each returns true when `out` was read without problems; problems are appended, with paths
// under `path`. The JSON is taken by value so its strings can move into the record: pass it
// with std::move when it is no longer needed.
bool FromJson(nlohmann::json j, Role& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, Candidate& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, Interview& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, InterviewNote& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, Message& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, Activity& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, MessageTemplate& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, Profile& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, ExerciseResult& out, std::string_view path, Problems& problems);
bool FromJson(nlohmann::json j, ScenarioCard& out, std::string_view path, Problems& problems);

std::string_view JsonTypeName(const nlohmann::json& j);  // "text", "number", "a list", ... for messages.

}  // namespace debrief
