# One place for the warning policy of project code. Third-party and generated code is not touched.
function(clerkqt_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        # Qt's logging macros (qCDebug(category) << …) leave their variadic part empty, which -Wpedantic reports
        # under clang for every use; gcc does not.
        target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
    endif()
    if(CLERKQT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
