# cmake -DDOXYGEN_EXECUTABLE=… -DDOXYFILE=… -DHTML_DIR=… -DWARN_LOG=… -P RunDoxygen.cmake
# Runs Doxygen on a clean output directory (no page of a removed class survives) and fails, printing every
# warning, when Doxygen fails or writes anything to its warning log. The Doxyfile sends warnings to WARN_LOG,
# so without this step a failing build would not show them.
foreach(var DOXYGEN_EXECUTABLE DOXYFILE HTML_DIR WARN_LOG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "RunDoxygen.cmake: ${var} is not set")
    endif()
endforeach()

file(REMOVE_RECURSE "${HTML_DIR}")
file(REMOVE "${WARN_LOG}")

execute_process(COMMAND "${DOXYGEN_EXECUTABLE}" "${DOXYFILE}" RESULT_VARIABLE result)

set(warnings "")
if(EXISTS "${WARN_LOG}")
    file(READ "${WARN_LOG}" warnings)
    string(STRIP "${warnings}" warnings)
endif()
if(NOT result EQUAL 0 OR NOT warnings STREQUAL "")
    message(FATAL_ERROR "The API reference is not warning-free (Doxygen exit status ${result}); "
                        "warnings (${WARN_LOG}):\n${warnings}")
endif()
