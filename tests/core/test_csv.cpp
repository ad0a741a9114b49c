// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"
#include "core/text/csv.h"

#include <catch2/catch.hpp>

using namespace banthuek::core;

TEST_CASE("CSV reader handles quotes, embedded newlines, CRLF and a BOM", "[csv]")
{
    CsvReader reader("\xEF\xBB\xBF"
                     "code,name\r\n800801,\"ท่าศาลา, \"\"กลาง\"\"\"\r\n9,\"two\nlines\"\n,\n");
    std::vector<std::string> row;
    REQUIRE(reader.next(row));
    CHECK(row == std::vector<std::string>{"code", "name"});
    REQUIRE(reader.next(row));
    CHECK(row == std::vector<std::string>{"800801", "ท่าศาลา, \"กลาง\""});
    CHECK(reader.line() == 2);
    REQUIRE(reader.next(row));
    CHECK(row == std::vector<std::string>{"9", "two\nlines"});
    REQUIRE(reader.next(row));
    CHECK(row == std::vector<std::string>{"", ""});
    CHECK(reader.line() == 5);
    CHECK_FALSE(reader.next(row));
}

TEST_CASE("CSV reader reports the line of an unclosed quote", "[csv]")
{
    CsvReader reader("a,b\n1,\"never closed\n");
    std::vector<std::string> row;
    REQUIRE(reader.next(row));
    CHECK_THROWS_WITH(reader.next(row), Catch::Contains("line 2"));
}
