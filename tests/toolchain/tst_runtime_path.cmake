# cmake -DSOURCE_DIR=<checkout> [-DBUILD_DIR=<build tree> -DCTEST=<ctest>] -P tst_runtime_path.cmake
# Windows has no rpath: the tests' PATH must name the directories of clerk-qt's DLLs and Qt's
# (cmake/ClerkQtRuntimePath.cmake). Evaluated here for Windows, Linux and macOS; with CTEST_JSON also checked
# against what ctest really registered in BUILD_DIR (no PATH change off Windows, the record directory kept).
cmake_minimum_required(VERSION 3.25)
include("${SOURCE_DIR}/cmake/ClerkQtRuntimePath.cmake")
set(failures "")

clerkqt_runtime_path_modification(win Windows ClerkQt::ClerkQt ClerkQt::Verifier ClerkQt::Qml clerk-emulator Qt6::Core
                                  ClerkQt::ClerkQt)
set(expected
    "PATH=path_list_prepend:$<TARGET_FILE_DIR:ClerkQt::ClerkQt>"
    "PATH=path_list_prepend:$<TARGET_FILE_DIR:ClerkQt::Verifier>"
    "PATH=path_list_prepend:$<TARGET_FILE_DIR:ClerkQt::Qml>"
    "PATH=path_list_prepend:$<TARGET_FILE_DIR:clerk-emulator>"
    "PATH=path_list_prepend:$<TARGET_FILE_DIR:Qt6::Core>")
if(NOT "${win}" STREQUAL "${expected}")
    list(APPEND failures "Windows: got '${win}', expected '${expected}'")
endif()
foreach(os Linux Darwin FreeBSD)
    clerkqt_runtime_path_modification(other ${os} ClerkQt::ClerkQt Qt6::Core)
    if(other)
        list(APPEND failures "${os} has an rpath and needs no PATH change, got '${other}'")
    endif()
endforeach()

# The installed QML plugin's rpath to the libraries (qml/CMakeLists.txt).
foreach(case "Linux|$ORIGIN/../../.." "FreeBSD|$ORIGIN/../../.." "Darwin|@loader_path/../../.." "iOS|@loader_path/../../.."
             "Windows|")
    string(REPLACE "|" ";" case "${case}")
    list(GET case 0 os)
    list(LENGTH case n)
    set(expected "")
    if(n GREATER 1)
        list(GET case 1 expected)
    endif()
    clerkqt_relative_rpath(rpath ${os} "../../..")
    if(NOT "${rpath}" STREQUAL "${expected}")
        list(APPEND failures "rpath on ${os}: got '${rpath}', expected '${expected}'")
    endif()
endforeach()

if(BUILD_DIR)
    execute_process(COMMAND "${CTEST}" --show-only=json-v1 WORKING_DIRECTORY "${BUILD_DIR}"
        RESULT_VARIABLE rc OUTPUT_VARIABLE json ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "ctest --show-only=json-v1 failed: ${err}")
    endif()
    string(JSON count LENGTH "${json}" tests)
    set(seen_record_dir 0)
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON name GET "${json}" tests ${i} name)
        string(JSON nprops ERROR_VARIABLE no_props LENGTH "${json}" tests ${i} properties)
        if(no_props)
            continue()
        endif()
        math(EXPR plast "${nprops} - 1")
        foreach(p RANGE ${plast})
            string(JSON pname GET "${json}" tests ${i} properties ${p} name)
            if(pname STREQUAL "ENVIRONMENT_MODIFICATION")
                string(JSON value GET "${json}" tests ${i} properties ${p} value)
                if(value MATCHES "PATH=")
                    list(APPEND failures "${name}: PATH changed off Windows: ${value}")
                endif()
                if(value MATCHES "CLERK_EMULATOR_RECORD_DIR=set:")
                    math(EXPR seen_record_dir "${seen_record_dir} + 1")
                endif()
            endif()
        endforeach()
    endforeach()
    if(seen_record_dir EQUAL 0)
        list(APPEND failures "no test has the conformance record directory any more")
    endif()
    message(STATUS "runtime path: ${count} registered tests, ${seen_record_dir} with the record directory")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "runtime path:\n  ${text}")
endif()
message(STATUS "runtime path: Windows prepends the DLL directories, Linux/macOS change nothing; rpath $ORIGIN on ELF, "
               "@loader_path on Apple, none on Windows")
