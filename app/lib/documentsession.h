#pragma once

#include <reportcore/decode.h>
#include <reportcore/document.h>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

using DocumentPtr = std::shared_ptr<const reportcore::Document>;

/** The result of reading a report: a document, or why there is none. A plain value (it crosses
 *  threads). */
struct LoadResult {
    DocumentPtr document;
    reportcore::DecodeError error = reportcore::DecodeError::None;
    quint64 bytes = 0;          ///< size of the file, for messages about it
    QString path;               ///< "" for the embedded report
    QString detail;             ///< the reader's English detail of an error ("page 3 …"), may be ""
    bool passwordGiven = false; ///< a password was tried (so Encrypted means a wrong one)
};

/** The open report, shared by every view. Reading and parsing run off the UI thread; the document on
 *  screen changes only when a new one has been read completely (a failure leaves it as it was). */
class DocumentSession : public QObject
{
    Q_OBJECT
public:
    explicit DocumentSession(QObject *parent = nullptr);
    ~DocumentSession() override;

    DocumentPtr document() const { return m_document; }
    /** The file on screen; empty for the embedded report or when nothing is open. */
    QString filePath() const { return m_path; }
    bool isLoading() const { return m_watcher.isRunning(); }
    /** Share of the read done, 0–1000 (while loading). */
    int progress() const { return m_job ? m_job->permille.load() : 0; }
    /** A read is shown with progress and Cancel when the file is at least this large, or when it
     *  has taken longer than kProgressAfterMs. */
    static constexpr qint64 kProgressBytes = 2'000'000;
    static constexpr int kProgressAfterMs = 400;

    /** Starts reading `path` (or the embedded report when empty); documentChanged() or loadFailed()
     *  follows. A read already under way is abandoned. */
    void open(const QString &path, const QString &password = {});
    void reload() { open(m_path); }
    /** Stops the read under way, if any (the document on screen stays); the parse stops soon after. */
    void cancel();
    /** Shows a document that was read elsewhere (tests, the command line). */
    void setDocument(DocumentPtr document, const QString &path);

    /** The default limit on a report's size, in bytes. */
    static quint64 maxBytes() { return reportcore::DecodeOptions{}.maxBytes; }
    /** Reads a report synchronously (the work open() does off the UI thread); "" is the embedded
     *  report. */
    static LoadResult load(const QString &path, quint64 limit = maxBytes(),
                           const std::function<bool(int permille)> &progress = {}, const QString &password = {});

signals:
    void documentChanged();
    void loadFailed(const QString &path, const QString &reason);
    /** An encrypted document: open(path, password) again with the user's password. `wrong` when
     *  the one given did not open it. */
    void passwordNeeded(const QString &path, bool wrong);
    void loadingChanged(bool loading);
    /** While a read worth showing (see kProgressBytes) is under way: its share done, 0–1000, a few
     *  times a second. */
    void progressChanged(int permille);

private:
    void finished();
    void poll();

    /** What the UI thread and the reading thread share about one read. */
    struct Job {
        std::atomic<int> permille{0};
        std::atomic<bool> cancelled{false};
        qint64 bytes = 0;
    };
    std::shared_ptr<Job> m_job;
    QTimer m_poll;
    QElapsedTimer m_since;

    DocumentPtr m_document;
    QString m_path;
    QFutureWatcher<LoadResult> m_watcher;
};
