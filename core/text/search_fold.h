// Text folded for searching: "zoe" finds "Zoë", "lukasz" finds "Łukasz", "OBRIEN" finds
// "O'Brien". Lower case, common Latin diacritics removed, apostrophes and hyphens dropped.
// Letters outside the table (Greek, Cyrillic, CJK) are kept as they are, lower-cased where
// ASCII; they still match themselves.
#pragma once

#include <string>
#include <string_view>

namespace debrief {

std::string FoldForSearch(std::string_view text);

// True when every space-separated word of `query` (already folded) occurs in `folded`.
bool MatchesAllWords(std::string_view folded, std::string_view folded_query);

}  // namespace debrief
