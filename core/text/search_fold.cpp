#include "core/text/search_fold.h"

#include "core/text/utf8.h"

namespace debrief {

namespace {

// Base letters for U+00C0..U+017F (Latin-1 Supplement letters and Latin Extended-A), in order;
// '\0' means "keep the character". Two-letter bases (æ, œ, ß, ĳ) are handled separately.
constexpr char kLatinBase[] = "aaaaaa\0ceeeeiiii"   // C0-CF  À Á Â Ã Ä Å Æ Ç È É Ê Ë Ì Í Î Ï
                              "dnooooo\0ouuuuyt\0"  // D0-DF  Ð Ñ Ò Ó Ô Õ Ö × Ø Ù Ú Û Ü Ý Þ ß
                              "aaaaaa\0ceeeeiiii"   // E0-EF
                              "dnooooo\0ouuuuyty"   // F0-FF
                              "aaaaaaccccccccdd"    // 100-10F
                              "ddeeeeeeeeeegggg"    // 110-11F
                              "gggghhhhiiiiiiii"    // 120-12F
                              "ii\0\0jjkkklllllll"  // 130-13F
                              "lllnnnnnnnnnoooo"    // 140-14F
                              "oo\0\0rrrrrrssssss"  // 150-15F
                              "ssttttttuuuuuuuu"    // 160-16F
                              "uuuuwwyyyzzzzzzs";   // 170-17F
static_assert(sizeof(kLatinBase) == 0x180 - 0xC0 + 1, "one entry per code point from U+00C0 to U+017F");

void AppendFolded(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
        if (cp == '\'' || cp == '-' || cp == '.') return;  // O'Brien, Łukasz-Nuñez, St. John
        out += static_cast<char>(cp);
        return;
    }
    switch (cp) {
    case 0x00C6:
    case 0x00E6: out += "ae"; return;
    case 0x0152:
    case 0x0153: out += "oe"; return;
    case 0x00DF: out += "ss"; return;
    case 0x0132:
    case 0x0133: out += "ij"; return;
    case 0x2019:
    case 0x2018:
    case 0x02BC: return;  // Curly apostrophes, as in O’Brien.
    case 0x2010:
    case 0x2011:
    case 0x2013: return;  // Hyphens and en dash.
    default: break;
    }
    if (cp >= 0x00C0 && cp <= 0x017F) {
        const char base = kLatinBase[cp - 0x00C0];
        if (base != '\0') {
            out += base;
            return;
        }
    }
    if (cp >= 0x0300 && cp <= 0x036F) return;  // Combining accents of decomposed text.
    utf8::AppendCodePoint(out, cp);
}

}  // namespace

std::string FoldForSearch(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    while (!text.empty()) {
        const utf8::Decoded d = utf8::DecodeFirst(text);
        AppendFolded(out, d.CodePoint);
        text.remove_prefix(d.Length);
    }
    return out;
}

bool MatchesAllWords(std::string_view folded, std::string_view folded_query) {
    while (!folded_query.empty()) {
        const std::size_t space = folded_query.find(' ');
        const std::string_view word = folded_query.substr(0, space);
        if (!word.empty() && folded.find(word) == std::string_view::npos) return false;
        if (space == std::string_view::npos) break;
        folded_query.remove_prefix(space + 1);
    }
    return true;
}

}  // namespace debrief
