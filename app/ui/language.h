#pragma once

#include <QString>

/** The UI language: Chinese (zh_CN) or English, from the system locale or chosen in the menu, applied
 *  while running (widgets retranslate on QEvent::LanguageChange). */
namespace Language {

/** Applies `code` ("zh_CN", "en", or "" for the system's language); returns the code in effect. */
QString apply(const QString &code);
/** The code in effect ("zh_CN" or "en"). */
QString current();

/** Names the common CJK font families after the application's default one: Qt then finds Chinese
 *  glyphs without a fontconfig fallback search for every run of Han text (a third of the start-up
 *  time), in the window and in exported charts alike. */
void preferCjkFonts();

} // namespace Language
