// The tone checker's view of a message: tokens with their byte offsets, and the message's
// email structure (greeting line, body sentences, sign-off and signature).
//
// Tokens keep exact UTF-8 byte offsets into the text as typed, so every finding can point at
// the characters it is about. Words are also kept folded (ASCII lower case, curly apostrophes
// made straight) for matching. Any byte sequence is accepted: invalid UTF-8 becomes a symbol
// token covering exactly the bad bytes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace debrief::tone {

enum class TokenType : std::uint8_t {
    Word,      // Starts with a letter: "wasn't", "O'Brien", "B2B", "Zoë", "李伟".
    Number,    // Starts with a digit: "12", "10:30am", "2026-03-12", "45,000", "3rd".
    Terminal,  // Ends a sentence: . ! ? and their full-width forms.
    Punct,     // Any other punctuation: , ; : ( ) quotes dashes.
    Symbol,    // Currency signs, emoji, other symbols, invalid bytes.
    Newline,   // One or more line breaks; Lines says how many.
};

struct Token {
    std::uint32_t Start = 0;  // Byte offsets into the text, end exclusive.
    std::uint32_t End = 0;
    std::uint32_t Fold = 0;   // Words and numbers: offset of the folded form in Tokens::Folded.
    std::uint16_t FoldLength = 0;
    std::uint16_t Lines = 0;  // Newline tokens: how many line breaks.
    TokenType Type = TokenType::Symbol;
    bool SpaceBefore = false;  // Whitespace or a line break comes right before it.
    bool AllCaps = false;      // Words: at least two letters and every letter an ASCII capital.
    bool Currency = false;     // Symbols: £ $ € ¥.
    char Mark = 0;             // Punctuation and terminals: the ASCII character, or 0 for others.
};

struct Tokens {
    std::string_view Text;
    std::vector<Token> List;
    std::string Folded;

    std::string_view FoldedOf(const Token& t) const { return {Folded.data() + t.Fold, t.FoldLength}; }
    std::string_view TextOf(const Token& t) const { return Text.substr(t.Start, t.End - t.Start); }
};

// Splits `text` into tokens. Words longer than 65,535 bytes are split into pieces of that size.
void Tokenize(std::string_view text, Tokens& out);

// Folds a phrase the way Tokenize folds words: for comparing rule text with message words.
std::string FoldWord(std::string_view word);

// A run of tokens [First, End) with the bytes it covers.
struct Span {
    std::uint32_t First = 0;
    std::uint32_t End = 0;
    std::uint32_t Start = 0;  // Bytes.
    std::uint32_t Stop = 0;
};

struct Sentence {
    Span Range;
    std::uint32_t Words = 0;
};

struct EmailLayout {
    bool HasGreeting = false;
    Span Greeting;             // "Hi Maya," (tokens of the greeting only, even when the line goes on).
    bool GreetingNamesSomeone = false;
    bool HasSignOff = false;
    Span SignOff;              // "Kind regards," (the line).
    std::uint32_t BodyFirst = 0;  // Tokens of the body: between greeting and sign-off (or signature).
    std::uint32_t BodyEnd = 0;
    std::vector<Sentence> Sentences;  // Body sentences only.
};

struct StructureWords;  // From the rules: greeting words, sign-offs, abbreviations (rules.h).

void FindLayout(const Tokens& tokens, const StructureWords& words, EmailLayout& out);

}  // namespace debrief::tone
