// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/summary/summarydialog.h"

#include "core/summary/summaryreport.h"
#include "core/text/normalize.h"
#include "ui/places/placesfield.h"
#include "ui/preferences/preferences.h"
#include "ui/report/printing.h"
#include "ui/report/reportlayout.h"
#include "ui/session/backgroundtask.h"
#include "ui/session/errortext.h"
#include "ui/session/session.h"
#include "ui/themes/themesfield.h"
#include "ui/widgets/chipsfield.h"
#include "ui/widgets/screenfit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

using Kind = core::Period::Kind;

constexpr int kRefreshMs = 200; // typing a filter should not recompute at every key

QString fromStd(const std::string& text)
{
    return QString::fromStdString(text);
}

std::vector<std::string> toStd(const QStringList& values)
{
    std::vector<std::string> list;
    for (const QString& value : values) {
        list.push_back(value.toStdString());
    }
    return list;
}

// Authors who wrote in the notebook, by part of their name.
ChipsField* makeAuthorsField(Session& session, QWidget* parent)
{
    auto* field = new ChipsField(
        QObject::tr("Type an author's name…"),
        [&session](const QString& typed) {
            const std::string key = core::matchKey(typed.toStdString());
            QList<Chip> chips;
            for (const std::string& author :
                 session.read([&] { return session.notebook().notes().authors(); })
                     .value_or(std::vector<std::string>{})) {
                if (core::matchKey(author).find(key) != std::string::npos) {
                    chips << Chip{fromStd(author), fromStd(author), {}};
                }
            }
            return chips;
        },
        parent);
    field->setObjectName(QStringLiteral("summaryAuthors"));
    return field;
}

} // namespace

