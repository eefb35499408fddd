# Builds the .deb with CPack and checks what it holds.
file(REMOVE_RECURSE "${OUT_DIR}")
execute_process(COMMAND cpack -G DEB -B "${OUT_DIR}" WORKING_DIRECTORY "${BUILD_DIR}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack -G DEB failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
foreach(expected "usr/bin/handout-composer" "usr/bin/handout-cli"
                 "usr/share/applications/${APP_ID}.desktop" "usr/share/metainfo/${APP_ID}.metainfo.xml"
                 "usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg"
                 "usr/share/mime/packages/${APP_ID}.xml"
                 "usr/share/doc/handout-composer/copyright" "usr/share/doc/handout-composer/changelog.gz"
                 "usr/share/man/man1/handout-composer.1.gz" "usr/share/man/man1/handout-cli.1.gz")
    string(FIND "${listing}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .deb lacks ${expected}:\n${listing}")
    endif()
endforeach()
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
string(FIND "${depends}" "libqt6widgets6" at)
if(at EQUAL -1)
    message(FATAL_ERROR "the .deb does not depend on Qt Widgets: ${depends}")
endif()
# The extended description arrives as written (CPack escapes some characters
# for XML, which would print "&apos;" in package managers).
execute_process(COMMAND dpkg-deb -f ${debs} Description OUTPUT_VARIABLE description)
string(FIND "${description}" "clinicians and counselors" at)
string(FIND "${description}" "&" escaped)
if(at EQUAL -1 OR NOT escaped EQUAL -1)
    message(FATAL_ERROR "the .deb's extended description is missing or escaped:\n${description}")
endif()
