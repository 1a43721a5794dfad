// A record's id: 32 lowercase hex digits (128 random bits), or empty for "none".
//
// Kept inline, not in a std::string: a string of 32 characters needs a heap block of its own
// in WebAssembly (libc++'s short-string buffer holds 10), and every record carries two or three
// ids plus a copy as its table key. With 70,000 records that was megabytes of small blocks.
// The type reads like a string where it is used like one (c_str(), empty(), comparisons, JSON).
#pragma once

#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include <nlohmann/json_fwd.hpp>

namespace debrief {

class RecordId {
  public:
    static constexpr std::size_t kLength = 32;

    RecordId() = default;
    // From text: ids are exactly 32 characters; anything else is kept only up to 32 characters,
    // so check IsValidRecordId() on text from outside before converting.
    RecordId(std::string_view text) { Assign(text); }
    RecordId(const std::string& text) { Assign(text); }
    RecordId(const char* text) { Assign(text ? std::string_view(text) : std::string_view()); }

    const char* c_str() const { return Chars.data(); }
    std::string_view view() const { return std::string_view(Chars.data(), Size); }
    std::string str() const { return std::string(view()); }
    operator std::string_view() const { return view(); }
    bool empty() const { return Size == 0; }
    std::size_t size() const { return Size; }
    void clear() { *this = RecordId(); }
    std::string substr(std::size_t pos, std::size_t count) const { return str().substr(pos, count); }

    friend bool operator==(const RecordId& a, const RecordId& b) { return a.view() == b.view(); }
    friend bool operator!=(const RecordId& a, const RecordId& b) { return !(a == b); }
    friend bool operator<(const RecordId& a, const RecordId& b) { return a.view() < b.view(); }
    friend bool operator>(const RecordId& a, const RecordId& b) { return b < a; }
    friend std::string operator+(const std::string& a, const RecordId& b) { return a + b.str(); }
    friend std::string operator+(const char* a, const RecordId& b) { return std::string(a) + b.str(); }

  private:
    std::array<char, kLength + 1> Chars{};  // NUL-terminated.
    unsigned char Size = 0;

    void Assign(std::string_view text) {
        Size = static_cast<unsigned char>(text.size() < kLength ? text.size() : kLength);
        text.copy(Chars.data(), Size);
        Chars[Size] = '\0';
    }
};

void to_json(nlohmann::json& j, const RecordId& id);    // As a JSON string.
void from_json(const nlohmann::json& j, RecordId& id);  // From a JSON string.

}  // namespace debrief

template <> struct std::hash<debrief::RecordId> {
    std::size_t operator()(const debrief::RecordId& id) const noexcept {
        return std::hash<std::string_view>{}(id.view());
    }
};
