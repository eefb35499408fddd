# One INTERFACE target carries the compile settings every project target shares,
# so a setting is changed in one place.
add_library(handout_settings INTERFACE)

target_compile_definitions(handout_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

target_compile_options(handout_settings INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
    -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Qt's test macros (QSKIP with one argument) use this GNU extension.
    target_compile_options(handout_settings INTERFACE -Wno-gnu-zero-variadic-macro-arguments)
endif()

if(HANDOUT_WERROR)
    target_compile_options(handout_settings INTERFACE -Werror)
endif()

if(HANDOUT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "HANDOUT_FUZZ needs clang (libFuzzer): configure with -DCMAKE_CXX_COMPILER=clang++")
    endif()
    # Coverage feedback for the fuzzers in every project library.
    target_compile_options(handout_settings INTERFACE -fsanitize=fuzzer-no-link)
endif()

if(HANDOUT_SANITIZE)
    target_compile_options(handout_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(handout_settings INTERFACE -fsanitize=address,undefined)
endif()

# Rebuilds of the same sources (a second clone, another preset after a clean,
# CI on the machine a developer used) come from Debian's compiler cache when it
# is installed. packaging/run-tests.sh sets CCACHE_BASEDIR so hits do not
# depend on where the tree was cloned.
find_program(HANDOUT_CCACHE ccache)
if(HANDOUT_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER "${HANDOUT_CCACHE}")
endif()
