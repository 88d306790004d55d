#include "chinesefold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace {

struct Transliterators {
    std::unique_ptr<icu::Transliterator> toHans, toHant;
    std::mutex mutex; // an ICU transliterator is not safe to use from two threads at once
};

Transliterators &transliterators()
{
    static Transliterators instance;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        instance.toHans.reset(icu::Transliterator::createInstance("Hant-Hans", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.toHans.reset();
        status = U_ZERO_ERROR;
        instance.toHant.reset(icu::Transliterator::createInstance("Hans-Hant", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.toHant.reset();
    });
    return instance;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han)
            return true;
    return false;
}


QString through(bool simplified, const QString &text)
{
    if (!hasHan(text))
        return text;
    Transliterators &t = transliterators();
    icu::Transliterator *tr = simplified ? t.toHans.get() : t.toHant.get();
    if (!tr)
        return text;
    icu::UnicodeString s(reinterpret_cast<const UChar *>(text.utf16()), static_cast<int32_t>(text.size()));
    {
        const std::lock_guard<std::mutex> lock(t.mutex);
        tr->transliterate(s);
    }
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

} // namespace

namespace ChineseFold {

QString toSimplified(const QString &text) { return through(true, text); }

QString toTraditional(const QString &text) { return through(false, text); }

QStringList variants(const QString &query)
{
    QStringList list{query};
    if (!hasHan(query))
        return list;
    for (const QString &v : {toSimplified(query), toTraditional(query)})
        if (!list.contains(v))
            list << v;
    return list;
}

} // namespace ChineseFold
