#!/usr/bin/env bash
# Fuzzes one target of tests/fuzz/ with libFuzzer, under ASan and UBSan. Run it through its
# wrappers: scripts/fuzz-templates (the Mustache engine), scripts/fuzz-tone (the tone checker).
#
# Usage: tests/fuzz/fuzz.sh template|tone [--merge] [seconds]   (default 300)
#
#   target    corpus (committed)        output folder     sources under test
#   template  tests/fuzz/corpus         build/fuzz        core/templates/mustache.cpp
#   tone      tests/fuzz/tone_corpus    build/fuzz/tone   core/tone/*.cpp with assets/tone/*.json
#
# Builds <output>/<target>_fuzz from tests/fuzz/<target>_fuzz.cpp with clang++-14, fuzzes a copy
# of the corpus (inputs it discovers stay in <output>/corpus, out of the repository) and prints
# libFuzzer's final stats and a summary; the whole log is <output>/fuzz.log. A crash or hang
# leaves its input in <output>/ (crash-*, timeout-*, leak-*): fix the code, add the input to the
# corpus, run again. With --merge, when nothing was found, the discovered inputs that reach code
# the corpus does not are added to the committed corpus (libFuzzer -merge=1; nothing is removed).
# Exits with libFuzzer's status: 0 when nothing was found.
set -euo pipefail
cd "$(dirname "$0")/../.."

usage() {
    echo "Usage: $0 template|tone [--merge] [seconds]" >&2
    exit 2
}

target="${1:-}"
if [[ $# -gt 0 ]]; then shift; fi
merge=0
if [[ "${1:-}" == "--merge" ]]; then
    merge=1
    shift
fi
seconds="${1:-300}"
[[ "$seconds" =~ ^[0-9]+$ ]] || usage

# Every target: libFuzzer, ASan and UBSan, stopping at the first undefined behaviour.
flags=("-fsanitize=fuzzer,address,undefined" -fno-sanitize-recover=undefined -std=c++20 -O1 -g -I"$PWD")

case "$target" in
    template)
        out=build/fuzz
        corpus=tests/fuzz/corpus
        max_len=65536
        build() {
            # A smaller render budget than the app's million steps: inputs that exhaust it (lists nested in
            # themselves, partials that include themselves twice) then cost milliseconds, not seconds.
            clang++-14 "${flags[@]}" -DDEBRIEF_MUSTACHE_RENDER_STEPS=20000 \
                tests/fuzz/template_fuzz.cpp core/templates/mustache.cpp core/text/utf8.cpp -o "$out/template_fuzz"
        }
        ;;
    tone)
        out=build/fuzz/tone
        corpus=tests/fuzz/tone_corpus
        # Emails, not books: longer inputs only slow the search down. Longer seeds (long_word.txt, one
        # word over the tokenizer's 65,535-byte pieces) are cut here but replayed whole by CTest.
        max_len=8192
        build() {
            # The built-in rules, embedded the way the CMake build does it (cmake/EmbedFile.cmake).
            local inputs
            inputs=$(printf '%s\n' "$PWD"/assets/tone/*.json | LC_ALL=C sort | paste -sd '|')
            cmake "-DINPUTS=$inputs" -DOUTPUT="$out/debrief_tone_files.bundle" -P cmake/BundleFilesScript.cmake
            cmake -DINPUT="$out/debrief_tone_files.bundle" -DOUTPUT="$out/debrief_tone_files.cpp" \
                -DSYMBOL=debrief_tone_files -P cmake/EmbedFileScript.cmake
            clang++-14 "${flags[@]}" tests/fuzz/tone_fuzz.cpp core/tone/*.cpp core/text/utf8.cpp \
                "$out/debrief_tone_files.cpp" -o "$out/tone_fuzz"
        }
        ;;
    *) usage ;;
esac
fuzzer="$out/${target}_fuzz"
mkdir -p "$out"

echo "== building $fuzzer (clang++-14, libFuzzer + ASan + UBSan)"
build

rm -rf "$out/corpus"
cp -r "$corpus" "$out/corpus"
echo "== fuzzing for $seconds s from $(ls "$out/corpus" | wc -l) seed inputs"

set +e
"$fuzzer" "$out/corpus" -max_len="$max_len" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$out/" >"$out/fuzz.log" 2>&1
status=$?
set -e

# The last progress line (executions, coverage, corpus size), any finding, and the final stats.
grep -E "^#[0-9]+" "$out/fuzz.log" | tail -n 1 || true
grep -E "ERROR|SUMMARY|artifact_prefix|Test unit written|^Done|^stat::" "$out/fuzz.log" || true
echo "corpus after fuzzing: $(ls "$out/corpus" | wc -l) inputs in $out/corpus"
final_stat() { awk -v key="stat::$1:" '$1 == key { print $2 }' "$out/fuzz.log" | tail -n 1; }
echo "summary: $(final_stat number_of_executed_units) executions, $(final_stat average_exec_per_sec) per second," \
    "$(grep -c "Test unit written to" "$out/fuzz.log" || true) crashes or hangs"

if (( merge && status == 0 )); then
    before=$(ls "$corpus" | wc -l)
    # New code reached, not new hit counts (-use_counters=0): a few new inputs, not hundreds.
    "$fuzzer" -merge=1 -use_counters=0 "$corpus" "$out/corpus" -max_len="$max_len" -timeout=10 \
        -rss_limit_mb=2048 >"$out/merge.log" 2>&1
    echo "merged: $corpus has $(ls "$corpus" | wc -l) inputs (was $before), $(du -sh "$corpus" | cut -f1)"
fi
echo "libFuzzer exit status: $status"
exit "$status"
