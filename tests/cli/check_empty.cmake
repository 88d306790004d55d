# Checks that FILE exists and is still empty (a refused library file is never written).
if(NOT EXISTS "${FILE}")
    message(FATAL_ERROR "${FILE} is gone")
endif()
file(SIZE "${FILE}" size)
if(NOT size EQUAL 0)
    message(FATAL_ERROR "${FILE} was written: ${size} bytes")
endif()
