// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QToolButton;

namespace banthuek::ui {

// The fold over a note's details (kind, date, author, places, themes, people, licence): folded,
// one line sums them up and the body gets the room, as a 768-pixel-high laptop screen needs;
// unfolded, the fields show. The choice is remembered; at first it follows the screen's height.
class DetailsFold final : public QWidget
{
    Q_OBJECT

public:
    DetailsFold(QWidget* details, QWidget* parent = nullptr);

    void setSummary(const QString& summary);
    void setUnfolded(bool unfolded);
    [[nodiscard]] bool unfolded() const;

private:
    QWidget* m_details;
    QToolButton* m_toggle;
    QLabel* m_summary;
};

} // namespace banthuek::ui
