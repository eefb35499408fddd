# handout_write_copyright(<template> <output>): the package's DEP-5 copyright
# file is the template plus the stand-alone licence paragraphs it names for the
# bundled fonts, read from the copyright files of Debian's font packages (so
# the licence texts are the very ones those packages ship).

# Sets <out> to the paragraph of <text> that starts with <first_line>.
function(handout_paragraph text first_line out)
    string(FIND "${text}" "\n${first_line}\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "no '${first_line}' paragraph in a font package's copyright file")
    endif()
    math(EXPR at "${at} + 1")
    string(SUBSTRING "${text}" ${at} -1 rest)
    string(FIND "${rest}" "\n\n" end)
    if(NOT end EQUAL -1)
        string(SUBSTRING "${rest}" 0 ${end} rest)
    endif()
    set(${out} "${rest}" PARENT_SCOPE)
endfunction()

function(handout_write_copyright template output)
    file(READ "${template}" ours)
    file(READ "/usr/share/doc/fonts-noto-core/copyright" noto)
    file(READ "/usr/share/doc/fonts-dejavu-core/copyright" dejavu)
    # Noto has a stand-alone OFL-1.1 paragraph (after a blank line).
    string(FIND "${noto}" "\n\nLicense: OFL-1.1\n" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "fonts-noto-core's copyright file has no stand-alone OFL-1.1 licence")
    endif()
    string(SUBSTRING "${noto}" ${at} -1 noto)
    handout_paragraph("${noto}" "License: OFL-1.1" ofl)
    # DejaVu gives the Bitstream Vera text inside its "Files: *" paragraph.
    handout_paragraph("${dejavu}" "License: bitstream-vera" vera_files)
    string(FIND "${vera_files}" "License: bitstream-vera" at)
    string(SUBSTRING "${vera_files}" ${at} -1 vera)
    # Trailing spaces are not part of the text.
    string(REGEX REPLACE " +\n" "\n" ofl "${ofl}")
    string(REGEX REPLACE " +\n" "\n" vera "${vera}")
    file(WRITE "${output}.tmp" "${ours}\n${ofl}\n\n${vera}\n")
    configure_file("${output}.tmp" "${output}" COPYONLY)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
                 "${template}" "/usr/share/doc/fonts-noto-core/copyright"
                 "/usr/share/doc/fonts-dejavu-core/copyright")
endfunction()
