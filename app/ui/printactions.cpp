#include "printactions.h"

#include "documentsession.h"
#include "reportprinter.h"
#include "sectionfilter.h"

#include <reportcore/library.h>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

#include <memory>

PrintActions::PrintActions(DocumentSession *session, SectionFilter *filter, QWidget *window)
    : QObject(window), m_session(session), m_filter(filter), m_window(window), m_print(new QAction(window)), m_pdf(new QAction(window))
{
    m_print->setShortcuts(QKeySequence::keyBindings(QKeySequence::Print));
    connect(m_print, &QAction::triggered, this, &PrintActions::printPreview);
    connect(m_pdf, &QAction::triggered, this, &PrintActions::exportPdf);
    retranslate();
}

QList<QAction *> PrintActions::actions() const { return {m_print, m_pdf}; }

void PrintActions::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Export as P&DF…"));
}

QString PrintActions::title() const
{
    const DocumentPtr doc = m_session->document();
    QString title = doc ? QString::fromStdString(reportcore::describeReport(*doc).title) : QString();
    if (title.isEmpty())
        title = m_session->filePath().isEmpty() ? tr("The embedded report") : QFileInfo(m_session->filePath()).completeBaseName();
    return title;
}

bool PrintActions::askOptions(bool &table, bool &charts)
{
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("What to include"));
    auto *tableBox = new QCheckBox(tr("The table of figures"), &dialog);
    auto *chartBox = new QCheckBox(tr("The charts"), &dialog);
    QSettings settings;
    tableBox->setChecked(settings.value(QStringLiteral("print/table"), true).toBool());
    chartBox->setChecked(settings.value(QStringLiteral("print/charts"), false).toBool());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(tableBox);
    layout->addWidget(chartBox);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    table = tableBox->isChecked();
    charts = chartBox->isChecked();
    settings.setValue(QStringLiteral("print/table"), table);
    settings.setValue(QStringLiteral("print/charts"), charts);
    return true;
}

void PrintActions::printPreview()
{
    const DocumentPtr doc = m_session->document();
    if (!doc)
        return;
    bool table = true, charts = false;
    if (!askOptions(table, charts))
        return;
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> dialog(preview(&printer, table, charts));
    dialog->exec();
}

/** What to print: the sections shown, with or without the table and the charts. */
static ReportPrinter::Options printOptions(SectionFilter *filter, bool table, bool charts)
{
    ReportPrinter::Options options;
    options.table = table;
    options.charts = charts;
    options.accepts = [filter](int section) { return filter->accepts(section); };
    return options;
}

QPrintPreviewDialog *PrintActions::preview(QPrinter *printer, bool table, bool charts)
{
    const ReportPrinter::Options options = printOptions(m_filter, table, charts);
    printer->setDocName(title());
    printer->setPageSize(QPageSize(QPageSize::A4));
    auto *dialog = new QPrintPreviewDialog(printer, m_window);
    dialog->setWindowTitle(tr("Print Preview — %1").arg(title()));
    dialog->resize(m_window->size() * 0.9);
    const DocumentPtr doc = m_session->document();
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, doc, options](QPrinter *p) {
        if (!doc)
            return;
        const std::unique_ptr<ReportPrinter::Printout> printout = ReportPrinter::build(*doc, title(), options);
        ReportPrinter::print(*printout, p);
    });
    return dialog;
}

void PrintActions::exportPdf()
{
    const DocumentPtr doc = m_session->document();
    if (!doc)
        return;
    bool table = true, charts = false;
    if (!askOptions(table, charts))
        return;
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export as PDF"),
                                                      QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(title() + QStringLiteral(".pdf")),
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    // A long report takes a while: its pages counted as they are written, and Cancel writes nothing.
    QProgressDialog progress(tr("Writing the PDF…"), tr("Cancel"), 0, 0, m_window);
    progress.setWindowTitle(tr("Export as PDF"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    QApplication::setOverrideCursor(Qt::WaitCursor); // laying the report out comes first
    QString error;
    const bool written = ReportPrinter::exportPdf(*doc, title(), printOptions(m_filter, table, charts), path, &error,
                                                  [&progress](int done, int total) {
                                                      progress.setMaximum(total);
                                                      progress.setValue(done);
                                                      progress.setLabelText(tr("Writing page %1 of %2…").arg(done).arg(total));
                                                      QCoreApplication::processEvents();
                                                      return !progress.wasCanceled();
                                                  });
    QApplication::restoreOverrideCursor();
    if (!written && !progress.wasCanceled())
        QMessageBox::warning(m_window, tr("Export failed"), tr("The PDF could not be written to %1: %2").arg(path, error));
}
