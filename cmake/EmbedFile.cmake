# debrief_embed_file(<target> INPUT <file> SYMBOL <name>)
#
# Adds to <target> a generated source that defines
#   extern const unsigned char <name>[];  extern const std::size_t <name>_size;
# holding the file's bytes, regenerated whenever the file changes. Used for the UI font, so the
# app has no font file to fetch and the native view tests measure text exactly as the browser does.
#
# debrief_embed_files(<target> GLOB <pattern> SYMBOL <name>)
#
# The same for every file matching <pattern> (re-globbed at each build), joined into one array,
# each file followed by the byte 0x1E. Used for the built-in message templates: adding a file
# under assets/templates/ is all it takes to add one.

set(DEBRIEF_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedFileScript.cmake")
set(DEBRIEF_BUNDLE_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/BundleFilesScript.cmake")

function(debrief_embed_file target)
  cmake_parse_arguments(ARG "" "INPUT;SYMBOL" "" ${ARGN})
  if(NOT EXISTS "${ARG_INPUT}")
    message(FATAL_ERROR "${ARG_INPUT} is missing: run scripts/setup to install Debrief's dependencies.")
  endif()
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ARG_SYMBOL}.cpp")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${ARG_INPUT} -DOUTPUT=${output} -DSYMBOL=${ARG_SYMBOL}
            -P "${DEBRIEF_EMBED_SCRIPT}"
    DEPENDS "${ARG_INPUT}" "${DEBRIEF_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_INPUT} as ${ARG_SYMBOL}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()

function(debrief_embed_files target)
  cmake_parse_arguments(ARG "" "GLOB;SYMBOL" "" ${ARGN})
  file(GLOB inputs CONFIGURE_DEPENDS "${ARG_GLOB}")
  list(SORT inputs)
  set(bundle "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ARG_SYMBOL}.bundle")
  set(output "${CMAKE_CURRENT_BINARY_DIR}/embedded/${ARG_SYMBOL}.cpp")
  string(REPLACE ";" "|" inputs_arg "${inputs}")  # A ;-list would not survive the command line.
  add_custom_command(
    OUTPUT "${output}"
    COMMAND "${CMAKE_COMMAND}" "-DINPUTS=${inputs_arg}" -DOUTPUT=${bundle} -P "${DEBRIEF_BUNDLE_SCRIPT}"
    COMMAND "${CMAKE_COMMAND}" -DINPUT=${bundle} -DOUTPUT=${output} -DSYMBOL=${ARG_SYMBOL}
            -P "${DEBRIEF_EMBED_SCRIPT}"
    DEPENDS ${inputs} "${DEBRIEF_BUNDLE_SCRIPT}" "${DEBRIEF_EMBED_SCRIPT}"
    COMMENT "Embedding ${ARG_GLOB} as ${ARG_SYMBOL}"
    VERBATIM)
  target_sources(${target} PRIVATE "${output}")
endfunction()
