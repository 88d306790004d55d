// The baseline for the start-up benchmark: a bare QMainWindow built the same way as ReportLens,
// printing "first-paint" and exiting once it has painted.

#include <QApplication>
#include <QMainWindow>
#include <QTimer>

#include <cstdio>

namespace {
class Window : public QMainWindow
{
protected:
    void paintEvent(QPaintEvent *event) override
    {
        QMainWindow::paintEvent(event);
        if (!m_painted) {
            m_painted = true;
            QTimer::singleShot(0, [] {
                std::printf("first-paint\n");
                std::fflush(stdout);
                QApplication::exit(0);
            });
        }
    }

private:
    bool m_painted = false;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    Window window;
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
