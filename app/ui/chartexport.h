#pragma once

#include "chartdata.h"

#include <QImage>
#include <QSizeF>
#include <QString>

class QChart;

/** Charts as files and images, drawn from the chart itself (not a screen grab): sharp at any scale. */
namespace ChartExport {

struct Options {
    double scale = 1;        ///< device pixels per logical pixel (2 for "2×")
    int width = 0;           ///< if > 0: the image's width in pixels (scale follows from it)
    bool transparent = false;///< no background
};

/** The logical size charts are laid out at for export when they are not on screen. */
QSizeF defaultSize();

/** Renders `chart` (laid out at `logical` size) into an image. */
QImage render(QChart *chart, const QSizeF &logical, const Options &options);

/** Writes a PNG or an SVG atomically; false with `error` set on failure (nothing is left behind). */
bool savePng(QChart *chart, const QSizeF &logical, const QString &path, const Options &options, QString *error);
bool saveSvg(QChart *chart, const QSizeF &logical, const QString &path, QString *error);

/** Writes every chart of `charts` into `folder` (PNG, and SVG when `svg`); returns the paths written,
 *  or an empty list with `error` set (and none of the files) on failure. */
QStringList saveAll(const QList<ChartSpec> &charts, const QString &folder, const Options &options, bool svg,
                    QString *error);

} // namespace ChartExport
