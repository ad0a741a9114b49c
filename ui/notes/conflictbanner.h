// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace banthuek::ui {

class Session;

// Above a note edited on two laptops at once: says that the other text is kept, and opens the
// two texts side by side to keep this one, take the other, or combine them by hand.
class ConflictBanner final : public QWidget
{
    Q_OBJECT

public:
    ConflictBanner(Session& session, QWidget* parent = nullptr);

    // Shown when the note has a conflict not yet resolved.
    void showFor(const QString& noteId);
    // Opens the side-by-side view (the banner's button).
    void compare();

signals:
    void useText(const QString& body); // the user chose the other laptop's text
    void resolved();                   // the user kept the current text

private:
    Session& m_session;
    QString m_noteId;
    QString m_other;
    QLabel* m_label;
};

} // namespace banthuek::ui
