// Handing a message to the user's own mail client, which sends it; Debrief never sends mail.
//
// Two ways, because neither works everywhere:
// - A mailto: link (RFC 6068) opens a new message in the default mail client with recipient,
//   subject and body filled in. Quick, but long links are cut or refused (see kMailtoSafeLength),
//   and a browser without a default mail client does nothing at all.
// - An .eml file (RFC 5322 message, MIME per RFC 2045-2047) that the user downloads and opens.
//   Outlook shows it as a draft ready to edit and send (X-Unsent); other clients at least show the
//   message, ready to forward. No length limit, and every character arrives exactly.
// Both take the same MailDraft. Header values (addresses, names, subject) are single lines: CR and
// LF in them become spaces (in addresses they are removed), so text typed or pasted by anyone
// cannot add headers such as Bcc.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/time/time.h"

namespace debrief {

struct MailDraft {
    std::string FromName, FromEmail;  // The sender, as in the user's settings; either may be empty.
    std::string To;                   // The recipient's address ("ana@example.com"); may be empty.
    std::string ToName;               // The recipient's name for the To header; may be empty.
    std::string Subject, Body;        // UTF-8. Body lines end with "\n" ("\r\n" and "\r" are accepted).
};

// [SECTION] mailto: links

// "mailto:" + address + "?subject=...&body=..." (RFC 6068 section 2). Every byte of subject and
// body that is not an RFC 3986 unreserved character (ALPHA DIGIT - . _ ~) is percent-encoded as
// UTF-8, a space as %20 (never '+'), a line break as %0D%0A (RFC 6068 section 5). The address
// keeps '@' and unreserved characters and encodes the rest ('+' as %2B, which some clients
// would otherwise read as a space). Empty subject or body parameters are left out; the names
// are not used, as RFC 6068 allows only the bare address.
std::string MailtoUrl(const MailDraft& m);

// Longer mailto: links are cut or refused by some browsers and mail clients (Outlook stops near
// 2,000 characters, some Windows shell paths at 2,048), silently losing the end of the message.
// Above this length the interface warns and offers copying the text or the .eml file instead.
inline constexpr std::size_t kMailtoSafeLength = 2000;
bool MailtoFits(std::string_view url);  // url.size() <= kMailtoSafeLength.

// [SECTION] .eml files

struct EmlOptions {
    TimeMs Date = 0;  // The Date header, written in UTC (+0000).
    // Right of '@' in the Message-ID; ".invalid" never resolves (RFC 2606). Empty means this default.
    std::string MessageIdDomain = "debrief.invalid";
    // Left of '@': a unique part the caller supplies, such as a record id. Empty: no Message-ID, and
    // the mail client adds its own when sending.
    std::string MessageIdLocal;
};

// An RFC 5322 message with CRLF line ends to save as .eml: Date, From (when FromEmail is set), To
// (when To is set), Subject (when set), Message-ID, MIME-Version, a UTF-8 text/plain body in
// quoted-printable, and X-Unsent: 1 so that mail clients open it as a draft to send. Header lines
// are folded to at most 78 characters (RFC 5322 2.1.1); non-ASCII subjects and names become
// RFC 2047 encoded-words, and names with specials such as ',' are quoted (RFC 5322 3.2.4). A body
// that does not end with "\n" gets a final soft line break, so the file ends with CRLF and the body
// still decodes to exactly the draft's text.
std::string BuildEml(const MailDraft& m, const EmlOptions& o);

// [SECTION] Encodings, public for tests

// RFC 2045 6.7 quoted-printable. "\n" becomes a CRLF hard line break; every other byte is data
// (a CR is "=0D"). '=' and bytes outside printable ASCII are "=XX", a space or tab before a line
// break or the end is encoded too, and lines longer than 76 characters get '=' soft breaks
// (never inside an "=XX").
std::string QuotedPrintableEncode(std::string_view utf8);
// RFC 2047 "B" encoded-words for UTF-8 text, separated by single spaces ("=?UTF-8?B?w6k=?="). Each
// word holds whole UTF-8 characters, at most 42 bytes, so it is at most 68 characters: under
// RFC 2047's 75, and short enough to share the first line with "Subject: " within 78. "" for "".
std::string EncodeHeaderWord(std::string_view utf8);

}  // namespace debrief
