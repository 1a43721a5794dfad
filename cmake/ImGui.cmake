# Dear ImGui 1.86 as one static library, compiled once per build folder, without our warnings.
#
# Built with IMGUI_ENABLE_TEST_ENGINE: ImGui then reports every item it lays out to four hook
# functions. Debrief implements them (web/ui/item_registry.cpp) to give tests a widget locator, so
# that file is part of this library; it alone gets the project's warning flags.

if(NOT EXISTS "${DEBRIEF_IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui sources not found in ${DEBRIEF_IMGUI_DIR}: run scripts/setup first.")
endif()

set(hooks "${PROJECT_SOURCE_DIR}/web/ui/item_registry.cpp")
add_library(imgui STATIC
  "${DEBRIEF_IMGUI_DIR}/imgui.cpp"
  "${DEBRIEF_IMGUI_DIR}/imgui_draw.cpp"
  "${DEBRIEF_IMGUI_DIR}/imgui_tables.cpp"
  "${DEBRIEF_IMGUI_DIR}/imgui_widgets.cpp"
  "${DEBRIEF_IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp"
  "${hooks}")
target_include_directories(imgui SYSTEM PUBLIC "${DEBRIEF_IMGUI_DIR}" "${DEBRIEF_IMGUI_DIR}/misc/cpp")
target_include_directories(imgui PRIVATE "${PROJECT_SOURCE_DIR}")
target_link_libraries(imgui PRIVATE deps::json)
# ImGui 1.86 is written for C++11; in C++20 mode it trips deprecation warnings of its own.
set_target_properties(imgui PROPERTIES CXX_STANDARD 17)
target_compile_definitions(imgui PUBLIC
  IMGUI_ENABLE_TEST_ENGINE           # item hooks for the widget locator
  IMGUI_DISABLE_OBSOLETE_FUNCTIONS
  IMGUI_DISABLE_FILE_FUNCTIONS)      # no imgui.ini, no files: data lives in IndexedDB
set(hook_flags -Wall -Wextra -Wshadow)
if(DEBRIEF_WARNINGS_AS_ERRORS)
  list(APPEND hook_flags -Werror)
endif()
set_source_files_properties("${hooks}" PROPERTIES COMPILE_OPTIONS "${hook_flags}")

if(EMSCRIPTEN)
  # The WebGL2 renderer: OpenGL ES 3 through Emscripten's GL emulation of WebGL2.
  add_library(imgui_opengl3 STATIC "${DEBRIEF_IMGUI_DIR}/backends/imgui_impl_opengl3.cpp")
  target_include_directories(imgui_opengl3 SYSTEM PUBLIC "${DEBRIEF_IMGUI_DIR}/backends")
  target_compile_definitions(imgui_opengl3 PUBLIC IMGUI_IMPL_OPENGL_ES3)
  target_link_libraries(imgui_opengl3 PUBLIC imgui)
  set_target_properties(imgui_opengl3 PROPERTIES CXX_STANDARD 17)
endif()
