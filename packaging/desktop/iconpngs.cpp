// SPDX-License-Identifier: GPL-3.0-or-later
// Build tool: renders the scalable icon into the hicolor theme's PNG sizes, so the PNGs are
// never out of step with the SVG they come from.
//   banthuek_icons ICON.svg OUTDIR SIZE...  writes OUTDIR/<size>x<size>/apps/banthuek.png
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QString>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: banthuek_icons ICON.svg OUTDIR SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(QString::fromLocal8Bit(argv[1]));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "banthuek_icons: %s is not a readable SVG\n", argv[1]);
        return 3;
    }
    for (int i = 3; i < argc; ++i) {
        const int size = QString::fromLatin1(argv[i]).toInt();
        if (size <= 0) {
            std::fprintf(stderr, "banthuek_icons: %s is not a size\n", argv[i]);
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString folder = QStringLiteral("%1/%2x%2/apps").arg(QString::fromLocal8Bit(argv[2])).arg(size);
        const QString file = folder + QStringLiteral("/banthuek.png");
        if (!QDir().mkpath(folder) || !image.save(file, "PNG")) {
            std::fprintf(stderr, "banthuek_icons: cannot write %s\n", qPrintable(file));
            return 3;
        }
    }
    return 0;
}
