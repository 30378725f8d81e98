# clerkqt_add_translations(<target> BASENAME <name> RESOURCE <resource name> PREFIX <resource prefix>)
# <target>'s translations: <current source dir>/i18n/<name>_<lang>.ts for every language of CLERKQT_LANGUAGES,
# compiled to .qm by lrelease at build time (Debian: qt6-l10n-tools) and put into <target>'s resources under
# <prefix>. <name>_en.ts holds only the English plural forms ("%n member(s)"). scripts/update-translations.sh
# (or `ninja clerkqt_update_translations`) brings the .ts files up to date with the sources (lupdate).
# The caller finds Qt6 LinguistTools.
set(CLERKQT_LANGUAGES en de fr es ja pt_BR zh_CN)

function(clerkqt_add_translations target)
    cmake_parse_arguments(T "" "BASENAME;RESOURCE;PREFIX" "" ${ARGN})
    set(_ts)
    foreach(_lang IN LISTS CLERKQT_LANGUAGES)
        list(APPEND _ts ${CMAKE_CURRENT_SOURCE_DIR}/i18n/${T_BASENAME}_${_lang}.ts)
    endforeach()
    set_source_files_properties(${_ts} PROPERTIES OUTPUT_LOCATION ${CMAKE_CURRENT_BINARY_DIR}/i18n)
    qt_add_lrelease(${target} TS_FILES ${_ts} QM_FILES_OUTPUT_VARIABLE _qm LRELEASE_OPTIONS -silent)
    qt_add_resources(${target} ${T_RESOURCE}
        PREFIX ${T_PREFIX}
        BASE ${CMAKE_CURRENT_BINARY_DIR}/i18n
        FILES ${_qm})
endfunction()
