// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/report/report.h"

#include <string>

namespace banthuek::core {

class Notebook;

// One meeting's minutes in the layout Thai offices use for รายงานการประชุม: meeting name and
// number, date, venue; present, absent (with reasons) and guests; the start time; each agenda
// item with its discussion and resolution (มติ), followed-up and new action items; the BAR/AAR
// sections when written; the end time; the recorder and the approver, with room to sign.
// Dates follow `style` (era, digits) and the wording its language. Throws NotFound for an
// unknown note and InvalidInput for a note that is not minutes.
[[nodiscard]] ReportDocument minutesReport(const Notebook& notebook, const std::string& noteId,
                                           const DateStyle& style);

} // namespace banthuek::core
