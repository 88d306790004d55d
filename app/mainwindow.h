#pragma once

#include <reportcore/document.h>

#include <QMainWindow>

class QPlainTextEdit;

/** The main window. (First slice: the report's text and a summary; the reading view, navigator,
 *  table and charts come with their issues.) */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    /** Opens a report file, or the embedded report when `path` is empty. On failure shows why and
     *  keeps the document on screen. Returns true when the report was opened. */
    bool openReport(const QString &path);

private:
    void showDocument(const reportcore::Document &doc);

    QPlainTextEdit *m_text = nullptr;
};
