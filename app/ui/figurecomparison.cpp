#include "figurecomparison.h"

#include "chartexport.h"
#include "chartfactory.h"
#include "numberformat.h"
#include "tableexport.h"
#include "texts.h"

#include <QChartView>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace reportcore;

namespace {

QTableWidgetItem *cell(const QString &text, const QString &tip = {})
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(tip.isEmpty() ? text : tip);
    return item;
}

QByteArray field(const QString &text)
{
    QString t = text;
    if (t.contains(QLatin1Char(',')) || t.contains(QLatin1Char('"')) || t.contains(QLatin1Char('\n'))) {
        t.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        t = QLatin1Char('"') + t + QLatin1Char('"');
    }
    return t.toUtf8();
}

QString roleText(FigureRole role)
{
    return role == FigureRole::Target ? FigureTableDialog::tr("target") : FigureTableDialog::tr("result");
}

/** A change as a reader writes it, with its sign, its hedge's mark and its unit: "≥ +5万亿元", "−0.3 个百分点". */
QString changeText(const CompareRow &row, const Indicator &newer)
{
    if (!row.change)
        return {};
    const double v = *row.change;
    QString text = ChartData::qualifierMark(row.changeQualifier) + (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("\u2212") : QString())
                   + NumberFormat::magnitude(std::abs(v));
    text += row.points ? FigureTableDialog::tr(" points") : QString::fromStdString(newer.unit);
    if (row.relative)
        text += QStringLiteral(" (%1%2%)").arg(*row.relative >= 0 ? QStringLiteral("+") : QStringLiteral("\u2212"),
                                               QString::number(std::abs(*row.relative) * 100, 'f', 1));
    return text;
}

} // namespace

