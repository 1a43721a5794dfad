// The follow-up plan as an .ics file (core/timeline/ics_export.h), on hand-built plans: RFC 5545's
// line rules (CRLF, folding at 75 octets without splitting a UTF-8 sequence), TEXT escaping, UIDs
// that stay the same across exports and carry no '@', and only open follow-ups exported.
#include <doctest/doctest.h>

#include <set>
#include <string>
#include <vector>

#include "core/sample_records.h"
#include "core/text/utf8.h"
#include "core/timeline/ics_export.h"

using debrief::FollowUp;
using debrief::FollowUpKind;
using debrief::FollowUpStatus;

namespace {

constexpr debrief::TimeMs kNow = samples::kMonday + 60 * debrief::kMsPerMinute;  // 2026-11-23T09:00:00Z

// The physical lines, without their CRLF; CHECKs that every line has one.
std::vector<std::string> PhysicalLines(const std::string& ics) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < ics.size()) {
        const std::size_t end = ics.find("\r\n", start);
        REQUIRE(end != std::string::npos);
        lines.push_back(ics.substr(start, end - start));
        start = end + 2;
    }
    return lines;
}

// The content lines: folded lines joined again (RFC 5545 3.1: drop each CRLF and the one space after it).
std::vector<std::string> ContentLines(const std::string& ics) {
    std::vector<std::string> out;
    for (const std::string& line : PhysicalLines(ics)) {
        if (!line.empty() && line[0] == ' ')
            out.back() += line.substr(1);
        else
            out.push_back(line);
    }
    return out;
}

// Every value of a property ("UID" gives each event's UID), in file order.
std::vector<std::string> Values(const std::string& ics, const std::string& name) {
    std::vector<std::string> out;
    for (const std::string& line : ContentLines(ics))
        if (line.rfind(name + ":", 0) == 0) out.push_back(line.substr(name.size() + 1));
    return out;
}

void CheckLineRules(const std::string& ics) {
    for (std::size_t i = 0; i < ics.size(); ++i) {
        if (ics[i] == '\n') REQUIRE_MESSAGE((i > 0 && ics[i - 1] == '\r'), "LF without CR at byte " << i);
        if (ics[i] == '\r')
            REQUIRE_MESSAGE((i + 1 < ics.size() && ics[i + 1] == '\n'), "CR without LF at byte " << i);
    }
    for (const std::string& line : PhysicalLines(ics)) {
        CHECK_MESSAGE(line.size() <= 75, line);
        CHECK_MESSAGE(debrief::utf8::IsValid(line), "a fold split a UTF-8 sequence: " << line);
    }
}

std::string Thank(const std::string& name) { return "Thank " + name + " for the interview"; }

struct Fixture {
    debrief::Database Db;
    debrief::Role Role = samples::Bookkeeper();
    debrief::Candidate Zoe = samples::Zoe(Role.Id);
    debrief::Plan Plan;

    Fixture() {
        Db.Put(Role);
        Db.Put(Zoe);
    }

    int Next = 0;

    // A thank-you to a candidate called `name` (Zoë, or another candidate for the same role): its
    // summary reads Thank(name).
    FollowUp& Add(std::string key, FollowUpStatus status, const std::string& name) {
        FollowUp f;
        // The key the follow-up is to have: its kind, then what KeyOf() takes from it.
        const std::size_t colon = key.find(':');
        const std::string kind = key.substr(0, colon), rest = key.substr(colon + 1);
        f.Kind = FollowUpKind::ThankYou;
        if (kind == "interview_note") {
            f.Kind = FollowUpKind::InterviewNote;
            f.Interview = debrief::RecordId(rest.substr(0, rest.find(':')));
            f.Interviewer = rest.substr(rest.find(':') + 1);
        } else if (kind == "closure") {
            f.Kind = FollowUpKind::Closure;  // Keyed by the candidate, below.
        } else {
            f.Interview = debrief::RecordId(rest);
        }
        f.Candidate = Zoe.Id;
        if (name != Zoe.FullName) {
            debrief::Candidate other = Zoe;
            const std::string n = std::to_string(++Next);
            other.Id = debrief::RecordId(std::string(32 - n.size(), 'c') + n);
            other.FullName = name;
            Db.Put(other);
            f.Candidate = other.Id;
        }
        f.Due = samples::kMonday + 9 * debrief::kMsPerHour;  // 17:00 UTC
        f.DueDay = debrief::DateOf(f.Due);
        f.Since = debrief::DateOf(samples::kMonday);
        f.Days = 1;
        f.Template = "thank_you";
        f.Status = status;
        Plan.FollowUps.push_back(std::move(f));
        return Plan.FollowUps.back();
    }

