// Dates and times of day written the way the user's language writes them, for text that people
// read: messages to candidates, the timeline, reminders.
//
// Six locales cover Debrief's users. The patterns follow the CLDR "full", "long" and "short"
// forms of each language, with two deliberate simplifications:
// - Only ASCII spaces are used. CLDR puts U+202F NARROW NO-BREAK SPACE before "AM"/"PM" and
//   U+00A0 around the French "h"; plain spaces paste cleanly into every mail client and form.
// - Numeric dates pad day and month to two digits in every locale except en-US, which writes
//   "3/5/2026" as Americans do; padded columns line up in tables and exports.
// Locales are chosen from a BCP 47 tag such as the browser's navigator.language; anything this
// file does not know falls back to en-US, so text is always produced.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/time/time.h"

namespace debrief {

enum class DateLocale { EnUS, EnGB, De, Fr, Es, Nl };
inline constexpr int kDateLocaleCount = 6;  // Number of DateLocale values, for pickers and loops.

// [SECTION] Choosing a locale

// The locale for a BCP 47 tag: the language subtag decides ("de-DE", "de-AT", "de-CH" -> De). For
// English the region does, as in CLDR: "en" alone, the US and its territories, Canada and the
// Philippines write month first (EnUS); every other region (GB, AU, IE, NZ, IN, ZA, SG, "001", ...)
// inherits CLDR's day-first en-001 (EnGB). Case-insensitive; '_' is read as '-', and a POSIX suffix
// (".UTF-8", "@euro") is ignored, so LANG values such as "fr_FR.UTF-8" work too. nullopt for another
// language or a malformed tag.
std::optional<DateLocale> ParseDateLocale(std::string_view bcp47);
DateLocale DateLocaleOrDefault(std::string_view bcp47);  // ParseDateLocale, or EnUS when it gives nullopt.
std::string_view LocaleTag(DateLocale l);  // "en-US", "en-GB", "de", "fr", "es", "nl": round-trips.
const char* LocaleLabel(DateLocale l);     // The locale's own name for a picker: "Deutsch", "Français".

// [SECTION] Formatting

// With weekday and year, for the body of a message:
// "Tuesday, November 24, 2026", "Tuesday 24 November 2026", "Dienstag, 24. November 2026",
// "mardi 24 novembre 2026" (the 1st is "1er"), "martes, 24 de noviembre de 2026",
// "dinsdag 24 november 2026".
std::string FormatLongDate(Date d, DateLocale l);
// Day and month only: "November 24", "24 November", "24. November", "24 novembre" ("1er
// décembre"), "24 de noviembre", "24 november".
std::string FormatDayMonth(Date d, DateLocale l);
// "11/24/2026", "24/11/2026", "24.11.2026", "24/11/2026", "24/11/2026", "24-11-2026".
std::string FormatNumericDate(Date d, DateLocale l);
// en-US on a 12-hour clock ("2:05 PM", noon "12:00 PM", midnight "12:00 AM"); the others on a
// 24-hour clock ("14:05", "09:05", French "14 h 05"). Minutes outside 0..1439 wrap around the day.
std::string FormatTimeOfDay(int minute_of_day, DateLocale l);

// Names as an English list for message text: "", "Ana", "Ana and Ben", "Ana, Ben and Chloé" (no
// serial comma).
std::string JoinNames(const std::vector<std::string>& names);

}  // namespace debrief
