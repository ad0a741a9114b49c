// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QWidget>

class QLabel;
class QListView;

namespace banthuek::ui {

class PhotosModel;
class PictureLoader;
class Session;
struct Preferences;

// A page's Photos tab: every photo its notes show, newest first, as tiles under their notes'
// titles. Double-click (or Enter) opens the note; Space or "View photo" opens the viewer.
class PhotosView final : public QWidget
{
    Q_OBJECT

public:
    PhotosView(Session& session, const Preferences& preferences, QWidget* parent = nullptr);

    void setFilter(const core::NoteFilter& filter);
    [[nodiscard]] int count() const;
    [[nodiscard]] QListView* view() const { return m_view; }
    [[nodiscard]] PhotosModel& model() const { return *m_model; }
    // Opens the viewer on a tile's photo, with every photo of the page to step through.
    void viewPhoto(int row);

signals:
    void noteChosen(const QString& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    Session& m_session;
    PictureLoader* m_loader;
    PhotosModel* m_model;
    QListView* m_view;
    QLabel* m_empty;
};

} // namespace banthuek::ui
