#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/time/date_format.h"
#include "core/time/time.h"

using namespace debrief;

namespace {

Date Day(const char* iso) {
    const auto parsed = ParseDate(iso);
    REQUIRE(parsed.has_value());
    return *parsed;
}

constexpr DateLocale kAllLocales[] = {DateLocale::EnUS, DateLocale::EnGB, DateLocale::De,
                                      DateLocale::Fr,   DateLocale::Es,   DateLocale::Nl};

}  // namespace

TEST_CASE("long dates carry the weekday in every locale") {
    const Date tuesday = Day("2026-11-24");
    CHECK(FormatLongDate(tuesday, DateLocale::EnUS) == "Tuesday, November 24, 2026");
    CHECK(FormatLongDate(tuesday, DateLocale::EnGB) == "Tuesday 24 November 2026");
    CHECK(FormatLongDate(tuesday, DateLocale::De) == "Dienstag, 24. November 2026");
    CHECK(FormatLongDate(tuesday, DateLocale::Fr) == "mardi 24 novembre 2026");
    CHECK(FormatLongDate(tuesday, DateLocale::Es) == "martes, 24 de noviembre de 2026");
    CHECK(FormatLongDate(tuesday, DateLocale::Nl) == "dinsdag 24 november 2026");
}

TEST_CASE("day and month without weekday or year in every locale") {
    const Date d = Day("2026-11-24");
    CHECK(FormatDayMonth(d, DateLocale::EnUS) == "November 24");
    CHECK(FormatDayMonth(d, DateLocale::EnGB) == "24 November");
    CHECK(FormatDayMonth(d, DateLocale::De) == "24. November");
    CHECK(FormatDayMonth(d, DateLocale::Fr) == "24 novembre");
    CHECK(FormatDayMonth(d, DateLocale::Es) == "24 de noviembre");
    CHECK(FormatDayMonth(d, DateLocale::Nl) == "24 november");
}

TEST_CASE("numeric dates in every locale, padded except in en-US") {
    const Date d = Day("2026-11-24");
    CHECK(FormatNumericDate(d, DateLocale::EnUS) == "11/24/2026");
    CHECK(FormatNumericDate(d, DateLocale::EnGB) == "24/11/2026");
    CHECK(FormatNumericDate(d, DateLocale::De) == "24.11.2026");
    CHECK(FormatNumericDate(d, DateLocale::Fr) == "24/11/2026");
    CHECK(FormatNumericDate(d, DateLocale::Es) == "24/11/2026");
    CHECK(FormatNumericDate(d, DateLocale::Nl) == "24-11-2026");

    const Date early = Day("2026-03-05");
    CHECK(FormatNumericDate(early, DateLocale::EnUS) == "3/5/2026");
    CHECK(FormatNumericDate(early, DateLocale::EnGB) == "05/03/2026");
    CHECK(FormatNumericDate(early, DateLocale::De) == "05.03.2026");
    CHECK(FormatNumericDate(early, DateLocale::Nl) == "05-03-2026");
}

TEST_CASE("French writes the first of the month as 1er, other languages do not") {
    const Date first = Day("2026-12-01");
    CHECK(FormatLongDate(first, DateLocale::Fr) == "mardi 1er décembre 2026");
    CHECK(FormatDayMonth(first, DateLocale::Fr) == "1er décembre");
    CHECK(FormatNumericDate(first, DateLocale::Fr) == "01/12/2026");
    CHECK(FormatDayMonth(Day("2026-12-02"), DateLocale::Fr) == "2 décembre");
    CHECK(FormatDayMonth(Day("2026-12-11"), DateLocale::Fr) == "11 décembre");
    CHECK(FormatDayMonth(Day("2026-12-21"), DateLocale::Fr) == "21 décembre");
    CHECK(FormatLongDate(first, DateLocale::EnUS) == "Tuesday, December 1, 2026");
    CHECK(FormatLongDate(first, DateLocale::EnGB) == "Tuesday 1 December 2026");
    CHECK(FormatLongDate(first, DateLocale::De) == "Dienstag, 1. Dezember 2026");
    CHECK(FormatLongDate(first, DateLocale::Es) == "martes, 1 de diciembre de 2026");
    CHECK(FormatLongDate(first, DateLocale::Nl) == "dinsdag 1 december 2026");
}