    std::string Ics(const debrief::IcsOptions& opts = {}) const {
        return debrief::WriteIcs(Plan, Db, kNow, opts);
    }
};

}  // namespace

TEST_CASE("an .ics export is a VCALENDAR with the calendar properties, every line ending in CRLF") {
    Fixture f;
    f.Add("thank_you:1", FollowUpStatus::Upcoming, "Zoë Łukasz-Nuñez");
    const std::string ics = f.Ics();
    CheckLineRules(ics);
    const std::vector<std::string> lines = ContentLines(ics);
    REQUIRE(lines.size() > 6);
    CHECK(lines.front() == "BEGIN:VCALENDAR");
    CHECK(lines.back() == "END:VCALENDAR");
    CHECK(Values(ics, "VERSION") == std::vector<std::string>{"2.0"});
    CHECK(Values(ics, "PRODID") == std::vector<std::string>{"-//Debrief//Follow-up plan//EN"});
    CHECK(Values(ics, "CALSCALE") == std::vector<std::string>{"GREGORIAN"});
    CHECK(Values(ics, "METHOD") == std::vector<std::string>{"PUBLISH"});
    CHECK(Values(ics, "X-WR-CALNAME") == std::vector<std::string>{"Debrief follow-ups"});
    CHECK(ics.substr(ics.size() - 15) == "END:VCALENDAR\r\n");
}

TEST_CASE("each open follow-up is one event with its time, text, category and reminder") {
    Fixture f;
    f.Add("thank_you:1", FollowUpStatus::Overdue, "Zoë Łukasz-Nuñez");
    const std::string ics = f.Ics();
    CHECK(Values(ics, "BEGIN") == std::vector<std::string>{"VCALENDAR", "VEVENT", "VALARM"});
    CHECK(Values(ics, "DTSTAMP") == std::vector<std::string>{"20261123T090000Z"});
    CHECK(Values(ics, "DTSTART") == std::vector<std::string>{"20261123T170000Z"});
    CHECK(Values(ics, "DURATION") == std::vector<std::string>{"PT15M"});
    CHECK(Values(ics, "SUMMARY") == std::vector<std::string>{Thank("Zoë Łukasz-Nuñez")});
    CHECK(Values(ics, "CATEGORIES") ==
          std::vector<std::string>{debrief::IcsText(debrief::Label(FollowUpKind::ThankYou))});
    CHECK(Values(ics, "STATUS") == std::vector<std::string>{"CONFIRMED"});
    CHECK(Values(ics, "ACTION") == std::vector<std::string>{"DISPLAY"});
    CHECK(Values(ics, "TRIGGER") == std::vector<std::string>{"-PT30M"});

    const std::vector<std::string> descriptions = Values(ics, "DESCRIPTION");
    REQUIRE(descriptions.size() == 2);  // The event's, then the alarm's.
    const std::string& d = descriptions[0];
    CHECK(d.find("Within 1 business day of the interview on Mon 23 Nov 2026") != std::string::npos);
    CHECK(d.find("\\nCandidate: Zoë Łukasz-Nuñez\\, Bookkeeper") != std::string::npos);
    CHECK(d.find("Open Debrief to compose the message.") != std::string::npos);
    CHECK(ics.find("zoe@example.org") == std::string::npos);  // Contact details stay in Debrief.
    CHECK(descriptions[1] == Thank("Zoë Łukasz-Nuñez"));
}

