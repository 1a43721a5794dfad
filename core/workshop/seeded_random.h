// A small seeded random number generator for demo data: the same seed gives the same numbers on
// every platform and standard library.
//
// std::mt19937 would give the same raw numbers too, but std::uniform_int_distribution and its
// siblings do not: libstdc++ and libc++ (the native build and the WebAssembly build) turn the
// same raw numbers into different values. So nothing here uses <random>: the generator is
// SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", 2014)
// and ranges are taken with a multiply-shift, both a few lines of plain integer arithmetic.
// Not for anything secret: record ids that must not collide come from NewRecordId().
#pragma once

#include <cstdint>

namespace debrief::workshop {

class SeededRandom {
  public:
    explicit SeededRandom(std::uint64_t seed) : State(seed) {}

    // The next 64 random bits.
    std::uint64_t Next() {
        std::uint64_t z = (State += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    // A number from 0 to n - 1 (0 when n is 0). The top 32 bits scaled to the range: the bias is
    // below n / 2^32, which no demo can notice.
    std::uint32_t Below(std::uint32_t n) {
        return static_cast<std::uint32_t>(((Next() >> 32) * static_cast<std::uint64_t>(n)) >> 32);
    }

  private:
    std::uint64_t State;
};

}  // namespace debrief::workshop
