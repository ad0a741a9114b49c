// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notelistpane.h"

#include "core/search/searchquery.h"
#include "ui/notes/notelistmodel.h"
#include "ui/photos/photosview.h"
#include "ui/search/searchresultdelegate.h"
#include "ui/search/searchresultsmodel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStackedWidget>
#include <QTabBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace banthuek::ui {

NoteListPane::NoteListPane(NoteListModel& model, Session& session, const Preferences& preferences,
                           QWidget* parent)
    : QWidget(parent), m_model(model), m_resultsModel(new SearchResultsModel(session, this)),
      m_breadcrumb(new QLabel(this)), m_summary(new QLabel(this)), m_tabs(new QTabBar(this)),
      m_mode(new QToolButton(this)), m_box(new QLineEdit(this)), m_status(new QLabel(this)),
      m_stack(new QStackedWidget(this)), m_view(new QTreeView(this)), m_results(new QListView(this)),
      m_photos(new PhotosView(session, preferences, this))
{
    setObjectName(QStringLiteral("noteListPane"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_breadcrumb->setObjectName(QStringLiteral("breadcrumb"));
    m_breadcrumb->setWordWrap(true);
    m_breadcrumb->setContentsMargins(4, 4, 4, 0);
    m_summary->setObjectName(QStringLiteral("pageSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setContentsMargins(4, 2, 4, 2);
    m_summary->hide();
    m_mode->setObjectName(QStringLiteral("searchMode"));
    m_mode->setCheckable(true);
    m_mode->setText(tr("Search"));
    m_mode->setToolTip(tr("Search the full text of every note, its comments included (Ctrl+K)"));
    m_box->setObjectName(QStringLiteral("quickFilter"));
    m_box->setClearButtonEnabled(true);
    m_box->installEventFilter(this);
    m_status->setObjectName(QStringLiteral("searchStatus"));
    m_status->setWordWrap(true);
    m_status->setContentsMargins(4, 0, 4, 0);
    m_status->hide();
    m_tabs->setObjectName(QStringLiteral("pageTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    m_tabs->addTab(tr("Notes"));
    m_tabs->addTab(tr("Photos"));
    m_tabs->hide();
    auto* boxRow = new QHBoxLayout();
    boxRow->addWidget(m_mode);
    boxRow->addWidget(m_box, 1);

    m_view->setObjectName(QStringLiteral("noteList"));
    m_view->setModel(&m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true); // lets the view skip measuring 100,000 rows
    m_view->setIconSize(QSize(32, 24)); // a row's first photo: small enough to keep rows short
    m_view->setAlternatingRowColors(true);
    // The indicator first: enabling sorting sorts by it at once (by title, were it left unset).
    m_view->header()->setSortIndicator(NoteListModel::Date, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    m_view->header()->setStretchLastSection(false);
    m_view->setColumnWidth(NoteListModel::Title, 260);
    m_view->setColumnWidth(NoteListModel::Date, 130);
    m_view->setColumnWidth(NoteListModel::Places, 120);
    m_view->setColumnWidth(NoteListModel::Themes, 140);
    m_view->setColumnWidth(NoteListModel::FirstLine, 260);
    m_view->setColumnWidth(NoteListModel::Record, 60);
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_resultsModel);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setUniformItemSizes(true);
    m_results->setAlternatingRowColors(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_results);
    m_stack->addWidget(m_photos);
    layout->addWidget(m_breadcrumb);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs);
    layout->addLayout(boxRow);
    layout->addWidget(m_status);
    layout->addWidget(m_stack, 1);
    setSearching(false);

    // Typing acts after a short pause, so each keystroke does not hit the disk.
    auto* debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_box, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &NoteListPane::textTyped);
    connect(m_mode, &QToolButton::toggled, this, [this](bool on) {
        setSearching(on);
        textTyped();
    });
    auto announceList = [this] {
        if (!searching()) {
            emit currentNoteChanged(currentNoteId());
        }
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, announceList);
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this, announceList] {
        if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0 && !signalsBlocked()) {
            const QSignalBlocker quiet(m_view->selectionModel());
            m_view->setCurrentIndex(m_model.index(0, 0)); // a list that shows notes always has one open
        }
        announceList();
    });
    connect(m_results->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        if (searching()) {
            emit currentNoteChanged(currentNoteId());
        }
    });
    connect(m_resultsModel, &SearchResultsModel::searched, this, &NoteListPane::showSearchStatus);
    connect(m_tabs, &QTabBar::currentChanged, this, [this] {
        if (showingPhotos()) {
            m_photos->setFilter(m_model.filter());
        }
        showCurrentView();
    });
    connect(m_photos, &PhotosView::noteChosen, this, &NoteListPane::noteChosen);
}

void NoteListPane::setPage(const core::NoteFilter& filter)
{
    const bool page = filter.placeCode || filter.themeId || filter.personId || filter.organisationId;
    m_tabs->setVisible(page);
    if (showingPhotos()) {
        m_photos->setFilter(filter); // read only while shown: a page's photos cost a query
    }
    showCurrentView();
}

void NoteListPane::showPhotos(bool on)
{
    m_tabs->setCurrentIndex(on ? 1 : 0);
}

bool NoteListPane::showingPhotos() const
{
    return !m_tabs->isHidden() && m_tabs->currentIndex() == 1;
}

