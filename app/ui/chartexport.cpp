#include "chartexport.h"

#include "chartfactory.h"
#include "tableexport.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QGraphicsScene>
#include <QPainter>
#include <QSvgGenerator>

#include <cmath>
#include <memory>

namespace {

/** Lays a chart out at `logical` size in a scene of its own (when it is not in a view). */
class Stage
{
public:
    Stage(QChart *chart, const QSizeF &logical)
        : m_chart(chart)
    {
        m_previousScene = chart->scene();
        m_previousGeometry = chart->geometry();
        if (!m_previousScene)
            m_scene.addItem(chart);
        chart->setGeometry(QRectF(QPointF(0, 0), logical));
        // Let the chart lay itself out (axes, labels) before it is drawn.
        for (int i = 0; i < 3; ++i)
            QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        if (chart->layout())
            chart->layout()->activate();
    }
    ~Stage()
    {
        if (!m_previousScene)
            m_scene.removeItem(m_chart);
        else
            m_chart->setGeometry(m_previousGeometry);
    }
    QGraphicsScene *scene() const { return m_chart->scene(); }

private:
    QChart *m_chart;
    QGraphicsScene m_scene;
    QGraphicsScene *m_previousScene = nullptr;
    QRectF m_previousGeometry;
};

} // namespace

namespace ChartExport {

QSizeF defaultSize() { return QSizeF(960, 600); }

QImage render(QChart *chart, const QSizeF &logical, const Options &options)
{
    const double scale = options.width > 0 ? options.width / logical.width() : std::max(0.25, options.scale);
    const QSize pixels(static_cast<int>(std::lround(logical.width() * scale)),
                       static_cast<int>(std::lround(logical.height() * scale)));
    const bool background = chart->isBackgroundVisible();
    if (options.transparent)
        chart->setBackgroundVisible(false);
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(scale); // draw in logical coordinates, at full resolution
    image.fill(options.transparent ? Qt::transparent : Qt::white);
    {
        Stage stage(chart, logical);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
        stage.scene()->render(&painter, QRectF(QPointF(0, 0), logical), chart->sceneBoundingRect());
    }
    chart->setBackgroundVisible(background);
    return image;
}

bool savePng(QChart *chart, const QSizeF &logical, const QString &path, const Options &options, QString *error)
{
    const QImage image = render(chart, logical, options);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG")) {
        if (error)
            *error = QStringLiteral("PNG encoding failed");
        return false;
    }
    return TableExport::writeAtomically(path, data, error);
}

bool saveSvg(QChart *chart, const QSizeF &logical, const QString &path, QString *error)
{
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    svg.setTitle(chart->title());
    {
        Stage stage(chart, logical);
        QPainter painter(&svg);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        stage.scene()->render(&painter, QRectF(QPointF(0, 0), logical), chart->sceneBoundingRect());
    }
    return TableExport::writeAtomically(path, data, error);
}

QStringList saveAll(const QList<ChartSpec> &charts, const QString &folder, const Options &options, bool svg,
                    QString *error)
{
    QStringList written;
    const QDir dir(folder);
    if (!QFileInfo(folder).isDir()) {
        if (error)
            *error = QStringLiteral("%1: not a folder").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    for (const ChartSpec &spec : charts) {
        ReportChart chart(spec);
        const QString base = dir.filePath(ChartData::fileName(spec));
        const QString png = base + QStringLiteral(".png");
        bool ok = savePng(&chart, defaultSize(), png, options, error);
        if (ok)
            written << png;
        if (ok && svg) {
            ok = saveSvg(&chart, defaultSize(), base + QStringLiteral(".svg"), error);
            if (ok)
                written << base + QStringLiteral(".svg");
        }
        if (!ok) {
            for (const QString &path : written) // all or nothing
                QFile::remove(path);
            return {};
        }
    }
    return written;
}

} // namespace ChartExport
