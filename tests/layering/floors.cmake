# SPDX-License-Identifier: GPL-3.0-or-later
# The floors of core and ui: a folder may include its own headers and those of folders on
# lower floors, never a folder on its own floor or above. Run as
#   cmake -DSOURCE_DIR=<tree> -P floors.cmake
# It prints every include that points up or sideways and fails when there is one.
#
# core/error.h, the one error type, stands below every floor. Folders on one line share a
# floor and know nothing of each other. A new folder must be given a floor here.

set(core_floors
    "storage text"                                              # SQLite and ICU, nothing else
    "notes places themes people organisations comments files"   # the stores
    "search overview"                                           # across the stores
    "report"                                                    # the document model
    "minutes plans"                                             # stores that use reports
    "schema"                                                    # migrations, triggers, functions
    "notebook"                                                  # one open file and its stores
    "summary formats generate demo exchange backup spelling"    # services over a notebook
    "edits")                                                    # the named writes: the one write path
set(ui_floors
    "widgets report files"                                      # no notebook at all
    "preferences session about"                                 # the open notebook, settings, About
    "spelling"                                                  # the check, on its own thread
    "places themes search sidebar notebook comments minutes photos"
    "people plans summary exchange imports backup"
    "notes overview"
    "mainwindow"
    "startup")                                                  # runGui, first start

if(NOT SOURCE_DIR)
    message(FATAL_ERROR "floors.cmake: pass -DSOURCE_DIR=<the source tree>")
endif()

set(violations 0)

function(check_layer layer floors)
    set(floor 0)
    foreach(line IN LISTS floors)
        string(REPLACE " " ";" folders "${line}")
        foreach(folder IN LISTS folders)
            set(floor_of_${folder} ${floor} PARENT_SCOPE)
            set(floor_of_${folder} ${floor})
        endforeach()
        math(EXPR floor "${floor} + 1")
    endforeach()

    file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/${layer}/*.h" "${SOURCE_DIR}/${layer}/*.cpp")
    list(SORT sources)
    foreach(source IN LISTS sources)
        string(REGEX MATCH "^${layer}/([a-z0-9_]+)/" match "${source}")
        if(NOT match)
            if(NOT source MATCHES "^core/error\\.(h|cpp)$")
                message("${source}: a file of ${layer}/ outside every folder (give it a folder and a floor)")
                math(EXPR violations "${violations} + 1")
            endif()
            continue()
        endif()
        set(folder "${CMAKE_MATCH_1}")
        if(NOT DEFINED floor_of_${folder})
            message("${source}: ${layer}/${folder} has no floor in tests/layering/floors.cmake")
            math(EXPR violations "${violations} + 1")
            continue()
        endif()
        file(STRINGS "${SOURCE_DIR}/${source}" includes REGEX "^#include \"${layer}/[a-z0-9_]+/")
        foreach(include IN LISTS includes)
            string(REGEX MATCH "\"${layer}/([a-z0-9_]+)/" target "${include}")
            set(other "${CMAKE_MATCH_1}")
            if(other STREQUAL folder)
                continue()
            endif()
            if(NOT DEFINED floor_of_${other} OR NOT floor_of_${other} LESS floor_of_${folder})
                message("${source}: ${layer}/${folder} (floor ${floor_of_${folder}}) includes ${layer}/${other} "
                        "(floor ${floor_of_${other}}): ${include}")
                math(EXPR violations "${violations} + 1")
            endif()
        endforeach()
    endforeach()
    set(violations ${violations} PARENT_SCOPE)
endfunction()

check_layer(core "${core_floors}")
check_layer(ui "${ui_floors}")

# The window writes only through core's named operations (core::Edits, by way of Session): no
# transaction, no handle on the database and no SQL in ui/.
file(GLOB_RECURSE ui_sources RELATIVE "${SOURCE_DIR}" "${SOURCE_DIR}/ui/*.h" "${SOURCE_DIR}/ui/*.cpp")
list(SORT ui_sources)
foreach(source IN LISTS ui_sources)
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "Transaction|\\.database\\(\\)|sqlite3|Statement")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        message("${source}: ui writes through core::Edits only, not: ${line}")
        math(EXPR violations "${violations} + 1")
    endforeach()
endforeach()

if(violations GREATER 0)
    message(FATAL_ERROR "${violations} places break the floors")
endif()
message("floors: every include in core/ and ui/ points down; ui/ has no transaction or SQL")
