#include "language.h"

#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
QTranslator *appTranslator = nullptr;
QTranslator *qtTranslator = nullptr;
QString inEffect = QStringLiteral("en");
} // namespace

namespace Language {

QString apply(const QString &code)
{
    QString chosen = code;
    if (chosen.isEmpty())
        chosen = QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    if (chosen != QStringLiteral("zh_CN"))
        chosen = QStringLiteral("en");
    const QLocale locale(chosen == QStringLiteral("zh_CN") ? QLocale(QLocale::Chinese, QLocale::China)
                                                           : QLocale(QLocale::English, QLocale::UnitedStates));
    QLocale::setDefault(locale);
    if (!appTranslator) {
        appTranslator = new QTranslator(QCoreApplication::instance());
        qtTranslator = new QTranslator(QCoreApplication::instance());
    }
    QCoreApplication::removeTranslator(appTranslator);
    QCoreApplication::removeTranslator(qtTranslator);
    if (appTranslator->load(locale, QStringLiteral("app"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(appTranslator);
    if (chosen == QStringLiteral("zh_CN")
        && qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    inEffect = chosen;
    return chosen;
}

QString current() { return inEffect; }

void preferCjkFonts()
{
    QFont font = QGuiApplication::font();
    font.setFamilies({font.family(), QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                      QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback")});
    QGuiApplication::setFont(font);
}

} // namespace Language
