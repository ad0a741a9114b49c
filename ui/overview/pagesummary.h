// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QCoreApplication>
#include <QString>

namespace banthuek::ui {

class Preferences;
class Session;

// The top of a place's, theme's, person's or organisation's page, above its notes: what it is
// (names, code, district and province, postal code; role and organisation) and what was
// written about it (notes by kind, the last field note and how long ago, so a team lead sees
// where nobody has been lately; a place's themes and the people active there; a theme's or a
// person's subdistricts). Rich text; empty for the other selections.
class PageSummary final
{
    Q_DECLARE_TR_FUNCTIONS(PageSummary)

public:
    [[nodiscard]] static QString forFilter(Session& session, const Preferences& preferences,
                                           const core::NoteFilter& filter);

private:
    [[nodiscard]] static QString heading(Session& session, const core::NoteFilter& filter);
};

} // namespace banthuek::ui
