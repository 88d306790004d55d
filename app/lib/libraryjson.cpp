#include "libraryjson.h"

namespace LibraryJson {
namespace {

QString str(const std::string &s) { return QString::fromStdString(s); }

QJsonValue orNull(const std::optional<int> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }
QJsonValue orNull(const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null); }

} // namespace

QJsonObject indicator(const reportcore::Indicator &i)
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), i.id);
    o.insert(QStringLiteral("text"), str(i.text));
    o.insert(QStringLiteral("value"), i.value);
    o.insert(QStringLiteral("value_max"), orNull(i.valueMax));
    o.insert(QStringLiteral("unit"), str(i.unit));
    o.insert(QStringLiteral("qualifier"), QString::fromLatin1(reportcore::toString(i.qualifier)));
    o.insert(QStringLiteral("category"), QString::fromLatin1(reportcore::toString(i.category)));
    const std::string change = reportcore::toString(i.change);
    o.insert(QStringLiteral("change"), change.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(change)));
    o.insert(QStringLiteral("label"), str(i.label));
    o.insert(QStringLiteral("year"), orNull(i.year));
    o.insert(QStringLiteral("target"), i.target);
    o.insert(QStringLiteral("line"), i.line);
    o.insert(QStringLiteral("column"), i.column);
    o.insert(QStringLiteral("page"), i.page > 0 ? QJsonValue(i.page) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject report(const QString &file, const reportcore::ReportInfo &info, int figures)
{
    QJsonObject o;
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("title"), str(info.title));
    o.insert(QStringLiteral("title_derived"), info.titleDerived);
    o.insert(QStringLiteral("issuer"), str(info.issuer));
    o.insert(QStringLiteral("year"), orNull(info.year));
    o.insert(QStringLiteral("kind"), str(info.kind));
    o.insert(QStringLiteral("figures"), figures);
    return o;
}

QJsonObject report(const reportcore::LibraryReport &r)
{
    QJsonObject o = report(str(r.name), r.info, r.figures);
    o.insert(QStringLiteral("id"), static_cast<double>(r.id));
    o.insert(QStringLiteral("path"), str(r.path));
    o.insert(QStringLiteral("part"), r.part);
    o.insert(QStringLiteral("blocks"), r.blocks);
    o.insert(QStringLiteral("missing"), r.missing);
    return o;
}

QJsonObject comparison(const QString &oldFile, const reportcore::Document &older, const QString &newFile,
                       const reportcore::Document &newer, const std::vector<reportcore::CompareRow> &rows)
{
    QJsonObject o;
    o.insert(QStringLiteral("old"), report(oldFile, reportcore::describeReport(older), static_cast<int>(older.indicators.size())));
    o.insert(QStringLiteral("new"), report(newFile, reportcore::describeReport(newer), static_cast<int>(newer.indicators.size())));
    QJsonArray list;
    for (const reportcore::CompareRow &row : rows) {
        QJsonObject r;
        r.insert(QStringLiteral("label"), str(row.label));
        r.insert(QStringLiteral("role"), QString::fromLatin1(reportcore::toString(row.role)));
        r.insert(QStringLiteral("old"), row.older ? QJsonValue(indicator(older.indicators[*row.older])) : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("new"), row.newer ? QJsonValue(indicator(newer.indicators[*row.newer])) : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("change"), orNull(row.change));
        r.insert(QStringLiteral("relative"), orNull(row.relative));
        r.insert(QStringLiteral("change_qualifier"), row.change ? QJsonValue(QString::fromLatin1(reportcore::toString(row.changeQualifier)))
                                                                : QJsonValue(QJsonValue::Null));
        QString unit;
        if (row.change)
            unit = row.points ? QStringLiteral("个百分点") : str(newer.indicators[*row.newer].unit);
        r.insert(QStringLiteral("change_unit"), row.change ? QJsonValue(unit) : QJsonValue(QJsonValue::Null));
        r.insert(QStringLiteral("similarity"), row.older && row.newer ? QJsonValue(row.similarity) : QJsonValue(QJsonValue::Null));
        list.append(r);
    }
    o.insert(QStringLiteral("rows"), list);
    return o;
}

QJsonObject hits(const reportcore::SearchResults &results, int offset, int limit)
{
    QJsonArray list;
    for (const reportcore::SearchHit &h : results.hits) {
        QJsonObject o;
        o.insert(QStringLiteral("report"), str(h.report));
        o.insert(QStringLiteral("path"), str(h.path));
        o.insert(QStringLiteral("title"), str(h.title));
        o.insert(QStringLiteral("year"), orNull(h.year));
        o.insert(QStringLiteral("section"), str(h.section));
        o.insert(QStringLiteral("line"), h.line);
        o.insert(QStringLiteral("page"), h.page > 0 ? QJsonValue(h.page) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("snippet"), str(h.snippet));
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("total"), results.total);
    o.insert(QStringLiteral("offset"), offset);
    o.insert(QStringLiteral("limit"), limit);
    o.insert(QStringLiteral("hits"), list);
    return o;
}

QJsonObject series(const QString &label, const std::vector<reportcore::LibraryFigure> &points)
{
    QJsonArray list;
    for (const reportcore::LibraryFigure &f : points) {
        const reportcore::Indicator &i = f.indicator;
        QJsonObject o;
        o.insert(QStringLiteral("year"), orNull(i.year ? i.year : f.reportYear));
        o.insert(QStringLiteral("kind"), QString::fromLatin1(reportcore::toString(f.role)));
        o.insert(QStringLiteral("value"), i.value);
        o.insert(QStringLiteral("unit"), str(i.unit));
        o.insert(QStringLiteral("qualifier"), QString::fromLatin1(reportcore::toString(i.qualifier)));
        const std::string change = reportcore::toString(i.change);
        o.insert(QStringLiteral("change"), change.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(str(change)));
        o.insert(QStringLiteral("text"), str(i.text));
        o.insert(QStringLiteral("label"), str(i.label));
        o.insert(QStringLiteral("report"), str(f.report));
        o.insert(QStringLiteral("issuer"), str(f.issuer));
        o.insert(QStringLiteral("section"), str(f.section));
        o.insert(QStringLiteral("line"), i.line);
        o.insert(QStringLiteral("page"), i.page > 0 ? QJsonValue(i.page) : QJsonValue(QJsonValue::Null));
        o.insert(QStringLiteral("sentence"), str(f.sentence));
        list.append(o);
    }
    QJsonObject o;
    o.insert(QStringLiteral("label"), label);
    o.insert(QStringLiteral("points"), list);
    return o;
}

} // namespace LibraryJson
