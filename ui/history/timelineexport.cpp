#include "timelineexport.h"

#include "models/history/timelinetext.h"

#include <QFileInfo>
#include <QFontMetrics>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>

namespace bc::ui {

namespace {

QSize pictureSize(const TimelineLayout &layout)
{
    // The painter on an image or drawing starts with the application's font.
    const QSizeF size = TimelinePainter::pictureSize(QFontMetrics(QFont()), layout);
    return {int(std::ceil(size.width())), int(std::ceil(size.height()))};
}

} // namespace

bool TimelineExport::save(const QString &fileName, const TimelineLayout &layout,
                          const TimelinePainter::State &state)
{
    if (QFileInfo(fileName).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0) {
        return saveSvg(fileName, layout, state);
    }
    return savePng(fileName, layout, state);
}

bool TimelineExport::savePng(const QString &fileName, const TimelineLayout &layout,
                             const TimelinePainter::State &state)
{
    // Twice the pixels, so the picture stays sharp in documents.
    const QSize size = pictureSize(layout);
    QImage image(size * 2, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(2.0);
    image.fill(state.palette.color(QPalette::Base));
    {
        QPainter painter(&image);
        TimelinePainter::paint(painter, layout, state);
    }
    return image.save(fileName, "PNG");
}

bool TimelineExport::saveSvg(const QString &fileName, const TimelineLayout &layout,
                             const TimelinePainter::State &state)
{
    QSvgGenerator generator;
    generator.setFileName(fileName);
    const QSize size = pictureSize(layout);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    generator.setTitle(bc::TimelineText::tr("Backup timeline"));
    QPainter painter;
    if (!painter.begin(&generator)) {
        return false;
    }
    TimelinePainter::paint(painter, layout, state);
    return painter.end();
}

} // namespace bc::ui
