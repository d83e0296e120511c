# Warnings for our own targets only; third-party headers come in as SYSTEM includes.
# (-Wnull-dereference is left out: at -O2/-O3 GCC 12 reports it through QPointer and
# other Qt inlines where no null can reach.)
function(caseport_set_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough)
  if(CASEPORT_WARNINGS_AS_ERRORS)
    target_compile_options(${target} PRIVATE -Werror)
    # GCC 12 reports -Wrestrict inside libstdc++'s std::string operator+ at -O2/-O3
    # (GCC bug 105329), a false positive in the library's code, not ours.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
      target_compile_options(${target} PRIVATE -Wno-error=restrict)
    endif()
  endif()
endfunction()
