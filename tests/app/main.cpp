// The app tests' main: an offscreen QApplication (Catch2 2.13 runs the binary at build time to list
// its tests, when there is no display), then Catch2.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QTemporaryDir>

#include <cstdlib>

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir settings; // tests never touch the user's settings
    qputenv("XDG_CONFIG_HOME", settings.path().toLocal8Bit());
    QTemporaryDir cache; // nor their cache (what OCR read of a scan)
    qputenv("XDG_CACHE_HOME", cache.path().toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("ReportLensTests"));
    QApplication::setApplicationName(QStringLiteral("ReportLensTests"));
    return Catch::Session().run(argc, argv);
}
