# One place for the warning policy of project code. Third-party and generated code is not touched.
function(clerkqt_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(CLERKQT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
