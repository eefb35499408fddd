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

if(HANDOUT_WERROR)
    target_compile_options(handout_settings INTERFACE -Werror)
endif()

if(HANDOUT_SANITIZE)
    target_compile_options(handout_settings INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(handout_settings INTERFACE -fsanitize=address,undefined)
endif()
