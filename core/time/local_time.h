// Instants shown and entered in the user's local time.
//
// Time-zone rules stay with the platform (the browser knows them); this code only needs "how
// many minutes east of UTC is local time at this instant", which covers daylight saving too.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "core/time/time.h"

namespace debrief {

using OffsetAt = std::function<int(TimeMs utc)>;  // Minutes east of UTC at that instant.

struct LocalDateTime {
    Date Day;
    int Minute = 0;  // Minutes since local midnight.
};

LocalDateTime ToLocal(TimeMs utc, const OffsetAt& offset);
// The instant a local date and time denotes. In the hour skipped when clocks go forward it
// picks the instant after the jump; in the hour repeated when they go back, the first one.
TimeMs FromLocal(LocalDateTime local, const OffsetAt& offset);

std::string FormatLocalDate(TimeMs utc, const OffsetAt& offset);      // "Tue 10 Nov 2026"
std::string FormatLocalTime(TimeMs utc, const OffsetAt& offset);      // "14:05"
std::string FormatLocalDateTime(TimeMs utc, const OffsetAt& offset);  // "Tue 10 Nov 2026, 14:05"
std::string FormatLocalStamp(TimeMs utc, const OffsetAt& offset);  // "2026-11-10 14:05": sortable, for files.
std::string FormatDay(Date d);                                        // "Tue 10 Nov 2026"

std::optional<int> ParseClockTime(std::string_view hh_mm);  // "9:05" or "09:05" -> minutes since midnight.
std::string FormatClockTime(int minute);                    // 545 -> "09:05"

}  // namespace debrief
