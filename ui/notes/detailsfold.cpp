// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/detailsfold.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QToolButton>

namespace banthuek::ui {
namespace {

const QString kSetting = QStringLiteral("editor/detailsUnfolded");

// A screen lower than this shows the details folded until the user unfolds them.
constexpr int kRoomyScreenHeight = 800;

bool unfoldedAtFirst()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    return !screen || screen->availableGeometry().height() >= kRoomyScreenHeight;
}

} // namespace

DetailsFold::DetailsFold(QWidget* details, QWidget* parent)
    : QWidget(parent), m_details(details), m_toggle(new QToolButton(this)), m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("detailsFold"));
    m_toggle->setObjectName(QStringLiteral("detailsToggle"));
    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setText(tr("Details"));
    m_toggle->setToolTip(tr("Show or hide the kind, date, author, places, themes, people and licence"));
    m_summary->setObjectName(QStringLiteral("detailsSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided by the width
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_toggle);
    row->addWidget(m_summary, 1);
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        setUnfolded(on);
        QSettings().setValue(kSetting, on);
    });
    setUnfolded(QSettings().value(kSetting, unfoldedAtFirst()).toBool());
}

void DetailsFold::setSummary(const QString& summary)
{
    m_summary->setText(summary);
    m_summary->setToolTip(summary);
}

void DetailsFold::setUnfolded(bool unfolded)
{
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(unfolded);
    m_toggle->setArrowType(unfolded ? Qt::DownArrow : Qt::RightArrow);
    m_details->setVisible(unfolded);
    m_summary->setVisible(!unfolded);
}

bool DetailsFold::unfolded() const
{
    return m_toggle->isChecked();
}

} // namespace banthuek::ui
