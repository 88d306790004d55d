#pragma once

#include "documentsession.h"

#include <QByteArray>
#include <QString>

#include <functional>

/** The indicator table as files: CSV (UTF-8 with a BOM, so Excel and LibreOffice read the Chinese)
 *  and JSON (the command line's format). */
namespace TableExport {

QByteArray csv(const reportcore::Document &doc, const std::function<bool(int section)> &accepts);
QByteArray json(const reportcore::Document &doc);

/** Writes `data` to `path` through QSaveFile: the file is replaced whole or not at all. */
bool writeAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace TableExport
