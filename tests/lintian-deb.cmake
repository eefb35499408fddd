# Runs lintian on the .deb that packaging_deb built, and fails on any error or
# warning (a clean package is what Debian's own tools expect). Prints nothing
# but lintian's findings.
file(GLOB debs "${OUT_DIR}/*.deb")
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected the one .deb of packaging_deb in ${OUT_DIR}, found: ${debs}")
endif()
execute_process(COMMAND "${LINTIAN}" --fail-on error,warning --tag-display-limit 0 ${debs}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lintian finds problems in ${debs} (${rc}):\n${out}\n${err}")
endif()
