#pragma once

#include <reportcore/decode.h>
#include <reportcore/document.h>

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>

using DocumentPtr = std::shared_ptr<const reportcore::Document>;

/** The result of reading a report: a document, or why there is none. A plain value (it crosses
 *  threads). */
struct LoadResult {
    DocumentPtr document;
    reportcore::DecodeError error = reportcore::DecodeError::None;
    quint64 bytes = 0;          ///< size of the file, for messages about it
    QString path;               ///< "" for the embedded report
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

    /** Starts reading `path` (or the embedded report when empty); documentChanged() or loadFailed()
     *  follows. A read already under way is abandoned. */
    void open(const QString &path);
    void reload() { open(m_path); }
    /** Abandons the read under way, if any (the document on screen stays). */
    void cancel();
    /** Shows a document that was read elsewhere (tests, the command line). */
    void setDocument(DocumentPtr document, const QString &path);

    /** The default limit on a report's size, in bytes. */
    static quint64 maxBytes() { return reportcore::DecodeOptions{}.maxBytes; }
    /** Reads a report synchronously (the work open() does off the UI thread); "" is the embedded
     *  report. */
    static LoadResult load(const QString &path, quint64 limit = maxBytes());

signals:
    void documentChanged();
    void loadFailed(const QString &path, const QString &reason);
    void loadingChanged(bool loading);

private:
    void finished();

    DocumentPtr m_document;
    QString m_path;
    QFutureWatcher<LoadResult> m_watcher;
};
