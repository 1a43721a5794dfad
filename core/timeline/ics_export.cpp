// Writes the follow-up plan as an iCalendar file: see ics_export.h for what goes in it and why.
#include "core/timeline/ics_export.h"

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <unordered_set>

#include "core/text/utf8.h"

namespace debrief {

namespace {

constexpr std::size_t kMaxLineOctets = 75;  // RFC 5545 3.1, not counting the CRLF.
constexpr std::string_view kCrlf = "\r\n";

bool IsOpen(FollowUpStatus s) {
    return s == FollowUpStatus::Upcoming || s == FollowUpStatus::DueToday || s == FollowUpStatus::Overdue;
}

// "PT15M", "-PT30M", "PT0S": a DURATION value in whole minutes.
std::string Minutes(int minutes, bool before) {
    if (minutes <= 0) return "PT0S";
    std::string out = before ? "-PT" : "PT";
    out += std::to_string(minutes);
    out += 'M';
    return out;
}

void Property(std::string& out, std::string_view name, std::string_view value) {
    std::string line(name);
    line += ':';
    line += value;
    AppendIcsLine(out, line);
}

// What the event tells the user beyond its title: why it is due, who it is about, and where to
// act on it. Name and role only; the candidate's contact details stay in Debrief.
std::string Description(const FollowUp& f, const Database& db) {
    std::string text = WhyOf(f, db);
    const Candidate* candidate = db.FindCandidate(f.Candidate);
    const Role* role = candidate ? db.FindRole(candidate->RoleId) : nullptr;
    if (role && role->OwnApplication) {
        text += "\nYour application: ";
        text += role->Title;
    } else if (candidate) {
        text += "\nCandidate: ";
        text += candidate->FullName;
        if (role) {
            text += ", ";
            text += role->Title;
        }
    }
    if (f.Kind == FollowUpKind::InterviewNote)
        text += "\nOpen Debrief to write the note.";
    else if (!f.Template.empty())
        text += "\nOpen Debrief to compose the message.";
    else
        text += "\nOpen Debrief for the details.";
    return text;
}

// FNV-1a, 64 bits: the same digits on every platform and in every build, unlike std::hash.
std::uint64_t Fnv1a64(std::string_view text) {
    std::uint64_t h = 0xcbf29ce484222325ull;
    for (const char c : text) {
        h ^= static_cast<unsigned char>(c);
        h *= 0x100000001b3ull;
    }
    return h;
}

}  // namespace

std::string IcsText(std::string_view text) {
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    while (!text.empty()) {
        const utf8::Decoded d = utf8::DecodeFirst(text);
        const bool crlf = text.size() >= 2 && text[0] == '\r' && text[1] == '\n';
        text.remove_prefix(crlf ? 2 : d.Length);
        if (!d.Valid) continue;
        switch (d.CodePoint) {
        case '\\': out += "\\\\"; break;
        case ';': out += "\\;"; break;
        case ',': out += "\\,"; break;
        case '\n':
        case '\r': out += "\\n"; break;  // A lone CR is a line break from old Mac text.
        case '\t': out += ' '; break;    // TEXT allows tabs, but some apps show them as boxes.
        default:
            // C0 controls and DEL are not allowed in TEXT (RFC 5545 3.3.11, CONTROL).
            if (d.CodePoint < 0x20 || d.CodePoint == 0x7F) break;
            utf8::AppendCodePoint(out, d.CodePoint);
        }
    }
    return out;
}

void AppendIcsLine(std::string& out, std::string_view line) {
    bool first = true;
    while (true) {
        // A continuation line starts with one space, which counts towards its 75 octets.
        const std::size_t room = first ? kMaxLineOctets : kMaxLineOctets - 1;
        std::size_t cut = std::min(room, line.size());
        if (cut < line.size()) {
            // Back up to the first byte of the UTF-8 sequence the cut would split. A sequence is
            // at most 4 bytes; anything longer is not UTF-8, and then any cut will do.
            std::size_t back = cut;
            while (back > cut - 3 && (static_cast<unsigned char>(line[back]) & 0xC0) == 0x80) --back;
            if ((static_cast<unsigned char>(line[back]) & 0xC0) != 0x80) cut = back;
        }
        if (!first) out += ' ';
        out.append(line.substr(0, cut));
        out.append(kCrlf);
        line.remove_prefix(cut);
        first = false;
        if (line.empty()) break;
    }
}

std::string IcsUtc(TimeMs t) {
    // The stored form, "2026-11-24T08:00:00.000Z", without its separators and milliseconds.
    const std::string instant = FormatInstant(t);
    std::string out;
    for (const char ch : std::string_view(instant).substr(0, instant.find('.')))
        if (ch != '-' && ch != ':') out += ch;
    out += 'Z';
    return out;
}

std::string IcsUid(std::string_view key) {
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "debrief-%016llx", static_cast<unsigned long long>(Fnv1a64(key)));
    return buffer;
}

std::string WriteIcs(const Plan& plan, const Database& db, TimeMs now, const IcsOptions& opts) {
    std::string out;
    out.reserve(256 + plan.FollowUps.size() * 700);
    Property(out, "BEGIN", "VCALENDAR");
    Property(out, "VERSION", "2.0");
    Property(out, "PRODID", "-//Debrief//Follow-up plan//EN");
    Property(out, "CALSCALE", "GREGORIAN");
    Property(out, "METHOD", "PUBLISH");
    Property(out, "X-WR-CALNAME", IcsText(opts.CalendarName));

    const std::string stamp = IcsUtc(now);
    const std::string duration = Minutes(opts.EventMinutes, false);
    const std::string trigger = Minutes(opts.AlarmMinutesBefore, true);
    std::unordered_set<std::string> uids;
    for (const FollowUp& f : plan.FollowUps) {
        if (!IsOpen(f.Status)) continue;
        // Keys are unique within a plan; two 64-bit hashes meeting is a one-in-billions chance,
        // but a second event with the same UID would silently replace the first.
        const std::string key = KeyOf(f);
        std::string uid = IcsUid(key);
        for (int n = 2; !uids.insert(uid).second; ++n) uid = IcsUid(key) + "-" + std::to_string(n);

        const std::string summary = IcsText(WhatOf(f, db));
        Property(out, "BEGIN", "VEVENT");
        Property(out, "UID", uid);
        Property(out, "DTSTAMP", stamp);
        Property(out, "DTSTART", IcsUtc(f.SnoozedUntil ? f.SnoozedUntil : f.Due));
        Property(out, "DURATION", duration);
        Property(out, "SUMMARY", summary);
        Property(out, "DESCRIPTION", IcsText(Description(f, db)));
        Property(out, "CATEGORIES", IcsText(Label(f.Kind)));
        Property(out, "STATUS", "CONFIRMED");
        Property(out, "TRANSP", "TRANSPARENT");  // A reminder, not a meeting: leave the user free.
        Property(out, "BEGIN", "VALARM");
        Property(out, "ACTION", "DISPLAY");
        Property(out, "DESCRIPTION", summary);
        Property(out, "TRIGGER", trigger);
        Property(out, "END", "VALARM");
        Property(out, "END", "VEVENT");
    }
    Property(out, "END", "VCALENDAR");
    return out;
}

}  // namespace debrief
