// Business days and holidays (core/calendar/): the built-in rules against the published tables
// for 2026 and 2027, Easter, date arithmetic across weekends, holidays, month and year ends and
// leap days, and holidays read from .ics files.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/calendar/business_calendar.h"
#include "core/calendar/ics_holidays.h"

namespace cal = debrief::calendar;
using debrief::Date;

namespace {

Date D(const char* text) { return *debrief::ParseDate(text); }

std::vector<std::string> Days(std::string_view region, int year) {
    std::vector<std::string> out;
    for (const cal::Holiday& h : cal::HolidaysFor(region, year)) out.push_back(debrief::FormatDate(h.Day));
    return out;
}

}  // namespace

TEST_CASE("US federal holidays match the published tables for 2026 and 2027, observed days included") {
    // OPM: July 4, 2026 is a Saturday (observed Friday July 3); in 2027 June 19 and July 4, Dec 25
    // and Jan 1, 2028 fall on weekends.
    CHECK(Days("US", 2026) == std::vector<std::string>{"2026-01-01", "2026-01-19", "2026-02-16", "2026-05-25", "2026-06-19",
                                                        "2026-07-03", "2026-09-07", "2026-10-12", "2026-11-11", "2026-11-26",
                                                        "2026-12-25"});
    CHECK(Days("US", 2027) == std::vector<std::string>{"2027-01-01", "2027-01-18", "2027-02-15", "2027-05-31", "2027-06-18",
                                                        "2027-07-05", "2027-09-06", "2027-10-11", "2027-11-11", "2027-11-25",
                                                        "2027-12-24", "2027-12-31"});
    const auto y2027 = cal::HolidaysFor("US", 2027);
    CHECK(y2027.back().Name == "New Year's Day (observed)");  // 1 January 2028 is a Saturday.
}

TEST_CASE("England and Wales bank holidays match the published tables, with substitute days") {
    CHECK(Days("GB-ENG", 2026) == std::vector<std::string>{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25",
                                                            "2026-08-31", "2026-12-25", "2026-12-28"});
    CHECK(Days("GB-ENG", 2027) == std::vector<std::string>{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31",
                                                            "2027-08-30", "2027-12-27", "2027-12-28"});
    // 2022: Christmas on a Sunday; Boxing Day keeps Monday 26, Christmas moves to Tuesday 27.
    const auto y2022 = cal::HolidaysFor("GB-ENG", 2022);
    REQUIRE(y2022.size() >= 2);
    CHECK(debrief::FormatDate(y2022[y2022.size() - 2].Day) == "2022-12-26");
    CHECK(y2022[y2022.size() - 2].Name == "Boxing Day");
    CHECK(debrief::FormatDate(y2022.back().Day) == "2022-12-27");
    CHECK(y2022.back().Name == "Christmas Day (substitute day)");
    // 2022 also had the Platinum Jubilee and the State Funeral.
    CHECK(Days("GB-ENG", 2022).size() == 10);
}

TEST_CASE("German national holidays follow Easter") {
    CHECK(Days("DE", 2026) == std::vector<std::string>{"2026-01-01", "2026-04-03", "2026-04-06", "2026-05-01", "2026-05-14",
                                                        "2026-05-25", "2026-10-03", "2026-12-25", "2026-12-26"});
    CHECK(Days("DE", 2027) == std::vector<std::string>{"2027-01-01", "2027-03-26", "2027-03-29", "2027-05-01", "2027-05-06",
                                                        "2027-05-17", "2027-10-03", "2027-12-25", "2027-12-26"});
}

TEST_CASE("Easter Sunday by the Gregorian computus") {
    CHECK(cal::EasterSunday(2024) == D("2024-03-31"));
    CHECK(cal::EasterSunday(2025) == D("2025-04-20"));
    CHECK(cal::EasterSunday(2026) == D("2026-04-05"));
    CHECK(cal::EasterSunday(2027) == D("2027-03-28"));
    CHECK(cal::EasterSunday(2038) == D("2038-04-25"));  // The latest possible date.
    CHECK(cal::EasterSunday(2285) == D("2285-03-22"));  // The earliest possible date.
}

TEST_CASE("unknown regions and years out of range give no holidays rather than wrong ones") {
    CHECK(cal::HolidaysFor("FR", 2026).empty());
    CHECK(cal::HolidaysFor("US", 1899).empty());
    CHECK(cal::HolidaysFor("US", 2201).empty());
    CHECK(cal::IsKnownRegion("GB-ENG"));
    CHECK_FALSE(cal::IsKnownRegion("gb-eng"));
}

