// Translations: complete, compiled in, applied while running.

#include "language.h"
#include "fixtures.h"
#include "tableexport.h"
#include "texts.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QLocale>
#include <QRegularExpression>

namespace {

QString readTs(const char *name)
{
    QFile f(QStringLiteral(REPORTLENS_TRANSLATIONS_DIR "/") + QString::fromLatin1(name));
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QString::fromUtf8(f.readAll());
}

} // namespace

TEST_CASE("the Chinese and English translations are complete", "[translations]")
{
    for (const char *name : {"app_zh_CN.ts", "app_en.ts"}) {
        INFO(name);
        const QString ts = readTs(name);
        const int messages = static_cast<int>(ts.count(QStringLiteral("<message")));
        CHECK(messages > 100);
        CHECK_FALSE(ts.contains(QStringLiteral("type=\"unfinished\"")));
        CHECK_FALSE(ts.contains(QStringLiteral("type=\"vanished\"")));
        CHECK_FALSE(ts.contains(QStringLiteral("<translation></translation>")));
        CHECK_FALSE(ts.contains(QStringLiteral("<numerusform></numerusform>")));
    }
    // Every Chinese translation differs from its English source where the source has letters.
    const QString zh = readTs("app_zh_CN.ts");
    const QRegularExpression pair(QStringLiteral("<source>([^<]*)</source>\\s*(?:<comment>[^<]*</comment>\\s*)?<translation>([^<]*)</translation>"));
    int checked = 0;
    for (auto it = pair.globalMatch(zh); it.hasNext();) {
        const auto m = it.next();
        if (m.captured(1).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3}"))) && !m.captured(1).startsWith(QStringLiteral("reportlens"))) {
            INFO(m.captured(1).toStdString());
            CHECK(m.captured(2) != m.captured(1));
            ++checked;
        }
    }
    CHECK(checked > 80);
}

TEST_CASE("switching the language while running", "[translations]")
{
    CHECK(Language::apply(QStringLiteral("zh_CN")) == QStringLiteral("zh_CN"));
    CHECK(Texts::category(reportcore::Category::People) == QStringLiteral("人数"));
    CHECK(Texts::qualifierShort(reportcore::Qualifier::Over) == QStringLiteral("以上"));
    CHECK(QLocale().language() == QLocale::Chinese);
    // The CSV in the chosen language: its header and its words (numbers stay plain numbers).
    const QString csv = QString::fromUtf8(TableExport::csv(*sampleReport(), [](int) { return true; }).mid(3));
    CHECK(csv.startsWith(QStringLiteral("编号,原文,数值,")));
    CHECK(csv.contains(QStringLiteral(",1465700,")));
    CHECK(csv.contains(QStringLiteral(",以上,")));
    CHECK(Language::apply(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(TableExport::csv(*sampleReport(), [](int) { return true; }).mid(3).startsWith("id,text,value,"));
    CHECK(Texts::category(reportcore::Category::People) == QStringLiteral("people"));
    CHECK(Language::apply(QStringLiteral("fr")) == QStringLiteral("en")); // unknown: English
}
