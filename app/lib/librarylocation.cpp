#include "librarylocation.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QStringList>

namespace LibraryLocation {

QString defaultPath()
{
    const QString data = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    const QString dir = data + QStringLiteral("/ReportLens");
    QDir().mkpath(dir);
    const QString path = dir + QStringLiteral("/library.sqlite");
    if (QFile::exists(path))
        return path;
    // Earlier releases kept it under the program's own name: the window's (ReportLens/ReportLens)
    // and the command line's (reportlens). The first one found is moved, with its write-ahead log.
    const QStringList earlier = {data + QStringLiteral("/ReportLens/ReportLens/library.sqlite"),
                                 data + QStringLiteral("/reportlens/library.sqlite")};
    for (const QString &old : earlier) {
        if (!QFile::exists(old) || !QFile::rename(old, path))
            continue;
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(old + suffix))
                QFile::rename(old + suffix, path + suffix);
        break;
    }
    return path;
}

} // namespace LibraryLocation
