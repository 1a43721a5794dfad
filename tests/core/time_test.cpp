#include <doctest/doctest.h>

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
