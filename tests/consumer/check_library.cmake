# cmake -DLIBRARY=<shared library> -DPUBLIC_HEADERS=<dir> -DPRIVATE_HEADERS=<dir> -DSONAME=<expected soname>
#       -DREADELF=<readelf> -DNM=<nm> [-DFORBIDDEN_NEEDED=<regex>] [-DALLOWED_NEEDED=<regex>]
#       -P check_library.cmake
# What a shared library of clerk-qt promises at the ELF level (issue #15):
#  - its soname carries major.minor (0.x minors may break the ABI);
#  - its NEEDED entries: none matches FORBIDDEN_NEEDED (the client never needs libcrypto) and, when
#    ALLOWED_NEEDED is given, each matches it (the Verifier needs Qt Core/Network, libcrypto and the C/C++
#    runtime only). One regex each (alternatives with `|`): a `;` would not survive ctest's command line.
#  - its exported symbols: every symbol in namespace Clerk belongs to a name a public header declares, and none
#    to a class or struct declared in the private headers (sdk/src/*_p.h) — internals stay out of the ABI.
cmake_minimum_required(VERSION 3.25)

foreach(var LIBRARY PUBLIC_HEADERS PRIVATE_HEADERS SONAME READELF NM)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "check_library.cmake needs -D${var}=…")
    endif()
endforeach()
get_filename_component(lib_name "${LIBRARY}" NAME)
set(failures "")

execute_process(COMMAND "${READELF}" -d "${LIBRARY}" RESULT_VARIABLE rc OUTPUT_VARIABLE dynamic ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${READELF} -d ${LIBRARY} failed: ${err}")
endif()

# readelf -d: "0x… (SONAME)  Library soname: [libClerkQt.so.0.1]", "0x… (NEEDED)  Shared library: [libQt6Core.so.6]"
string(REGEX MATCH "\\(SONAME\\)[^[]*\\[([^]]*)\\]" _ "${dynamic}")
if(NOT "${CMAKE_MATCH_1}" STREQUAL "${SONAME}")
    list(APPEND failures "soname is '${CMAKE_MATCH_1}', expected '${SONAME}'")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^[]*\\[[^]]*\\]" needed_lines "${dynamic}")
set(needed "")
foreach(line IN LISTS needed_lines)
    string(REGEX REPLACE ".*\\[([^]]*)\\]" "\\1" lib "${line}")
    list(APPEND needed "${lib}")
endforeach()
if(NOT needed)
    message(FATAL_ERROR "${lib_name}: no NEEDED entries read from:\n${dynamic}")
endif()
foreach(lib IN LISTS needed)
    if(FORBIDDEN_NEEDED AND lib MATCHES "${FORBIDDEN_NEEDED}")
        list(APPEND failures "depends on ${lib} (forbidden: ${FORBIDDEN_NEEDED})")
    endif()
    if(ALLOWED_NEEDED AND NOT lib MATCHES "${ALLOWED_NEEDED}")
        list(APPEND failures "depends on ${lib}, which does not match ${ALLOWED_NEEDED}")
    endif()
endforeach()

# The names the headers declare. Public: classes, structs, enums and the free functions marked CLERKQT_EXPORT.
function(declared_names out dir)
    file(GLOB headers "${dir}/*.h" "${dir}/*.h.in")
    set(names "")
    foreach(header IN LISTS headers)
        file(READ "${header}" text)
        string(REGEX MATCHALL "(class|struct|enum class|enum)[ \t\n]+(CLERKQT_EXPORT[ \t\n]+)?[A-Za-z_][A-Za-z0-9_]*[ \t\n]*(final[ \t\n]*)?[:{]"
               decls "${text}")
        foreach(decl IN LISTS decls)
            string(REGEX REPLACE "^(class|struct|enum class|enum)[ \t\n]+(CLERKQT_EXPORT[ \t\n]+)?([A-Za-z_][A-Za-z0-9_]*).*" "\\3"
                   name "${decl}")
            list(APPEND names "${name}")
        endforeach()
        string(REGEX MATCHALL "CLERKQT_EXPORT[ \t\n]+[^;{(]*[ \t\n*&]([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*\\(" funcs "${text}")
        foreach(func IN LISTS funcs)
            string(REGEX REPLACE ".*[ \t\n*&]([A-Za-z_][A-Za-z0-9_]*)[ \t\n]*\\($" "\\1" name "${func}")
            list(APPEND names "${name}")
        endforeach()
    endforeach()
    list(REMOVE_DUPLICATES names)
    set(${out} "${names}" PARENT_SCOPE)
endfunction()
declared_names(public_names "${PUBLIC_HEADERS}")
declared_names(private_names "${PRIVATE_HEADERS}")
list(REMOVE_ITEM private_names ${public_names})
if(NOT public_names OR NOT private_names)
    message(FATAL_ERROR "no declarations read from ${PUBLIC_HEADERS} or ${PRIVATE_HEADERS}")
endif()

execute_process(COMMAND "${NM}" -D --defined-only -C "${LIBRARY}"
    RESULT_VARIABLE rc OUTPUT_VARIABLE symbols ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} -D ${LIBRARY} failed: ${err}")
endif()
string(REPLACE ";" "\\;" symbols "${symbols}")
string(REPLACE "\n" ";" symbols "${symbols}")
set(clerk_symbols 0)
foreach(line IN LISTS symbols)
    # "<address> <type> <demangled name>"; vtables, typeinfo and thunks are named after their class.
    if(NOT line MATCHES "^[0-9a-fA-F]+ [A-Za-z] (.*)$")
        continue()
    endif()
    string(REGEX REPLACE "^(vtable for |typeinfo for |typeinfo name for |non-virtual thunk to |virtual thunk to |guard variable for )+" ""
           symbol "${CMAKE_MATCH_1}")
    if(NOT symbol MATCHES "^Clerk::([A-Za-z_][A-Za-z0-9_]*)")
        continue()
    endif()
    math(EXPR clerk_symbols "${clerk_symbols} + 1")
    set(name "${CMAKE_MATCH_1}")
    if(name IN_LIST private_names)
        list(APPEND failures "exports ${symbol} (Clerk::${name} is declared in a private header)")
    elseif(NOT name IN_LIST public_names)
        list(APPEND failures "exports ${symbol} (no public header declares Clerk::${name})")
    endif()
endforeach()
if(clerk_symbols EQUAL 0)
    list(APPEND failures "exports nothing in namespace Clerk")
endif()

if(failures)
    list(JOIN failures "\n  " text)
    message(FATAL_ERROR "${lib_name}:\n  ${text}")
endif()
message(STATUS "${lib_name}: soname ${SONAME}; needs ${needed}; ${clerk_symbols} symbols in Clerk::, all public")
