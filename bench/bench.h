// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace banthuek::bench {

// One measured figure for a notebook size.
struct Figure
{
    std::string name;
    double value = 0;
    std::string unit;
};

// Generation and import (core only); `textBytes`, when given, receives the text generated.
std::vector<Figure> measureCore(const std::string& dir, int notes, double* textBytes = nullptr);
// Opening the window on a generated notebook: time to first paint, scroll steps.
std::vector<Figure> measureWindow(const std::string& path);
// The longest stall of the window during the integrity check, a year's summary preview and an
// autosave, beside the same work done on the GUI thread (see stallbench.cpp).
std::vector<Figure> measureStalls(const std::string& path);
// The search benchmark on an existing notebook (see searchbench.cpp); prints its table and
// returns 0 when recall and precision are both 1.00.
int runSearchBench(const std::string& path, int runs, bool rebuild);
// Only the search times of the same queries, without the ground truth (a quick before/after).
int runSearchTimes(const std::string& path, int runs);
// The same times as figures: p50 and p95 over every query.
std::vector<Figure> measureSearchTimes(const std::string& path, int runs);
// The note list of the busiest province (its note ids, what the list reads first), median of 5.
std::vector<Figure> measureProvinceList(const std::string& path);
// Every figure above on generated notebooks of each size, with the exponent of its growth
// (see scalebench.cpp).
int runScaleBench(const std::string& dir, const std::vector<int>& sizes);
// The place, theme and coverage views on an existing notebook (see overviewbench.cpp).
int runOverviewBench(const std::string& path);
// The monthly summary on an existing notebook, one month made to hold `monthNotes` notes (see
// summarybench.cpp; the notebook is changed).
int runSummaryBench(const std::string& path, int monthNotes);
// Team exchange on a copy of a notebook (see exchangebench.cpp); 0 when the laptops converged.
int runExchangeBench(const std::string& path, const std::string& dir, int bundleNotes, int laptops,
                     int monthNotes);

// A Markdown folder of `notes` notes out of a notebook and into a new one, beside 1,000 (see
// markdownbench.cpp); 0 when every note came back.
int runMarkdownBench(const std::string& path, const std::string& dir, int notes);

// The published site of `notes` notes beside 1,000: writing it, and its search in headless
// Chromium (see publishbench.cpp); 0 when the search ran.
int runPublishBench(const std::string& path, const std::string& dir, int notes);

// Typing `keys` characters into the middle of a note of `chars` characters, the spelling check
// off and then on (see typingbench.cpp); 0 when the check leaves the p95 key press unchanged.
int runTypingBench(const std::string& dir, int chars, int keys);

} // namespace banthuek::bench
