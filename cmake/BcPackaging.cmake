# Installation layout and the Debian package (cpack -G DEB from the build folder).
include(GNUInstallDirs)

foreach(_bc_exe backup-console backup-console-sandbox)
    if(TARGET ${_bc_exe})
        install(TARGETS ${_bc_exe} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    endif()
endforeach()

set(_bc_linux ${PROJECT_SOURCE_DIR}/packaging/linux)
install(FILES ${_bc_linux}/${BC_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_bc_linux}/${BC_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_bc_linux}/icons/${BC_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_bc_linux}/backup-console.1 ${_bc_linux}/backup-console-sandbox.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(CPACK_PACKAGE_NAME backup-console)
set(CPACK_PACKAGE_VENDOR "The BackupConsole developers")
set(CPACK_PACKAGE_CONTACT "BackupConsole developers <backupconsole@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY backup-console)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS OFF)
# Stripped like every Debian package (the binaries of a RelWithDebInfo tree are 120 MB with debug info).
set(CPACK_STRIP_FILES ON)
# Declared by hand: dpkg-shlibdeps would miss what Qt loads at run time (SQLite driver, libsecret).
set(_bc_deps "libqt6core6 (>= 6.4), libqt6network6 (>= 6.4), libqt6sql6 (>= 6.4), libqt6sql6-sqlite (>= 6.4), libqt6httpserver6 (>= 6.4), libqt6websockets6 (>= 6.4), libqt6concurrent6 (>= 6.4), libqt6keychain1, libsecret-1-0, libsqlite3-0, libc6, libstdc++6")
if(BC_GUI)
    string(APPEND _bc_deps ", libqt6gui6 (>= 6.4), libqt6widgets6 (>= 6.4), libqt6svg6 (>= 6.4), qt6-qpa-plugins")
endif()
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_bc_deps}")
# Qt's own strings (dialog buttons) in German and French.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
include(CPack)

# The desktop file and the AppStream metainfo must validate (ctest -L ship).
if(BC_TESTS)
    find_program(BC_DESKTOP_FILE_VALIDATE desktop-file-validate REQUIRED)
    find_program(BC_APPSTREAMCLI appstreamcli REQUIRED)
    add_test(NAME tst_ship_desktop_file
        COMMAND ${BC_DESKTOP_FILE_VALIDATE} ${_bc_linux}/${BC_APP_ID}.desktop)
    add_test(NAME tst_ship_metainfo
        COMMAND ${BC_APPSTREAMCLI} validate --no-net ${_bc_linux}/${BC_APP_ID}.metainfo.xml)
    set_tests_properties(tst_ship_desktop_file tst_ship_metainfo PROPERTIES LABELS "ship;unit")
endif()
