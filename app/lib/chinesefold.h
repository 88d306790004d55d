#pragma once

#include <QString>
#include <QStringList>

/** Traditional and Simplified characters alike, by ICU's Hant-Hans and Hans-Hant transliterators
 *  (created once, on first use): 工會 finds 工会 and the other way round. */
namespace ChineseFold {

/** The text in Simplified characters ("工會代表" → "工会代表"); other text unchanged. */
QString toSimplified(const QString &text);
/** The text in Traditional characters ("工会" → "工會"). */
QString toTraditional(const QString &text);
/** The forms to look for: the query as typed, in Simplified and in Traditional characters (each once;
 *  only the query when it holds no Chinese). */
QStringList variants(const QString &query);

} // namespace ChineseFold
