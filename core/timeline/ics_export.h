// The follow-up plan as an iCalendar file (RFC 5545), for the user's own calendar app: one short
// event per open follow-up (upcoming, due today or overdue), at the time it is due, with a
// reminder before it.
//
// Events, not to-dos: Google Calendar and others ignore VTODO, and a follow-up the user never
// sees is worse than one shown as a 15-minute slot. Each event's UID comes from the follow-up's
// key, so importing a newer export updates the events instead of adding copies. The file holds
// as little about the candidate as makes the event useful (name and role, never their email or
// phone): it leaves Debrief for a calendar service the business may not control.
#pragma once

#include <string>
#include <string_view>

#include "core/records/database.h"
#include "core/timeline/planner.h"

namespace debrief {

struct IcsOptions {
    std::string CalendarName = "Debrief follow-ups";  // X-WR-CALNAME: the name the calendar app shows.
    int EventMinutes = 15;                            // Each event's DURATION.
    int AlarmMinutesBefore = 30;  // The VALARM fires this long before the event; 0 = when it starts.
};

// The plan's open follow-ups as a VCALENDAR; `now` is the file's DTSTAMP. Lines end in CRLF and
// are folded at 75 octets.
std::string WriteIcs(const Plan& plan, const Database& db, TimeMs now, const IcsOptions& opts = {});

// --- The pieces, for tests and for other iCalendar writers -----------------------------------

// A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as "\n",
// tabs as spaces, other control characters and invalid UTF-8 dropped.
std::string IcsText(std::string_view text);

// Appends one content line, folded so that no physical line exceeds 75 octets (RFC 5545 3.1),
// never inside a UTF-8 sequence, each ending in CRLF.
void AppendIcsLine(std::string& out, std::string_view line);

std::string IcsUtc(TimeMs t);              // "20261124T080000Z": a DATE-TIME in UTC.
std::string IcsUid(std::string_view key);  // "debrief-" and 16 hex digits: stable, no '@'.

}  // namespace debrief
