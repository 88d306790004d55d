#include "chartexport.h"

#include "chartfactory.h"
#include "chartindex.h"
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

void paint(QChart *chart, const QSizeF &logical, QPainter *painter, const QRectF &target)
{
    Stage stage(chart, logical);
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    stage.scene()->render(painter, target, chart->sceneBoundingRect());
    painter->restore();
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

QImage image(const ChartSpec &spec, const Options &options)
{
    ReportChart chart(spec);
    return render(&chart, defaultSize(), options);
}

bool save(const ChartSpec &spec, const QString &path, const Options &options, bool svg, QString *error)
{
    ReportChart chart(spec);
    return svg ? saveSvg(&chart, defaultSize(), path, error) : savePng(&chart, defaultSize(), path, options, error);
}

QStringList saveAll(const QList<ChartSpec> &charts, const QString &folder, const Options &options, bool svg,
                    QString *error)
{
    QStringList written;
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "%1: not a folder").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    if (!info.exists() && !QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("ChartExport", "%1: the folder cannot be created").arg(QDir::toNativeSeparators(folder));
        return {};
    }
    const QDir dir(folder);
    QStringList files, svgs;
    auto fail = [&written] {
        for (const QString &path : written) // all or nothing
            QFile::remove(path);
        return QStringList();
    };
    for (const ChartSpec &spec : charts) {
        ReportChart chart(spec);
        const QString base = ChartData::fileName(spec);
        const QString png = dir.filePath(base + QStringLiteral(".png"));
        bool ok = savePng(&chart, defaultSize(), png, options, error);
        if (ok) {
            written << png;
            files << base + QStringLiteral(".png");
        }
        if (ok && svg) {
            ok = saveSvg(&chart, defaultSize(), dir.filePath(base + QStringLiteral(".svg")), error);
            if (ok)
                written << dir.filePath(base + QStringLiteral(".svg"));
        }
        svgs << (svg ? base + QStringLiteral(".svg") : QString());
        if (!ok)
            return fail();
    }
    // What each chart shows, figure by figure: anyone can check a chart against the text.
    const QString manifest = dir.filePath(QStringLiteral("charts.json"));
    if (!TableExport::writeAtomically(manifest, ChartData::manifest(charts, files), error))
        return fail();
    written << manifest;
    const QString index = dir.filePath(QStringLiteral("index.html"));
    if (!TableExport::writeAtomically(index, ChartIndex::html(charts, files, svgs, options.title), error))
        return fail();
    written << index;
    return written;
}

} // namespace ChartExport
