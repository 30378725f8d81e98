# cmake -DMODE=package|fetchcontent -DSOURCE_DIR=… -DMAIN_BUILD_DIR=… -DWORK_DIR=… -DGENERATOR=… -DCXX_COMPILER=…
#       [-DREADME=<markdown with the cmake snippets, default SOURCE_DIR/README.md>]
#       [-DREADELF=<readelf> -DNM=<nm>: also check the installed libraries with check_library.cmake]
#       -P run_consumer.cmake
# Builds and runs tests/consumer/app against clerk-qt; see tests/consumer/CMakeLists.txt.
cmake_minimum_required(VERSION 3.25)

function(run)
    cmake_parse_arguments(R "EXPECT_FAILURE" "WHAT;OUTPUT" "COMMAND" ${ARGN})
    message(STATUS "consumer: ${R_WHAT}")
    execute_process(COMMAND ${R_COMMAND} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(R_OUTPUT)
        set(${R_OUTPUT} "${out}${err}" PARENT_SCOPE)
    endif()
    if(R_EXPECT_FAILURE)
        if(rc EQUAL 0)
            message(FATAL_ERROR "consumer: ${R_WHAT}: succeeded but must fail\n${out}${err}")
        endif()
    elseif(NOT rc EQUAL 0)
        message(FATAL_ERROR "consumer: ${R_WHAT}: failed (${rc})\n${out}\n${err}")
    else()
        message("${out}")
    endif()
endfunction()

# What a backend that links ClerkQt::Verifier loads (ldd: the whole dependency tree): the Verifier, not the client
# library, not QtGui, not QtKeychain.
function(check_backend_loads exe)
    find_program(LDD ldd)
    if(NOT LDD)
        message(STATUS "consumer: no ldd: what mybackend loads is not checked")
        return()
    endif()
    run(WHAT "ldd mybackend" OUTPUT loads COMMAND "${LDD}" "${exe}")
    if(NOT loads MATCHES "libClerkQtVerifier\\.so")
        message(FATAL_ERROR "consumer: mybackend does not load libClerkQtVerifier:\n${loads}")
    endif()
    foreach(forbidden "libClerkQt\\.so" "libQt6Gui" "libqt6keychain" "not found")
        if(loads MATCHES "${forbidden}")
            message(FATAL_ERROR "consumer: mybackend loads ${forbidden}:\n${loads}")
        endif()
    endforeach()
endfunction()

# The app's ctest runs myapp against the emulator executable the README's add_test names through
# $<TARGET_FILE:ClerkQt::clerk-emulator>; that must be `expected`, the file this mode provides.
function(run_emulator_test expected)
    run(WHAT "ctest --show-only: which emulator the app's test runs" OUTPUT shown
        COMMAND ${CMAKE_CTEST_COMMAND} --test-dir "${WORK_DIR}/build" --show-only=json-v1)
    string(JSON command GET "${shown}" tests 0 command)
    string(JSON emulator GET "${shown}" tests 0 command 2)
    file(REAL_PATH "${emulator}" emulator)
    file(REAL_PATH "${expected}" expected)
    if(NOT emulator STREQUAL expected)
        message(FATAL_ERROR "consumer: the app's test runs ${command}, expected the emulator ${expected}")
    endif()
    run(WHAT "ctest: myapp against ${expected}"
        COMMAND ${CMAKE_CTEST_COMMAND} --test-dir "${WORK_DIR}/build" --output-on-failure)
endfunction()

foreach(var MODE SOURCE_DIR MAIN_BUILD_DIR WORK_DIR GENERATOR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "run_consumer.cmake needs -D${var}=…")
    endif()
endforeach()

file(REMOVE_RECURSE "${WORK_DIR}")
if(CMAKE_HOST_WIN32)
    set(exe_suffix .exe)
else()
    set(exe_suffix "")
endif()
set(app "${SOURCE_DIR}/tests/consumer/app")
if(NOT README)
    set(README "${SOURCE_DIR}/README.md")
endif()
find_program(PYTHON3 python3 REQUIRED)
run(WHAT "extract the README's snippets"
    COMMAND ${PYTHON3} "${SOURCE_DIR}/tests/docs/extract_snippets.py" "${README}" "${WORK_DIR}/snippets")
# Debug (-O0): what is tested is the integration, not the optimizer (CI's first pass compiles every source with
# -O2), and in FetchContent mode this build compiles all of clerk-qt again, which -O2 made twice as slow. For the
# same reason clerk-qt's QML is not compiled ahead of time there (CLERKQT_QML_CACHEGEN=OFF, a documented option:
# a third of that build's CPU); the main build compiles it, and the app still loads `import Clerk` from the tree.
set(configure_common -S "${app}" -G "${GENERATOR}" -DCMAKE_BUILD_TYPE=Debug
    -DCONSUMER_SNIPPETS_DIR=${WORK_DIR}/snippets -DCLERKQT_QML_CACHEGEN=OFF)
if(CXX_COMPILER)
    list(APPEND configure_common -DCMAKE_CXX_COMPILER=${CXX_COMPILER})
endif()
include(ProcessorCount)
ProcessorCount(jobs)
if(jobs EQUAL 0)
    set(jobs 2)
endif()

if(MODE STREQUAL "package")
    set(prefix "${WORK_DIR}/prefix")
    run(WHAT "cmake --install into ${prefix}" COMMAND ${CMAKE_COMMAND} --install "${MAIN_BUILD_DIR}" --prefix "${prefix}")

    # The installed layout: public headers only, the export headers, the shared library, the QML module in
    # Qt's import path layout, the package with its version file, the emulator for the app's own tests.
    file(GLOB_RECURSE private_headers RELATIVE "${prefix}" "${prefix}/include/*_p.h")
    if(private_headers)
        message(FATAL_ERROR "consumer: private headers installed: ${private_headers}")
    endif()
    file(GLOB libs "${prefix}/lib*/libClerkQt.so.*" "${prefix}/lib/*/libClerkQt.so.*")
    file(GLOB verifier_libs "${prefix}/lib*/libClerkQtVerifier.so.*" "${prefix}/lib/*/libClerkQtVerifier.so.*")
    file(GLOB qmldirs "${prefix}/lib*/qt6/qml/Clerk/qmldir" "${prefix}/lib/*/qt6/qml/Clerk/qmldir")
    file(GLOB plugins "${prefix}/lib*/qt6/qml/Clerk/libclerkqt_qmlplugin.so" "${prefix}/lib/*/qt6/qml/Clerk/libclerkqt_qmlplugin.so")
    file(GLOB configs "${prefix}/lib*/cmake/ClerkQt/ClerkQtConfigVersion.cmake" "${prefix}/lib/*/cmake/ClerkQt/ClerkQtConfigVersion.cmake")
    foreach(f include/ClerkQt/auth.h include/ClerkQt/clerkqt_export.h include/ClerkQt/version.h
              include/ClerkQtQml/authprovider.h include/ClerkEmulator/server.h bin/clerk-emulator)
        if(NOT EXISTS "${prefix}/${f}")
            message(FATAL_ERROR "consumer: not installed: ${f}")
        endif()
    endforeach()
    foreach(list libs verifier_libs qmldirs plugins configs)
        if(NOT ${list})
            message(FATAL_ERROR "consumer: nothing installed for ${list}")
        endif()
    endforeach()
    message(STATUS "consumer: installed layout ok: ${libs} ${verifier_libs} ${qmldirs}")

    # The installed libraries keep the promises the build tree's do (tst_library_client/_verifier): what the
    # soname links point at, what they need, what they export.
    if(READELF AND NM)
        file(READ "${SOURCE_DIR}/CMakeLists.txt" top)
        string(REGEX MATCH "project\\(ClerkQt VERSION ([0-9]+)\\.([0-9]+)" _ "${top}")
        set(abi "${CMAKE_MATCH_1}.${CMAKE_MATCH_2}")
        foreach(lib ClerkQt ClerkQtVerifier)
            file(GLOB soname_link "${prefix}/lib*/lib${lib}.so.${abi}" "${prefix}/lib/*/lib${lib}.so.${abi}")
            if(NOT soname_link)
                message(FATAL_ERROR "consumer: no lib${lib}.so.${abi} installed")
            endif()
            set(check -DLIBRARY=${soname_link} -DSONAME=lib${lib}.so.${abi} -DREADELF=${READELF} -DNM=${NM}
                -DPUBLIC_HEADERS=${prefix}/include/ClerkQt -DPRIVATE_HEADERS=${SOURCE_DIR}/sdk/src)
            if(lib STREQUAL "ClerkQt")
                list(APPEND check "-DFORBIDDEN_NEEDED=^(libcrypto|libssl)\\.")
            else()
                list(APPEND check "-DALLOWED_NEEDED=^(libQt6Core|libQt6Network|libcrypto|libstdc\\+\\+|libc\\+\\+|libm|libgcc_s|libc)\\.|^ld-linux")
            endif()
            run(WHAT "installed lib${lib}" COMMAND ${CMAKE_COMMAND} ${check}
                -P "${SOURCE_DIR}/tests/consumer/check_library.cmake")
        endforeach()
    endif()

    # The version file: 0.1 is this release; 0.2 (a 0.x minor may break the API) must be refused.
    run(WHAT "find_package(ClerkQt 0.2) is refused" EXPECT_FAILURE OUTPUT refused
        COMMAND ${CMAKE_COMMAND} ${configure_common} -B "${WORK_DIR}/too-new" -DCMAKE_PREFIX_PATH=${prefix}
                -DCONSUMER_REQUIRE_VERSION=0.2)
    run(WHAT "find_package(ClerkQt 0.1.0) is accepted"
        COMMAND ${CMAKE_COMMAND} ${configure_common} -B "${WORK_DIR}/exact" -DCMAKE_PREFIX_PATH=${prefix}
                -DCONSUMER_REQUIRE_VERSION=0.1.0)
    if(NOT refused MATCHES "version")
        message(FATAL_ERROR "consumer: the refusal does not name the version:\n${refused}")
    endif()

    run(WHAT "configure the app against the installed package"
        COMMAND ${CMAKE_COMMAND} ${configure_common} -B "${WORK_DIR}/build" -DCMAKE_PREFIX_PATH=${prefix}
                -DCONSUMER_MODE=package)
    run(WHAT "build the app" COMMAND ${CMAKE_COMMAND} --build "${WORK_DIR}/build" --parallel ${jobs})
    check_backend_loads("${WORK_DIR}/build/mybackend")
    run(WHAT "run myapp_tests (in-process emulator)" COMMAND "${WORK_DIR}/build/myapp_tests")
    run_emulator_test("${prefix}/bin/clerk-emulator${exe_suffix}")
elseif(MODE STREQUAL "fetchcontent")
    # FETCHCONTENT_SOURCE_DIR_<NAME> is CMake's own override: the declared repository is never contacted.
    run(WHAT "configure the app with FetchContent"
        COMMAND ${CMAKE_COMMAND} ${configure_common} -B "${WORK_DIR}/build" -DCONSUMER_MODE=fetchcontent
                -DFETCHCONTENT_SOURCE_DIR_CLERKQT=${SOURCE_DIR} -DFETCHCONTENT_FULLY_DISCONNECTED=ON)
    run(WHAT "build the app and clerk-qt from source" COMMAND ${CMAKE_COMMAND} --build "${WORK_DIR}/build" --parallel ${jobs})
    check_backend_loads("${WORK_DIR}/build/mybackend")
    run(WHAT "run myapp_tests (in-process emulator)" COMMAND "${WORK_DIR}/build/myapp_tests")
    run_emulator_test("${WORK_DIR}/build/_deps/clerkqt-build/emulator/clerk-emulator${exe_suffix}")
    run(WHAT "configure the app with add_subdirectory"
        COMMAND ${CMAKE_COMMAND} ${configure_common} -B "${WORK_DIR}/subdirectory" -DCONSUMER_MODE=subdirectory
                -DCLERKQT_SOURCE_DIR=${SOURCE_DIR})
else()
    message(FATAL_ERROR "MODE must be package or fetchcontent")
endif()
message(STATUS "consumer: ${MODE}: PASS")
