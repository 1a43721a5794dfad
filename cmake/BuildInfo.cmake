# debrief_build_info: a small library defining debrief::BuildInfo() (core/build_info.h).
#
# The build id is the source commit (plus "-dirty" and a hash of uncommitted changes), refreshed at every
# build, not only at configure time, so the id shown in the app is never stale. The generated
# file is rewritten only when its content changes, so an unchanged build recompiles nothing.

set(DEBRIEF_BUILD_INFO_CPP "${CMAKE_BINARY_DIR}/generated/build_info.cpp")
# The same id for the web app's JavaScript glue (web/platform links it with --pre-js).
set(DEBRIEF_BUILD_INFO_JS "${CMAKE_BINARY_DIR}/generated/build_info.js")
add_custom_target(debrief_build_info_refresh
  COMMAND "${CMAKE_COMMAND}" -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${DEBRIEF_BUILD_INFO_CPP}
          -DOUTPUT_JS=${DEBRIEF_BUILD_INFO_JS}
          -DVERSION=${PROJECT_VERSION} -P "${CMAKE_CURRENT_LIST_DIR}/BuildInfoScript.cmake"
  BYPRODUCTS "${DEBRIEF_BUILD_INFO_CPP}" "${DEBRIEF_BUILD_INFO_JS}"
  COMMENT "Refreshing the build id"
  VERBATIM)
