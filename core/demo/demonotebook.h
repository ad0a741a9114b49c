// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace banthuek::core {

class Notebook;

// Fills a new notebook with a small, living example written for Banthuek: field notes, a
// draft, a meeting's minutes, an article and comments from a Nakhon Si Thammarat team, across
// several subdistricts and themes. Offered on first start. One transaction.
void addDemoContent(Notebook& notebook);

} // namespace banthuek::core
