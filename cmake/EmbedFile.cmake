# debrief_embed_file(<target> INPUT <file> SYMBOL <name>)
#
# Adds to <target> a generated source that defines
#   extern const unsigned char <name>[];  extern const std::size_t <name>_size;
# holding the file's bytes, regenerated whenever the file changes. Used for the UI font, so the
# app has no font file to fetch and the native view tests measure text exactly as the browser does.

set(DEBRIEF_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/EmbedFileScript.cmake")

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
