# Run at build time by debrief_embed_files(): joins the INPUTS (paths separated by |) into OUTPUT,
# each file's bytes followed by one ASCII record separator (0x1E), which no JSON text holds.
string(ASCII 30 separator)
set(bundle "")
string(REPLACE "|" ";" inputs "${INPUTS}")
foreach(input IN LISTS inputs)
  file(READ "${input}" content)
  string(APPEND bundle "${content}${separator}")
endforeach()
file(WRITE "${OUTPUT}" "${bundle}")
