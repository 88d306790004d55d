#include "mainwindow.h"

#include <reportcore/parse.h>

#include <QFile>
#include <QFileInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QStatusBar>

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_text(new QPlainTextEdit(this))
{
    m_text->setReadOnly(true);
    m_text->setAccessibleName(tr("Report text"));
    setCentralWidget(m_text);
    setWindowTitle(tr("ReportLens"));
    resize(1280, 800);
}

bool MainWindow::openReport(const QString &path)
{
    reportcore::DecodeError error = reportcore::DecodeError::None;
    reportcore::Document doc;
    if (path.isEmpty()) {
        QFile embedded(QStringLiteral(":/reports/embedded.txt"));
        embedded.open(QIODevice::ReadOnly);
        const QByteArray bytes = embedded.readAll();
        doc = reportcore::parseBytes(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                     "guangzhou-union-2025.txt", error);
    } else {
        doc = reportcore::parseFile(QFile::encodeName(path).toStdString(), error);
    }
    if (error != reportcore::DecodeError::None) {
        reportcore::DecodeResult info;
        info.bytes = static_cast<std::uint64_t>(QFileInfo(path).size());
        QMessageBox::warning(this, tr("Cannot open report"),
                             tr("%1 could not be opened: %2")
                                 .arg(QFileInfo(path).fileName(),
                                      QString::fromStdString(reportcore::errorMessage(error, info, {}))));
        return false;
    }
    showDocument(doc);
    return true;
}

void MainWindow::showDocument(const reportcore::Document &doc)
{
    QString all;
    for (const reportcore::Block &block : doc.blocks) {
        all += QString::fromStdString(block.text);
        all += QStringLiteral("\n\n");
    }
    m_text->setPlainText(all);
    setWindowTitle(tr("%1 — ReportLens").arg(QString::fromStdString(doc.title)));
    statusBar()->showMessage(tr("%n section(s)", "", int(doc.sections.size())) + QStringLiteral(" · ")
                             + tr("%n figure(s)", "", int(doc.indicators.size())));
}
