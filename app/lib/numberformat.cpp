#include "numberformat.h"

#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <cmath>
#include <vector>

namespace {

/** ICU formatters are costly to set up: one per locale and style, per thread. */
const icu::number::LocalizedNumberFormatter &formatterFor(const QLocale &locale, bool compact)
{
    using namespace icu::number;
    struct Cached {
        QString name;
        LocalizedNumberFormatter full, compact;
    };
    thread_local std::vector<Cached> cache;
    const QString name = locale.name();
    for (const Cached &c : cache)
        if (c.name == name)
            return compact ? c.compact : c.full;
    const QByteArray latin = name.toLatin1();
    const LocalizedNumberFormatter base = NumberFormatter::withLocale(icu::Locale(latin.constData()));
    cache.push_back({name, base.precision(Precision::maxFraction(7)),
                     base.notation(Notation::compactShort()).precision(Precision::maxSignificantDigits(4))});
    const Cached &c = cache.back();
    return compact ? c.compact : c.full;
}

QString format(double value, const QLocale &locale, bool compact)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = formatterFor(locale, compact).formatDouble(value, status).toString(status);
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
