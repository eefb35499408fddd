# The handout is laid out with fonts compiled into the application, so pagination
# and glyph coverage are the same on every machine and every font can be embedded
# in a PDF (both families allow embedding: SIL OFL 1.1 and the Bitstream Vera/DejaVu
# licence). The files come from Debian's font packages, which the set-up installs;
# they are copied into the build tree, never into the repository.
set(HANDOUT_FONT_SOURCES
    /usr/share/fonts/truetype/noto/NotoSans-Regular.ttf
    /usr/share/fonts/truetype/noto/NotoSans-Bold.ttf
    /usr/share/fonts/truetype/noto/NotoSans-Italic.ttf
    /usr/share/fonts/truetype/noto/NotoSans-BoldItalic.ttf
    /usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf
    /usr/share/fonts/truetype/noto/NotoSansArabic-Bold.ttf
    /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
    /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf)

set(HANDOUT_FONT_DIR "${CMAKE_BINARY_DIR}/bundled-fonts")
set(HANDOUT_FONT_FILES "")
foreach(font IN LISTS HANDOUT_FONT_SOURCES)
    if(NOT EXISTS "${font}")
        message(FATAL_ERROR "Font ${font} is missing: install fonts-noto-core and fonts-dejavu-core "
                            "(packaging/debian-packages.txt lists them).")
    endif()
    get_filename_component(name "${font}" NAME)
    configure_file("${font}" "${HANDOUT_FONT_DIR}/${name}" COPYONLY)
    list(APPEND HANDOUT_FONT_FILES "${HANDOUT_FONT_DIR}/${name}")
endforeach()

set(HANDOUT_FONT_LICENCES
    /usr/share/doc/fonts-noto-core/copyright
    /usr/share/doc/fonts-dejavu-core/copyright)
