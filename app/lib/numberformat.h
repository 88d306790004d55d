#pragma once

#include <QLocale>
#include <QString>

/** Numbers in the UI language's conventions, by ICU: full ("1,465,700") and compact ("147万" in
 *  Chinese, "1.5M" in English). */
namespace NumberFormat {

QString full(double value, const QLocale &locale = QLocale());
QString compact(double value, const QLocale &locale = QLocale());

} // namespace NumberFormat