TEST_CASE("a snoozed follow-up starts at the snooze time; the options set duration, reminder and name") {
    Fixture f;
    FollowUp& snoozed = f.Add("thank_you:1", FollowUpStatus::Upcoming, "Thank Zoë");
    snoozed.SnoozedUntil = samples::kMonday + 2 * debrief::kMsPerDay + 30 * debrief::kMsPerMinute;
    debrief::IcsOptions opts;
    opts.CalendarName = "Harbour & Finch, hiring";
    opts.EventMinutes = 30;
    opts.AlarmMinutesBefore = 0;
    const std::string ics = f.Ics(opts);
    CHECK(Values(ics, "DTSTART") == std::vector<std::string>{"20261125T083000Z"});
    CHECK(Values(ics, "DURATION") == std::vector<std::string>{"PT30M"});
    CHECK(Values(ics, "TRIGGER") == std::vector<std::string>{"PT0S"});
    CHECK(Values(ics, "X-WR-CALNAME") == std::vector<std::string>{"Harbour & Finch\\, hiring"});
}

TEST_CASE("done and skipped follow-ups are left out of the export") {
    Fixture f;
    f.Add("thank_you:1", FollowUpStatus::Upcoming, "Upcoming one");
    f.Add("thank_you:2", FollowUpStatus::DueToday, "Due today one");
    f.Add("thank_you:3", FollowUpStatus::Overdue, "Overdue one");
    f.Add("thank_you:4", FollowUpStatus::Done, "Done one");
    f.Add("thank_you:5", FollowUpStatus::Skipped, "Skipped one");
    const std::string ics = f.Ics();
    CHECK(Values(ics, "SUMMARY") ==
          std::vector<std::string>{Thank("Upcoming one"), Thank("Due today one"), Thank("Overdue one")});
    CHECK(ics.find("Done one") == std::string::npos);
    CHECK(ics.find("Skipped one") == std::string::npos);

    debrief::Plan nothing_open;
    const std::string empty = debrief::WriteIcs(nothing_open, f.Db, kNow, {});
    CHECK(Values(empty, "BEGIN") == std::vector<std::string>{"VCALENDAR"});  // Still a valid calendar.
    CheckLineRules(empty);
}

TEST_CASE("UIDs are unique, free of '@' and the same in every export of the same follow-up") {
    Fixture f;
    f.Add("thank_you:7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d", FollowUpStatus::Upcoming, "A");
    f.Add("interview_note:7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d:amara@example.org", FollowUpStatus::Upcoming, "B");
    f.Add("interview_note:7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d:Kenji Watanabe", FollowUpStatus::Overdue, "C");
    for (int i = 0; i < 200; ++i) f.Add("closure:" + std::to_string(i), FollowUpStatus::DueToday, "D");
    const std::string ics = f.Ics();
    const std::vector<std::string> uids = Values(ics, "UID");
    REQUIRE(uids.size() == 203);
    CHECK(std::set<std::string>(uids.begin(), uids.end()).size() == uids.size());
    for (const std::string& uid : uids) {
        CHECK(uid.find('@') == std::string::npos);
        CHECK(uid.rfind("debrief-", 0) == 0);
    }

    // A later export, with other follow-ups before it, keeps each follow-up's UID.
    Fixture later;
    later.Add("thank_you:0000", FollowUpStatus::Upcoming, "New");
    later.Add("interview_note:7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d:Kenji Watanabe", FollowUpStatus::Overdue, "C");
    CHECK(Values(later.Ics(), "UID")[1] == uids[2]);
    CHECK(debrief::IcsUid("thank_you:1") == debrief::IcsUid("thank_you:1"));
    CHECK(debrief::IcsUid("thank_you:1") != debrief::IcsUid("thank_you:2"));
}

