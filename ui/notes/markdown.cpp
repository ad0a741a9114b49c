// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/notes/markdown.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTextDocument>

namespace banthuek::ui {
namespace {

// A line that starts a Markdown block of its own (and so must not be joined to the line above).
bool startsBlock(const QString& content)
{
    static const QRegularExpression marker(
        QStringLiteral(R"(^(#{1,6}\s|>|[-*+]\s|\d+[.)]\s|```|~~~|\||- \[|$))"));
    return marker.match(content).hasMatch();
}

// Qt's Markdown writer wraps paragraphs at 80 columns. In Thai a line break reads as a space
// between words that may not want one, and the stored text should be what the user wrote, so
// soft wraps are joined back: inside paragraphs, list items and quotes, never in code.
QString unwrap(const QString& markdown)
{
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    QStringList out;
    bool inCode = false;
    for (const QString& line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QStringLiteral("```")) || trimmed.startsWith(QStringLiteral("~~~"))) {
            inCode = !inCode;
            out << line;
            continue;
        }
        if (inCode || out.isEmpty() || out.last().trimmed().isEmpty() || line.trimmed().isEmpty()) {
            out << line;
            continue;
        }
        const QString previous = out.last();
        const bool hardBreak =
            previous.endsWith(QStringLiteral("  ")) || previous.endsWith(QLatin1Char('\\'));
        const bool previousInCode =
            previous.startsWith(QStringLiteral("    ")) && !line.startsWith(QLatin1Char(' '));
        QString content = line;
        if (previous.trimmed().startsWith(QLatin1Char('>')) && trimmed.startsWith(QLatin1Char('>'))) {
            content = trimmed.mid(1).trimmed(); // a quote's continuation repeats the marker
        } else if (trimmed.startsWith(QLatin1Char('>'))) {
            out << line;
            continue;
        } else {
            content = trimmed;
        }
        if (hardBreak || previousInCode || startsBlock(content) ||
            previous.trimmed().startsWith(QLatin1Char('#')) ||
            previous.trimmed().startsWith(QLatin1Char('|'))) {
            out << line;
            continue;
        }
        // Qt may leave the space it wrapped at on the line above: then it is the one space.
        out.last() =
            previous.endsWith(QLatin1Char(' ')) ? previous + content : previous + QLatin1Char(' ') + content;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

void loadMarkdown(QTextDocument& document, const QString& markdown)
{
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
}

QString saveMarkdown(const QTextDocument& document)
{
    QString markdown = unwrap(document.toMarkdown(QTextDocument::MarkdownDialectGitHub));
    // Qt ends with blank lines that carry nothing; one final newline is the convention.
    while (markdown.endsWith(QLatin1Char('\n'))) {
        markdown.chop(1);
    }
    return markdown.isEmpty() ? markdown : markdown + QLatin1Char('\n');
}

} // namespace banthuek::ui
