#pragma once
// What OCR read of a scan, kept in the user's cache folder by the file's content (SHA-256): a scan
// opened again (in the window, on the command line, added to the library) is laid out and parsed from
// it at once instead of being read again. Only reads that used OCR are kept; a file written anew is
// written whole or not at all (QSaveFile).

#include <reportcore/read.h>

#include <QByteArray>
#include <QString>

#include <optional>

namespace ScanCache {

/** The folder (QStandardPaths::CacheLocation/ocr). */
QString folder();
/** The key of a file's bytes: hex SHA-256 with the cache format's version and the release's. */
QString keyOf(const QByteArray &bytes);
/** What a read left, if it is cached. */
std::optional<reportcore::SourceText> find(const QString &key);
/** Keeps a read that used OCR (others are not kept); false when it could not be written. */
bool store(const QString &key, const reportcore::SourceText &source);

/** The bytes of a SourceText as the cache keeps them, and back (nullopt for anything damaged). */
QByteArray serialise(const reportcore::SourceText &source);
std::optional<reportcore::SourceText> deserialise(const QByteArray &bytes);

} // namespace ScanCache
