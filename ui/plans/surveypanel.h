// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"
#include "core/text/dates.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace banthuek::ui {

class EntryTable;
class Session;

// A community's household survey of one year (households, population, money per household,
// debt by creditor, main occupations), each figure beside the year before and its change.
class SurveyPanel final : public QWidget
{
    Q_OBJECT

public:
    SurveyPanel(Session& session, core::Era era, QWidget* parent = nullptr);

    // Shows the community's survey of the year the year box holds (empty for no community).
    void load(const QString& community);
    // The survey as typed for `community` and the year shown; nothing when nothing was typed.
    // A figure that is not a number adds its reason to `problems`.
    [[nodiscard]] std::optional<core::Survey> typedSurvey(const QString& community,
                                                          QStringList& problems) const;
    // The Gregorian year whose survey is shown.
    [[nodiscard]] int shownYear() const { return m_shownYear; }
    // Puts the year box back to the year shown (a switch that was refused).
    void keepShownYear();

    [[nodiscard]] QSpinBox* yearBox() const { return m_year; }
    [[nodiscard]] QLineEdit* field(const QString& name) const { return m_fields.value(name); }
    [[nodiscard]] EntryTable* occupations() const { return m_occupations; }

signals:
    void edited();
    void yearChosen(); // the user chose another year (load() follows when the typing is kept)

private:
    Session& m_session;
    core::Era m_era;
    QSpinBox* m_year;
    QHash<QString, QLineEdit*> m_fields;
    QHash<QString, QLabel*> m_previous;
    EntryTable* m_occupations;
    int m_shownYear = 0;
};

} // namespace banthuek::ui
