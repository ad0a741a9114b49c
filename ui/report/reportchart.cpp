// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/report/reportchart.h"

#include "core/report/reportsvg.h"
#include "ui/report/reportlayout.h"

#include <QPainter>
#include <QSvgRenderer>

namespace banthuek::ui {

QImage renderChart(const core::ReportChart& chart, core::Digits digits, int pixelWidth)
{
    const std::string svg = core::chartSvg(chart, digits, reportFont().family().toStdString());
    QSvgRenderer renderer(QByteArray::fromStdString(svg));
    const QSizeF size = renderer.defaultSize();
    if (!renderer.isValid() || size.isEmpty()) {
        return {};
    }
    const int height = qRound(size.height() * pixelWidth / size.width());
    QImage image(pixelWidth, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    renderer.render(&painter);
    return image;
}

} // namespace banthuek::ui
