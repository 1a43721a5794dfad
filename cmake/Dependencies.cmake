# Third-party code, all from Debian packages installed by scripts/setup.
#
# em++ does not search /usr/include (and must not: it would pick up glibc's headers), so the
# header-only libraries are staged into a build-local folder that both builds use.

set(DEBRIEF_DEPS_DIR "${PROJECT_SOURCE_DIR}/build/_deps" CACHE PATH "Where scripts/setup puts fetched sources")
set(DEBRIEF_STAGED_INCLUDE "${CMAKE_BINARY_DIR}/_deps/include")

# debrief_stage_headers(<target> <path under /usr/include>...): copies the headers and makes an
# INTERFACE target that adds the staged folder as a system include.
function(debrief_stage_headers target)
  foreach(entry IN LISTS ARGN)
    set(source "/usr/include/${entry}")
    if(NOT EXISTS "${source}")
      message(FATAL_ERROR "${source} is missing: run scripts/setup to install Debrief's dependencies.")
    endif()
    get_filename_component(parent "${DEBRIEF_STAGED_INCLUDE}/${entry}" DIRECTORY)
    file(COPY "${source}" DESTINATION "${parent}")
  endforeach()
  add_library(${target} INTERFACE)
  target_include_directories(${target} SYSTEM INTERFACE "${DEBRIEF_STAGED_INCLUDE}")
endfunction()

debrief_stage_headers(deps_json nlohmann)
add_library(deps::json ALIAS deps_json)

debrief_stage_headers(deps_date date/date.h)
add_library(deps::date ALIAS deps_date)

debrief_stage_headers(deps_doctest doctest)
add_library(deps::doctest ALIAS deps_doctest)

set(DEBRIEF_IMGUI_DIR "${DEBRIEF_DEPS_DIR}/imgui" CACHE PATH "Dear ImGui 1.86 sources (Debian source package)")
set(DEBRIEF_UI_FONT "/usr/share/fonts/opentype/inter/Inter-Regular.otf" CACHE FILEPATH "The UI font (Debian fonts-inter)")