SummaryDialog::SummaryDialog(Session& session, const Preferences& preferences, QWidget* parent)
    : QDialog(parent), m_session(session), m_preferences(preferences), m_kind(new QComboBox(this)),
      m_year(new QSpinBox(this)), m_part(new QComboBox(this)), m_places(makePlacesField(session, this)),
      m_themes(makeThemesField(session, this)), m_authors(makeAuthorsField(session, this)),
      m_language(new QComboBox(this)), m_era(new QComboBox(this)), m_digits(new QComboBox(this)),
      m_format(new QComboBox(this)), m_status(new QLabel(this)), m_preview(new QTextBrowser(this)),
      m_refresh(new QTimer(this)), m_reader(new BackgroundTask(session.path(), this))
{
    setObjectName(QStringLiteral("summaryDialog"));
    setWindowTitle(tr("Summary"));
    // A filter names what exists: no new theme or village from here.
    m_places->setCreator({});
    m_themes->setCreator({});
    m_places->setObjectName(QStringLiteral("summaryPlaces"));
    m_themes->setObjectName(QStringLiteral("summaryThemes"));
    m_kind->setObjectName(QStringLiteral("summaryKind"));
    m_year->setObjectName(QStringLiteral("summaryYear"));
    m_part->setObjectName(QStringLiteral("summaryPart"));
    m_format->setObjectName(QStringLiteral("summaryFormat"));
    m_preview->setObjectName(QStringLiteral("summaryPreview"));

    m_kind->addItem(tr("Month"), static_cast<int>(Kind::Month));
    m_kind->addItem(tr("Quarter (January–March, …)"), static_cast<int>(Kind::Quarter));
    m_kind->addItem(tr("Fiscal-year quarter (October–December, …)"), static_cast<int>(Kind::FiscalQuarter));
    m_kind->addItem(tr("Fiscal year (October–September)"), static_cast<int>(Kind::FiscalYear));
    const bool buddhist = preferences.era == core::Era::Buddhist;
    m_year->setRange(core::yearInEra(1900, preferences.era), core::yearInEra(2200, preferences.era));
    m_year->setPrefix(buddhist ? tr("B.E. ") : QString());
    m_language->addItem(tr("Thai"), QStringLiteral("th"));
    m_language->addItem(tr("English"), QStringLiteral("en"));
    m_era->addItem(tr("Buddhist era (พ.ศ.)"), static_cast<int>(core::Era::Buddhist));
    m_era->addItem(tr("Gregorian (ค.ศ.)"), static_cast<int>(core::Era::Gregorian));
    m_digits->addItem(tr("Arabic digits (0–9)"), static_cast<int>(core::Digits::Arabic));
    m_digits->addItem(tr("Thai digits (๐–๙)"), static_cast<int>(core::Digits::Thai));
    m_format->addItem(tr("PDF (A4, for printing)"), static_cast<int>(SummaryFormat::Pdf));
    m_format->addItem(tr("ODT (LibreOffice, Word)"), static_cast<int>(SummaryFormat::Odt));
    m_format->addItem(tr("HTML (one file)"), static_cast<int>(SummaryFormat::Html));
    m_format->addItem(tr("Markdown"), static_cast<int>(SummaryFormat::Markdown));
    m_format->addItem(tr("CSV (tables for a spreadsheet)"), static_cast<int>(SummaryFormat::Csv));

    auto* periodRow = new QHBoxLayout();
    periodRow->addWidget(m_part);
    periodRow->addWidget(m_year);
    auto* form = new QFormLayout();
    form->addRow(tr("Period"), m_kind);
    form->addRow(QString(), periodRow);
    form->addRow(tr("Places"), m_places);
    form->addRow(tr("Themes"), m_themes);
    form->addRow(tr("Authors"), m_authors);
    form->addRow(tr("Report language"), m_language);
    form->addRow(tr("Years"), m_era);
    form->addRow(tr("Digits"), m_digits);
    form->addRow(tr("Format"), m_format);
    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addLayout(form);
    m_status->setWordWrap(true);
    sideLayout->addWidget(m_status);
    sideLayout->addStretch(1);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(side);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({360, 640});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    exportButton->setObjectName(QStringLiteral("summaryExport"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("summaryPrint"));
    connect(printButton, &QPushButton::clicked, this, [this] {
        previewAndPrint(this, windowTitle(), [this](QPrinter& printer) { return printTo(printer); });
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &SummaryDialog::chooseFile);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(kRefreshMs);
    connect(m_refresh, &QTimer::timeout, this, &SummaryDialog::refreshInBackground);
    connect(m_reader, &BackgroundTask::failed, this, [this](const QString& message) {
        m_status->setText(tr("The summary could not be made: %1").arg(message));
    });
    restore();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SummaryDialog::kindChanged);
    for (QComboBox* box : {m_part, m_language, m_era, m_digits}) {
        connect(box, &QComboBox::currentIndexChanged, this, &SummaryDialog::schedule);
    }
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        // English readers expect Common Era years; Thai ones, the Buddhist era.
        m_era->setCurrentIndex(m_language->currentData().toString() == QStringLiteral("th") ? 0 : 1);
    });
    connect(m_year, &QSpinBox::valueChanged, this, &SummaryDialog::schedule);
    for (ChipsField* field : {m_places, m_themes, m_authors}) {
        connect(field, &ChipsField::changed, this, &SummaryDialog::schedule);
    }
    sizeToScreen(this, {1100, 760});
    refreshInBackground(); // the dialog shows at once; its preview follows
}

void SummaryDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter picks a place, theme or author in the fields: it must not press Export as well.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

SummaryDialog::~SummaryDialog()
{
    remember();
}

core::Period SummaryDialog::period() const
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const int year = m_year->value() - core::yearInEra(0, m_preferences.era);
    return core::Period{kind, year, kind == Kind::FiscalYear ? 1 : m_part->currentIndex() + 1};
}

void SummaryDialog::setPeriod(const core::Period& period)
{
    showPeriod(period);
    refresh();
}

void SummaryDialog::choosePeriod(const core::Period& period)
{
    showPeriod(period);
    schedule();
}

void SummaryDialog::showPeriod(const core::Period& period)
{
    const QSignalBlocker kindBlocker(m_kind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(static_cast<int>(period.kind))));
    kindChanged();
    const QSignalBlocker yearBlocker(m_year);
    const QSignalBlocker partBlocker(m_part);
    m_year->setValue(core::yearInEra(period.year, m_preferences.era));
    m_part->setCurrentIndex(period.kind == Kind::FiscalYear ? 0 : period.index - 1);
}

