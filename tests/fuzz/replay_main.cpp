// Runs the fuzz target once on every file in the folders (or files) named on the command line,
// so CI can replay the corpus with the normal compiler under ASan/UBSan, without libFuzzer.
// Usage: template_fuzz_replay tests/fuzz/corpus [more folders or files...]
//        tone_fuzz_replay tests/fuzz/tone_corpus
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size);

namespace {

bool Replay(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        std::cerr << "cannot read " << file << "\n";
        return false;
    }
    const std::vector<char> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::cerr << "Usage: " << argv[0] << " <corpus folder or file>...\n";
        return 2;
    }
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        const std::filesystem::path path(argv[i]);
        std::error_code error;
        if (std::filesystem::is_regular_file(path, error)) {
            if (!Replay(path)) return 1;
            ++replayed;
            continue;
        }
        if (!std::filesystem::is_directory(path, error)) {
            std::cerr << path << " is neither a file nor a folder\n";
            return 1;
        }
        for (const auto& entry : std::filesystem::recursive_directory_iterator(path)) {
            if (!entry.is_regular_file()) continue;
            if (!Replay(entry.path())) return 1;
            ++replayed;
        }
    }
    if (replayed == 0) {
        std::cerr << "no inputs found: an empty replay proves nothing\n";
        return 1;
    }
    std::cout << "Replayed " << replayed << " fuzz inputs without a crash\n";
    return 0;
}
