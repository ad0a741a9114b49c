// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>

namespace banthuek::core {

class Notebook;

struct GenerateOptions
{
    int notes = 1000;
    std::uint64_t seed = 1;
    std::function<void(int done, int total)> progress; // called every 1,000 notes and at the end
};

struct GenerateSummary
{
    int notes = 0;
    int comments = 0;
    std::int64_t textBytes = 0; // titles, bodies and comments
};

// Fills a notebook with realistic Thai field notes (75%), minutes (15%) and articles (10%) of
// 1-6 KB, spread over many subdistricts (most in Nakhon Si Thammarat) and themes, with
// comments. The same seed gives the same content (ids and clock times differ). One transaction.
GenerateSummary generateNotes(Notebook& notebook, const GenerateOptions& options);

} // namespace banthuek::core
