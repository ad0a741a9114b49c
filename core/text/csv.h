// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace banthuek::core {

// Reads RFC 4180 CSV from memory: quoted fields with "" escapes and embedded newlines,
// CRLF or LF line ends, an optional UTF-8 byte-order mark.
class CsvReader final
{
public:
    explicit CsvReader(std::string_view data);

    // Reads the next record into `fields`; false at the end. Throws InvalidInput naming the
    // line for an unterminated quoted field or text after a closing quote.
    [[nodiscard]] bool next(std::vector<std::string>& fields);
    // The line the last record started on, 1-based, for error messages.
    [[nodiscard]] int line() const noexcept { return m_recordLine; }

private:
    [[nodiscard]] std::string quotedField();

    std::string_view m_data;
    std::size_t m_pos = 0;
    int m_line = 1;
    int m_recordLine = 0;
};

// One CSV record (RFC 4180): fields quoted when they hold a comma, quote or line break,
// ended by CRLF.
[[nodiscard]] std::string csvRecord(const std::vector<std::string>& fields);

} // namespace banthuek::core
