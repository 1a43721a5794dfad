#include <doctest/doctest.h>

#include <string>

#include "core/text/utf8.h"

namespace utf8 = debrief::utf8;

namespace {
const std::string kReplacement = "\xEF\xBF\xBD";
std::string Replacements(int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += kReplacement;
    return out;
}
}  // namespace

TEST_CASE("valid text of every sequence length decodes to its code points") {
    CHECK(utf8::DecodeFirst("A").CodePoint == U'A');
    const auto e_diaeresis = utf8::DecodeFirst("\xC3\xAB");  // ë
    CHECK(e_diaeresis.Valid);
    CHECK(e_diaeresis.CodePoint == 0xEB);
    CHECK(e_diaeresis.Length == 2);
    CHECK(utf8::DecodeFirst("\xE2\x82\xAC").CodePoint == 0x20AC);       // €
    CHECK(utf8::DecodeFirst("\xF0\x9F\x98\x80").CodePoint == 0x1F600);  // 😀
    CHECK(utf8::DecodeFirst("\xF0\x9F\x98\x80").Length == 4);
}

TEST_CASE("names with diacritics are valid and count by character, not byte") {
    const std::string name = "Zo\xC3\xAB \xC5\x81ukasz-Nu\xC3\xB1"
                             "ez";  // Zoë Łukasz-Nuñez
    CHECK(utf8::IsValid(name));
    CHECK(name.size() == 19);
    CHECK(utf8::CountCodePoints(name) == 16);
    CHECK(utf8::Sanitize(name) == name);
}

TEST_CASE("overlong forms, surrogates and out-of-range bytes are invalid") {
    CHECK_FALSE(utf8::IsValid("\xC0\x80"));          // overlong NUL
    CHECK_FALSE(utf8::IsValid("\xE0\x80\xAF"));      // overlong '/'
    CHECK_FALSE(utf8::IsValid("\xED\xA0\x80"));      // UTF-16 surrogate D800
    CHECK_FALSE(utf8::IsValid("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(utf8::IsValid("\xF5\x80\x80\x80"));  // lead byte F5
    CHECK_FALSE(utf8::IsValid("\x80"));              // stray continuation
    CHECK_FALSE(utf8::IsValid("\xE2\x82"));          // truncated at the end
}

TEST_CASE("sanitizing replaces each maximal invalid subpart once (Unicode 15, table 3-8)") {
    // The standard's own example: 61 F1 80 80 E1 80 C2 62 80 63 80 BF 64.
    const std::string input = "\x61\xF1\x80\x80\xE1\x80\xC2\x62\x80\x63\x80\xBF\x64";
    const std::string expected =
        std::string("a") + Replacements(3) + "b" + Replacements(1) + "c" + Replacements(2) + "d";
    CHECK(utf8::Sanitize(input) == expected);
    CHECK(utf8::CountCodePoints(input) == 10);
    CHECK(utf8::IsValid(utf8::Sanitize(input)));
}

TEST_CASE("a lone surrogate from JavaScript keeps the text around it") {
    // "é" + lone high surrogate (as Emscripten's stringToUTF8 writes it) + "!".
    const std::string input = "\xC3\xA9\xED\xA0\xBD!";
    CHECK(utf8::Sanitize(input) == std::string("\xC3\xA9") + Replacements(3) + "!");
}

TEST_CASE("truncated input at the end consumes what it has and stops") {
    const auto d = utf8::DecodeFirst("\xF0\x9F\x98");
    CHECK_FALSE(d.Valid);
    CHECK(d.Length == 3);
    CHECK(utf8::Sanitize("ok\xF0\x9F\x98") == std::string("ok") + kReplacement);
}

TEST_CASE("encoding code points round-trips and refuses non-scalar values") {
    std::string out;
    for (char32_t cp : {U'a', char32_t{0xE9}, char32_t{0x20AC}, char32_t{0x1F600}})
        utf8::AppendCodePoint(out, cp);
    CHECK(out == "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80");
    std::string bad;
    utf8::AppendCodePoint(bad, 0xD800);
    utf8::AppendCodePoint(bad, 0x110000);
    CHECK(bad == Replacements(2));
}

TEST_CASE("empty text is valid and has no code points") {
    CHECK(utf8::IsValid(""));
    CHECK(utf8::CountCodePoints("") == 0);
    CHECK(utf8::Sanitize("").empty());
}
