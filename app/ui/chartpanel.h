#pragma once

#include "chartdata.h"
#include "documentsession.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class ReportChart;
class SectionFilter;

/** The charts beside the text, built from the report's figures for the sections the filter shows. */
class ChartPanel : public QWidget
{
    Q_OBJECT
public:
    ChartPanel(SectionFilter *filter, QWidget *parent = nullptr);
    void setReport(DocumentPtr document);
    /** Marks the bar of an indicator in the chart shown (when it has one). */
    void highlightIndicator(int indicator);

    QList<ChartSpec> charts() const { return m_charts; }
    ReportChart *currentChart() const { return m_chart; }
    QChartView *view() const { return m_view; }
    void showChart(int index);
    int currentIndex() const;

signals:
    void indicatorClicked(int indicator);

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void retranslate();

    SectionFilter *m_filter;
    DocumentPtr m_report;
    QList<ChartSpec> m_charts;
    QComboBox *m_choice;
    QChartView *m_view;
    QLabel *m_empty;
    ReportChart *m_chart = nullptr;
    int m_highlighted = -1;
};
