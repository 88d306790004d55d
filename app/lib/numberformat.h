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

} // namespace NumberFormat
