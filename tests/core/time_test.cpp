#include <doctest/doctest.h>

#include "core/time/local_time.h"
#include "core/time/time.h"

using namespace debrief;

TEST_CASE("instants round-trip through their ISO 8601 form") {
    for (TimeMs t : {TimeMs{0}, TimeMs{1'795'428'000'123}, TimeMs{-1}, TimeMs{951'782'400'000}}) {
        INFO(t);
        const auto parsed = ParseInstant(FormatInstant(t));
        REQUIRE(parsed.has_value());
        CHECK(*parsed == t);
    }
    CHECK(FormatInstant(0) == "1970-01-01T00:00:00.000Z");
    CHECK(FormatInstant(-1) == "1969-12-31T23:59:59.999Z");
}

TEST_CASE("instants with offsets and without milliseconds are understood") {
    CHECK(ParseInstant("2026-11-23T09:00:00+01:00") == ParseInstant("2026-11-23T08:00:00Z"));
    CHECK(ParseInstant("2026-11-23T03:00:00-05:00") == ParseInstant("2026-11-23T08:00:00.000Z"));
    CHECK(ParseInstant("2026-11-23T08:00:00.5Z") == *ParseInstant("2026-11-23T08:00:00Z") + 500);
}

TEST_CASE("malformed instants are refused rather than guessed") {
    for (const char* bad :
         {"", "2026-11-23", "2026-11-23T08:00:00", "2026-11-23T24:00:00Z", "2026-02-30T08:00:00Z",
          "2026-11-23T08:00:00ZZ", "2026-11-23 08:00:00Z", "2026-11-23T08:00:00.Z"}) {
        INFO(bad);
        CHECK_FALSE(ParseInstant(bad).has_value());
    }
}

TEST_CASE("dates know leap years and reject impossible days") {
    CHECK(ParseDate("2028-02-29").has_value());
    CHECK_FALSE(ParseDate("2026-02-29").has_value());
    CHECK_FALSE(ParseDate("2026-13-01").has_value());
    CHECK_FALSE(ParseDate("2026-1-01").has_value());
    CHECK(FormatDate(*ParseDate("2026-11-21")) == "2026-11-21");
    CHECK(ParseDate("1970-01-02")->DaysSinceEpoch == 1);
}

TEST_CASE("the date of an instant is its UTC calendar day") {
    CHECK(FormatDate(DateOf(*ParseInstant("2026-12-31T23:59:59.999Z"))) == "2026-12-31");
    CHECK(FormatDate(DateOf(*ParseInstant("2027-01-01T00:00:00Z"))) == "2027-01-01");
    CHECK(FormatDate(DateOf(-1)) == "1969-12-31");
    CHECK(StartOf(*ParseDate("2026-11-23")) == *ParseInstant("2026-11-23T00:00:00Z"));
}

// A zone like Europe/London in 2026: UTC+1 from 29 March 01:00 UTC to 25 October 01:00 UTC.
static int LondonOffset(TimeMs utc) {
    static const TimeMs start = *ParseInstant("2026-03-29T01:00:00Z");
    static const TimeMs end = *ParseInstant("2026-10-25T01:00:00Z");
    return (utc >= start && utc < end) ? 60 : 0;
}

TEST_CASE("local times are shown in the zone's offset at that instant") {
    CHECK(FormatLocalDateTime(*ParseInstant("2026-07-01T13:05:00Z"), LondonOffset) ==
          "Wed 1 Jul 2026, 14:05");
    CHECK(FormatLocalDateTime(*ParseInstant("2026-11-10T14:00:00Z"), LondonOffset) ==
          "Tue 10 Nov 2026, 14:00");
    CHECK(FormatLocalDate(*ParseInstant("2026-06-30T23:30:00Z"), LondonOffset) == "Wed 1 Jul 2026");
}

TEST_CASE("local times entered by the user become the right instant, across daylight saving") {
    const auto local = [](const char* day, int hour, int minute) {
        return FromLocal({*ParseDate(day), hour * 60 + minute}, LondonOffset);
    };
    CHECK(local("2026-07-01", 14, 5) == *ParseInstant("2026-07-01T13:05:00Z"));
    CHECK(local("2026-11-10", 14, 0) == *ParseInstant("2026-11-10T14:00:00Z"));
    // 01:30 on 29 March does not exist in London: the clocks jump from 01:00 to 02:00.
    CHECK(local("2026-03-29", 1, 30) == *ParseInstant("2026-03-29T01:30:00Z"));
    // 01:30 on 25 October happens twice; the first is in summer time.
    CHECK(local("2026-10-25", 1, 30) == *ParseInstant("2026-10-25T00:30:00Z"));
}

TEST_CASE("clock times parse from h:mm and hh:mm only") {
    CHECK(ParseClockTime("9:05") == 545);
    CHECK(ParseClockTime("23:59") == 23 * 60 + 59);
    CHECK_FALSE(ParseClockTime("24:00").has_value());
    CHECK_FALSE(ParseClockTime("9:5").has_value());
    CHECK_FALSE(ParseClockTime("0905").has_value());
    CHECK(FormatClockTime(545) == "09:05");
}
