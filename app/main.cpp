#include "cli.h"
#include "mainwindow.h"

#include <QApplication>

int main(int argc, char **argv)
{
    // Decide before any QApplication exists: a headless run must not need a display.
    if (cli::isHeadless(argc, argv))
        return cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    MainWindow window;
    const QStringList args = QApplication::arguments();
    window.openReport(args.size() > 1 ? args.at(1) : QString());
    window.show();
    return app.exec();
}
