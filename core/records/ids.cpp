#include "core/records/ids.h"

#include <random>

#include <nlohmann/json.hpp>

namespace debrief {

RecordId NewRecordId() {
    // std::random_device reads the OS's cryptographic source natively and crypto.getRandomValues
    // in the browser (Emscripten's getentropy).
    static std::random_device device;
    static constexpr char kHex[] = "0123456789abcdef";
    char text[RecordId::kLength];
    for (int word = 0; word < 4; ++word) {
        std::uint32_t bits = device();
        for (int i = 0; i < 8; ++i, bits >>= 4) text[word * 8 + i] = kHex[bits & 0xF];
    }
    return RecordId(std::string_view(text, sizeof text));
}

bool IsValidRecordId(std::string_view id) {
    if (id.size() != 32) return false;
    for (char c : id)
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
    return true;
}

void to_json(nlohmann::json& j, const RecordId& id) { j = id.str(); }

void from_json(const nlohmann::json& j, RecordId& id) { id = RecordId(j.get<std::string>()); }

}  // namespace debrief
