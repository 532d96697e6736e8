# bc_common: the language standard, warnings and Qt safety macros shared by every target.
add_library(bc_common INTERFACE)
target_compile_features(bc_common INTERFACE cxx_std_20)
set_target_properties(bc_common PROPERTIES INTERFACE_CXX_EXTENSIONS OFF)

target_compile_options(bc_common INTERFACE
    -Wall -Wextra -Wpedantic -Wold-style-cast -Wnon-virtual-dtor)
if(BC_WERROR)
    target_compile_options(bc_common INTERFACE -Werror)
endif()

target_compile_definitions(bc_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    BC_APP_ID="${BC_APP_ID}"
    BC_VERSION="${PROJECT_VERSION}")
# QT_NO_CONTEXTLESS_CONNECT only exists from Qt 6.7 on.
if(Qt6Core_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(bc_common INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(BC_SANITIZE)
    list(JOIN BC_SANITIZE "," _bc_sanitizers)
    target_compile_options(bc_common INTERFACE -fsanitize=${_bc_sanitizers} -fno-omit-frame-pointer)
    target_link_options(bc_common INTERFACE -fsanitize=${_bc_sanitizers})
endif()

# libFuzzer: the coverage instrumentation and the sanitizers of BC_FUZZ_SANITIZE (ASan + UBSan
# unless told otherwise) on everything compiled; the fuzz targets add -fsanitize=fuzzer (libFuzzer's
# main) at link time. UB aborts, so the fuzzer sees it. The 10-million run of docs/fuzzing.md uses
# a UBSan-only tree (three times the executions per second) and replays what it found under ASan.
set(BC_FUZZ_SANITIZE "address;undefined" CACHE STRING "Sanitizers of the fuzz tree")
if(BC_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "BC_FUZZ needs clang (libFuzzer): use the fuzz preset")
    endif()
    list(JOIN BC_FUZZ_SANITIZE "," _bc_fuzz_sanitizers)
    target_compile_options(bc_common INTERFACE -fsanitize=fuzzer-no-link,${_bc_fuzz_sanitizers}
        -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(bc_common INTERFACE -fsanitize=${_bc_fuzz_sanitizers})
endif()
