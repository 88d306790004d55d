#pragma once

#include "documentsession.h"

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <vector>

class ChartPanel;
class ExportActions;
class NavigationActions;
class PrintActions;
class IndicatorPanel;
class QTabWidget;
class NavigatorPanel;
class QActionGroup;
class QLabel;
class QMenu;
class QProgressBar;
class QSplitter;
class QToolButton;
class ReadingPane;
class RepresentativePanel;
class SectionFilter;

/** The window: builds the pages, the menus and their connections. It holds no parsing, model or
 *  filtering logic: the session and the section filter do, and the pages listen to them. */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DocumentSession *session, QWidget *parent = nullptr);

    SectionFilter *sectionFilter() const { return m_filter; }
    ReadingPane *readingPane() const { return m_reading; }
    IndicatorPanel *indicatorPanel() const { return m_indicators; }
    RepresentativePanel *representativePanel() const { return m_representatives; }
    NavigatorPanel *navigatorPanel() const { return m_navigator; }
    ChartPanel *chartPanel() const { return m_charts; }
    ExportActions *exportActions() const { return m_export; }
    NavigationActions *navigationActions() const { return m_navigation; }
    PrintActions *printActions() const { return m_printing; }
    /** The status line ("2 of 3 sections · 31 figures"). */
    QString statusText() const;
    void restoreSettings();
    /** Shows the side tab `index` (0 figures, 1 charts). */
    void showSideTab(int index);

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void retranslate();
    void documentChanged();
    void runSteps(quint64 generation, std::vector<std::function<void()>> steps, std::size_t next);
    void loadFailed(const QString &path, const QString &reason);
    void askPassword(const QString &path, bool wrong);
    void updateStatus();
    void updateRecentMenu();
    void openDialog();
    void showIndicator(int indicator);
    void showRepresentative(int representative);

public:
    /** The library window (opened once, then raised). */
    class LibraryWindow *openLibrary();
    /** Opens `path` and shows the block holding `line` once it is read (0: the top). */
    void openAt(const QString &path, int line);
    /** Compares the report shown with another file (the older year first). */
    void compareWith(const QString &path);

private:
    void compareDialog();
    /** Fits the panels to the window: on a small screen (under 1280×720) the sections narrower, the
     *  representatives a tab beside the figures and charts; each size class keeps its own splitters. */
    void adaptLayout();
    QString layoutClass() const;
    QString m_layoutClass;
    int m_pendingLine = 0;
    QString m_pendingPath;
    QPointer<class LibraryWindow> m_libraryWindow;
    QAction *m_library = nullptr, *m_compare = nullptr;

    DocumentSession *m_session;
    SectionFilter *m_filter;
    NavigatorPanel *m_navigator;
    ReadingPane *m_reading;
    IndicatorPanel *m_indicators;
    RepresentativePanel *m_representatives;
    ChartPanel *m_charts;
    ExportActions *m_export;
    NavigationActions *m_navigation;
    PrintActions *m_printing;
    QTabWidget *m_tabs;
    QSplitter *m_main;
    QSplitter *m_side;
    QLabel *m_status;
    QProgressBar *m_progress;
    QToolButton *m_cancel;
    quint64 m_generation = 0; ///< bumped by every new report: its panels are filled in steps
    QMenu *m_fileMenu, *m_recentMenu, *m_editMenu, *m_viewMenu, *m_languageMenu, *m_helpMenu;
    QAction *m_open, *m_reload, *m_quit, *m_find, *m_copy, *m_zoomIn, *m_zoomOut, *m_zoomReset, *m_about;
    QAction *m_langSystem, *m_langZh, *m_langEn;
    QActionGroup *m_languages;
};
