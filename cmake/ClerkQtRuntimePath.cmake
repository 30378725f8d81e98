# Where a test finds the shared libraries it loads.
# On Linux and macOS the build tree's executables carry an rpath to them. Windows has no rpath: a DLL is looked up
# next to the executable and then on PATH, so every test that runs a built binary must have the directories of
# clerk-qt's DLLs (ClerkQt, ClerkQtVerifier, ClerkQtQml), the emulator's and Qt's own prepended to PATH.
#
# clerkqt_runtime_path_modification(<out> <system name> [<target>…]) sets <out> to the ENVIRONMENT_MODIFICATION
# entries for a test on <system name> (CMAKE_SYSTEM_NAME's values): on Windows one
# `PATH=path_list_prepend:$<TARGET_FILE_DIR:t>` per target, elsewhere nothing. The OS is a parameter so that
# tests/toolchain/tst_runtime_path.cmake can evaluate the Windows branch here.
function(clerkqt_runtime_path_modification out system_name)
    set(entries "")
    if(system_name STREQUAL "Windows")
        foreach(target IN LISTS ARGN)
            list(APPEND entries "PATH=path_list_prepend:$<TARGET_FILE_DIR:${target}>")
        endforeach()
        list(REMOVE_DUPLICATES entries)
    endif()
    set(${out} "${entries}" PARENT_SCOPE)
endfunction()

# The targets whose directories the tests need, among those this build has.
function(clerkqt_runtime_targets out)
    set(targets "")
    foreach(target IN ITEMS ClerkQt::ClerkQt ClerkQt::Verifier ClerkQt::Qml clerk-emulator Qt6::Core)
        if(TARGET ${target})
            list(APPEND targets ${target})
        endif()
    endforeach()
    set(${out} "${targets}" PARENT_SCOPE)
endfunction()

# clerkqt_relative_rpath(<out> <system name> <relative dir>) sets <out> to the rpath entry that names <relative dir>
# relative to the binary that carries it: `$ORIGIN/<dir>` for ELF systems, `@loader_path/<dir>` on Apple's (their
# dynamic loader does not know $ORIGIN), nothing on Windows (no rpath: the DLLs are deployed next to the executable
# or found on PATH). tests/toolchain/tst_runtime_path.cmake evaluates it for each.
function(clerkqt_relative_rpath out system_name relative)
    if(system_name MATCHES "^(Darwin|iOS|tvOS|watchOS|visionOS)$")
        set(rpath "@loader_path/${relative}")
    elseif(system_name STREQUAL "Windows")
        set(rpath "")
    else()
        set(rpath "$ORIGIN/${relative}")
    endif()
    set(${out} "${rpath}" PARENT_SCOPE)
endfunction()
