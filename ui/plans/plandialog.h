// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/plans/plan.h"
#include "ui/plans/plandetails.h"
#include "ui/plans/planitemstable.h"
#include "ui/plans/surveypanel.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTabWidget;

namespace banthuek::ui {

class ChipsField;
class DateField;
class EntryTable;
class Preferences;
class Session;
class PlanCharts;

// A community's master plan (แผนแม่บทชุมชน): the plan's period, status and forum; its items as a
// keyboard table (category, status, progress, budgets, fiscal year, responsible, partners, theme,
// the อบต. plan's reference) with totals and charts, stalled items marked; the ranked problems;
// the household survey of a year beside the year before. Save writes it all in one transaction;
// a cell that cannot be saved is named and nothing is lost. CSV import (with a preview) and export.
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    PlanDialog(Session& session, const Preferences& preferences, QWidget* parent = nullptr);
    ~PlanDialog() override;

    void setCommunity(const QString& code);
    [[nodiscard]] QString community() const { return m_community; }
    [[nodiscard]] QString planId() const;
    [[nodiscard]] EntryTable* itemsTable() const { return m_items->table(); }
    [[nodiscard]] EntryTable* problemsTable() const { return m_problems; }
    [[nodiscard]] QLabel* totalsLabel() const { return m_items->totalsLabel(); }
    [[nodiscard]] QLabel* messageLabel() const { return m_status; }
    [[nodiscard]] PlanCharts* charts() const { return m_items->charts(); }
    [[nodiscard]] QSpinBox* surveyYear() const { return m_survey->yearBox(); }
    [[nodiscard]] DateField* approvedOn() const { return m_details->approvedOn(); }
    [[nodiscard]] QLineEdit* surveyField(const QString& name) const { return m_survey->field(name); }
    // Adds a plan to the community and shows it; false (and a message) when it cannot be added.
    bool addPlan(const QString& title, int firstYear, int lastYear);
    // Writes the plan, its items, problems and the survey shown; false with the reason shown.
    bool save();
    // Imports a CSV file after showing what it would change (`confirm` answers the question).
    bool importCsv(const QString& path, const std::function<bool(const QString&)>& confirm);
    bool exportCsv(const QString& path);
    // Plan items of any community whose title or description holds the words; showItem opens
    // the item's community and plan with its row chosen.
    [[nodiscard]] std::vector<core::PlanItem> findItems(const QString& words) const;
    bool showItem(const QString& itemId);
    // The field notes linked to the item of a row, as (id, title), for its Notes cell.
    [[nodiscard]] QList<QPair<QString, QString>> notesOf(int row) const { return m_items->notesOf(row); }

signals:
    void noteChosen(const QString& noteId); // open it in the window

public slots:
    // Closing saves what was typed; when it cannot be saved, asks before throwing it away.
    void reject() override;

private:
    void loadPlans();
    void loadPlan();
    void loadSurvey();

    Session& m_session;
    const Preferences& m_preferences;
    QString m_community;
    ChipsField* m_place;
    QLineEdit* m_find;
    QComboBox* m_plan;
    PlanDetails* m_details;
    QTabWidget* m_tabs;
    PlanItemsTable* m_items;
    EntryTable* m_problems;
    SurveyPanel* m_survey;
    QLabel* m_status;
    bool m_edited = false;  // typed since the last load or save
    bool m_loading = false; // filling the tables: their changes are not typing
    // Before showing another plan, community or survey year: saves what was typed; false (the
    // switch should not happen) when it cannot be saved and the user keeps it.
    bool keepTyping();
    std::string m_shownPlan; // the plan the tables hold
};

} // namespace banthuek::ui