void SummaryDialog::kindChanged()
{
    const auto kind = static_cast<Kind>(m_kind->currentData().toInt());
    const QSignalBlocker blocker(m_part);
    const int was = m_part->currentIndex();
    m_part->clear();
    if (kind == Kind::Month) {
        for (int month = 1; month <= 12; ++month) {
            m_part->addItem(fromStd(core::formatMonth(2000, month, m_preferences.dateStyle(), false)));
        }
    } else {
        for (int quarter = 1; quarter <= 4; ++quarter) {
            m_part->addItem(tr("Quarter %1").arg(quarter));
        }
    }
    m_part->setCurrentIndex(std::clamp(was, 0, m_part->count() - 1));
    m_part->setVisible(kind != Kind::FiscalYear);
    schedule();
}

core::SummaryFilter SummaryDialog::filter() const
{
    return core::SummaryFilter{toStd(m_places->keys()), toStd(m_themes->keys()), toStd(m_authors->keys())};
}

core::DateStyle SummaryDialog::style() const
{
    core::DateStyle style;
    style.language = m_language->currentData().toString() == QStringLiteral("th") ? core::Language::Thai
                                                                                  : core::Language::English;
    style.era = static_cast<core::Era>(m_era->currentData().toInt());
    style.digits = static_cast<core::Digits>(m_digits->currentData().toInt());
    return style;
}

SummaryFormat SummaryDialog::format() const
{
    return static_cast<SummaryFormat>(m_format->currentData().toInt());
}

void SummaryDialog::setFormat(SummaryFormat format)
{
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(format)));
}

void SummaryDialog::schedule()
{
    m_stale = true;
    m_refresh->start();
}

const core::Summary& SummaryDialog::summary()
{
    if (m_stale) {
        refresh();
    }
    return m_summary;
}

void SummaryDialog::refresh()
{
    m_refresh->stop();
    m_reader->cancel();
    const core::Period chosen = period();
    const core::SummaryFilter chosenFilter = filter();
    auto computed =
        m_session.read([&] { return core::computeSummary(m_session.notebook(), chosen, chosenFilter); });
    if (!computed) {
        m_status->setText(tr("The summary could not be made."));
        return;
    }
    const core::ReportDocument report =
        core::summaryReport(*computed, m_session.displayName().toStdString(), style());
    showSummary(std::move(*computed), reportTextDocument(report), chosen);
}

void SummaryDialog::refreshInBackground()
{
    const core::Period chosen = period();
    const core::SummaryFilter chosenFilter = filter();
    m_status->setText(tr("Making the preview..."));
    const core::DateStyle reportStyle = style();
    const std::string name = m_session.displayName().toStdString();
    // The document is laid out on the task's thread too (a year's is most of the work left to
    // the GUI thread otherwise: 91 of 115 ms at 20,000 notes), then handed to the GUI thread.
    using Made = std::pair<core::Summary, std::unique_ptr<QTextDocument>>;
    m_reader->start<Made>(
        [chosen, chosenFilter, reportStyle, name, gui = thread()](const core::Notebook& notebook,
                                                                  const BackgroundTask::Progress&) {
            core::Summary summary = core::computeSummary(notebook, chosen, chosenFilter);
            std::unique_ptr<QTextDocument> document =
                reportTextDocument(core::summaryReport(summary, name, reportStyle));
            document->moveToThread(gui);
            return Made{std::move(summary), std::move(document)};
        },
        [this, chosen](Made made) {
            if (!m_refresh->isActive()) { // else the choices changed again: the next one shows
                showSummary(std::move(made.first), std::move(made.second), chosen);
            }
        });
}

void SummaryDialog::showSummary(core::Summary summary, std::unique_ptr<QTextDocument> document,
                                const core::Period& chosen)
{
    m_stale = false;
    m_summary = std::move(summary);
    m_preview->setDocument(document.get()); // before the old one goes: the view still watches it
    m_document = std::move(document);
    m_status->setText(tr("%1: %n note(s).", nullptr, static_cast<int>(m_summary.notes.size()))
                          .arg(fromStd(chosen.label(m_preferences.dateStyle()))));
    emit previewShown();
}

