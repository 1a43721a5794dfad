// UTF-8 text as it arrives from the outside world: browser input, pasted text, imported files.
//
// Everything Debrief stores is valid UTF-8. Text from JavaScript can still hold lone UTF-16
// surrogates (a half-typed emoji, a broken paste), which Emscripten encodes as invalid 3-byte
// sequences; imported files can hold anything. These functions find and repair such bytes
// without ever dropping the valid text around them.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace debrief::utf8 {

inline constexpr char32_t kReplacementChar = 0xFFFD;  // U+FFFD, shown in place of undecodable bytes.

struct Decoded {
    char32_t CodePoint;  // The decoded scalar value, or kReplacementChar when Valid is false.
    std::size_t Length;  // Bytes consumed: 1 to 4. Never 0 for non-empty input, so loops always advance.
    bool Valid;          // False for a malformed, overlong, surrogate or out-of-range sequence.
};

// Decodes the code point that starts `text` (which must not be empty). Invalid input consumes
// the longest prefix that could have started a valid sequence (Unicode 15, 3.9 "U+FFFD
// substitution of maximal subparts"), so one bad byte never swallows the next character.
Decoded DecodeFirst(std::string_view text);

bool IsValid(std::string_view text);  // True when every byte belongs to a valid sequence.
std::size_t
CountCodePoints(std::string_view text);  // Invalid subparts count one each, as Sanitize() would print them.
std::string Sanitize(std::string_view text);          // Copy with every invalid subpart replaced by U+FFFD.
void AppendCodePoint(std::string& out, char32_t cp);  // Encodes a scalar value; others become U+FFFD.

}  // namespace debrief::utf8
