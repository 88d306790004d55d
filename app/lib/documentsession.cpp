#include "documentsession.h"

#include "scancache.h"
#include "texts.h"

#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <QFile>
#include <QFileInfo>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace {
constexpr const char *kEmbedded = ":/reports/embedded.txt";
constexpr const char *kEmbeddedName = "guangzhou-union-2025.txt";
/** A PDF or a page image may be a scan: it is read from the cache of OCR reads when it was read
 *  before (by its bytes' hash), and kept there when reading it used OCR. Anything else is read as is. */
reportcore::SourceText readMaybeCached(const QString &path, const reportcore::ReadOptions &options)
{
    const std::string name = QFile::encodeName(path).toStdString();
    QFile file(path);
    if (QFileInfo(path).size() > static_cast<qint64>(options.decode.maxBytes) || !file.open(QIODevice::ReadOnly))
        return reportcore::readDocumentFile(name, options);
    const QByteArray head = file.peek(1024);
    const reportcore::Format format = reportcore::detectFormat(std::string_view(head.constData(), static_cast<std::size_t>(head.size())), name);
    if (format != reportcore::Format::Pdf && format != reportcore::Format::Image)
        return reportcore::readDocumentFile(name, options);
    const QByteArray bytes = file.readAll();
    const QString key = ScanCache::keyOf(bytes);
    if (std::optional<reportcore::SourceText> cached = ScanCache::find(key))
        return std::move(*cached);
    reportcore::SourceText source = reportcore::readDocument(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())),
                                                             QFileInfo(path).fileName().toStdString(), options);
    ScanCache::store(key, source); // only a read that used OCR is kept
    return source;
}

} // namespace

DocumentSession::DocumentSession(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &DocumentSession::finished);
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &DocumentSession::poll);
}

DocumentSession::~DocumentSession()
{
    m_watcher.disconnect(this);
    if (m_job)
        m_job->cancelled = true; // no need to finish a read nobody will see
    m_watcher.waitForFinished();
}

LoadResult DocumentSession::load(const QString &path, quint64 limit, const std::function<bool(int)> &progress,
                                 const QString &password)
{
    reportcore::DecodeOptions options;
    options.maxBytes = limit;
    reportcore::ReadOptions readOptions;
    readOptions.decode = options;
    readOptions.password = password.toStdString();
    readOptions.progress = progress; // a long PDF reports (and stops) page by page
    reportcore::ParseOptions parseOptions;
    parseOptions.progress = progress;
    LoadResult result;
    result.path = path;
    if (path.isEmpty()) {
        QFile embedded(QString::fromLatin1(kEmbedded));
        if (!embedded.open(QIODevice::ReadOnly)) {
            result.error = reportcore::DecodeError::NotFound;
            return result;
        }
        const QByteArray bytes = embedded.readAll();
        result.bytes = static_cast<quint64>(bytes.size());
        reportcore::DecodeError error = reportcore::DecodeError::None;
        auto doc = std::make_shared<reportcore::Document>(reportcore::parseBytes(
            std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())), kEmbeddedName, error, options,
            parseOptions));
        result.error = error;
        if (error == reportcore::DecodeError::None)
            result.document = std::move(doc);
        return result;
    }
    result.bytes = static_cast<quint64>(QFileInfo(path).size());
    result.passwordGiven = !password.isEmpty();
    if (progress && !progress(0)) {
        result.error = reportcore::DecodeError::Cancelled;
        return result;
    }
    // Any format (text, PDF, Word, a web page, a scan): the reader's detail is kept for the command line.
    reportcore::SourceText source = readMaybeCached(path, readOptions);
    result.detail = QString::fromStdString(source.detail);
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto doc = std::make_shared<reportcore::Document>(
        reportcore::parseSource(std::move(source), QFileInfo(path).fileName().toStdString(), error, parseOptions));
    doc->source.path = QFile::encodeName(QFileInfo(path).absoluteFilePath()).toStdString(); // for a scan's pictures
    result.error = error;
    if (error == reportcore::DecodeError::None)
        result.document = std::move(doc);
    return result;
}

void DocumentSession::open(const QString &path, const QString &password)
{
    const bool wasLoading = isLoading();
    if (m_job)
        m_job->cancelled = true; // the read it replaces stops soon
    auto job = std::make_shared<Job>();
    job->bytes = path.isEmpty() ? 0 : QFileInfo(path).size();
    // A PDF costs far more per byte than text (every page laid out): one of 200 KB (a dozen pages)
    // or more shows its progress and Cancel at once.
    if (job->bytes >= kProgressBytes / 10) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.read(1024).contains("%PDF-"))
            job->bytes = std::max<qint64>(job->bytes, kProgressBytes);
    }
    m_job = job;
    m_watcher.setFuture(QtConcurrent::run([path, password, job] {
        return load(
            path, maxBytes(),
            [job](int permille) {
                job->permille = permille;
                return !job->cancelled.load();
            },
            password);
    }));
    m_since.start();
    m_poll.start();
    if (!wasLoading)
        emit loadingChanged(true);
    poll();
}

void DocumentSession::poll()
{
    if (!m_job || !isLoading()) {
        m_poll.stop();
        return;
    }
    if (m_job->bytes >= kProgressBytes || m_since.elapsed() >= kProgressAfterMs)
        emit progressChanged(m_job->permille.load());
}

void DocumentSession::cancel()
{
    if (!isLoading())
        return;
    // The parse stops at its next progress report; its result (none) is dropped.
    m_job->cancelled = true;
    m_job.reset();
    m_poll.stop();
    m_watcher.disconnect(this);
    m_watcher.setFuture(QFuture<LoadResult>());
    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, &DocumentSession::finished);
    emit loadingChanged(false);
}

void DocumentSession::setDocument(DocumentPtr document, const QString &path)
{
    DocumentPtr previous = std::exchange(m_document, std::move(document));
    m_path = path;
    emit documentChanged();
    // The views have let go of the previous report: free it off the UI thread (a large one takes
    // tens of milliseconds).
    if (previous && previous.use_count() == 1)
        QThreadPool::globalInstance()->start([previous = std::move(previous)]() mutable { previous.reset(); });
}

void DocumentSession::finished()
{
    const QFuture<LoadResult> future = m_watcher.future();
    if (!future.isValid() || future.resultCount() == 0)
        return;
    const LoadResult result = future.result();
    m_job.reset();
    m_poll.stop();
    emit loadingChanged(false);
    if (result.error == reportcore::DecodeError::Cancelled)
        return; // replaced by a newer read, or cancelled: nothing to say
    if (result.error == reportcore::DecodeError::Encrypted && !result.path.isEmpty()) {
        emit passwordNeeded(result.path, result.passwordGiven);
        return;
    }
    if (result.error != reportcore::DecodeError::None) {
        // Over the limit once unpacked (a zip bomb), not by its own size.
        const bool unpacked = result.error == reportcore::DecodeError::TooLarge && result.bytes <= maxBytes();
        emit loadFailed(result.path, unpacked ? Texts::unpackedTooLarge(maxBytes())
                                              : Texts::decodeError(result.error, result.bytes, maxBytes()));
        return;
    }
    setDocument(result.document, result.path);
}