TEST_CASE("business days skip weekends and holidays, across month and year ends and leap days") {
    cal::BusinessCalendar weekdays;
    CHECK(cal::WeekdayOf(D("2026-11-30")) == 0);  // A Monday.
    CHECK(*weekdays.AddBusinessDays(D("2026-11-27"), 1) == D("2026-11-30"));   // Friday + 1 = Monday.
    CHECK(*weekdays.AddBusinessDays(D("2026-11-28"), 1) == D("2026-11-30"));   // From a Saturday.
    CHECK(*weekdays.AddBusinessDays(D("2026-11-30"), 5) == D("2026-12-07"));   // Across a month end.
    CHECK(*weekdays.AddBusinessDays(D("2028-02-28"), 1) == D("2028-02-29"));   // Leap day.
    CHECK(*weekdays.AddBusinessDays(D("2026-11-30"), 0) == D("2026-11-30"));
    CHECK(*weekdays.AddBusinessDays(D("2026-11-30"), -1) == D("2026-11-27"));  // Backwards.
    CHECK(weekdays.BusinessDaysBetween(D("2026-11-27"), D("2026-11-30")) == 1);
    CHECK(weekdays.BusinessDaysBetween(D("2026-11-30"), D("2026-11-27")) == -1);
    CHECK(weekdays.BusinessDaysBetween(D("2026-11-30"), D("2026-11-30")) == 0);

    cal::BusinessCalendar england;
    england.AddRegion("GB-ENG", 2026, 2027);
    // Thursday 24 December 2026: Friday 25 and Monday 28 are bank holidays.
    CHECK(*england.AddBusinessDays(D("2026-12-24"), 1) == D("2026-12-29"));
    CHECK(*england.AddBusinessDays(D("2026-12-31"), 1) == D("2027-01-04"));  // New Year's Day on a Friday.
    CHECK(england.BusinessDaysBetween(D("2026-12-24"), D("2027-01-04")) == 4);  // 29, 30, 31 Dec and 4 Jan.
    CHECK_FALSE(england.IsBusinessDay(D("2026-04-03")));  // Good Friday.
    CHECK(england.IsBusinessDay(D("2026-04-07")));

    cal::BusinessCalendar bakery;  // Tuesday to Saturday.
    bakery.SetWorkingDays({false, true, true, true, true, true, false});
    CHECK(*bakery.AddBusinessDays(D("2026-11-28"), 1) == D("2026-12-01"));  // Saturday + 1 = Tuesday.
    cal::BusinessCalendar closed;
    closed.SetWorkingDays({});
    CHECK_FALSE(closed.AddBusinessDays(D("2026-11-30"), 1).has_value());
}

// --- Holidays from an .ics file ---------------------------------------------------------------

TEST_CASE("an .ics holiday calendar is read: all-day and timed events, folded lines, multi-day events") {
    const std::string ics =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Example//Holidays//EN\r\n"
        "BEGIN:VEVENT\r\nUID:a@example\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261226\r\n"
        "SUMMARY:Christmas\r\n  Day\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART:20260703T000000Z\r\nSUMMARY:Shop closed\\, stocktake\r\nEND:VEVENT\r\n"
        "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260810\r\nDTEND;VALUE=DATE:20260813\r\nSUMMARY:Summer closure\r\nEND:VEVENT\r\n"
        "END:VCALENDAR\r\n";
    const auto r = cal::ReadIcsHolidays(ics);
    CHECK(r.Readable);
    CHECK(r.Found.empty());
    REQUIRE(r.Days.size() == 5);
    CHECK(r.Days[0].Day == D("2026-12-25"));
    CHECK(r.Days[0].Name == "Christmas Day");  // Folded line joined.
    CHECK(r.Days[1].Day == D("2026-07-03"));
    CHECK(r.Days[1].Name == "Shop closed, stocktake");
    CHECK(r.Days[2].Day == D("2026-08-10"));
    CHECK(r.Days[4].Day == D("2026-08-12"));  // DTEND is exclusive.
}

TEST_CASE("a malformed .ics file gives precise problems and keeps only the good events") {
    CHECK_FALSE(cal::ReadIcsHolidays("Date,Name\n2026-12-25,Christmas\n").Readable);
    CHECK_FALSE(cal::ReadIcsHolidays("").Readable);
    CHECK_FALSE(cal::ReadIcsHolidays(std::string(cal::kMaxIcsBytes + 1, 'x')).Readable);
    const auto r = cal::ReadIcsHolidays(
        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260230\nSUMMARY:Impossible\nEND:VEVENT\n"
        "BEGIN:VEVENT\nSUMMARY:No date\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY\nSUMMARY:New Year\nEND:VEVENT\n"
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20260501\nSUMMARY:Unfinished\n");
    CHECK(r.Readable);
    REQUIRE(r.Days.size() == 1);
    CHECK(r.Days[0].Day == D("2026-01-01"));
    REQUIRE(r.Found.size() == 4);
    CHECK(r.Found[0].Path == "line 3");  // 2026-02-30
    CHECK(r.Found[0].Reason.find("not a real date") != std::string::npos);
    CHECK(r.Found[1].Path == "line 6");  // No DTSTART.
    CHECK(r.Found[2].Path == "line 11");  // RRULE.
    CHECK(r.Found[3].Reason.find("no END:VEVENT") != std::string::npos);
}
