#pragma once
// File → Print… (with a preview) and File → Export as PDF… of the annotated report: the sections
// shown, every figure marked, optionally the table of figures and the charts, numbered pages.

#include <QObject>

class DocumentSession;
class QAction;
class QWidget;
class SectionFilter;

class PrintActions : public QObject
{
    Q_OBJECT
public:
    PrintActions(DocumentSession *session, SectionFilter *filter, QWidget *window);
    QList<QAction *> actions() const;
    void retranslate();
    void printPreview();
    void exportPdf();
    /** A preview of the report on `printer` (not shown; the caller owns it). */
    class QPrintPreviewDialog *preview(class QPrinter *printer, bool table, bool charts);

private:
    /** Asks what to include; false when cancelled. */
    bool askOptions(bool &table, bool &charts);
    QString title() const;

    DocumentSession *m_session;
    SectionFilter *m_filter;
    QWidget *m_window;
    QAction *m_print, *m_pdf;
};