TEST_CASE("a leap day formats in every locale") {
    const Date leap = Day("2028-02-29");  // A Tuesday.
    CHECK(FormatLongDate(leap, DateLocale::EnUS) == "Tuesday, February 29, 2028");
    CHECK(FormatLongDate(leap, DateLocale::EnGB) == "Tuesday 29 February 2028");
    CHECK(FormatLongDate(leap, DateLocale::De) == "Dienstag, 29. Februar 2028");
    CHECK(FormatLongDate(leap, DateLocale::Fr) == "mardi 29 février 2028");
    CHECK(FormatLongDate(leap, DateLocale::Es) == "martes, 29 de febrero de 2028");
    CHECK(FormatLongDate(leap, DateLocale::Nl) == "dinsdag 29 februari 2028");
    CHECK(FormatNumericDate(leap, DateLocale::EnUS) == "2/29/2028");
    CHECK(FormatNumericDate(leap, DateLocale::De) == "29.02.2028");
    CHECK(FormatDayMonth(leap, DateLocale::EnUS) == "February 29");
}

TEST_CASE("weekdays follow from 1970-01-01 being a Thursday, before the epoch too") {
    CHECK(FormatLongDate(Date{0}, DateLocale::EnGB) == "Thursday 1 January 1970");
    CHECK(FormatLongDate(Date{-1}, DateLocale::EnGB) == "Wednesday 31 December 1969");
    CHECK(FormatLongDate(Date{-7}, DateLocale::EnGB) == "Thursday 25 December 1969");
    CHECK(FormatLongDate(Date{-4}, DateLocale::EnGB) == "Sunday 28 December 1969");
    CHECK(FormatLongDate(Day("2026-03-28"), DateLocale::De) == "Samstag, 28. März 2026");
    CHECK(FormatLongDate(Day("2026-11-22"), DateLocale::Es) == "domingo, 22 de noviembre de 2026");
    CHECK(FormatLongDate(Day("2026-11-25"), DateLocale::Es) == "miércoles, 25 de noviembre de 2026");
    CHECK(FormatLongDate(Day("2026-11-28"), DateLocale::Es) == "sábado, 28 de noviembre de 2026");
    CHECK(FormatLongDate(Day("2026-08-15"), DateLocale::Fr) == "samedi 15 août 2026");
}

TEST_CASE("times of day on the 12-hour clock in en-US and 24-hour elsewhere") {
    CHECK(FormatTimeOfDay(14 * 60 + 5, DateLocale::EnUS) == "2:05 PM");
    CHECK(FormatTimeOfDay(12 * 60, DateLocale::EnUS) == "12:00 PM");
    CHECK(FormatTimeOfDay(30, DateLocale::EnUS) == "12:30 AM");
    CHECK(FormatTimeOfDay(0, DateLocale::EnUS) == "12:00 AM");
    CHECK(FormatTimeOfDay(9 * 60 + 5, DateLocale::EnUS) == "9:05 AM");
    CHECK(FormatTimeOfDay(23 * 60 + 59, DateLocale::EnUS) == "11:59 PM");

    for (const DateLocale l : {DateLocale::EnGB, DateLocale::De, DateLocale::Es, DateLocale::Nl}) {
        INFO(LocaleTag(l));
        CHECK(FormatTimeOfDay(14 * 60 + 5, l) == "14:05");
        CHECK(FormatTimeOfDay(0, l) == "00:00");
        CHECK(FormatTimeOfDay(12 * 60, l) == "12:00");
        CHECK(FormatTimeOfDay(9 * 60 + 5, l) == "09:05");
    }
    CHECK(FormatTimeOfDay(14 * 60 + 5, DateLocale::Fr) == "14 h 05");
    CHECK(FormatTimeOfDay(0, DateLocale::Fr) == "00 h 00");
    CHECK(FormatTimeOfDay(12 * 60, DateLocale::Fr) == "12 h 00");
}

TEST_CASE("minutes outside one day wrap around midnight") {
    CHECK(FormatTimeOfDay(24 * 60, DateLocale::EnGB) == "00:00");
    CHECK(FormatTimeOfDay(24 * 60 + 65, DateLocale::EnGB) == "01:05");
    CHECK(FormatTimeOfDay(-1, DateLocale::EnGB) == "23:59");
    CHECK(FormatTimeOfDay(-1, DateLocale::EnUS) == "11:59 PM");
}