bool SummaryDialog::exportTo(const QString& path)
{
    const core::Summary& content = summary();
    try {
        exportSummary(content, m_session.displayName().toStdString(), style(), format(), path);
    } catch (const core::Error& error) {
        QMessageBox::warning(this, tr("Export summary"), userMessage(error));
        return false;
    }
    remember();
    m_status->setText(tr("Wrote %1.").arg(QFileInfo(path).fileName()));
    return true;
}

bool SummaryDialog::printTo(QPrinter& printer)
{
    const core::Summary& content = summary();
    return printReport(core::summaryReport(content, m_session.displayName().toStdString(), style()), printer);
}

void SummaryDialog::chooseFile()
{
    const QString extension = summaryExtension(format());
    const QString folder = QSettings().value(QStringLiteral("summary/folder")).toString();
    const QString suggested = QStringLiteral("%1/%2-%3.%4")
                                  .arg(folder.isEmpty() ? QFileInfo(m_session.path()).absolutePath() : folder,
                                       tr("summary"), fromStd(period().key()), extension);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export summary"), suggested, tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    if (!path.isEmpty() && exportTo(path)) {
        QSettings().setValue(QStringLiteral("summary/folder"), QFileInfo(path).absolutePath());
    }
}

void SummaryDialog::remember() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("summary"));
    settings.setValue(QStringLiteral("kind"), m_kind->currentData());
    settings.setValue(QStringLiteral("language"), m_language->currentData());
    settings.setValue(QStringLiteral("era"), m_era->currentData());
    settings.setValue(QStringLiteral("digits"), m_digits->currentData());
    settings.setValue(QStringLiteral("format"), m_format->currentData());
    settings.setValue(QStringLiteral("places"), m_places->keys());
    settings.setValue(QStringLiteral("themes"), m_themes->keys());
    settings.setValue(QStringLiteral("authors"), m_authors->keys());
}

void SummaryDialog::restore()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("summary"));
    const auto pick = [&](QComboBox* box, const QString& key, const QVariant& fallback) {
        const int at = box->findData(settings.value(key, fallback));
        box->setCurrentIndex(at >= 0 ? at : 0);
    };
    pick(m_language, QStringLiteral("language"), QStringLiteral("th"));
    pick(m_era, QStringLiteral("era"), static_cast<int>(core::Era::Buddhist));
    pick(m_digits, QStringLiteral("digits"), static_cast<int>(core::Digits::Arabic));
    pick(m_format, QStringLiteral("format"), static_cast<int>(SummaryFormat::Pdf));
    m_places->setChips(placeChips(m_session, toStd(settings.value(QStringLiteral("places")).toStringList())));
    m_themes->setChips(themeChips(m_session, toStd(settings.value(QStringLiteral("themes")).toStringList())));
    QList<Chip> authors;
    for (const QString& author : settings.value(QStringLiteral("authors")).toStringList()) {
        authors << Chip{author, author, {}};
    }
    m_authors->setChips(authors);
    // The period starts at the last whole month (or its quarter or fiscal year): what a
    // monthly meeting looks back on.
    const core::Period month = core::lastMonth(core::today());
    const auto kind =
        static_cast<Kind>(settings.value(QStringLiteral("kind"), static_cast<int>(Kind::Month)).toInt());
    core::Period start = month;
    if (kind == Kind::Quarter) {
        start = core::Period{kind, month.year, (month.index - 1) / 3 + 1};
    } else if (kind == Kind::FiscalQuarter) {
        const core::Period fiscal = core::fiscalYearOf(month.first());
        start = core::Period{kind, fiscal.year, ((month.index + 2) % 12) / 3 + 1};
    } else if (kind == Kind::FiscalYear) {
        start = core::fiscalYearOf(month.first());
    }
    showPeriod(start);
}

} // namespace banthuek::ui
