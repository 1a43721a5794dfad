#include "core/time/time.h"

#include <date/date.h>

#include <cstdio>

namespace debrief {

namespace {

// Reads exactly `width` ASCII digits at `pos`; false if any is not a digit.
bool ReadDigits(std::string_view s, std::size_t pos, std::size_t width, int& out) {
    if (pos + width > s.size()) return false;
    int value = 0;
    for (std::size_t i = pos; i < pos + width; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        value = value * 10 + (s[i] - '0');
    }
    out = value;
    return true;
}

std::optional<Date> ParseDatePrefix(std::string_view s) {
    int year = 0, month = 0, day = 0;
    if (s.size() < 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    if (!ReadDigits(s, 0, 4, year) || !ReadDigits(s, 5, 2, month) || !ReadDigits(s, 8, 2, day))
        return std::nullopt;
    return DateFromCivil({year, month, day});
}

}  // namespace

std::optional<Date> DateFromCivil(CivilDate c) {
    if (c.Month < 1 || c.Month > 12 || c.Day < 1 || c.Day > 31) return std::nullopt;
    const date::year_month_day ymd{date::year{c.Year}, date::month{static_cast<unsigned>(c.Month)},
                                   date::day{static_cast<unsigned>(c.Day)}};
    if (!ymd.ok()) return std::nullopt;
    return Date{static_cast<std::int32_t>(date::sys_days{ymd}.time_since_epoch().count())};
}

CivilDate ToCivil(Date d) {
    const date::year_month_day ymd{date::sys_days{date::days{d.DaysSinceEpoch}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

Date DateOf(TimeMs t) {
    // Floor division, so instants before 1970 land on the right day.
    TimeMs days = t / kMsPerDay;
    if (t % kMsPerDay < 0) --days;
    return Date{static_cast<std::int32_t>(days)};
}

TimeMs StartOf(Date d) { return static_cast<TimeMs>(d.DaysSinceEpoch) * kMsPerDay; }

std::string FormatDate(Date d) {
    const CivilDate c = ToCivil(d);
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", c.Year, c.Month, c.Day);
    return buffer;
}

std::optional<Date> ParseDate(std::string_view s) {
    if (s.size() != 10) return std::nullopt;
    return ParseDatePrefix(s);
}

std::string FormatInstant(TimeMs t) {
    const Date d = DateOf(t);
    const TimeMs in_day = t - StartOf(d);
    const CivilDate c = ToCivil(d);
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.Year, c.Month, c.Day,
                  static_cast<int>(in_day / kMsPerHour), static_cast<int>(in_day / kMsPerMinute % 60),
                  static_cast<int>(in_day / 1000 % 60), static_cast<int>(in_day % 1000));
    return buffer;
}

std::optional<TimeMs> ParseInstant(std::string_view s) {
    // YYYY-MM-DDTHH:MM:SS[.sss](Z|+HH:MM|-HH:MM)
    const std::optional<Date> day = ParseDatePrefix(s);
    if (!day || s.size() < 20 || (s[10] != 'T' && s[10] != 't') || s[13] != ':' || s[16] != ':')
        return std::nullopt;
    int hour = 0, minute = 0, second = 0, millis = 0;
    if (!ReadDigits(s, 11, 2, hour) || !ReadDigits(s, 14, 2, minute) || !ReadDigits(s, 17, 2, second))
        return std::nullopt;
    if (hour > 23 || minute > 59 || second > 59) return std::nullopt;
    std::size_t pos = 19;
    if (pos < s.size() && s[pos] == '.') {
        std::size_t digits = 0;
        for (++pos; pos < s.size() && s[pos] >= '0' && s[pos] <= '9'; ++pos, ++digits) {
            if (digits < 3) millis = millis * 10 + (s[pos] - '0');
        }
        if (digits == 0) return std::nullopt;
        for (; digits < 3; ++digits) millis *= 10;
    }
    TimeMs offset = 0;
    if (pos < s.size() && (s[pos] == 'Z' || s[pos] == 'z')) {
        ++pos;
    } else if (pos < s.size() && (s[pos] == '+' || s[pos] == '-')) {
        int oh = 0, om = 0;
        if (pos + 6 > s.size() || s[pos + 3] != ':' || !ReadDigits(s, pos + 1, 2, oh) ||
            !ReadDigits(s, pos + 4, 2, om) || oh > 23 || om > 59)
            return std::nullopt;
        offset = (oh * kMsPerHour + om * kMsPerMinute) * (s[pos] == '+' ? 1 : -1);
        pos += 6;
    } else {
        return std::nullopt;  // A time without a zone is ambiguous.
    }
    if (pos != s.size()) return std::nullopt;
    return StartOf(*day) + hour * kMsPerHour + minute * kMsPerMinute + second * 1000 + millis - offset;
}

}  // namespace debrief
