#include "core/calendar/business_calendar.h"

#include <algorithm>
#include <cstdlib>

#include <date/date.h>

namespace debrief::calendar {

namespace {

using namespace date;

Date ToDate(sys_days d) { return Date{static_cast<std::int32_t>(d.time_since_epoch().count())}; }
sys_days ToDays(Date d) { return sys_days{days{d.DaysSinceEpoch}}; }

Date On(int y, unsigned m, unsigned d) { return ToDate(sys_days{year{y} / month{m} / day{d}}); }

// The n-th given weekday of a month ("third Monday of January"); n = -1 for the last one.
Date NthWeekday(int y, unsigned m, weekday wd, int n) {
    if (n > 0) return ToDate(sys_days{year{y} / month{m} / wd[static_cast<unsigned>(n)]});
    return ToDate(sys_days{year{y} / month{m} / wd[last]});
}

Date Plus(Date d, int n) { return Date{d.DaysSinceEpoch + n}; }

// US federal rule for a fixed date: Saturday is observed on Friday, Sunday on Monday.
Holiday ObservedUs(Date d, const char* name) {
    const int wd = WeekdayOf(d);
    if (wd < 5) return {d, name};
    return {Plus(d, wd == 5 ? -1 : 1), std::string(name) + " (observed)"};
}

// England and Wales: a bank holiday on a weekend moves to the next weekday not already a holiday.
Date NextFreeWeekday(Date d, const std::vector<Holiday>& taken) {
    while (WeekdayOf(d) >= 5 || std::any_of(taken.begin(), taken.end(), [&](const Holiday& h) { return h.Day == d; }))
        d = Plus(d, 1);
    return d;
}

std::vector<Holiday> UsRules(int y) {
    std::vector<Holiday> h = {
        ObservedUs(On(y, 1, 1), "New Year's Day"),
        {NthWeekday(y, 1, Monday, 3), "Birthday of Martin Luther King, Jr."},
        {NthWeekday(y, 2, Monday, 3), "Washington's Birthday"},
        {NthWeekday(y, 5, Monday, -1), "Memorial Day"},
        ObservedUs(On(y, 7, 4), "Independence Day"),
        {NthWeekday(y, 9, Monday, 1), "Labor Day"},
        {NthWeekday(y, 10, Monday, 2), "Columbus Day"},
        ObservedUs(On(y, 11, 11), "Veterans Day"),
        {NthWeekday(y, 11, Thursday, 4), "Thanksgiving Day"},
        ObservedUs(On(y, 12, 25), "Christmas Day"),
    };
    if (y >= 2021) h.push_back(ObservedUs(On(y, 6, 19), "Juneteenth National Independence Day"));
    return h;
}

std::vector<Holiday> EnglandRules(int y) {
    const Date easter = EasterSunday(y);
    std::vector<Holiday> h = {
        {Plus(easter, -2), "Good Friday"},
        {Plus(easter, 1), "Easter Monday"},
        {NthWeekday(y, 5, Monday, 1), "Early May bank holiday"},
        {NthWeekday(y, 5, Monday, -1), "Spring bank holiday"},
        {NthWeekday(y, 8, Monday, -1), "Summer bank holiday"},
    };
    // One-off moves by proclamation.
    if (y == 2020) h[2] = {On(2020, 5, 8), "Early May bank holiday (VE day)"};
    if (y == 2022) {
        h[3] = {On(2022, 6, 2), "Spring bank holiday"};
        h.push_back({On(2022, 6, 3), "Platinum Jubilee bank holiday"});
        h.push_back({On(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"});
    }
    if (y == 2023) h.push_back({On(2023, 5, 8), "Bank holiday for the coronation of King Charles III"});
    // Fixed days move to the next free weekday: New Year's Day, then Christmas, then Boxing Day.
    const Date new_year = On(y, 1, 1);
    h.push_back({NextFreeWeekday(new_year, h), WeekdayOf(new_year) >= 5 ? "New Year's Day (substitute day)" : "New Year's Day"});
    // Boxing Day on a weekday keeps its day, so a Sunday Christmas moves past it (2022: Boxing Day
    // Monday 26, Christmas substitute Tuesday 27).
    const Date christmas = On(y, 12, 25), boxing = On(y, 12, 26);
    const Holiday boxing_day{boxing, "Boxing Day"};
    if (WeekdayOf(boxing) < 5) h.push_back(boxing_day);
    h.push_back({NextFreeWeekday(christmas, h), WeekdayOf(christmas) >= 5 ? "Christmas Day (substitute day)" : "Christmas Day"});
    if (WeekdayOf(boxing) >= 5) h.push_back({NextFreeWeekday(boxing, h), "Boxing Day (substitute day)"});
    return h;
}

std::vector<Holiday> GermanyRules(int y) {
    const Date easter = EasterSunday(y);
    std::vector<Holiday> h = {
        {On(y, 1, 1), "Neujahr"},
        {Plus(easter, -2), "Karfreitag"},
        {Plus(easter, 1), "Ostermontag"},
        {On(y, 5, 1), "Tag der Arbeit"},
        {Plus(easter, 39), "Christi Himmelfahrt"},
        {Plus(easter, 50), "Pfingstmontag"},
        {On(y, 10, 3), "Tag der Deutschen Einheit"},
        {On(y, 12, 25), "1. Weihnachtstag"},
        {On(y, 12, 26), "2. Weihnachtstag"},
    };
    if (y == 2017) h.push_back({On(2017, 10, 31), "Reformationstag (500 Jahre)"});
    return h;
}

std::vector<Holiday> RulesFor(std::string_view region, int y) {
    if (region == "US") return UsRules(y);
    if (region == "GB-ENG") return EnglandRules(y);
    if (region == "DE") return GermanyRules(y);
    return {};
}

constexpr int kFirstYear = 1900, kLastYear = 2200;

}  // namespace

const std::vector<std::string>& Regions() {
    static const std::vector<std::string> regions = {"DE", "GB-ENG", "US"};
    return regions;
}

bool IsKnownRegion(std::string_view region) {
    const auto& r = Regions();
    return std::find(r.begin(), r.end(), region) != r.end();
}

int WeekdayOf(Date d) { return static_cast<int>(weekday{ToDays(d)}.iso_encoding()) - 1; }

Date EasterSunday(int y) {
    // The anonymous Gregorian algorithm (Meeus, Jones, Butcher).
    const int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4;
    const int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month_ = (h + l - 7 * m + 114) / 31, day_ = (h + l - 7 * m + 114) % 31 + 1;
    return On(y, static_cast<unsigned>(month_), static_cast<unsigned>(day_));
}

std::vector<Holiday> HolidaysFor(std::string_view region, int y) {
    if (y < kFirstYear || y > kLastYear || !IsKnownRegion(region)) return {};
    // A holiday observed in another year than its date (1 January on the Friday before) belongs
    // to the year it is observed in.
    std::vector<Holiday> out;
    for (int from = y - 1; from <= y + 1; ++from)
        for (Holiday& h : RulesFor(region, from))
            if (ToCivil(h.Day).Year == y) out.push_back(std::move(h));
    std::sort(out.begin(), out.end());
    return out;
}

BusinessCalendar::BusinessCalendar() { Working = {true, true, true, true, true, false, false}; }

void BusinessCalendar::SetWorkingDays(const std::array<bool, 7>& monday_first) { Working = monday_first; }

void BusinessCalendar::AddHoliday(Date d) { Holidays.insert(d.DaysSinceEpoch); }

void BusinessCalendar::AddRegion(std::string_view region, int first_year, int last_year) {
    for (int y = std::max(first_year, kFirstYear); y <= std::min(last_year, kLastYear); ++y)
        for (const Holiday& h : HolidaysFor(region, y)) AddHoliday(h.Day);
}

bool BusinessCalendar::IsBusinessDay(Date d) const {
    return Working[static_cast<std::size_t>(WeekdayOf(d))] && !Holidays.contains(d.DaysSinceEpoch);
}

std::optional<Date> BusinessCalendar::AddBusinessDays(Date from, int days_) const {
    if (std::none_of(Working.begin(), Working.end(), [](bool w) { return w; })) return std::nullopt;
    const int step = days_ < 0 ? -1 : 1;
    Date d = from;
    // Whole weeks could be skipped at once, but holidays make that fiddly; even a year of
    // business days is a few hundred steps.
    for (int left = std::abs(days_); left > 0;) {
        d = Plus(d, step);
        if (IsBusinessDay(d)) --left;
    }
    return d;
}

int BusinessCalendar::BusinessDaysBetween(Date from, Date to) const {
    const bool backwards = to < from;
    if (backwards) std::swap(from, to);
    int count = 0;
    for (Date d = Plus(from, 1); !(to < d); d = Plus(d, 1)) count += IsBusinessDay(d) ? 1 : 0;
    return backwards ? -count : count;
}

}  // namespace debrief::calendar
