# cmake -DSOURCE_DIR=<checkout> -P tst_warning_flags.cmake
# The warning policy per compiler (cmake/ClerkQtWarnings.cmake), evaluated for compilers this machine does not
# have: MSVC and clang-cl must get MSVC's options (/W4, /WX), never the GCC-style ones MSVC misreads.
cmake_minimum_required(VERSION 3.25)
include("${SOURCE_DIR}/cmake/ClerkQtWarnings.cmake")
set(failures "")

function(expect compiler frontend werror expected)
    clerkqt_warning_flags(flags "${compiler}" "${frontend}" ${werror})
    if(NOT "${flags}" STREQUAL "${expected}")
        set(failures "${failures}\n  ${compiler}/${frontend}/werror=${werror}: got '${flags}', expected '${expected}'"
            PARENT_SCOPE)
    endif()
endfunction()

expect(MSVC  MSVC ON  "/W4;/permissive-;/Zc:__cplusplus;/utf-8;/WX")
expect(MSVC  MSVC OFF "/W4;/permissive-;/Zc:__cplusplus;/utf-8")
# clang-cl: compiler id Clang, MSVC command line.
expect(Clang MSVC ON  "/W4;/permissive-;/Zc:__cplusplus;/utf-8;/WX")
expect(GNU   GNU  ON  "-Wall;-Wextra;-Wpedantic;-Werror")
expect(GNU   ""   OFF "-Wall;-Wextra;-Wpedantic")
expect(Clang GNU  ON  "-Wall;-Wextra;-Wpedantic;-Wno-gnu-zero-variadic-macro-arguments;-Werror")
expect(AppleClang GNU ON "-Wall;-Wextra;-Wpedantic;-Wno-gnu-zero-variadic-macro-arguments;-Werror")
expect(AppleClang GNU OFF "-Wall;-Wextra;-Wpedantic;-Wno-gnu-zero-variadic-macro-arguments")
# A compiler we know nothing about gets nothing it could misread.
expect(Intel "" ON "")

if(failures)
    message(FATAL_ERROR "warning flags:${failures}")
endif()
message(STATUS "warning flags: MSVC, clang-cl, GNU, Clang, AppleClang as expected")