void NoteListPane::showCurrentView()
{
    const bool photos = showingPhotos();
    m_mode->setVisible(!photos);
    m_box->setVisible(!photos);
    m_status->setVisible(!photos && searching());
    m_stack->setCurrentWidget(photos        ? static_cast<QWidget*>(m_photos)
                              : searching() ? static_cast<QWidget*>(m_results)
                                            : m_view);
}

bool NoteListPane::searching() const
{
    return m_mode->isChecked();
}

QStringList NoteListPane::searchTerms() const
{
    QStringList terms;
    if (!searching()) {
        return terms;
    }
    for (const core::QueryClause& clause : core::parseQuery(m_box->text().toStdString()).clauses) {
        for (const core::QueryTerm& term : clause.anyOf) {
            if (!term.excluded) {
                terms << QString::fromStdString(term.text);
            }
        }
    }
    return terms;
}

void NoteListPane::setSearching(bool on)
{
    const QSignalBlocker blocker(m_mode);
    m_mode->setChecked(on);
    m_box->setPlaceholderText(on ? tr("Search titles, text and comments (Ctrl+K)")
                                 : tr("Filter by title or author (Ctrl+F)"));
    showCurrentView();
    if (!on) {
        m_resultsModel->setQuery(QString(), {});
    } else {
        m_model.setQuickText(QString()); // the list behind the results shows everything again
    }
}

void NoteListPane::textTyped()
{
    if (!searching()) {
        m_model.setQuickText(m_box->text());
        return;
    }
    m_resultsModel->setQuery(m_box->text(), m_model.filter());
    if (m_resultsModel->rowCount() > 0) {
        m_results->setCurrentIndex(m_resultsModel->index(0));
    }
}

void NoteListPane::refreshSearch()
{
    if (!searching() || m_box->text().trimmed().isEmpty()) {
        return;
    }
    // The same note stays selected (and is not reopened) when it is still found.
    const QString current = currentNoteId();
    const QSignalBlocker blocker(this);
    if (m_resultsModel->query() == m_box->text()) {
        m_resultsModel->refresh(m_model.filter());
    } else {
        m_resultsModel->setQuery(m_box->text(), m_model.filter());
    }
    const int row = m_resultsModel->rowOf(current);
    if (row >= 0) {
        m_results->setCurrentIndex(m_resultsModel->index(row));
    }
}

void NoteListPane::showSearchStatus()
{
    const QString query = m_resultsModel->query().trimmed();
    const int count = m_resultsModel->rowCount();
    QString text;
    if (!m_resultsModel->problem().isEmpty()) {
        text = m_resultsModel->problem();
    } else if (query.isEmpty() || !core::parseQuery(query.toStdString()).hasTerms()) {
        text =
            tr("Type words to find; \"quoted phrase\", -word to leave out, a OR b, place:, theme:, author:, "
               "before:, after:.");
    } else if (count == 0) {
        text = tr("No note contains “%1”.").arg(query);
    } else {
        // Without an English plural file, "%n note(s)" would show as is: two strings instead.
        text = m_resultsModel->canFetchMore({}) ? tr("More than %1 notes found; scroll for more.").arg(count)
               : count == 1                     ? tr("One note found.")
                                                : tr("%1 notes found.").arg(count);
    }
    m_status->setText(text);
}

void NoteListPane::setBreadcrumb(const QString& text)
{
    m_breadcrumb->setText(text);
}

void NoteListPane::setSummary(const QString& html)
{
    m_summary->setText(html);
    m_summary->setVisible(!html.isEmpty());
}

QString NoteListPane::currentNoteId() const
{
    if (searching()) {
        const QModelIndex current = m_results->currentIndex();
        return current.isValid() ? m_resultsModel->noteId(current.row()) : QString();
    }
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.noteId(current.row()) : QString();
}

bool NoteListPane::selectNote(const QString& id)
{
    if (searching()) {
        const int found = m_resultsModel->rowOf(id);
        if (found >= 0) {
            m_results->setCurrentIndex(m_resultsModel->index(found));
            return true;
        }
    }
    const int row = m_model.rowOf(id);
    if (row < 0) {
        return false;
    }
    if (searching()) {
        setSearching(false); // a note the results do not show: back to the list that has it
        m_box->clear();
    }
    selectRow(row);
    return true;
}

void NoteListPane::selectRow(int row)
{
    if (row < 0 || row >= m_model.rowCount()) {
        return;
    }
    const QModelIndex index = m_model.index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void NoteListPane::focusFilter()
{
    if (searching()) {
        setSearching(false);
        textTyped();
    }
    m_box->setFocus();
    m_box->selectAll();
}

void NoteListPane::focusSearch()
{
    if (!searching()) {
        setSearching(true); // what was typed as a filter becomes the search
        textTyped();
    }
    m_box->setFocus();
    m_box->selectAll();
}

bool NoteListPane::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_box && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        QAbstractItemView* shown = searching() ? static_cast<QAbstractItemView*>(m_results) : m_view;
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            shown->setFocus(); // from the box straight into the results
            return true;
        }
        if (key->key() == Qt::Key_Escape && searching()) {
            m_box->clear();
            setSearching(false);
            emit currentNoteChanged(currentNoteId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace banthuek::ui
