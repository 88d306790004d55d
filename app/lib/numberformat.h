#pragma once

#include <QLocale>
#include <QString>

/** Numbers in the UI language's conventions, by ICU: full ("1,465,700") and compact ("147万" in
 *  Chinese, "1.5M" in English). */
namespace NumberFormat {

QString full(double value, const QLocale &locale = QLocale());
QString compact(double value, const QLocale &locale = QLocale());
/** The way a report writes a magnitude, every digit kept: "146.57万", "140万亿" in Chinese,
 *  "1.4657M" in English; plain below ten thousand ("428"). */
QString magnitude(double value, const QLocale &locale = QLocale());
/** A figure's value the way its report wrote it: with a magnitude when the text has one ("146.57万人"
 *  → 146.57万 in Chinese, "1.4657 million" in English: ICU's long compact form with no more digits
 *  than the report stated), in full when it has none ("55832元" → 55,832). */
QString asWritten(double value, const QString &written, const QLocale &locale = QLocale());

} // namespace NumberFormat
