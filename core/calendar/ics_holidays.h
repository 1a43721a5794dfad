// Holidays from an iCalendar (.ics) file, the format governments and calendar apps publish
// (RFC 5545): every VEVENT's date (or dates, for an all-day event over several days) and summary.
#pragma once

#include <string_view>
#include <vector>

#include "core/calendar/business_calendar.h"
#include "core/records/problems.h"

namespace debrief::calendar {

inline constexpr std::size_t kMaxIcsBytes = 5u << 20;  // A holiday calendar is a few kilobytes.
inline constexpr std::size_t kMaxIcsEvents = 10000;
inline constexpr int kMaxEventDays = 31;

struct IcsHolidays {
    std::vector<Holiday> Days;  // In file order; an event over three days gives three.
    Problems Found;             // Each with its place: "line 12". Events with problems are left out.
    bool Readable = false;      // False when the file is not an iCalendar file at all, or too large.
};

IcsHolidays ReadIcsHolidays(std::string_view text);

}  // namespace debrief::calendar