FigureTableDialog::FigureTableDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_chartChoice(new QComboBox(this))
    , m_chartView(new QChartView(this))
    , m_png(new QPushButton(tr("Export chart as PNG…"), this))
    , m_svg(new QPushButton(tr("Export chart as SVG…"), this))
    , m_csv(new QPushButton(tr("Export table as CSV…"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setTextFormat(Qt::PlainText); // report words are never markup
    m_heading->setWordWrap(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    auto *chartBox = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    auto *choiceRow = new QHBoxLayout;
    auto *choiceLabel = new QLabel(tr("Chart:"), this);
    choiceRow->addWidget(choiceLabel);
    choiceRow->addWidget(m_chartChoice, 1);
    chartLayout->addLayout(choiceRow);
    chartLayout->addWidget(m_chartView, 1);
    splitter->addWidget(chartBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_png, QDialogButtonBox::ActionRole);
    buttons->addButton(m_svg, QDialogButtonBox::ActionRole);
    buttons->addButton(m_csv, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    connect(m_png, &QPushButton::clicked, this, [this] { exportChart(false); });
    connect(m_svg, &QPushButton::clicked, this, [this] { exportChart(true); });
    connect(m_csv, &QPushButton::clicked, this, &FigureTableDialog::exportCsv);
    connect(m_chartChoice, &QComboBox::currentIndexChanged, this, &FigureTableDialog::showChart);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1100, 760);
}

void FigureTableDialog::setCharts(QList<ChartSpec> charts)
{
    m_charts = std::move(charts);
    m_chartChoice->clear();
    for (const ChartSpec &c : m_charts)
        m_chartChoice->addItem(c.title);
    m_chartChoice->setEnabled(m_charts.size() > 1);
    m_png->setEnabled(!m_charts.isEmpty());
    m_svg->setEnabled(!m_charts.isEmpty());
    // The fullest chart first.
    int fullest = m_charts.isEmpty() ? -1 : 0;
    for (int k = 1; k < m_charts.size(); ++k)
        if (m_charts[k].bars.size() > m_charts[fullest].bars.size())
            fullest = k;
    if (fullest > 0) {
        const QSignalBlocker quiet(m_chartChoice);
        m_chartChoice->setCurrentIndex(fullest);
    }
    showChart(fullest);
}

void FigureTableDialog::showChart(int index)
{
    QChart *old = m_chartView->chart();
    if (index < 0 || index >= m_charts.size()) {
        auto *empty = new QChart;
        empty->setTitle(tr("Nothing to chart: no figure is stated in both."));
        m_chartView->setChart(empty);
    } else {
        m_chartView->setChart(new ReportChart(m_charts[index], palette().color(QPalette::Base).lightness() < 128));
    }
    delete old;
}

void FigureTableDialog::exportChart(bool svg)
{
    const int index = m_chartChoice->currentIndex();
    if (index < 0 || index >= m_charts.size())
        return;
    const QString suffix = svg ? QStringLiteral("svg") : QStringLiteral("png");
    const QString path = QFileDialog::getSaveFileName(this, svg ? tr("Export chart as SVG") : tr("Export chart as PNG"),
                                                      ChartData::fileName(m_charts[index]) + QLatin1Char('.') + suffix,
                                                      svg ? tr("SVG drawings (*.svg)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    ChartExport::Options options;
    options.scale = 2;
    if (!ChartExport::save(m_charts[index], path, options, svg, &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The chart could not be written to %1: %2").arg(path, error));
}

QByteArray FigureTableDialog::csv() const
{
    QByteArray out("\xEF\xBB\xBF");
    QList<QByteArray> header;
    for (int c = 0; c < m_table->columnCount(); ++c)
        header << field(m_table->horizontalHeaderItem(c) ? m_table->horizontalHeaderItem(c)->text() : QString());
    out += header.join(',') + "\r\n";
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QList<QByteArray> cells;
        for (int c = 0; c < m_table->columnCount(); ++c) {
            const QTableWidgetItem *item = m_table->item(r, c);
            // the full text, not what the column shows
            cells << field(item ? item->data(Qt::UserRole).isValid() ? item->data(Qt::UserRole).toString() : item->text() : QString());
        }
        out += cells.join(',') + "\r\n";
    }
    return out;
}

void FigureTableDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export table as CSV"), m_fileStem + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!TableExport::writeAtomically(path, csv(), &error))
        QMessageBox::warning(this, tr("Export failed"), tr("The table could not be written to %1: %2").arg(path, error));
}

CompareDialog::CompareDialog(std::shared_ptr<const Document> older, const QString &olderName, std::shared_ptr<const Document> newer,
                             const QString &newerName, QWidget *parent)
    : FigureTableDialog(parent), m_older(std::move(older)), m_newer(std::move(newer))
{
    m_rows = compareFigures(m_older->indicators, m_newer->indicators);
    const ReportInfo oldInfo = describeReport(*m_older), newInfo = describeReport(*m_newer);
    auto name = [](const ReportInfo &info, const QString &file) -> QString {
        const QString title = QString::fromStdString(info.title);
        return (title.isEmpty() ? file : title) + (info.year ? QStringLiteral(" (%1)").arg(*info.year) : QString());
    };
    setWindowTitle(tr("Compare: %1 → %2").arg(olderName, newerName));
    int paired = 0;
    for (const CompareRow &row : m_rows)
        paired += row.older && row.newer;
    m_heading->setText(tr("Older: %1\nNewer: %2\n%n figure(s) stated in both, paired by what they count (never by position); "
                          "the others below them.", nullptr, paired)
                           .arg(name(oldInfo, olderName), name(newInfo, newerName)));
    const QStringList headers = {tr("What"), tr("Role"), tr("Older"), tr("Newer"), tr("Change"), tr("Older line"), tr("Newer line")};
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_rows.size()));
    for (int r = 0; r < static_cast<int>(m_rows.size()); ++r) {
        const CompareRow &row = m_rows[static_cast<std::size_t>(r)];
        const Indicator *a = row.older ? &m_older->indicators[*row.older] : nullptr;
        const Indicator *b = row.newer ? &m_newer->indicators[*row.newer] : nullptr;
        m_table->setItem(r, 0, cell(QString::fromStdString(row.label)));
        m_table->setItem(r, 1, cell(roleText(row.role)));
        m_table->setItem(r, 2, cell(a ? QString::fromStdString(a->text) : tr("not stated")));
        m_table->setItem(r, 3, cell(b ? QString::fromStdString(b->text) : tr("not stated")));
        m_table->setItem(r, 4, cell(b ? changeText(row, *b) : QString()));
        m_table->setItem(r, 5, cell(a ? QString::number(a->line) : QString()));
        m_table->setItem(r, 6, cell(b ? QString::number(b->line) : QString()));
        if (!row.older || !row.newer)
            for (int c = 0; c < headers.size(); ++c)
                m_table->item(r, c)->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_fileStem = QFileInfo(olderName).completeBaseName() + QStringLiteral("-") + QFileInfo(newerName).completeBaseName();
    setCharts(ChartData::compare(*m_older, *m_newer, m_rows));
}

SeriesDialog::SeriesDialog(const QString &label, std::vector<LibraryFigure> points, QWidget *parent)
    : FigureTableDialog(parent), m_points(std::move(points))
{
    setWindowTitle(tr("Series: %1").arg(label));
    m_heading->setText(tr("%1 across the library's reports: %n figure(s), results and targets by year. "
                          "Double-click a row to open its report at the figure.", nullptr, static_cast<int>(m_points.size()))
                           .arg(label));
    const QStringList headers = {tr("Year"), tr("Role"), tr("Figure"), tr("What"), tr("Issuer"), tr("Report"), tr("Line"), tr("Sentence")};
    m_table->setColumnCount(headers.size());
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(static_cast<int>(m_points.size()));
    for (int r = 0; r < static_cast<int>(m_points.size()); ++r) {
        const LibraryFigure &f = m_points[static_cast<std::size_t>(r)];
        const std::optional<int> year = f.indicator.year ? f.indicator.year : f.reportYear;
        m_table->setItem(r, 0, cell(year ? QString::number(*year) : QString()));
        m_table->setItem(r, 1, cell(roleText(f.role)));
        m_table->setItem(r, 2, cell(QString::fromStdString(f.indicator.text)));
        m_table->setItem(r, 3, cell(QString::fromStdString(f.indicator.label)));
        m_table->setItem(r, 4, cell(QString::fromStdString(f.issuer)));
        m_table->setItem(r, 5, cell(QString::fromStdString(f.report), QString::fromStdString(f.path)));
        m_table->setItem(r, 6, cell(QString::number(f.indicator.line)));
        QTableWidgetItem *sentence = cell(QString::fromStdString(f.sentence));
        sentence->setData(Qt::UserRole, QString::fromStdString(f.sentence));
        m_table->setItem(r, 7, sentence);
    }
    m_table->resizeColumnsToContents();
    m_table->setColumnWidth(7, 420);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(m_points.size()))
            emit openAt(QString::fromStdString(m_points[static_cast<std::size_t>(row)].path), m_points[static_cast<std::size_t>(row)].indicator.line);
    });
    m_fileStem = tr("series-%1").arg(label);
    setCharts(ChartData::series(label, m_points));
}
