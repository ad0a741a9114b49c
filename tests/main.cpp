// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2's main in its own file: it is slow to compile and never changes.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
