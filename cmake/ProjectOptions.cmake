# Compile and link settings shared by every target of the project's own code.
#
# Third-party code (ImGui) does not get these: warnings-as-errors is for code we write.

# Applies to the whole build (third-party code too) because the flags must agree everywhere.
if(EMSCRIPTEN)
  # nlohmann/json reports bad input with exceptions; native WebAssembly exceptions keep them
  # cheap. Every object and the link step must agree on the flag.
  add_compile_options(-fwasm-exceptions)
  add_link_options(-fwasm-exceptions)
elseif(DEBRIEF_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()

# debrief_project_defaults(<target>): warnings for code we own.
function(debrief_project_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wshadow -Wnon-virtual-dtor -Wpedantic)
  if(DEBRIEF_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
