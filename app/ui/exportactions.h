#pragma once

#include <QObject>

class ChartPanel;
class DocumentSession;
class QAction;
class QWidget;
class SectionFilter;

/** File → Export: the chart shown (PNG at 1×, 2× or a width; SVG), the chart to the clipboard, every
 *  chart to a folder, the table as CSV or JSON. Writes are atomic; a failure is a message, never a
 *  half-written file; an existing file is replaced only after asking. */
class ExportActions : public QObject
{
    Q_OBJECT
public:
    ExportActions(DocumentSession *session, SectionFilter *filter, ChartPanel *charts, QWidget *window);
    QList<QAction *> actions() const;
    void retranslate();

    void exportChart();
    void copyChart();
    void exportAllCharts();
    void exportCsv();
    void exportJson();

private:
    bool confirmReplace(const QStringList &existing);
    void failed(const QString &error);

    DocumentSession *m_session;
    SectionFilter *m_filter;
    ChartPanel *m_charts;
    QWidget *m_window;
    QAction *m_chart, *m_copy, *m_all, *m_csv, *m_json;
};
