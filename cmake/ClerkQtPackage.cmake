# The installed CMake package `ClerkQt`: config + version file for the export sets that sdk/, qml/ and
# emulator/ install (ClerkQtTargets, ClerkQtQmlTargets, ClerkQtEmulatorTargets, ClerkQtToolsTargets).
include(CMakePackageConfigHelpers)
include(GNUInstallDirs)

if(NOT DEFINED CLERKQT_INSTALL_QMLDIR)
    set(CLERKQT_INSTALL_QMLDIR "${QT6_INSTALL_QML}")
endif()
set(_clerkqt_cmake_dir "${CMAKE_INSTALL_LIBDIR}/cmake/ClerkQt")
configure_package_config_file(cmake/ClerkQtConfig.cmake.in "${PROJECT_BINARY_DIR}/ClerkQtConfig.cmake"
    INSTALL_DESTINATION "${_clerkqt_cmake_dir}"
    PATH_VARS CLERKQT_INSTALL_QMLDIR)
# 0.x: a minor release may break the API, so 0.1 accepts 0.1.* only; from 1.0 on, SameMajorVersion.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/ClerkQtConfigVersion.cmake"
    VERSION ${PROJECT_VERSION} COMPATIBILITY SameMinorVersion)
# clerkqt_add_url_scheme() (docs/url-schemes.md) comes with the package: ClerkQtConfig.cmake includes it.
install(FILES "${PROJECT_BINARY_DIR}/ClerkQtConfig.cmake" "${PROJECT_BINARY_DIR}/ClerkQtConfigVersion.cmake"
    "${PROJECT_SOURCE_DIR}/cmake/ClerkQtUrlScheme.cmake"
    DESTINATION "${_clerkqt_cmake_dir}")
