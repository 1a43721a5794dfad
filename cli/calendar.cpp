// debrief bizdays / debrief holidays: business-day arithmetic and holiday tables, as the planner
// uses them (core/calendar/business_calendar.h).
#include <ostream>

#include "cli/cli.h"
#include "cli/commands.h"
#include "core/calendar/business_calendar.h"
#include "core/calendar/ics_holidays.h"

namespace debrief::cli {

namespace {

constexpr const char* kBizdaysUsage =
    "Usage: debrief bizdays add --from YYYY-MM-DD --days N [--region R] [--holidays FILE.ics]\n"
    "       debrief bizdays between --from YYYY-MM-DD --to YYYY-MM-DD [--region R] [--holidays FILE.ics]\n";
constexpr const char* kHolidaysUsage = "Usage: debrief holidays --region R --year YYYY\n";

struct CalendarArgs {
    std::optional<Date> From, To;
    std::optional<int> Days, Year;
    std::string Region;
    std::string HolidaysFile;
};

bool ParseCalendarArgs(const std::vector<std::string>& args, std::size_t first, CalendarArgs& a, std::ostream& err) {
    for (std::size_t i = first; i < args.size(); ++i) {
        const std::string& arg = args[i];
        std::string v;
        if (!TakeOptionValue(args, i, v, err)) return false;
        if (arg == "--from" || arg == "--to") {
            const auto d = ParseDate(v);
            if (!d) {
                err << "debrief: " << arg << " takes a real date like 2026-11-30, not \"" << v << "\"\n";
                return false;
            }
            (arg == "--from" ? a.From : a.To) = d;
        } else if (arg == "--days") {
            int n = 0;
            if (!ParseInt(v, -10000, 10000, n)) {
                err << "debrief: --days takes a whole number from -10000 to 10000, not \"" << v << "\"\n";
                return false;
            }
            a.Days = n;
        } else if (arg == "--year") {
            int y = 0;
            if (!ParseInt(v, 1900, 2200, y)) {
                err << "debrief: --year takes a year from 1900 to 2200, not \"" << v << "\"\n";
                return false;
            }
            a.Year = y;
        } else if (arg == "--holidays") {
            a.HolidaysFile = v;
        } else if (arg == "--region") {
            if (!calendar::IsKnownRegion(v)) {
                err << "debrief: no holiday rules for \"" << v << "\"; regions are";
                for (const std::string& r : calendar::Regions()) err << " " << r;
                err << "\n";
                return false;
            }
            a.Region = v;
        } else {
            err << "debrief: unknown option " << arg << "\n";
            return false;
        }
    }
    return true;
}

calendar::BusinessCalendar CalendarFor(const CalendarArgs& a, Date around) {
    calendar::BusinessCalendar c;
    if (!a.Region.empty()) {
        const int y = ToCivil(around).Year;
        c.AddRegion(a.Region, y - 1, y + 30);  // --days is at most 10,000: about 40 years of weekdays.
    }
    return c;
}

}  // namespace

// Adds the holidays of --holidays FILE.ics; false (after saying why) if the file cannot be used.
bool AddIcsHolidays(const CalendarArgs& a, calendar::BusinessCalendar& c, std::ostream& err) {
    if (a.HolidaysFile.empty()) return true;
    std::string error;
    const auto text = ReadFile(a.HolidaysFile, error);
    if (!text) {
        err << "debrief: cannot read " << a.HolidaysFile << ": " << error << "\n";
        return false;
    }
    const calendar::IcsHolidays ics = calendar::ReadIcsHolidays(*text);
    for (const Problem& p : ics.Found) err << a.HolidaysFile << ": " << Describe(p) << "\n";
    if (!ics.Readable) return false;
    for (const calendar::Holiday& h : ics.Days) c.AddHoliday(h.Day);
    return true;
}

int Bizdays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.size() < 2 || (args[1] != "add" && args[1] != "between")) {
        err << kBizdaysUsage;
        return kExitUsage;
    }
    CalendarArgs a;
    if (!ParseCalendarArgs(args, 2, a, err)) {
        err << kBizdaysUsage;
        return kExitUsage;
    }
    if (args[1] == "add") {
        if (!a.From || !a.Days) {
            err << kBizdaysUsage;
            return kExitUsage;
        }
        calendar::BusinessCalendar c = CalendarFor(a, *a.From);
        if (!a.Region.empty() && *a.Days < 0) c.AddRegion(a.Region, ToCivil(*a.From).Year - 41, ToCivil(*a.From).Year);
        if (!AddIcsHolidays(a, c, err)) return kExitFailure;
        const auto d = c.AddBusinessDays(*a.From, *a.Days);
        if (!d) {
            err << "debrief: no working days in the week\n";
            return kExitFailure;
        }
        out << FormatDate(*d) << "\n";
        return kExitOk;
    }
    if (!a.From || !a.To) {
        err << kBizdaysUsage;
        return kExitUsage;
    }
    calendar::BusinessCalendar c;
    if (!a.Region.empty()) {
        const int y1 = ToCivil(*a.From).Year, y2 = ToCivil(*a.To).Year;
        c.AddRegion(a.Region, std::min(y1, y2), std::max(y1, y2));
    }
    if (!AddIcsHolidays(a, c, err)) return kExitFailure;
    out << c.BusinessDaysBetween(*a.From, *a.To) << "\n";
    return kExitOk;
}

int Holidays(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    CalendarArgs a;
    if (!ParseCalendarArgs(args, 1, a, err) || a.Region.empty() || !a.Year) {
        err << kHolidaysUsage;
        return kExitUsage;
    }
    for (const calendar::Holiday& h : calendar::HolidaysFor(a.Region, *a.Year)) out << FormatDate(h.Day) << " " << h.Name << "\n";
    return kExitOk;
}

}  // namespace debrief::cli
