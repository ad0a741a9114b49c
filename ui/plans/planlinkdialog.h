// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTreeWidget;

namespace banthuek::ui {

class Session;

// Links a field note to the plan items it reports on: the items of the plans of the note's
// places (and of the villages under them, or the subdistrict around a village), ticked when
// linked. OK writes the changes in one transaction.
class PlanLinkDialog final : public QDialog
{
    Q_OBJECT

public:
    PlanLinkDialog(Session& session, const QString& noteId, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] int itemCount() const { return m_items; }
    bool save();

private:
    Session& m_session;
    QString m_noteId;
    QTreeWidget* m_tree;
    int m_items = 0;
};

} // namespace banthuek::ui
