#pragma once

#include "chartdata.h"

#include <QImage>
#include <QSizeF>
#include <QString>

class QChart;
class QPainter;

/** Charts as files and images, drawn from the chart itself (not a screen grab): sharp at any scale. */
namespace ChartExport {

struct Options {
    double scale = 1;        ///< device pixels per logical pixel (2 for "2×")
    int width = 0;           ///< if > 0: the image's width in pixels (scale follows from it)
    bool transparent = false;///< no background
    QString title;           ///< saveAll: the report's title, heading index.html
};

/** The logical size charts are laid out at for export when they are not on screen. */
QSizeF defaultSize();

/** Renders `chart` (laid out at `logical` size) into an image. */
QImage render(QChart *chart, const QSizeF &logical, const Options &options);

/** Draws `chart` (laid out at `logical` size) into `target` of `painter`: as vectors on a PDF writer
 *  or a printer, the text as text. */
void paint(QChart *chart, const QSizeF &logical, QPainter *painter, const QRectF &target);

/** Writes a PNG or an SVG atomically; false with `error` set on failure (nothing is left behind). */
bool savePng(QChart *chart, const QSizeF &logical, const QString &path, const Options &options, QString *error);
bool saveSvg(QChart *chart, const QSizeF &logical, const QString &path, QString *error);

/** A chart as the export dialog and the clipboard give it: drawn afresh from its spec at the export
 *  size (defaultSize() × the scale, or the width asked for, in the chart's own aspect), never the
 *  on-screen chart with its size and the bar selected in it. */
QImage image(const ChartSpec &spec, const Options &options);
/** Writes `spec` as a PNG (or an SVG when `svg`) the same way; false with `error` set on failure. */
bool save(const ChartSpec &spec, const QString &path, const Options &options, bool svg, QString *error);

/** Writes every chart of `charts` into `folder` (PNG, and SVG when `svg`) with `charts.json`, what
 *  each chart shows (ChartData::manifest), and `index.html`, a page to browse them by (ChartIndex);
 *  creates the folder when missing. Returns the paths written, or an empty list with `error` set (and
 *  none of the files) on failure. */
QStringList saveAll(const QList<ChartSpec> &charts, const QString &folder, const Options &options, bool svg,
                    QString *error);

} // namespace ChartExport
