#include "exportactions.h"

#include "chartexport.h"
#include "chartfactory.h"
#include "chartpanel.h"
#include "sectionfilter.h"
#include "tableexport.h"

#include <reportcore/library.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QChartView>
#include <QClipboard>
#include <QCoreApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardPaths>

namespace {

QString defaultFolder()
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return docs.isEmpty() ? QDir::homePath() : docs;
}

/** Asks how to export the chart: format, size, background. */
class ChartExportDialog : public QDialog
{
    Q_DECLARE_TR_FUNCTIONS(ChartExportDialog)
public:
    explicit ChartExportDialog(QWidget *parent)
        : QDialog(parent)
    {
        setWindowTitle(tr("Export Chart"));
        m_format->addItem(tr("PNG image"), QStringLiteral("png"));
        m_format->addItem(tr("SVG drawing"), QStringLiteral("svg"));
        m_size->addItem(tr("1× (960 × 600)"), 1);
        m_size->addItem(tr("2× (1920 × 1200)"), 2);
        m_size->addItem(tr("Width in pixels"), 0);
        m_size->setCurrentIndex(1);
        m_width->setRange(200, 8000);
        m_width->setValue(2400);
        m_width->setSuffix(tr(" px"));
        m_width->setEnabled(false);
        m_transparent->setText(tr("Transparent background"));
        auto *form = new QFormLayout(this);
        form->addRow(tr("Format:"), m_format);
        form->addRow(tr("Size:"), m_size);
        form->addRow(tr("Width:"), m_width);
        form->addRow(QString(), m_transparent);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_size, &QComboBox::currentIndexChanged, this, [this] { m_width->setEnabled(m_size->currentData().toInt() == 0); });
        connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
            const bool png = m_format->currentData().toString() == QStringLiteral("png");
            m_size->setEnabled(png);
            m_width->setEnabled(png && m_size->currentData().toInt() == 0);
            m_transparent->setEnabled(png);
        });
    }
    bool svg() const { return m_format->currentData().toString() == QStringLiteral("svg"); }
    ChartExport::Options options() const
    {
        ChartExport::Options o;
        o.scale = m_size->currentData().toInt() > 0 ? m_size->currentData().toInt() : 1;
        o.width = m_size->currentData().toInt() == 0 ? m_width->value() : 0;
        o.transparent = m_transparent->isChecked();
        return o;
    }

private:
    QComboBox *m_format = new QComboBox(this);
    QComboBox *m_size = new QComboBox(this);
    QSpinBox *m_width = new QSpinBox(this);
    QCheckBox *m_transparent = new QCheckBox(this);
};

} // namespace

ExportActions::ExportActions(DocumentSession *session, SectionFilter *filter, ChartPanel *charts, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_filter(filter)
    , m_charts(charts)
    , m_window(window)
    , m_chart(new QAction(this))
    , m_copy(new QAction(this))
    , m_all(new QAction(this))
    , m_csv(new QAction(this))
    , m_json(new QAction(this))
{
    m_chart->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_chart, &QAction::triggered, this, &ExportActions::exportChart);
    connect(m_copy, &QAction::triggered, this, &ExportActions::copyChart);
    connect(m_all, &QAction::triggered, this, &ExportActions::exportAllCharts);
    connect(m_csv, &QAction::triggered, this, &ExportActions::exportCsv);
    connect(m_json, &QAction::triggered, this, &ExportActions::exportJson);
    retranslate();
}

QList<QAction *> ExportActions::actions() const { return {m_chart, m_copy, m_all, m_csv, m_json}; }

void ExportActions::retranslate()
{
    m_chart->setText(tr("&Export Chart…"));
    m_copy->setText(tr("Copy Chart as &Image"));
    m_all->setText(tr("Export &All Charts…"));
    m_csv->setText(tr("Export Figures as &CSV…"));
    m_json->setText(tr("Export Figures as &JSON…"));
}

void ExportActions::failed(const QString &error)
{
    QMessageBox box(m_window);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Export failed"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Nothing was written."));
    box.setInformativeText(error);
    box.exec();
}

bool ExportActions::confirmReplace(const QStringList &existing)
{
    if (existing.isEmpty())
        return true;
    QMessageBox box(m_window);
    box.setIcon(QMessageBox::Question);
    box.setWindowTitle(tr("Replace files?"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("%n file(s) already exist in this folder and would be replaced.", "", static_cast<int>(existing.size())));
    box.setInformativeText(existing.join(QLatin1Char('\n')));
    box.setStandardButtons(QMessageBox::Yes | QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void ExportActions::exportChart()
{
    ReportChart *chart = m_charts->currentChart();
    if (!chart)
        return;
    ChartExportDialog dialog(m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suffix = dialog.svg() ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export Chart"), QDir(defaultFolder()).filePath(ChartData::fileName(chart->spec()) + suffix),
        dialog.svg() ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)")); // the dialog asks before replacing
    if (path.isEmpty())
        return;
    // The chart drawn afresh at the size chosen (not the on-screen one, nor its selected bar).
    QString error;
    if (!ChartExport::save(chart->spec(), path, dialog.options(), dialog.svg(), &error))
        failed(error);
}

void ExportActions::copyChart()
{
    if (ReportChart *chart = m_charts->currentChart()) {
        ChartExport::Options options;
        options.scale = 2;
        QApplication::clipboard()->setImage(ChartExport::image(chart->spec(), options));
    }
}

void ExportActions::exportAllCharts()
{
    const QString folder = QFileDialog::getExistingDirectory(m_window, tr("Export All Charts to a Folder"), defaultFolder());
    if (folder.isEmpty())
        return;
    QStringList existing;
    for (const ChartSpec &spec : m_charts->charts())
        if (QFileInfo::exists(QDir(folder).filePath(ChartData::fileName(spec) + QStringLiteral(".png"))))
            existing << ChartData::fileName(spec) + QStringLiteral(".png");
    if (!confirmReplace(existing))
        return;
    ChartExport::Options options;
    options.scale = 2;
    if (const DocumentPtr doc = m_session->document())
        options.title = QString::fromStdString(reportcore::describeReport(*doc).title);
    if (options.title.isEmpty())
        options.title = QFileInfo(m_session->filePath()).completeBaseName();
    QString error;
    if (ChartExport::saveAll(m_charts->charts(), folder, options, false, &error).isEmpty() && !m_charts->charts().isEmpty())
        failed(error);
}

void ExportActions::exportCsv()
{
    const DocumentPtr doc = m_session->document();
    if (!doc)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Figures as CSV"),
                                                      QDir(defaultFolder()).filePath(tr("figures") + QStringLiteral(".csv")),
                                                      tr("CSV files (*.csv)"));
    QString error;
    if (!path.isEmpty()
        && !TableExport::writeAtomically(path, TableExport::csv(*doc, [this](int s) { return m_filter->accepts(s); }), &error))
        failed(error);
}

void ExportActions::exportJson()
{
    const DocumentPtr doc = m_session->document();
    if (!doc)
        return;
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Figures as JSON"),
                                                      QDir(defaultFolder()).filePath(tr("report") + QStringLiteral(".json")),
                                                      tr("JSON files (*.json)"));
    QString error;
    if (!path.isEmpty() && !TableExport::writeAtomically(path, TableExport::json(*doc), &error))
        failed(error);
}