TEST_CASE("locales are read from BCP 47 tags, loosely") {
    CHECK(ParseDateLocale("en-US") == DateLocale::EnUS);
    CHECK(ParseDateLocale("en") == DateLocale::EnUS);
    CHECK(ParseDateLocale("en-CA") == DateLocale::EnUS);
    CHECK(ParseDateLocale("en-PR") == DateLocale::EnUS);
    for (const char* day_first : {"en-GB", "en-AU", "en-IE", "en-NZ", "en-IN", "en-ZA", "en-SG", "en-001",
                                  "en-Latn-GB", "en-GB-oxendict"}) {
        INFO(day_first);
        CHECK(ParseDateLocale(day_first) == DateLocale::EnGB);
    }
    for (const char* german : {"de", "de-AT", "de-CH", "de-DE"})
        CHECK(ParseDateLocale(german) == DateLocale::De);
    for (const char* french : {"fr", "fr-CA", "fr-BE", "fr-FR"})
        CHECK(ParseDateLocale(french) == DateLocale::Fr);
    for (const char* spanish : {"es", "es-MX", "es-ES", "es-419"})
        CHECK(ParseDateLocale(spanish) == DateLocale::Es);
    for (const char* dutch : {"nl", "nl-BE", "nl-NL"}) CHECK(ParseDateLocale(dutch) == DateLocale::Nl);

    // Case and separators do not matter; POSIX locale names from LANG work too.
    CHECK(ParseDateLocale("EN-gb") == DateLocale::EnGB);
    CHECK(ParseDateLocale("en_GB") == DateLocale::EnGB);
    CHECK(ParseDateLocale("en_us") == DateLocale::EnUS);
    CHECK(ParseDateLocale("DE") == DateLocale::De);
    CHECK(ParseDateLocale("fr_FR.UTF-8") == DateLocale::Fr);
    CHECK(ParseDateLocale("de_DE@euro") == DateLocale::De);

    for (const char* unknown : {"", "it", "pt-BR", "ja", "english", "en-", "-en", "en--GB", "e", "en GB", "C",
                                "fr-toolongsubtag"}) {
        INFO(unknown);
        CHECK_FALSE(ParseDateLocale(unknown).has_value());
    }
    CHECK(DateLocaleOrDefault("it-IT") == DateLocale::EnUS);
    CHECK(DateLocaleOrDefault("") == DateLocale::EnUS);
    CHECK(DateLocaleOrDefault("nl-BE") == DateLocale::Nl);
}

TEST_CASE("every locale has a tag that parses back to it and a label in its own language") {
    for (const DateLocale l : kAllLocales) {
        INFO(LocaleTag(l));
        CHECK(ParseDateLocale(LocaleTag(l)) == l);
        CHECK(std::string(LocaleLabel(l)).size() > 0);
    }
    CHECK(static_cast<int>(std::size(kAllLocales)) == kDateLocaleCount);
    CHECK(LocaleTag(DateLocale::EnGB) == "en-GB");
    CHECK(std::string(LocaleLabel(DateLocale::EnUS)) == "English (US)");
    CHECK(std::string(LocaleLabel(DateLocale::EnGB)) == "English (UK)");
    CHECK(std::string(LocaleLabel(DateLocale::De)) == "Deutsch");
    CHECK(std::string(LocaleLabel(DateLocale::Fr)) == "Français");
    CHECK(std::string(LocaleLabel(DateLocale::Es)) == "Español");
    CHECK(std::string(LocaleLabel(DateLocale::Nl)) == "Nederlands");
}

TEST_CASE("names join as an English list") {
    CHECK(JoinNames({}) == "");
    CHECK(JoinNames({"Ana"}) == "Ana");
    CHECK(JoinNames({"Ana", "Ben"}) == "Ana and Ben");
    CHECK(JoinNames({"Ana", "Ben", "Chloé"}) == "Ana, Ben and Chloé");
    CHECK(JoinNames({"Ana", "Ben", "Chloé", "Dev"}) == "Ana, Ben, Chloé and Dev");
}
