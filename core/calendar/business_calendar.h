// Business days: which days a small business works, its holidays, and date arithmetic that is
// right across weekends, holidays, month and year ends and leap days. Calendar rules come from
// Howard Hinnant's date library (Debian's libhowardhinnant-date-dev); holidays for a region are
// computed by rule for any year, including Easter-based and substitute days.
#pragma once

#include <array>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/time.h"

namespace debrief::calendar {

struct Holiday {
    Date Day;
    std::string Name;
    friend bool operator<(const Holiday& a, const Holiday& b) { return a.Day < b.Day; }
    friend bool operator==(const Holiday& a, const Holiday& b) { return a.Day == b.Day && a.Name == b.Name; }
};

// Regions with built-in rules: "US" (federal holidays, with the observed day when one falls on a
// weekend), "GB-ENG" (bank holidays in England and Wales, with substitute days), "DE" (national
// holidays). Regions() lists them.
const std::vector<std::string>& Regions();
bool IsKnownRegion(std::string_view region);

// Holidays whose (observed) day falls in `year`, in date order. Empty for an unknown region or a
// year outside 1900-2200.
std::vector<Holiday> HolidaysFor(std::string_view region, int year);

// Easter Sunday of `year` in the Gregorian calendar.
Date EasterSunday(int year);

// 0 = Monday ... 6 = Sunday.
int WeekdayOf(Date d);

class BusinessCalendar {
public:
    BusinessCalendar();  // Monday to Friday, no holidays.

    void SetWorkingDays(const std::array<bool, 7>& monday_first);
    void AddHoliday(Date d);
    // The region's holidays for every year from `first_year` to `last_year`.
    void AddRegion(std::string_view region, int first_year, int last_year);

    bool IsBusinessDay(Date d) const;
    // `days` business days after `from` (before it when negative); `from` itself never counts.
    // Zero returns `from`. nullopt when no working day is set.
    std::optional<Date> AddBusinessDays(Date from, int days) const;
    // Business days after `from` up to and including `to`; negative when `to` is earlier.
    int BusinessDaysBetween(Date from, Date to) const;

private:
    std::array<bool, 7> Working{};
    std::set<std::int32_t> Holidays;
};

}  // namespace debrief::calendar
