// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/csv.h"

#include "core/error.h"

namespace banthuek::core {

CsvReader::CsvReader(std::string_view data) : m_data(data)
{
    if (m_data.substr(0, 3) == "\xEF\xBB\xBF") {
        m_pos = 3;
    }
}

std::string CsvReader::quotedField()
{
    std::string field;
    ++m_pos; // opening quote
    while (true) {
        if (m_pos >= m_data.size()) {
            throw Error(ErrorCategory::InvalidInput, "CSV line %1: a quoted field is never closed.",
                        {std::to_string(m_recordLine)});
        }
        const char c = m_data[m_pos++];
        if (c == '"') {
            if (m_pos < m_data.size() && m_data[m_pos] == '"') {
                field += '"';
                ++m_pos;
                continue;
            }
            return field;
        }
        if (c == '\n') {
            ++m_line;
        }
        field += c;
    }
}

bool CsvReader::next(std::vector<std::string>& fields)
{
    fields.clear();
    if (m_pos >= m_data.size()) {
        return false;
    }
    m_recordLine = m_line;
    std::string field;
    while (true) {
        if (m_pos < m_data.size() && m_data[m_pos] == '"' && field.empty()) {
            field = quotedField();
            const bool atEnd = m_pos >= m_data.size();
            if (!atEnd && m_data[m_pos] != ',' && m_data[m_pos] != '\n' && m_data[m_pos] != '\r') {
                throw Error(ErrorCategory::InvalidInput,
                            "CSV line %1: unexpected text after a closing quote.", {std::to_string(m_line)});
            }
            continue;
        }
        if (m_pos >= m_data.size() || m_data[m_pos] == '\n' || m_data[m_pos] == '\r') {
            fields.push_back(std::move(field));
            if (m_pos < m_data.size() && m_data[m_pos] == '\r') {
                ++m_pos;
            }
            if (m_pos < m_data.size() && m_data[m_pos] == '\n') {
                ++m_pos;
            }
            ++m_line;
            return true;
        }
        if (m_data[m_pos] == ',') {
            fields.push_back(std::move(field));
            field.clear();
            ++m_pos;
            continue;
        }
        field += m_data[m_pos++];
    }
}

std::string csvRecord(const std::vector<std::string>& fields)
{
    std::string record;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        const std::string& field = fields[i];
        record += i ? "," : "";
        if (field.find_first_of(",\"\r\n") == std::string::npos) {
            record += field;
            continue;
        }
        record += '"';
        for (const char c : field) {
            record += c == '"' ? std::string("\"\"") : std::string(1, c);
        }
        record += '"';
    }
    return record + "\r\n";
}

} // namespace banthuek::core
