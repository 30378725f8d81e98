# One place for the warning policy of project code. Third-party and generated code is not touched.
#
# clerkqt_warning_flags(<out> <compiler id> <front-end variant> <werror>) is a pure function of the compiler so that
# tests/compat/tst_warning_flags.cmake can evaluate it for compilers this machine does not have (MSVC, AppleClang).
# MSVC's command line reads `-Wall` as `/Wall` (every off-by-default diagnostic, unusable with Qt's headers) and
# ignores -Wextra/-Wpedantic/-Werror, so GCC-style flags there meant warnings-as-errors silently did nothing.
# clang-cl is Clang with CMAKE_CXX_COMPILER_FRONTEND_VARIANT "MSVC": it takes MSVC's options.
function(clerkqt_warning_flags out compiler_id frontend_variant werror)
    if(compiler_id STREQUAL "MSVC" OR frontend_variant STREQUAL "MSVC")
        # /permissive- /Zc:__cplusplus /utf-8: what Qt 6 itself requires of MSVC (standard conformance, a true
        # __cplusplus for Qt's C++17 checks, UTF-8 sources for the QStringLiterals with non-ASCII text).
        set(flags /W4 /permissive- /Zc:__cplusplus /utf-8)
        if(werror)
            list(APPEND flags /WX)
        endif()
    elseif(compiler_id MATCHES "^(GNU|Clang|AppleClang)$")
        set(flags -Wall -Wextra -Wpedantic)
        if(compiler_id MATCHES "Clang")
            # Qt's logging macros (qCDebug(category) << …) leave their variadic part empty, which -Wpedantic
            # reports under clang for every use; gcc does not.
            list(APPEND flags -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(werror)
            list(APPEND flags -Werror)
        endif()
    else()
        # An unknown compiler gets no flags rather than flags it may misread; its own defaults apply.
        set(flags "")
    endif()
    set(${out} "${flags}" PARENT_SCOPE)
endfunction()

function(clerkqt_set_warnings target)
    clerkqt_warning_flags(flags "${CMAKE_CXX_COMPILER_ID}" "${CMAKE_CXX_COMPILER_FRONTEND_VARIANT}" "${CLERKQT_WERROR}")
    target_compile_options(${target} PRIVATE ${flags})
endfunction()
