// Text joined from pieces in one allocation: Concat({"Hi ", name, ",\n"}).
//
// Also the way around GCC 12's false -Wrestrict warning on `"literal" + std::string` at -O3,
// which fails the build where warnings are errors.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

namespace debrief::workshop {

inline std::string Concat(std::initializer_list<std::string_view> parts) {
    std::size_t size = 0;
    for (std::string_view p : parts) size += p.size();
    std::string out;
    out.reserve(size);
    for (std::string_view p : parts) out.append(p);
    return out;
}

}  // namespace debrief::workshop
