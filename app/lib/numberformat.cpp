#include "numberformat.h"

#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <cmath>
#include <mutex>

namespace {

QString format(double value, const QLocale &locale, bool compact)
{
    using namespace icu::number;
    const QByteArray name = locale.name().toLatin1();
    UErrorCode status = U_ZERO_ERROR;
    LocalizedNumberFormatter formatter = NumberFormatter::withLocale(icu::Locale(name.constData()));
    if (compact)
        formatter = formatter.notation(Notation::compactShort()).precision(Precision::maxSignificantDigits(4));
    else
        formatter = formatter.precision(Precision::maxFraction(7));
    const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return locale.toString(value, 'g', 12);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace

namespace NumberFormat {

QString full(double value, const QLocale &locale) { return format(value, locale, false); }

QString compact(double value, const QLocale &locale)
{
    // Below ten thousand a compact form saves nothing and loses digits.
    if (std::fabs(value) < 10000)
        return full(value, locale);
    return format(value, locale, true);
}

} // namespace NumberFormat
