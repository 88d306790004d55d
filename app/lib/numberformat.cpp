#include "numberformat.h"

#include <unicode/numberformatter.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

/** ICU formatters are costly to set up: one per locale and style, per thread. */
enum class Style { Full, Compact, Magnitude };

const icu::number::LocalizedNumberFormatter &formatterFor(const QLocale &locale, Style style)
{
    using namespace icu::number;
    struct Cached {
        QString name;
        LocalizedNumberFormatter full, compact, magnitude;
    };
    thread_local std::vector<Cached> cache;
    const QString name = locale.name();
    auto pick = [style](const Cached &c) -> const LocalizedNumberFormatter & {
        return style == Style::Compact ? c.compact : style == Style::Magnitude ? c.magnitude : c.full;
    };
    for (const Cached &c : cache)
        if (c.name == name)
            return pick(c);
    const QByteArray latin = name.toLatin1();
    const LocalizedNumberFormatter base = NumberFormatter::withLocale(icu::Locale(latin.constData()));
    cache.push_back({name, base.precision(Precision::maxFraction(7)),
                     base.notation(Notation::compactShort()).precision(Precision::maxSignificantDigits(6)),
                     base.notation(Notation::compactShort()).precision(Precision::maxSignificantDigits(15))});
    return pick(cache.back());
}

QString format(double value, const QLocale &locale, Style style)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = formatterFor(locale, style).formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return locale.toString(value, 'g', 12);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace

namespace NumberFormat {

QString full(double value, const QLocale &locale) { return format(value, locale, Style::Full); }

QString compact(double value, const QLocale &locale)
{
    // Below ten thousand a compact form saves nothing and loses digits.
    if (std::fabs(value) < 10000)
        return full(value, locale);
    return format(value, locale, Style::Compact);
}

namespace {

/** How many significant digits the number in `written` states ("146.57万" 5, "1260万" 4, "0.8" 1). */
int statedDigits(const QString &written)
{
    int digits = 0;
    bool leading = true, seen = false;
    for (const QChar c : written) {
        if (c.isDigit()) {
            seen = true;
            if (leading && c == QLatin1Char('0'))
                continue;
            leading = false;
            ++digits;
        } else if (c != QLatin1Char('.') && c != QLatin1Char(',') && seen) {
            break; // the first number only (a range's lower end)
        }
    }
    return std::clamp(digits, 1, 15);
}

/** "139.03 billion", "12.6 million": ICU's long compact form with no more digits than stated (a
 *  formatter per locale and number of digits, made once per thread: the table asks for every row). */
QString compactLong(double value, int digits, const QLocale &locale)
{
    using namespace icu::number;
    struct Cached {
        QString name;
        int digits;
        LocalizedNumberFormatter formatter;
    };
    thread_local std::vector<Cached> cache;
    const QString name = locale.name();
    auto it = std::find_if(cache.begin(), cache.end(), [&](const Cached &c) { return c.name == name && c.digits == digits; });
    if (it == cache.end()) {
        const QByteArray latin = name.toLatin1();
        cache.push_back({name, digits,
                         NumberFormatter::withLocale(icu::Locale(latin.constData()))
                             .notation(Notation::compactLong())
                             .precision(Precision::maxSignificantDigits(digits))});
        it = cache.end() - 1;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = it->formatter.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return locale.toString(value, 'g', digits);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

} // namespace

QString asWritten(double value, const QString &written, const QLocale &locale)
{
    const bool wan = written.contains(QChar(0x4E07)), yi = written.contains(QChar(0x4EBF)); // 万 亿
    if (written.isEmpty())
        return magnitude(value, locale);
    if (!wan && !yi)
        return full(value, locale);
    // In Chinese, the report's own magnitude word: 13507.69亿 stays 13,507.69亿 (not 1.350769万亿).
    if (locale.language() == QLocale::Chinese) {
        const bool wanYi = written.contains(QStringLiteral("\u4E07\u4EBF"));
        const double scale = wanYi ? 1e12 : yi ? 1e8 : 1e4;
        const QString word = wanYi ? QStringLiteral("\u4E07\u4EBF") : yi ? QStringLiteral("\u4EBF") : QStringLiteral("\u4E07");
        return full(value / scale, locale) + word;
    }
    // Elsewhere as a reader writes it: 1390.3亿 → 139.03 billion, 1260万 → 12.6 million.
    if (std::fabs(value) < 10000)
        return full(value, locale);
    return compactLong(value, statedDigits(written), locale);
}

QString magnitude(double value, const QLocale &locale)
{
    if (std::fabs(value) < 10000)
        return full(value, locale);
    return format(value, locale, Style::Magnitude);
}

} // namespace NumberFormat
