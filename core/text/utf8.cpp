#include "core/text/utf8.h"

namespace debrief::utf8 {

namespace {

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Unicode 15, Table 3-7 "Well-Formed UTF-8 Byte Sequences": the allowed range of the second
// byte depends on the first (this is what rules out overlong forms and surrogates).
bool SecondByteAllowed(unsigned char lead, unsigned char second) {
    switch (lead) {
    case 0xE0: return second >= 0xA0 && second <= 0xBF;
    case 0xED: return second >= 0x80 && second <= 0x9F;
    case 0xF0: return second >= 0x90 && second <= 0xBF;
    case 0xF4: return second >= 0x80 && second <= 0x8F;
    default: return IsContinuation(second);
    }
}

}  // namespace

Decoded DecodeFirst(std::string_view text) {
    const auto lead = static_cast<unsigned char>(text[0]);
    if (lead < 0x80) return {lead, 1, true};

    std::size_t length = 0;
    char32_t cp = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
    } else {
        return {kReplacementChar, 1, false};  // A stray continuation byte, C0/C1, or F5..FF.
    }

    for (std::size_t i = 1; i < length; ++i) {
        if (i >= text.size()) return {kReplacementChar, i, false};  // Truncated at the end.
        const auto byte = static_cast<unsigned char>(text[i]);
        const bool allowed = (i == 1) ? SecondByteAllowed(lead, byte) : IsContinuation(byte);
        if (!allowed) return {kReplacementChar, i, false};
        cp = (cp << 6) | (byte & 0x3F);
    }
    return {cp, length, true};
}

bool IsValid(std::string_view text) {
    while (!text.empty()) {
        const Decoded d = DecodeFirst(text);
        if (!d.Valid) return false;
        text.remove_prefix(d.Length);
    }
    return true;
}

std::size_t CountCodePoints(std::string_view text) {
    std::size_t count = 0;
    for (; !text.empty(); ++count) text.remove_prefix(DecodeFirst(text).Length);
    return count;
}

void AppendCodePoint(std::string& out, char32_t cp) {
    if ((cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) cp = kReplacementChar;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string Sanitize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const Decoded d = DecodeFirst(text);
        if (d.Valid)
            out.append(text.substr(0, d.Length));
        else
            AppendCodePoint(out, kReplacementChar);
        text.remove_prefix(d.Length);
    }
    return out;
}

}  // namespace debrief::utf8
