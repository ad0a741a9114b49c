// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/notehtml.h"

#include "core/files/filerefs.h"
#include "core/formats/markdownlinks.h"
#include "ui/notes/markdown.h"
#include "ui/preferences/preferences.h"
#include "ui/session/session.h"

#include <QBuffer>
#include <QImage>
#include <QMimeData>
#include <QStringList>
#include <QTextDocument>

namespace banthuek::ui {
namespace {

QString photoData(Session& session, const QString& sha256)
{
    const QImage picture = session.picture(sha256, kCopiedPhotoEdge);
    if (picture.isNull()) {
        return {};
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    picture.save(&buffer, "JPEG", 85);
    return QStringLiteral("data:image/jpeg;base64,") + QString::fromLatin1(jpeg.toBase64());
}

// The text with photos as data and the notebook's own addresses taken out of links.
std::string portableMarkdown(Session& session, const std::string& body)
{
    return core::rewriteLinkTargets(body, [&](const core::LinkTarget& link) -> std::optional<std::string> {
        const bool file = link.target.starts_with(core::kFileScheme);
        if (file && link.image) {
            const QString data =
                photoData(session, QString::fromStdString(link.target.substr(core::kFileScheme.size())));
            return data.isEmpty() ? std::optional<std::string>("#") : data.toStdString();
        }
        if (file || link.target.starts_with("banthuek:")) {
            return std::string("#"); // meaningless outside the notebook: the link's words stay
        }
        return std::nullopt;
    });
}

} // namespace

QString noteHtml(Session& session, const core::Note& note, const Preferences& preferences)
{
    const core::NoteDraft& content = note.content;
    QStringList about;
    if (content.eventDate) {
        about << preferences.formatDate(content.eventDate);
    }
    if (!content.author.empty()) {
        about << QString::fromStdString(content.author);
    }
    for (const std::string& code : content.placeCodes) {
        about << session.placeName(QString::fromStdString(code));
    }
    QTextDocument body;
    loadMarkdown(body, QString::fromStdString(portableMarkdown(session, content.body)));
    QString html = QStringLiteral("<h1>%1</h1>\n").arg(QString::fromStdString(content.title).toHtmlEscaped());
    if (!about.isEmpty()) {
        html += QStringLiteral("<p><i>%1</i></p>\n").arg(about.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
    // Qt writes a whole document; its body is what goes under the title.
    const QString whole = body.toHtml();
    const qsizetype open = whole.indexOf(QStringLiteral("<body"));
    const qsizetype start = open < 0 ? -1 : whole.indexOf(QLatin1Char('>'), open) + 1;
    const qsizetype end = whole.lastIndexOf(QStringLiteral("</body>"));
    html += start > 0 && end > start ? whole.mid(start, end - start) : whole;
    if (!content.licence.empty()) {
        html += QStringLiteral("<p><small>%1</small></p>\n")
                    .arg(QString::fromStdString(content.licence).toHtmlEscaped());
    }
    return QStringLiteral("<html><head><meta charset=\"utf-8\"></head><body>\n") + html +
           QStringLiteral("</body></html>\n");
}

QMimeData* noteMimeData(Session& session, const core::Note& note, const Preferences& preferences)
{
    auto* data = new QMimeData;
    data->setHtml(noteHtml(session, note, preferences));
    data->setText(QString::fromStdString("# " + note.content.title + "\n\n" + note.content.body));
    return data;
}

} // namespace banthuek::ui
