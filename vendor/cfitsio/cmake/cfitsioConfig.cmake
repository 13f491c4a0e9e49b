include("${CMAKE_CURRENT_LIST_DIR}/cfitsioTargets.cmake")
