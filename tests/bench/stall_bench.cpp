// Benchmark, run on demand: the longest stall of the window's event loop while it opens a large report.
//   stall_bench [--verbose] [--probe posted|timer] [--mb N | FILE]
// Default: a 50 MB report made by repeating the embedded one. A probe runs throughout (see below); the
// longest gap between its runs is the longest time the window could not react. Prints it, with the
// time until the report was read and its first part fully shown, and the peak memory. --verbose
// names every event that took 20 ms or more.

#include "chartpanel.h"
#include "documentsession.h"
#include "language.h"
#include "mainwindow.h"
#include "readingpane.h"
#include "readingview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <functional>

namespace {
/** Times every event delivered; with --verbose, names those that kept the loop busy longest. */
class TimedApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool verbose = false;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (depth++ > 0 || !verbose) {
            const bool r = QApplication::notify(receiver, event);
            --depth;
            return r;
        }
        QElapsedTimer t;
        t.start();
        const int type = event->type();
        const QByteArray cls = receiver->metaObject()->className();
        const bool r = QApplication::notify(receiver, event);
        --depth;
        if (t.elapsed() >= 20)
            std::fprintf(stderr, "slow event: %lld ms, type %d to %s\n", static_cast<long long>(t.elapsed()), type,
                         cls.constData());
        return r;
    }

private:
    int depth = 0;
};
} // namespace

int main(int argc, char **argv)
{
    TimedApplication app(argc, argv);
    Language::preferCjkFonts();
    double mb = 50;
    bool timerProbe = false;
    QString path;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--verbose"))
            app.verbose = true;
        else if (!std::strcmp(argv[i], "--probe") && i + 1 < argc)
            timerProbe = !std::strcmp(argv[++i], "timer");
        else if (!std::strcmp(argv[i], "--mb") && i + 1 < argc)
            mb = std::atof(argv[++i]);
        else
            path = QString::fromLocal8Bit(argv[i]);
    }
    QTemporaryDir dir;
    if (path.isEmpty()) {
        QFile embedded(QStringLiteral(":/reports/embedded.txt"));
        embedded.open(QIODevice::ReadOnly);
        const QByteArray one = embedded.readAll() + "\n";
        path = dir.filePath(QStringLiteral("large.txt"));
        QFile out(path);
        out.open(QIODevice::WriteOnly);
        for (qint64 written = 0; written < static_cast<qint64>(mb * 1e6); written += one.size())
            out.write(one);
    }
    const qint64 bytes = QFileInfo(path).size();

    DocumentSession session;
    session.setDocument(DocumentSession::load(QString()).document, QString()); // the sample on screen
    MainWindow window(&session);
    window.resize(1280, 800);
    window.show();
    QApplication::processEvents();

    QElapsedTimer clock, sinceTick;
    qint64 worst = 0, worstAt = 0, loadedAt = -1, shownAt = -1;
    bool quitting = false;
    auto tick = [&] {
        const qint64 gap = sinceTick.restart();
        if (gap > worst) {
            worst = gap;
            worstAt = clock.elapsed();
        }
        if (loadedAt >= 0 && shownAt < 0 && window.readingPane()->view()->isComplete()) {
            shownAt = clock.elapsed();
            QTimer::singleShot(300, &app, [&] { // a little longer: anything left over
                quitting = true;
                QApplication::quit();
            });
        }
    };
    // The posted probe runs once in every pass of the event loop (it posts itself again): the gap
    // between two runs is how long input would have waited. Qt's GLib dispatcher runs timers only
    // when no posted event is waiting, so a 1 ms timer (--probe timer) also counts the passes that
    // ran one after another while the window went on posting work to itself.
    QTimer ticker;
    std::function<void()> posted = [&] {
        tick();
        if (!quitting)
            QMetaObject::invokeMethod(&app, posted, Qt::QueuedConnection);
    };
    if (timerProbe) {
        ticker.setInterval(1);
        ticker.setTimerType(Qt::PreciseTimer);
        QObject::connect(&ticker, &QTimer::timeout, tick);
    }
    QObject::connect(&session, &DocumentSession::documentChanged, [&] { loadedAt = clock.elapsed(); });
    QObject::connect(&session, &DocumentSession::loadFailed, [&](const QString &, const QString &reason) {
        std::fprintf(stderr, "failed: %s\n", qUtf8Printable(reason));
        app.exit(2);
    });
    clock.start();
    sinceTick.start();
    if (timerProbe)
        ticker.start();
    else
        QMetaObject::invokeMethod(&app, posted, Qt::QueuedConnection);
    session.open(path);
    const int status = app.exec();
    if (status != 0)
        return status;
    std::printf("report: %.1f MB, %zu figures\n", bytes / 1e6, session.document()->indicators.size());
    {
        // Search over the whole report (every part), as one keystroke in the search bar does.
        QElapsedTimer search;
        search.start();
        const int matches = window.readingPane()->view()->find(QStringLiteral("\u5F20\u8DEF\u660E")); // 张路明: once per copy
        std::printf("search for a name: %d matches in %lld ms\n", matches,
                    static_cast<long long>(search.elapsed()));
    }
    std::printf("read and parsed (off the UI thread): %lld ms\n", static_cast<long long>(loadedAt));
    std::printf("fully shown (text inserted in slices): %lld ms\n", static_cast<long long>(shownAt));
    std::printf("longest event-loop stall (%s probe): %lld ms (ending at %lld ms)\n", timerProbe ? "timer" : "posted",
                static_cast<long long>(worst), static_cast<long long>(worstAt));
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak resident memory: %ld MiB\n", usage.ru_maxrss / 1024);
    return 0;
}
