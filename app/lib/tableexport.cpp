#include "tableexport.h"

#include "texts.h"

#include <reportcore/json.h>

#include <QCoreApplication>

#include <QDir>
#include <QSaveFile>

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)
};

QByteArray field(const QString &text)
{
    QString s = text;
    if (s.contains(QLatin1Char('"')) || s.contains(QLatin1Char(',')) || s.contains(QLatin1Char('\n'))
        || s.contains(QLatin1Char('\r')))
        s = QLatin1Char('"') + s.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return s.toUtf8();
}

QString number(double v) { return QString::number(v, 'g', 15); }

} // namespace

namespace TableExport {

QByteArray csv(const reportcore::Document &doc, const std::function<bool(int)> &accepts)
{
    QByteArray out("\xEF\xBB\xBF"); // BOM: Excel reads UTF-8 only with it
    // Headers and words in the UI language; numbers plain, so spreadsheets read them as numbers.
    const QStringList header = {Tr::tr("id"), Tr::tr("text"), Tr::tr("value"), Tr::tr("value_max"), Tr::tr("unit"),
                                Tr::tr("qualifier"), Tr::tr("category"), Tr::tr("change"), Tr::tr("label"), Tr::tr("table_column"),
                                Tr::tr("period"), Tr::tr("year"),
                                Tr::tr("section"), Tr::tr("section_title"), Tr::tr("line"), Tr::tr("column"), Tr::tr("page"),
                                Tr::tr("ocr_confidence"), Tr::tr("uncertain")};
    QList<QByteArray> headerCells;
    for (const QString &h : header)
        headerCells << field(h);
    out += headerCells.join(',') + "\r\n";
    for (const reportcore::Indicator &i : doc.indicators) {
        if (!accepts(i.section))
            continue;
        const bool hasSection = i.section >= 0 && static_cast<std::size_t>(i.section) < doc.sections.size();
        const QList<QByteArray> cells = {
            QByteArray::number(i.id),
            field(QString::fromStdString(i.text)),
            number(i.value).toUtf8(),
            i.valueMax ? number(*i.valueMax).toUtf8() : QByteArray(),
            field(QString::fromStdString(i.unit)),
            field(Texts::qualifierShort(i.qualifier)),
            field(Texts::category(i.category)),
            field(Texts::change(i.change)),
            field(QString::fromStdString(i.label)),
            field(QString::fromStdString(i.tableColumn)),
            field(QString::fromStdString(i.period)),
            i.year ? QByteArray::number(*i.year) : QByteArray(),
            hasSection ? QByteArray(doc.sections[static_cast<std::size_t>(i.section)].id.c_str()) : QByteArray(),
            hasSection ? field(QString::fromStdString(doc.sections[static_cast<std::size_t>(i.section)].title)) : QByteArray(),
            QByteArray::number(i.line),
            QByteArray::number(i.column),
            i.page > 0 ? QByteArray::number(i.page) : QByteArray(),
            i.ocrConfidence ? QByteArray::number(qRound(*i.ocrConfidence)) : QByteArray(),
            reportcore::isUncertain(i) ? field(Tr::tr("yes")) : QByteArray(),
        };
        out += cells.join(',') + "\r\n";
    }
    return out;
}

QByteArray json(const reportcore::Document &doc) { return QByteArray::fromStdString(reportcore::toJson(doc)); }

bool writeAtomically(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

} // namespace TableExport
