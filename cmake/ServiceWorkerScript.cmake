# Writes DIST_DIR/sw.js from TEMPLATE (web/platform/sw.js): the service worker that keeps one
# exact version of the app for offline use.
#
#   cmake -DDIST_DIR=<dist> -DTEMPLATE=web/platform/sw.js -P cmake/ServiceWorkerScript.cmake
#
# Every file in DIST_DIR (but sw.js) is listed with its SHA-256 and size; the cache version is a
# hash of that list, so changing any byte of any file makes a new version, and the worker checks
# each file it downloads against its hash. Run by the build after everything else in dist/; the
# browser tests run it too, on copies of dist/ they change.
if(NOT DIST_DIR OR NOT TEMPLATE)
  message(FATAL_ERROR "usage: cmake -DDIST_DIR=<dist> -DTEMPLATE=<sw.js template> -P ServiceWorkerScript.cmake")
endif()
file(GLOB_RECURSE files RELATIVE "${DIST_DIR}" "${DIST_DIR}/*")
list(REMOVE_ITEM files "sw.js" "sw.js.new")
list(SORT files)
set(entries "")
set(listing "")
set(total 0)
foreach(file IN LISTS files)
  file(SHA256 "${DIST_DIR}/${file}" hash)
  file(SIZE "${DIST_DIR}/${file}" size)
  math(EXPR total "${total} + ${size}")
  string(APPEND entries "  ['${file}', '${hash}', ${size}],\n")
  string(APPEND listing "${file} ${hash}\n")
endforeach()
string(SHA256 version "${listing}")
string(SUBSTRING "${version}" 0 16 DEBRIEF_CACHE_VERSION)
set(DEBRIEF_PRECACHE "${entries}")
configure_file("${TEMPLATE}" "${DIST_DIR}/sw.js.new" @ONLY)
# Rewritten only when different, so an unchanged build leaves the worker (and browsers) alone.
file(SHA256 "${DIST_DIR}/sw.js.new" new_hash)
set(old_hash "")
if(EXISTS "${DIST_DIR}/sw.js")
  file(SHA256 "${DIST_DIR}/sw.js" old_hash)
endif()
if(new_hash STREQUAL old_hash)
  file(REMOVE "${DIST_DIR}/sw.js.new")
else()
  file(RENAME "${DIST_DIR}/sw.js.new" "${DIST_DIR}/sw.js")
  list(LENGTH files count)
  message(STATUS "sw.js: version ${DEBRIEF_CACHE_VERSION}, ${count} files, ${total} bytes")
endif()
