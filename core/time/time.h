// Points in time and calendar dates, as Debrief stores and exchanges them.
//
// An instant (TimeMs) is milliseconds since 1970-01-01T00:00:00Z; in JSON it is an ISO 8601
// UTC string with milliseconds, "2026-11-21T09:30:00.000Z", which sorts as text and reads
// as a date. A calendar date without a time of day (a promised reply date, a retention date)
// is a Date; in JSON "2026-11-21". Converting to the user's local time is the interface's job.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace debrief {

using TimeMs = std::int64_t;  // Milliseconds since the Unix epoch, UTC.

inline constexpr TimeMs kMsPerMinute = 60'000;
inline constexpr TimeMs kMsPerHour = 60 * kMsPerMinute;
inline constexpr TimeMs kMsPerDay = 24 * kMsPerHour;

struct Date {
    std::int32_t DaysSinceEpoch = 0;  // 1970-01-01 is 0.
    friend bool operator==(Date a, Date b) { return a.DaysSinceEpoch == b.DaysSinceEpoch; }
    friend bool operator!=(Date a, Date b) { return !(a == b); }
    friend bool operator<(Date a, Date b) { return a.DaysSinceEpoch < b.DaysSinceEpoch; }
};

struct CivilDate {
    int Year = 1970;
    int Month = 1;  // 1-12
    int Day = 1;    // 1-31
};

std::string FormatInstant(TimeMs t);  // "2026-11-21T09:30:00.000Z"
std::optional<TimeMs>
ParseInstant(std::string_view s);  // Accepts that form, seconds-only, and offsets like "+01:00".

std::string FormatDate(Date d);                     // "2026-11-21"
std::optional<Date> ParseDate(std::string_view s);  // Rejects impossible dates such as 2026-02-30.

std::optional<Date> DateFromCivil(CivilDate c);  // nullopt for impossible dates.
CivilDate ToCivil(Date d);
Date DateOf(TimeMs t);   // The UTC calendar date of an instant.
TimeMs StartOf(Date d);  // 00:00 UTC on that date.

}  // namespace debrief
