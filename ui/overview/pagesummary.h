// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QCoreApplication>
#include <QString>

namespace banthuek::ui {

class Preferences;
class Session;

// The top of a place's or a theme's page, above its notes: what it is (names, code, district
// and province, postal code) and what was written about it (notes by kind, the last field
// note and how long ago, so a team lead sees where nobody has been lately). Rich text; empty
// for selections that are neither a place nor a theme.
class PageSummary final {
    Q_DECLARE_TR_FUNCTIONS(PageSummary)

public:
    [[nodiscard]] static QString forFilter(Session& session, const Preferences& preferences,
                                           const core::NoteFilter& filter);
};

} // namespace banthuek::ui