TEST_CASE("TEXT values escape backslash, semicolon, comma and line breaks, and drop control characters") {
    CHECK(debrief::IcsText("a\\b;c,d") == "a\\\\b\\;c\\,d");
    CHECK(debrief::IcsText("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
    CHECK(debrief::IcsText("tab\there") == "tab here");
    CHECK(debrief::IcsText(std::string("bell\a nul") + '\0' + " esc\x1b del\x7f.") == "bell nul esc del.");
    CHECK(debrief::IcsText("bad \xff\xfe byte") == "bad  byte");
    CHECK(debrief::IcsText("Siobhán O'Brien: 😀 \"quoted\"") == "Siobhán O'Brien: 😀 \"quoted\"");

    Fixture f;
    f.Add("thank_you:1", FollowUpStatus::Upcoming, "Call back; re: offer, \"pay\"\\bonus\nsoon\x01");
    CHECK(Values(f.Ics(), "SUMMARY") ==
          std::vector<std::string>{"Thank Call back\\; re: offer\\, \"pay\"\\\\bonus\\nsoon for the interview"});
}

TEST_CASE("lines fold at exactly 75 octets") {
    std::string out;
    debrief::AppendIcsLine(out, std::string(75, 'x'));
    CHECK(out == std::string(75, 'x') + "\r\n");

    out.clear();
    debrief::AppendIcsLine(out, std::string(76, 'x'));
    CHECK(out == std::string(75, 'x') + "\r\n x\r\n");

    // A continuation line holds 74 octets after its space: 75 + 74 + 1.
    out.clear();
    debrief::AppendIcsLine(out, std::string(150, 'y'));
    CHECK(out == std::string(75, 'y') + "\r\n " + std::string(74, 'y') + "\r\n y\r\n");

    out.clear();
    debrief::AppendIcsLine(out, "");
    CHECK(out == "\r\n");
}

TEST_CASE("folding never splits a UTF-8 sequence, and unfolding gives the line back") {
    // 2-, 3- and 4-byte characters at every offset around the 75th octet.
    for (const std::string ch : {"é", "€", "😀"}) {
        for (std::size_t prefix = 68; prefix <= 76; ++prefix) {
            std::string line(prefix, 'a');
            for (int i = 0; i < 60; ++i) line += ch;
            std::string out;
            debrief::AppendIcsLine(out, line);
            CAPTURE(ch);
            CAPTURE(prefix);
            CheckLineRules(out);
            const std::vector<std::string> unfolded = ContentLines(out);
            REQUIRE(unfolded.size() == 1);
            CHECK(unfolded[0] == line);
            // Each physical line is as full as the rule allows: the next character would not fit.
            const std::vector<std::string> physical = PhysicalLines(out);
            for (std::size_t i = 0; i + 1 < physical.size(); ++i) CHECK(physical[i].size() + ch.size() > 75);
        }
    }

    // The first line of a 2-byte character straddling octet 75: 74 octets, then the character.
    std::string out;
    debrief::AppendIcsLine(out, std::string(74, 'a') + "é");
    CHECK(out == std::string(74, 'a') + "\r\n é\r\n");
}

TEST_CASE("a whole export with long accented text keeps every line within 75 octets") {
    Fixture f;
    std::string what =
        "Tell Zoë Łukasz-Nuñez, who asked «pourquoi pas?», that the décision for the Bookkeeper "
        "rôle is delayed; apologise, and give the new date — 😀 ";
    for (int i = 0; i < 4; ++i) what += what;
    f.Add("delay_update:1", FollowUpStatus::DueToday, what);
    const std::string ics = f.Ics();
    CheckLineRules(ics);
    CHECK(Values(ics, "SUMMARY") == std::vector<std::string>{debrief::IcsText(Thank(what))});
}

TEST_CASE("DATE-TIME values are UTC with seconds, whatever the milliseconds") {
    CHECK(debrief::IcsUtc(samples::kMonday) == "20261123T080000Z");
    CHECK(debrief::IcsUtc(samples::kMonday + 5 * debrief::kMsPerMinute + 7'999) == "20261123T080507Z");
    CHECK(debrief::IcsUtc(0) == "19700101T000000Z");
    CHECK(debrief::IcsUtc(-1000) == "19691231T235959Z");
}
