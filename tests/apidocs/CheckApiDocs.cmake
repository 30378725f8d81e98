# cmake -DBUILD_DIR=… -DHTML_DIR=… -DWARN_LOG=… -P CheckApiDocs.cmake
# Builds the `docs` target and checks what it left: Doxygen succeeded, its warning log is empty, and the pages a
# reader starts from exist (the main page and Clerk::Auth's).
foreach(var BUILD_DIR HTML_DIR WARN_LOG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "CheckApiDocs.cmake: ${var} is not set")
    endif()
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target docs RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "`cmake --build ${BUILD_DIR} --target docs` failed (${result}); see the warnings above")
endif()

if(NOT EXISTS "${WARN_LOG}")
    message(FATAL_ERROR "Doxygen wrote no warning log at ${WARN_LOG}: is WARN_LOGFILE still set in docs/Doxyfile.in?")
endif()
file(READ "${WARN_LOG}" warnings)
string(STRIP "${warnings}" warnings)
if(NOT warnings STREQUAL "")
    message(FATAL_ERROR "Doxygen warnings (${WARN_LOG}):\n${warnings}")
endif()

foreach(page index.html classClerk_1_1Auth.html)
    if(NOT EXISTS "${HTML_DIR}/${page}")
        message(FATAL_ERROR "The API reference has no ${HTML_DIR}/${page}")
    endif()
endforeach()
message(STATUS "API reference: ${HTML_DIR}/index.html, no warnings")
