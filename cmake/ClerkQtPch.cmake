# Precompiled headers: parsing Qt's headers is most of the compile time of a translation unit here (measured with
# g++ 12: a test TU 12.7 s CPU, 6.0 s with QtCore + QtNetwork precompiled), and CI compiles the project three
# times. One PCH per family of targets, built once by a host target and reused by every member (REUSE_FROM),
# so the many small test executables share one.
#
# A PCH is only valid for translation units compiled with the flags it was made with: g++ refuses it when a macro
# the headers test is defined differently (CMake passes -Winvalid-pch, which -Werror turns into an error, so a
# mismatch fails the build instead of silently compiling without the PCH), clang refuses it outright. Hence:
#  - the PCH holds QtCore and QtNetwork only: their headers test no QT_<MODULE>_LIB macro, so members may link
#    any further Qt modules (the extra -D's are harmless). QtTest stays out on purpose: qtest.h chooses
#    QTEST_MAIN's application class by QT_GUI_LIB and QFINDTESTDATA's paths by the per-directory
#    QT_TESTCASE_BUILDDIR/SOURCEDIR, which differ between tests;
#  - a host defines only QT_CORE_LIB, which every member defines too;
#  - families differ in what changes the parsed headers or clang's language options: `qt` (emulator, tests,
#    benches) and `sdk` (the SDK objects: QT_NO_CAST_FROM/TO_ASCII, hidden visibility).
# The QML library and the demo have none: a PCH of their own with QtQml/QtQuick cost more to build than it saved
# (their ~30 translation units are mostly small generated files; 1-1.4 s CPU saved on each).
# -DCLERKQT_PCH=OFF compiles everything without (e.g. to check that each file includes what it uses).
option(CLERKQT_PCH "Precompile the Qt headers (one PCH per family of targets with the same compile flags)" ON)

set(_clerkqt_pch_qt_headers
    <QtCore/QtCore> <QtNetwork/QtNetwork>
    <functional> <memory> <optional> <utility>)

# The host of family <name>: an object library compiled like the family's members. Its one source is empty (CMake
# cannot place the PCH of a target without sources).
function(_clerkqt_pch_host family)
    set(host clerkqt_pch_${family})
    set(source ${CMAKE_CURRENT_BINARY_DIR}/${host}.cpp)
    file(CONFIGURE OUTPUT ${source} CONTENT "// The host of the precompiled header of family ${family}.\n")
    add_library(${host} OBJECT ${source})
    # QtCore only in the link interface (its defines and include paths); QtNetwork's include paths without its
    # QT_NETWORK_LIB, so that members that do not link QtNetwork can reuse the PCH under clang as well.
    target_link_libraries(${host} PRIVATE Qt6::Core)
    target_include_directories(${host} SYSTEM PRIVATE $<TARGET_PROPERTY:Qt6::Network,INTERFACE_INCLUDE_DIRECTORIES>)
    set_target_properties(${host} PROPERTIES POSITION_INDEPENDENT_CODE ON AUTOMOC OFF AUTORCC OFF AUTOUIC OFF)
    if(family STREQUAL "sdk")
        target_compile_definitions(${host} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII)
        set_target_properties(${host} PROPERTIES CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
    endif()
    clerkqt_set_warnings(${host})
    target_precompile_headers(${host} PRIVATE ${_clerkqt_pch_qt_headers})
endfunction()

# The hosts are made here, before any member: CMake resolves a reused PCH only from a target defined earlier.
if(CLERKQT_PCH)
    _clerkqt_pch_host(qt)
    _clerkqt_pch_host(sdk)
endif()

# clerkqt_precompile(<target> <family>): <target> reuses the PCH of <family> (qt | sdk, see above). <target> must be
# compiled like the family's host: clerkqt_set_warnings, -fPIC (Qt asks for it), and for `sdk` QT_NO_CAST_* and
# hidden visibility.
function(clerkqt_precompile target family)
    if(NOT CLERKQT_PCH)
        return()
    endif()
    if(NOT TARGET clerkqt_pch_${family})
        message(FATAL_ERROR "clerkqt_precompile(${target}): unknown PCH family '${family}'")
    endif()
    # The host is built -fPIC; g++ 14 also refuses a PCH made with another -fpic/-fpie setting. Qt 6.4 hands every
    # target -fPIC, Qt 6.8 (Debian 13) does not, so each member asks for it itself (-fPIC code links into a PIE).
    if(NOT MSVC)
        target_compile_options(${target} PRIVATE -fPIC)
    endif()
    target_precompile_headers(${target} REUSE_FROM clerkqt_pch_${family})
endfunction()
