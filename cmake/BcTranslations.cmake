# Translations of the console and the command line (German, French).
#   cmake --build <dir> --target update_translations   refresh translations/*.ts from the sources
#   ctest -L ship                                       fails when a .ts is stale or unfinished
# The compiled .qm files are embedded under :/i18n and installed for other tools to find.
# Included from app/CMakeLists.txt, so the resource joins backup-console's own directory.
find_package(Qt6 REQUIRED COMPONENTS LinguistTools)

set(BC_LANGUAGES de fr)
set(BC_TS_FILES)
foreach(_bc_lang ${BC_LANGUAGES})
    list(APPEND BC_TS_FILES ${PROJECT_SOURCE_DIR}/translations/backupconsole_${_bc_lang}.ts)
endforeach()

# What the person sees: the window, the command line, the client's messages. The sandbox stands
# in for the remote service and answers in English like it.
file(GLOB_RECURSE _bc_tr_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/app/*.h ${PROJECT_SOURCE_DIR}/app/*.cpp
    ${PROJECT_SOURCE_DIR}/client/*.h ${PROJECT_SOURCE_DIR}/client/*.cpp
    ${PROJECT_SOURCE_DIR}/models/*.h ${PROJECT_SOURCE_DIR}/models/*.cpp
    ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.cpp)
list(SORT _bc_tr_sources)
list(JOIN _bc_tr_sources "\n" _bc_tr_list)
set(BC_TR_SOURCE_LIST ${CMAKE_BINARY_DIR}/translations/sources.lst)
file(WRITE ${BC_TR_SOURCE_LIST}.in "${_bc_tr_list}\n")
configure_file(${BC_TR_SOURCE_LIST}.in ${BC_TR_SOURCE_LIST} COPYONLY)

# One lupdate invocation for the update target and the check, so both produce the same bytes.
# No source locations: line moves would otherwise churn the files.
set(BC_LUPDATE_OPTIONS -silent -no-obsolete -locations none)
add_custom_target(update_translations
    COMMAND Qt6::lupdate ${BC_LUPDATE_OPTIONS} @${BC_TR_SOURCE_LIST} -ts ${BC_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)

qt_add_lrelease(backup-console TS_FILES ${BC_TS_FILES} QM_FILES_OUTPUT_VARIABLE BC_QM_FILES
    OPTIONS -silent)
qt_add_resources(backup-console bc_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${BC_QM_FILES})
include(GNUInstallDirs)
install(FILES ${BC_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/backup-console/translations)

if(BC_TESTS)
    add_test(NAME tst_ship_translations
        COMMAND ${CMAKE_COMMAND}
            -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
            "-DOPTIONS=${BC_LUPDATE_OPTIONS}"
            -DSOURCE_LIST=${BC_TR_SOURCE_LIST}
            "-DTS_FILES=${BC_TS_FILES}"
            -DWORK_DIR=${CMAKE_BINARY_DIR}/translations/check
            -DLCONVERT=$<TARGET_FILE:Qt6::lconvert>
            -DQT_TRANSLATIONS=${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}
            -P ${PROJECT_SOURCE_DIR}/cmake/BcCheckTranslations.cmake
        WORKING_DIRECTORY ${PROJECT_SOURCE_DIR})
    set_tests_properties(tst_ship_translations PROPERTIES LABELS "ship;unit" TIMEOUT 120)
endif()
