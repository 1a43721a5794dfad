#!/usr/bin/env python3
"""Reads an .eml file the way a real mail client would, and prints what it found as JSON.

Debrief's BuildEml() (core/exchange/mail.cpp) writes the .eml drafts users download and open in
their mail client. Its own unit tests decode its output with decoders written alongside it; this
script is the independent check: Python's standard `email` package with `policy.default`, a
strict, RFC 5322 / MIME-aware parser, decodes the headers (RFC 2047 encoded-words, folding) and the
body (quoted-printable, charset), exactly as a user's mail client has to.

Usage: python3 tests/core/eml_check.py draft.eml
Prints one JSON object, UTF-8, with the decoded fields:
    {"subject": "...", "from": "...", "to": "...", "body": "..."}
A header that is absent is null. The body has "\\n" line ends, as MailDraft::Body does (the file
itself has CRLF, MIME's canonical form). Exits with status 1, after printing, if the parser
recorded any defect in the message, so a test can rely on the exit status alone.
The browser tests run it on the file the app downloads.
"""

import email
import json
import sys
from email import policy


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: eml_check.py FILE.eml", file=sys.stderr)
        return 2
    with open(sys.argv[1], "rb") as f:
        message = email.message_from_binary_file(f, policy=policy.default)

    def header(name):
        value = message[name]
        return None if value is None else str(value)

    body_part = message.get_body(preferencelist=("plain",))
    body = body_part.get_content() if body_part is not None else None
    if body is not None:
        body = body.replace("\r\n", "\n")

    result = {
        "subject": header("Subject"),
        "from": header("From"),
        "to": header("To"),
        "body": body,
    }
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False).encode("utf-8") + b"\n")

    defects = list(message.defects)
    for name in ("Subject", "From", "To"):
        value = message[name]
        if value is not None:
            defects += getattr(value, "defects", ())
    if body_part is not None and body_part is not message:
        defects += body_part.defects
    for defect in defects:
        print(f"defect: {type(defect).__name__}: {defect}", file=sys.stderr)
    return 1 if defects else 0


if __name__ == "__main__":
    sys.exit(main())
