#pragma once
// Two windows over the library's figures: a comparison of two reports of one series (the figures
// both state, paired, with the change; those only one states apart), and a series (one measure across
// the library's reports, by year, targets apart from results). Each shows a table and a chart, and
// exports the chart as PNG or SVG and the table as CSV.

#include "chartdata.h"

#include <reportcore/compare.h>
#include <reportcore/library.h>

#include <QDialog>

#include <memory>
#include <vector>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

/** What both windows share: a table above, a chart (chosen among several) below, export buttons. */
class FigureTableDialog : public QDialog
{
    Q_OBJECT
public:
    /** The table's rows as CSV (UTF-8 with a BOM, headers in the UI language). */
    QByteArray csv() const;
    const QList<ChartSpec> &charts() const { return m_charts; }
    QTableWidget *table() const { return m_table; }

protected:
    explicit FigureTableDialog(QWidget *parent);
    void setCharts(QList<ChartSpec> charts);
    void exportChart(bool svg);
    void exportCsv();
    void showChart(int index);

    QLabel *m_heading;
    QTableWidget *m_table;
    QComboBox *m_chartChoice;
    QChartView *m_chartView;
    QPushButton *m_png, *m_svg, *m_csv;
    QList<ChartSpec> m_charts;
    QString m_fileStem;
};

class CompareDialog : public FigureTableDialog
{
    Q_OBJECT
public:
    /** Compares `older` with `newer` (the files' names say which is which in the window). */
    CompareDialog(std::shared_ptr<const reportcore::Document> older, const QString &olderName,
                  std::shared_ptr<const reportcore::Document> newer, const QString &newerName, QWidget *parent = nullptr);
    const std::vector<reportcore::CompareRow> &rows() const { return m_rows; }

private:
    std::shared_ptr<const reportcore::Document> m_older, m_newer;
    std::vector<reportcore::CompareRow> m_rows;
};

class SeriesDialog : public FigureTableDialog
{
    Q_OBJECT
public:
    SeriesDialog(const QString &label, std::vector<reportcore::LibraryFigure> points, QWidget *parent = nullptr);

signals:
    /** A point was opened: its report, at its line. */
    void openAt(const QString &path, int line);

private:
    std::vector<reportcore::LibraryFigure> m_points;
};
