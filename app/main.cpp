#include "cli.h"
#include "documentsession.h"
#include "figurecomparison.h"
#include "librarywindow.h"
#include "printactions.h"

#include <QPrintPreviewDialog>
#include <QPrinter>
#include "language.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "readingview.h"
#include "texts.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QImage>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace {

/** Calls `then` once, right after the window's first paint. */
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_then(std::move(then))
    {
        window->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            auto then = std::move(m_then);
            m_then = nullptr;
            QTimer::singleShot(0, watched, then); // after the paint has finished
        }
        return false;
    }

private:
    std::function<void()> m_then;
};

bool saveScreenshot(QWidget &window, const QString &path)
{
    const QImage image = window.grab().toImage();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        std::fprintf(stderr, "reportlens: %s: %s\n", qUtf8Printable(path), qUtf8Printable(file.errorString()));
        return false;
    }
    std::printf("%s\n", qUtf8Printable(path));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    // Decide before any QApplication exists: a headless run must not need a display.
    if (cli::isHeadless(argc, argv))
        return cli::run(argc, argv);

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("ReportLens"));
    QApplication::setOrganizationName(QStringLiteral("ReportLens"));
    QApplication::setApplicationVersion(QStringLiteral(REPORTLENS_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.reportlens.ReportLens"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.reportlens.ReportLens.svg")));
    Language::preferCjkFonts();

    QCommandLineParser parser;
    const cli::ScreenshotOptions options;
    const QCommandLineOption &screenshot = options.screenshot, &size = options.size, &firstPaint = options.firstPaint, &tab = options.tab,
                             &figure = options.figure, &showWindow = options.window, &libraryFile = options.libraryFile,
                             &windowArgument = options.windowArgument;
    const QCommandLineOption language(QStringLiteral("language"), QStringLiteral("UI language: zh_CN or en."),
                                      QStringLiteral("CODE"));
    parser.addOptions(options.all());
    parser.addOption(language);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A report to open."));
    parser.process(app);

    const bool scripted = parser.isSet(screenshot) || parser.isSet(firstPaint);
    Language::apply(parser.isSet(language) ? parser.value(language)
                    : scripted             ? QString()
                                           : QSettings().value(QStringLiteral("language")).toString());

    DocumentSession session;
    const QStringList files = parser.positionalArguments();
    QString path = files.isEmpty() ? QString() : files.front();
    if (!scripted && path.isEmpty())
        path = QSettings().value(QStringLiteral("lastFile")).toString();

    if (scripted) {
        // A picture of a known state: read the report before the window shows.
        const LoadResult result = DocumentSession::load(path);
        if (!result.document) {
            std::fprintf(stderr, "reportlens: %s\n",
                         qUtf8Printable(Texts::decodeError(result.error, result.bytes, DocumentSession::maxBytes())));
            return 2;
        }
        session.setDocument(result.document, path);
    }
    MainWindow window(&session);
    if (scripted) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        window.showSideTab(parser.value(tab) == QStringLiteral("charts") ? 1 : 0);
        window.resize(wh.value(0).toInt() > 0 ? wh.value(0).toInt() : 1280, wh.value(1).toInt() > 0 ? wh.value(1).toInt() : 800);
        new FirstPaint(&window, [&] {
            if (parser.isSet(firstPaint)) {
                std::printf("first-paint\n");
                std::fflush(stdout);
                QApplication::exit(0);
                return;
            }
            if (parser.isSet(showWindow)) {
                // Another window over the main one: the library, a comparison or a series.
                const QString name = parser.value(showWindow), argument = parser.value(windowArgument);
                QWidget *shown = nullptr;
                if (name == QStringLiteral("print-preview")) {
                    static QPrinter printer(QPrinter::HighResolution);
                    shown = window.printActions()->preview(&printer, true, argument == QStringLiteral("charts"));
                } else if (name == QStringLiteral("compare")) {
                    const int before = window.findChildren<CompareDialog *>().size();
                    window.compareWith(argument);
                    const QList<CompareDialog *> dialogs = window.findChildren<CompareDialog *>();
                    shown = dialogs.size() > before ? dialogs.back() : nullptr;
                } else {
                    auto *library = new LibraryWindow(parser.value(libraryFile), &window);
                    library->setWindowFlag(Qt::Window);
                    shown = library;
                    if (name == QStringLiteral("series")) {
                        library->followFigure(argument);
                        const QList<SeriesDialog *> dialogs = library->findChildren<SeriesDialog *>();
                        shown = dialogs.isEmpty() ? nullptr : dialogs.back();
                    } else if (!argument.isEmpty()) {
                        library->search(argument);
                    }
                }
                if (!shown) {
                    std::fprintf(stderr, "reportlens: nothing to show for --screenshot-window %s\n", qUtf8Printable(name));
                    QApplication::exit(2);
                    return;
                }
                shown->resize(window.size());
                shown->show();
                QTimer::singleShot(600, shown, [&, shown] { QApplication::exit(saveScreenshot(*shown, parser.value(screenshot)) ? 0 : 2); });
                return;
            }
            if (parser.isSet(figure)) {
                // Scrolled to the figure (and its row selected), then laid out again before the picture.
                window.readingPane()->view()->showIndicator(parser.value(figure).toInt() - 1);
                QTimer::singleShot(300, &window, [&] { QApplication::exit(saveScreenshot(window, parser.value(screenshot)) ? 0 : 2); });
                return;
            }
            QApplication::exit(saveScreenshot(window, parser.value(screenshot)) ? 0 : 2);
        });
    } else {
        window.restoreSettings();
        // The embedded report when nothing else is open; a last file that is gone falls back to it.
        QObject::connect(&session, &DocumentSession::loadFailed, &window, [&session](const QString &failed) {
            if (!failed.isEmpty() && !session.document())
                session.open(QString());
        });
        session.open(path);
    }
    window.show();
    return app.exec();
}
