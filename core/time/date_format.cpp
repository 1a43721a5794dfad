#include "core/time/date_format.h"

#include <array>
#include <string>

namespace debrief {

namespace {

// [SECTION] Names of months and weekdays

// Month and weekday names as each language writes them inside a sentence (CLDR "format wide"
// forms): capitalized in English and German, lower case in French, Spanish and Dutch.
struct CalendarNames {
    std::array<const char*, 12> Months;   // January first.
    std::array<const char*, 7> Weekdays;  // Sunday first.
};

constexpr CalendarNames kEnglishNames = {
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}};
constexpr CalendarNames kGermanNames = {
    {"Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
     "November", "Dezember"},
    {"Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"}};
constexpr CalendarNames kFrenchNames = {
    {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"},
    {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"}};
constexpr CalendarNames kSpanishNames = {
    {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"},
    {"domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"}};
constexpr CalendarNames kDutchNames = {
    {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"},
    {"zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"}};

const CalendarNames& NamesFor(DateLocale l) {
    switch (l) {
    case DateLocale::EnUS:
    case DateLocale::EnGB: return kEnglishNames;
    case DateLocale::De: return kGermanNames;
    case DateLocale::Fr: return kFrenchNames;
    case DateLocale::Es: return kSpanishNames;
    case DateLocale::Nl: return kDutchNames;
    }
    return kEnglishNames;
}

// 0 for Sunday .. 6 for Saturday. 1970-01-01, day 0, was a Thursday.
int WeekdayIndex(Date d) { return (d.DaysSinceEpoch % 7 + 7 + 4) % 7; }

// [SECTION] Pieces of a formatted date

std::string TwoDigits(int n) {
    std::string s = std::to_string(n);
    return n < 10 ? "0" + s : s;
}

// The day number as it stands before the month name. French writes the first of the month as an
// ordinal, "1er" (premier), and every other day as a cardinal number.
std::string DayBeforeMonth(int day, DateLocale l) {
    if (l == DateLocale::Fr && day == 1) return "1er";
    return std::to_string(day);
}

std::string LowerAscii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }

// Regions whose English writes the month first; CLDR's en (en-US) covers them, and every other
// region inherits en-001, which writes the day first. US territories follow the US.
constexpr std::array<std::string_view, 10> kMonthFirstEnglishRegions = {"us", "ca", "ph", "as", "gu",
                                                                        "mh", "mp", "pr", "um", "vi"};

}  // namespace

// [SECTION] Choosing a locale

std::optional<DateLocale> ParseDateLocale(std::string_view bcp47) {
    // POSIX locale names (LANG=fr_FR.UTF-8, de_DE@euro) carry a charset or modifier after the tag.
    const std::string tag = LowerAscii(bcp47.substr(0, bcp47.find_first_of(".@")));
    std::vector<std::string_view> subtags;
    const std::string_view rest(tag);
    for (std::size_t start = 0;;) {
        const std::size_t end = rest.find_first_of("-_", start);
        subtags.push_back(rest.substr(start, end == std::string_view::npos ? end : end - start));
        if (end == std::string_view::npos) break;
        start = end + 1;
    }
    // RFC 5646 2.1: every subtag is 1 to 8 letters or digits; the language is 2 or 3 letters.
    for (const std::string_view subtag : subtags) {
        if (subtag.empty() || subtag.size() > 8) return std::nullopt;
        for (const char c : subtag)
            if (!IsAsciiAlpha(c) && !IsAsciiDigit(c)) return std::nullopt;
    }
    const std::string_view language = subtags[0];
    if (language == "de") return DateLocale::De;
    if (language == "fr") return DateLocale::Fr;
    if (language == "es") return DateLocale::Es;
    if (language == "nl") return DateLocale::Nl;
    if (language != "en") return std::nullopt;

    // RFC 5646 2.2.4: the region is 2 letters or 3 digits and may follow a 4-letter script ("en-Latn-GB").
    std::string_view region;
    for (std::size_t i = 1; i < subtags.size(); ++i) {
        const std::string_view s = subtags[i];
        if (s.size() == 4 && IsAsciiAlpha(s[0])) continue;
        if ((s.size() == 2 && IsAsciiAlpha(s[0])) || (s.size() == 3 && IsAsciiDigit(s[0]))) region = s;
        break;
    }
    if (region.empty()) return DateLocale::EnUS;
    for (const std::string_view month_first : kMonthFirstEnglishRegions)
        if (region == month_first) return DateLocale::EnUS;
    return DateLocale::EnGB;
}

DateLocale DateLocaleOrDefault(std::string_view bcp47) {
    return ParseDateLocale(bcp47).value_or(DateLocale::EnUS);
}

std::string_view LocaleTag(DateLocale l) {
    switch (l) {
    case DateLocale::EnUS: return "en-US";
    case DateLocale::EnGB: return "en-GB";
    case DateLocale::De: return "de";
    case DateLocale::Fr: return "fr";
    case DateLocale::Es: return "es";
    case DateLocale::Nl: return "nl";
    }
    return "en-US";
}

const char* LocaleLabel(DateLocale l) {
    switch (l) {
    case DateLocale::EnUS: return "English (US)";
    case DateLocale::EnGB: return "English (UK)";
    case DateLocale::De: return "Deutsch";
    case DateLocale::Fr: return "Français";
    case DateLocale::Es: return "Español";
    case DateLocale::Nl: return "Nederlands";
    }
    return "English (US)";
}

// [SECTION] Formatting

std::string FormatLongDate(Date d, DateLocale l) {
    const CivilDate c = ToCivil(d);
    const CalendarNames& names = NamesFor(l);
    const std::string weekday = names.Weekdays[WeekdayIndex(d)];
    const std::string year = std::to_string(c.Year);
    switch (l) {
    case DateLocale::EnUS: return weekday + ", " + FormatDayMonth(d, l) + ", " + year;
    case DateLocale::De:
    case DateLocale::Es:
        return weekday + ", " + FormatDayMonth(d, l) + (l == DateLocale::Es ? " de " : " ") + year;
    case DateLocale::EnGB:
    case DateLocale::Fr:
    case DateLocale::Nl: return weekday + " " + FormatDayMonth(d, l) + " " + year;
    }
    return {};
}

std::string FormatDayMonth(Date d, DateLocale l) {
    const CivilDate c = ToCivil(d);
    const std::string month = NamesFor(l).Months[c.Month - 1];
    const std::string day = DayBeforeMonth(c.Day, l);
    switch (l) {
    case DateLocale::EnUS: return month + " " + day;
    case DateLocale::De:
        return day + ". " + month;  // The German ordinal dot: "24." reads "vierundzwanzigster".
    case DateLocale::Es: return day + " de " + month;
    case DateLocale::EnGB:
    case DateLocale::Fr:
    case DateLocale::Nl: return day + " " + month;
    }
    return {};
}

std::string FormatNumericDate(Date d, DateLocale l) {
    const CivilDate c = ToCivil(d);
    const std::string year = std::to_string(c.Year);
    switch (l) {
    case DateLocale::EnUS: return std::to_string(c.Month) + "/" + std::to_string(c.Day) + "/" + year;
    case DateLocale::De: return TwoDigits(c.Day) + "." + TwoDigits(c.Month) + "." + year;
    case DateLocale::Nl: return TwoDigits(c.Day) + "-" + TwoDigits(c.Month) + "-" + year;
    case DateLocale::EnGB:
    case DateLocale::Fr:
    case DateLocale::Es: return TwoDigits(c.Day) + "/" + TwoDigits(c.Month) + "/" + year;
    }
    return {};
}

std::string FormatTimeOfDay(int minute_of_day, DateLocale l) {
    constexpr int kMinutesPerDay = 24 * 60;
    const int wrapped = (minute_of_day % kMinutesPerDay + kMinutesPerDay) % kMinutesPerDay;
    const int hour = wrapped / 60, minute = wrapped % 60;
    switch (l) {
    case DateLocale::EnUS: {
        // The 12-hour clock has no 0: 00:30 is "12:30 AM" and 12:00 is "12:00 PM" (noon).
        const int hour12 = hour % 12 == 0 ? 12 : hour % 12;
        return std::to_string(hour12) + ":" + TwoDigits(minute) + (hour < 12 ? " AM" : " PM");
    }
    case DateLocale::Fr: return TwoDigits(hour) + " h " + TwoDigits(minute);
    case DateLocale::EnGB:
    case DateLocale::De:
    case DateLocale::Es:
    case DateLocale::Nl: return TwoDigits(hour) + ":" + TwoDigits(minute);
    }
    return {};
}

std::string JoinNames(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
        out += names[i];
    }
    return out;
}

}  // namespace debrief
