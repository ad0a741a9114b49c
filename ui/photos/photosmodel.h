// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/notes/note.h"

#include <QAbstractListModel>
#include <QIcon>

#include <vector>

namespace banthuek::ui {

class PictureLoader;
class Session;
struct Preferences;

// The photos a list's notes show (a place's page: every photo of its notes), newest first,
// each under its note's title. Pictures come from the loader as they are made.
class PhotosModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int kTileEdge = 160;
    static constexpr int kNoteIdRole = Qt::UserRole + 1;
    static constexpr int kShaRole = Qt::UserRole + 2;

    PhotosModel(Session& session, const Preferences& preferences, PictureLoader& loader,
                QObject* parent = nullptr);

    void setFilter(const core::NoteFilter& filter);
    [[nodiscard]] const std::vector<core::NotePhoto>& photos() const { return m_photos; }
    // What the viewer shows under a photo: the file, when it was taken, and its note.
    [[nodiscard]] QString describe(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    Session& m_session;
    const Preferences& m_preferences;
    PictureLoader& m_loader;
    std::vector<core::NotePhoto> m_photos;
    QIcon m_blank;
};

// "3 Nov 2569 09:41" from EXIF's "2026-11-03T09:41:07", in the user's date style.
[[nodiscard]] QString takenText(const Preferences& preferences, const std::string& takenAt);

} // namespace banthuek::ui
