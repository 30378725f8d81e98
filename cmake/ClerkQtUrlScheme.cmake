# clerkqt_add_url_scheme(<target> SCHEME <scheme> [NAME <display name>] [ICON <icon name>]
#                        [ARGUMENTS <arg>…] [INSTALL_DESKTOP_FILE])
#
# The build-time half of a custom URL scheme (docs/url-schemes.md); Clerk::UrlSchemeHandler is the run-time half.
#   macOS:  the scheme is declared in the bundle's Info.plist (CFBundleURLTypes → CFBundleURLSchemes); the target's
#           MACOSX_BUNDLE_INFO_PLIST becomes a template with that entry (CMake fills in its ${MACOSX_BUNDLE_…}
#           values when it builds the bundle; the target must be a MACOSX_BUNDLE for macOS to read it).
#   Linux:  a desktop entry `<scheme>-url-handler.desktop` with MimeType=x-scheme-handler/<scheme> and
#           Exec=<target> <ARGUMENTS> %u, installed to ${CMAKE_INSTALL_DATADIR}/applications with
#           INSTALL_DESKTOP_FILE (a package's system-wide registration; UrlSchemeHandler::registerScheme() writes
#           the per-user one and makes it the default).
#   Windows: nothing at build time — the scheme lives in the registry (UrlSchemeHandler::registerScheme(), or the
#           installer).
# Both files are generated on every platform, so their content can be checked anywhere. Their paths are set on
# the target as the properties CLERKQT_URL_SCHEME_INFO_PLIST and CLERKQT_URL_SCHEME_DESKTOP_FILE.
include_guard(GLOBAL)
include(GNUInstallDirs)

function(clerkqt_add_url_scheme target)
    cmake_parse_arguments(U "INSTALL_DESKTOP_FILE" "SCHEME;NAME;ICON" "ARGUMENTS" ${ARGN})
    if(NOT TARGET ${target})
        message(FATAL_ERROR "clerkqt_add_url_scheme: ${target} is not a target")
    endif()
    string(TOLOWER "${U_SCHEME}" scheme)
    if(NOT scheme MATCHES "^[a-z][a-z0-9+.-]*$")
        message(FATAL_ERROR "clerkqt_add_url_scheme(${target}): \"${U_SCHEME}\" is not a URL scheme "
                            "(a letter, then letters, digits, +, - or .)")
    endif()
    if(NOT U_NAME)
        set(U_NAME "${target}")
    endif()
    set(dir "${CMAKE_CURRENT_BINARY_DIR}/${target}_url_scheme")

    # Info.plist template: CMake's own keys (as in its default MacOSXBundleInfo.plist.in) plus the scheme.
    set(plist "${dir}/Info.plist.in")
    string(CONCAT plist_content
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
        "<plist version=\"1.0\">\n<dict>\n"
        "  <key>CFBundleDevelopmentRegion</key><string>English</string>\n"
        "  <key>CFBundleExecutable</key><string>\${MACOSX_BUNDLE_EXECUTABLE_NAME}</string>\n"
        "  <key>CFBundleIconFile</key><string>\${MACOSX_BUNDLE_ICON_FILE}</string>\n"
        "  <key>CFBundleIdentifier</key><string>\${MACOSX_BUNDLE_GUI_IDENTIFIER}</string>\n"
        "  <key>CFBundleInfoDictionaryVersion</key><string>6.0</string>\n"
        "  <key>CFBundleName</key><string>\${MACOSX_BUNDLE_BUNDLE_NAME}</string>\n"
        "  <key>CFBundlePackageType</key><string>APPL</string>\n"
        "  <key>CFBundleShortVersionString</key><string>\${MACOSX_BUNDLE_SHORT_VERSION_STRING}</string>\n"
        "  <key>CFBundleVersion</key><string>\${MACOSX_BUNDLE_BUNDLE_VERSION}</string>\n"
        "  <key>NSPrincipalClass</key><string>NSApplication</string>\n"
        "  <key>NSHighResolutionCapable</key><true/>\n"
        "  <key>CFBundleURLTypes</key>\n"
        "  <array>\n"
        "    <dict>\n"
        "      <key>CFBundleURLName</key><string>${scheme}</string>\n"
        "      <key>CFBundleURLSchemes</key>\n"
        "      <array><string>${scheme}</string></array>\n"
        "    </dict>\n"
        "  </array>\n"
        "</dict>\n</plist>\n")
    file(CONFIGURE OUTPUT "${plist}" CONTENT "${plist_content}" @ONLY)

    # Desktop entry; Exec quoting as in the Desktop Entry Specification (the same as UrlSchemeHandler writes).
    set(exec "${target}")
    foreach(arg IN LISTS U_ARGUMENTS)
        string(REPLACE "\\" "\\\\\\\\" arg "${arg}")
        string(REPLACE "\"" "\\\\\"" arg "${arg}")
        string(REPLACE "`" "\\\\`" arg "${arg}")
        string(REPLACE "$" "\\\\$" arg "${arg}")
        string(REPLACE "%" "%%" arg "${arg}")
        string(APPEND exec " \"${arg}\"")
    endforeach()
    string(REPLACE "+" "_" desktop_id "${scheme}")
    set(desktop "${dir}/${desktop_id}-url-handler.desktop")
    string(CONCAT desktop_content
        "[Desktop Entry]\nType=Application\nName=${U_NAME}\nExec=${exec} %u\n"
        "MimeType=x-scheme-handler/${scheme};\nNoDisplay=true\nTerminal=false\n")
    if(U_ICON)
        string(APPEND desktop_content "Icon=${U_ICON}\n")
    endif()
    file(CONFIGURE OUTPUT "${desktop}" CONTENT "${desktop_content}" @ONLY)

    set_target_properties(${target} PROPERTIES
        MACOSX_BUNDLE_INFO_PLIST "${plist}"
        CLERKQT_URL_SCHEME_INFO_PLIST "${plist}"
        CLERKQT_URL_SCHEME_DESKTOP_FILE "${desktop}")
    if(U_INSTALL_DESKTOP_FILE AND UNIX AND NOT APPLE)
        install(FILES "${desktop}" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    endif()
endfunction()
