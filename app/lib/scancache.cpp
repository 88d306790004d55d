#include "scancache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace ScanCache {

namespace {

constexpr quint32 kMagic = 0x52'4C'4F'43; // "RLOC"
constexpr quint32 kVersion = 2;           // the format below; also in the key: a new layout reads anew

QByteArray utf8(const std::string &s) { return QByteArray::fromStdString(s); }
std::string text(const QByteArray &b) { return b.toStdString(); }

} // namespace

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/ocr");
}

QString keyOf(const QByteArray &bytes)
{
    // The release is in the key too: a new one reads a scan anew (its OCR and layout may read it better).
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) + QStringLiteral("-v")
           + QString::number(kVersion) + QStringLiteral("-") + QStringLiteral(REPORTLENS_VERSION);
}

QByteArray serialise(const reportcore::SourceText &s)
{
    QByteArray out;
    QDataStream w(&out, QIODevice::WriteOnly);
    w.setVersion(QDataStream::Qt_6_4);
    w << kMagic << kVersion << static_cast<qint32>(s.format) << utf8(s.text) << utf8(s.encoding) << s.bom
      << static_cast<quint64>(s.bytes) << static_cast<qint32>(s.pages) << utf8(s.title) << utf8(s.published) << utf8(s.publisher);
    w << static_cast<quint32>(s.hints.size());
    for (const reportcore::LineHint &h : s.hints)
        w << static_cast<qint32>(h.page) << static_cast<qint32>(h.heading) << static_cast<qint32>(h.table) << h.tableHeader
          << h.item << h.complete << h.joinNext;
    w << static_cast<quint32>(s.ocr.size());
    for (const reportcore::OcrPage &p : s.ocr) {
        w << static_cast<qint32>(p.page) << static_cast<quint32>(p.words.size());
        for (const reportcore::OcrWordConfidence &word : p.words)
            w << utf8(word.text) << word.confidence << word.x0 << word.top << word.x1 << word.bottom;
    }
    return out;
}

std::optional<reportcore::SourceText> deserialise(const QByteArray &bytes)
{
    QDataStream r(bytes);
    r.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0, version = 0, count = 0;
    qint32 format = 0, pages = 0;
    quint64 size = 0;
    QByteArray txt, encoding, title, published, publisher;
    reportcore::SourceText s;
    r >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return std::nullopt;
    r >> format >> txt >> encoding >> s.bom >> size >> pages >> title >> published >> publisher >> count;
    if (r.status() != QDataStream::Ok || format < 0 || format > static_cast<qint32>(reportcore::Format::Image)
        || count > static_cast<quint32>(txt.count('\n') + 1))
        return std::nullopt;
    s.format = static_cast<reportcore::Format>(format);
    s.text = text(txt);
    s.encoding = text(encoding);
    s.bytes = size;
    s.pages = pages;
    s.title = text(title);
    s.published = text(published);
    s.publisher = text(publisher);
    s.hints.resize(count);
    for (reportcore::LineHint &h : s.hints) {
        qint32 page = 0, heading = 0, table = 0;
        r >> page >> heading >> table >> h.tableHeader >> h.item >> h.complete >> h.joinNext;
        h.page = page;
        h.heading = heading;
        h.table = table;
    }
    quint32 ocrPages = 0;
    r >> ocrPages;
    if (r.status() != QDataStream::Ok || ocrPages > static_cast<quint32>(std::max(pages, 0)))
        return std::nullopt;
    s.ocr.resize(ocrPages);
    for (reportcore::OcrPage &p : s.ocr) {
        qint32 page = 0;
        quint32 words = 0;
        r >> page >> words;
        if (r.status() != QDataStream::Ok || words > static_cast<quint32>(bytes.size()))
            return std::nullopt;
        p.page = page;
        p.words.resize(words);
        for (reportcore::OcrWordConfidence &word : p.words) {
            QByteArray w;
            r >> w >> word.confidence >> word.x0 >> word.top >> word.x1 >> word.bottom;
            word.text = text(w);
        }
    }
    if (r.status() != QDataStream::Ok)
        return std::nullopt;
    return s;
}

std::optional<reportcore::SourceText> find(const QString &key)
{
    QFile file(folder() + QLatin1Char('/') + key);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return deserialise(file.readAll());
}

bool store(const QString &key, const reportcore::SourceText &source)
{
    if (source.ocr.empty() || source.error != reportcore::DecodeError::None || !QDir().mkpath(folder()))
        return false;
    QSaveFile file(folder() + QLatin1Char('/') + key);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(serialise(source));
    return file.commit();
}

} // namespace ScanCache
