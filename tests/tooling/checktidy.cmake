# SPDX-License-Identifier: GPL-3.0-or-later
# Runs clang-tidy (.clang-tidy: bugprone, performance and a few more, every warning an error)
# over every source file of core, through the build's compile_commands.json.
#   cmake -DSOURCE_DIR=<tree> -DBUILD_DIR=<build> -DRUN_CLANG_TIDY=<run-clang-tidy> -P checktidy.cmake
if(NOT SOURCE_DIR OR NOT BUILD_DIR OR NOT RUN_CLANG_TIDY)
    message(FATAL_ERROR "checktidy.cmake: pass -DSOURCE_DIR, -DBUILD_DIR and -DRUN_CLANG_TIDY")
endif()
cmake_host_system_information(RESULT cores QUERY NUMBER_OF_LOGICAL_CORES)
execute_process(COMMAND "${RUN_CLANG_TIDY}" -p "${BUILD_DIR}" -j ${cores} -quiet
                        -extra-arg=-Wno-unknown-warning-option "${SOURCE_DIR}/core/"
                RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE errors)
string(REGEX MATCHALL "[^\n]*(warning|error): [^\n]*" findings "${output}\n${errors}")
list(FILTER findings EXCLUDE REGEX "warnings? generated|unknown warning option")
list(REMOVE_DUPLICATES findings)
list(LENGTH findings count)
if(NOT result EQUAL 0 OR count GREATER 0)
    list(JOIN findings "\n" listed)
    message(FATAL_ERROR "clang-tidy found ${count} problems in core (exit ${result}):\n${listed}")
endif()
message("tidy: core is clean")
