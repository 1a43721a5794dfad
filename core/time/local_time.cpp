#include "core/time/local_time.h"

#include <cstdio>

namespace debrief {

namespace {

constexpr const char* kWeekdays[] = {"Thu", "Fri", "Sat", "Sun",
                                     "Mon", "Tue", "Wed"};  // 1970-01-01 was a Thursday.
constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

int WeekdayIndex(Date d) {
    const int r = d.DaysSinceEpoch % 7;
    return r < 0 ? r + 7 : r;
}

}  // namespace

LocalDateTime ToLocal(TimeMs utc, const OffsetAt& offset) {
    const TimeMs local = utc + static_cast<TimeMs>(offset(utc)) * kMsPerMinute;
    const Date day = DateOf(local);
    return {day, static_cast<int>((local - StartOf(day)) / kMsPerMinute)};
}

TimeMs FromLocal(LocalDateTime local, const OffsetAt& offset) {
    const TimeMs as_utc = StartOf(local.Day) + static_cast<TimeMs>(local.Minute) * kMsPerMinute;
    // Zones change their offset at most once within a day or so: the offsets a day before and
    // a day after are the only ones this local time can be in.
    const int before = offset(as_utc - kMsPerDay), after = offset(as_utc + kMsPerDay);
    std::optional<TimeMs> found;
    for (int minutes : {before, after}) {
        const TimeMs candidate = as_utc - static_cast<TimeMs>(minutes) * kMsPerMinute;
        const LocalDateTime back = ToLocal(candidate, offset);
        if (back.Day == local.Day && back.Minute == local.Minute && (!found || candidate < *found))
            found = candidate;
    }
    // Neither fits in the hour skipped when clocks go forward: read the time with the offset
    // from before the change, which lands just after the jump.
    return found ? *found : as_utc - static_cast<TimeMs>(before) * kMsPerMinute;
}

std::string FormatDay(Date d) {
    const CivilDate c = ToCivil(d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%s %d %s %d", kWeekdays[WeekdayIndex(d)], c.Day,
                  kMonths[c.Month - 1], c.Year);
    return buffer;
}

std::string FormatClockTime(int minute) {
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "%02d:%02d", (minute / 60) % 24, minute % 60);
    return buffer;
}

std::string FormatLocalDate(TimeMs utc, const OffsetAt& offset) {
    return FormatDay(ToLocal(utc, offset).Day);
}

std::string FormatLocalTime(TimeMs utc, const OffsetAt& offset) {
    return FormatClockTime(ToLocal(utc, offset).Minute);
}

std::string FormatLocalDateTime(TimeMs utc, const OffsetAt& offset) {
    const LocalDateTime local = ToLocal(utc, offset);
    return FormatDay(local.Day) + ", " + FormatClockTime(local.Minute);
}

std::string FormatLocalStamp(TimeMs utc, const OffsetAt& offset) {
    const LocalDateTime local = ToLocal(utc, offset);
    std::string out = FormatDate(local.Day);
    out += ' ';
    out += FormatClockTime(local.Minute);
    return out;
}

std::optional<int> ParseClockTime(std::string_view s) {
    const std::size_t colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon > 2 || s.size() != colon + 3)
        return std::nullopt;
    int hour = 0, minute = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        hour = hour * 10 + (s[i] - '0');
    }
    for (std::size_t i = colon + 1; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
        minute = minute * 10 + (s[i] - '0');
    }
    if (hour > 23 || minute > 59) return std::nullopt;
    return hour * 60 + minute;
}

}  // namespace debrief
