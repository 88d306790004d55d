#include "pinyin.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <QStringList>

#include <memory>
#include <mutex>

namespace {

icu::Transliterator *transliterator()
{
    static std::unique_ptr<icu::Transliterator> instance;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        instance.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            instance.reset();
    });
    return instance.get();
}

std::mutex &transliteratorMutex()
{
    static std::mutex m;
    return m;
}

QString compactOf(const QString &s)
{
    QString out;
    for (const QChar c : s)
        if (c.isLetter())
            out += c.toLower();
    return out;
}

} // namespace

namespace Pinyin {

QString of(const QString &han)
{
    icu::Transliterator *t = transliterator();
    if (!t)
        return {};
    icu::UnicodeString text(reinterpret_cast<const UChar *>(han.utf16()), static_cast<int32_t>(han.size()));
    {
        std::lock_guard<std::mutex> lock(transliteratorMutex()); // transliterate() is not re-entrant
        t->transliterate(text);
    }
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length()).simplified();
}

bool looksLikePinyin(const QString &query)
{
    bool any = false;
    for (const QChar c : query) {
        if (c.isSpace())
            continue;
        if (c.unicode() > 0x7F || !c.isLetter())
            return false;
        any = true;
    }
    return any;
}

bool matches(const QString &han, const QString &query)
{
    if (!looksLikePinyin(query))
        return false;
    const QString q = compactOf(query);
    const QString pinyin = of(han);
    const QStringList syllables = pinyin.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString initials;
    for (const QString &s : syllables)
        initials += s.front();
    // A query may start at any syllable: "yuqin" finds 梁玉琴.
    for (int i = 0; i < syllables.size(); ++i) {
        QString rest;
        for (int k = i; k < syllables.size(); ++k)
            rest += syllables[k];
        if (rest.startsWith(q))
            return true;
    }
    return initials.startsWith(q);
}

} // namespace Pinyin
