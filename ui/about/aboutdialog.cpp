// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/aboutdialog.h"

#include "ui/widgets/screenfit.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace banthuek::ui {
namespace {

QString resourceText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Banthuek"));
    auto* layout = new QVBoxLayout(this);
    auto* heading =
        new QLabel(tr("<h2>Banthuek (บันทึก) %1</h2><p>An offline notebook for Thai community-development "
                      "teams: field notes, minutes and community master plans.</p>")
                       .arg(QApplication::applicationVersion()),
                   this);
    heading->setWordWrap(true);
    auto* notices = new QTextBrowser(this);
    notices->setObjectName(QStringLiteral("dataNotices"));
    notices->setMarkdown(tr("## Data sources and licences\n\n") +
                         resourceText(QStringLiteral(":/data/README.md")));
    notices->append(QStringLiteral("\n\n") +
                    resourceText(QStringLiteral(":/data/thailand-geography-json.LICENSE")));
    notices->append(QStringLiteral("\n\n") +
                    resourceText(QStringLiteral(":/data/kongvut-thai-province-data.LICENSE")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(heading);
    layout->addWidget(notices);
    layout->addWidget(buttons);
    sizeToScreen(this, {640, 560});
}

} // namespace banthuek::ui
