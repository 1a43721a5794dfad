#include "core/calendar/ics_holidays.h"

#include <string>

namespace debrief::calendar {

namespace {

struct Line {
    std::string Text;
    std::size_t Number = 0;  // Of its first physical line.
};

// Content lines with folding undone (RFC 5545 3.1): a line break followed by a space or tab
// continues the line. Accepts CRLF and bare LF.
std::vector<Line> Unfold(std::string_view text) {
    std::vector<Line> lines;
    std::size_t number = 0, at = 0;
    while (at < text.size()) {
        std::size_t end = text.find('\n', at);
        if (end == std::string_view::npos) end = text.size();
        std::string_view raw = text.substr(at, end - at);
        if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
        ++number;
        if (!raw.empty() && (raw.front() == ' ' || raw.front() == '\t') && !lines.empty())
            lines.back().Text.append(raw.substr(1));
        else if (!raw.empty())
            lines.push_back({std::string(raw), number});
        at = end + 1;
    }
    return lines;
}

std::string Unescape(std::string_view v) {
    std::string out;
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] == '\\' && i + 1 < v.size()) {
            const char c = v[++i];
            out.push_back(c == 'n' || c == 'N' ? ' ' : c);
        } else {
            out.push_back(v[i]);
        }
    }
    return out;
}

// "20261225" or "20261225T000000Z": the calendar date.
std::optional<Date> ParseIcsDate(std::string_view v) {
    if (v.size() < 8) return std::nullopt;
    for (std::size_t i = 0; i < 8; ++i)
        if (v[i] < '0' || v[i] > '9') return std::nullopt;
    if (v.size() > 8 && v[8] != 'T') return std::nullopt;
    std::string iso;  // Built with append: GCC 12 at -O3 misreads "a" + b + "c" as overlapping copies.
    iso.append(v.substr(0, 4)).append(1, '-').append(v.substr(4, 2)).append(1, '-').append(v.substr(6, 2));
    return ParseDate(iso);
}

}  // namespace

IcsHolidays ReadIcsHolidays(std::string_view text) {
    IcsHolidays out;
    if (text.size() > kMaxIcsBytes) {
        std::string reason("is ");
        reason.append(std::to_string(text.size() >> 20)).append(" MB; a holiday calendar over 5 MB is not read");
        out.Found.push_back({"", reason});
        return out;
    }
    if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
    const std::vector<Line> lines = Unfold(text);
    if (lines.empty() || lines.front().Text != "BEGIN:VCALENDAR") {
        out.Found.push_back({"line 1", "is not the start of an iCalendar file (BEGIN:VCALENDAR)"});
        return out;
    }
    out.Readable = true;
    bool in_event = false;
    std::size_t event_line = 0, events = 0;
    Date start{}, end{};
    bool has_start = false, has_end = false;
    std::string summary;
    bool event_ok = true;
    const auto place = [](std::size_t n) { return std::string("line ").append(std::to_string(n)); };
    for (const Line& line : lines) {
        const std::size_t colon = line.Text.find(':');
        const std::string_view name_params = std::string_view(line.Text).substr(0, colon);
        const std::string_view value = colon == std::string::npos ? std::string_view() : std::string_view(line.Text).substr(colon + 1);
        const std::string_view name = name_params.substr(0, name_params.find(';'));
        if (line.Text == "BEGIN:VEVENT") {
            if (in_event) out.Found.push_back({place(line.Number), "starts an event inside another (no END:VEVENT before it)"});
            in_event = true;
            event_line = line.Number;
            has_start = has_end = false;
            summary.clear();
            event_ok = true;
            continue;
        }
        if (!in_event) continue;
        if (line.Text == "END:VEVENT") {
            in_event = false;
            if (++events > kMaxIcsEvents) {
                out.Found.push_back({place(line.Number), "more than 10,000 events; the rest are not read"});
                break;
            }
            if (!has_start) {
                if (event_ok) out.Found.push_back({place(event_line), "this event has no DTSTART date and is left out"});
                continue;
            }
            if (!event_ok) continue;
            const std::string title = summary.empty() ? std::string("Holiday") : summary;
            int days = 1;
            if (has_end) days = end.DaysSinceEpoch - start.DaysSinceEpoch;  // DTEND of a date is exclusive.
            if (days < 1 || days > kMaxEventDays) {
                out.Found.push_back({place(event_line), "its end is not 1 to 31 days after its start; only the first day is used"});
                days = 1;
            }
            for (int i = 0; i < days; ++i) out.Days.push_back({Date{start.DaysSinceEpoch + i}, title});
            continue;
        }
        if (name == "DTSTART" || name == "DTEND") {
            const auto d = ParseIcsDate(value);
            if (!d) {
                std::string reason("\"");
                reason.append(value.substr(0, 40)).append("\" is not a real date; this event is left out");
                out.Found.push_back({place(line.Number), reason});
                event_ok = false;
                continue;
            }
            if (name == "DTSTART") start = *d, has_start = true;
            else end = *d, has_end = true;
        } else if (name == "SUMMARY") {
            summary = Unescape(value.substr(0, 200));
        } else if (name == "RRULE") {
            out.Found.push_back({place(line.Number), "repeats (RRULE); only its first date is used"});
        }
    }
    if (in_event) out.Found.push_back({place(event_line), "this event has no END:VEVENT and is left out"});
    return out;
}

}  // namespace debrief::calendar
