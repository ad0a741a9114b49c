// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/plans/planlinkdialog.h"

#include "ui/plans/plancharts.h"
#include "ui/session/session.h"
#include "ui/widgets/screenfit.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <set>

namespace banthuek::ui {
namespace {

constexpr int kItemIdRole = Qt::UserRole;
constexpr int kLinkedRole = Qt::UserRole + 1;

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

} // namespace

PlanLinkDialog::PlanLinkDialog(Session& session, const QString& noteId, QWidget* parent)
    : QDialog(parent), m_session(session), m_noteId(noteId), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("planLinkDialog"));
    setWindowTitle(tr("Link the note to plan items"));
    m_tree->setHeaderLabels({tr("Plan item"), tr("Status"), tr("Progress")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    const core::Notebook& notebook = session.notebook();
    const auto note = session.read([&] { return notebook.notes().get(noteId.toStdString()); });
    std::set<std::string> plans;
    std::vector<core::Plan> found;
    if (note) {
        for (const std::string& code : note->content.placeCodes) {
            // A village's note also reports on its subdistrict's plan, and a subdistrict's on its villages'.
            for (const std::string& under : {code, code.substr(0, std::min<std::size_t>(code.size(), 6))}) {
                for (core::Plan& plan : session.read([&] { return notebook.plans().plansUnder(under); })
                                            .value_or(std::vector<core::Plan>{})) {
                    if (plans.insert(plan.id).second) {
                        found.push_back(std::move(plan));
                    }
                }
            }
        }
    }
    for (const core::Plan& plan : found) {
        auto* top = new QTreeWidgetItem(m_tree, {fromStd(plan.title) + QStringLiteral(" · ") +
                                                 session.placeName(fromStd(plan.communityCode))});
        top->setFlags(Qt::ItemIsEnabled);
        for (const core::PlanItem& item : session.read([&] { return notebook.plans().items(plan.id); })
                                              .value_or(std::vector<core::PlanItem>{})) {
            auto* row = new QTreeWidgetItem(top, {fromStd(item.title), statusLabel(item.status),
                                                  QStringLiteral("%1%").arg(item.progress)});
            const bool linked = std::find(item.noteIds.begin(), item.noteIds.end(), noteId.toStdString()) !=
                                item.noteIds.end();
            row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            row->setCheckState(0, linked ? Qt::Checked : Qt::Unchecked);
            row->setData(0, kItemIdRole, fromStd(item.id));
            row->setData(0, kLinkedRole, linked);
            ++m_items;
        }
    }
    m_tree->expandAll();
    auto* layout = new QVBoxLayout(this);
    if (m_items == 0) {
        layout->addWidget(new QLabel(
            tr("No plan of this note's places has items yet (View → Community master plan)."), this));
    }
    layout->addWidget(m_tree, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) {
            accept();
        }
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    sizeToScreen(this, {640, 480});
}

bool PlanLinkDialog::save()
{
    std::vector<std::pair<std::string, bool>> changes; // item, now linked
    for (int top = 0; top < m_tree->topLevelItemCount(); ++top) {
        QTreeWidgetItem* plan = m_tree->topLevelItem(top);
        for (int i = 0; i < plan->childCount(); ++i) {
            QTreeWidgetItem* row = plan->child(i);
            const bool linked = row->checkState(0) == Qt::Checked;
            if (linked != row->data(0, kLinkedRole).toBool()) {
                changes.emplace_back(row->data(0, kItemIdRole).toString().toStdString(), linked);
            }
        }
    }
    if (changes.empty()) {
        return true;
    }
    const std::string note = m_noteId.toStdString();
    return m_session.linkPlanItems(note, changes);
}

} // namespace banthuek::ui
