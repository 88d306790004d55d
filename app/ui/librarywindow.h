#pragma once
// The library window: the reports of the library by year and kind, a search over their text
// (Traditional or Simplified alike) whose hits open the report at the hit, adding files or a folder
// off the window's thread (with progress and Cancel), comparing two reports and following a figure
// across the years.

#include <reportcore/library.h>

#include <QFutureWatcher>
#include <QMainWindow>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

class LibraryWindow : public QMainWindow
{
    Q_OBJECT
public:
    /** Opens the library at `path` (the user's when empty). */
    explicit LibraryWindow(const QString &path = {}, QWidget *parent = nullptr);
    ~LibraryWindow() override;

    bool isOpen() const { return m_library != nullptr; }
    QString libraryPath() const { return m_path; }
    /** Adds `files` off the window's thread; `finished` when done or cancelled. */
    void addFiles(const QStringList &files);
    bool isAdding() const { return m_adding.isRunning(); }
    void cancelAdding() { m_cancel = true; }
    /** Searches the reports of the filter; the first page of hits, more on loadMoreHits(). */
    void search(const QString &query);
    /** The next page of hits of the last search. */
    void loadMoreHits();
    /** Hits of the last search in all (the list shows a page at a time). */
    int hitTotal() const { return m_hitTotal; }
    /** Limits the list and the search to reports of a year, a kind, an issuer (as the filter row does). */
    void setFilter(const reportcore::ReportFilter &filter);
    reportcore::ReportFilter filter() const { return m_filter; }
    /** Compares the two reports of the library with these ids (the older year first). */
    void compare(std::int64_t first, std::int64_t second);
    void followFigure(const QString &label);
    QTreeWidget *reportTree() const { return m_reports; }
    QTreeWidget *hitList() const { return m_hits; }

signals:
    /** Open this report at this line in the main window. */
    void openAt(const QString &path, int line);
    void addingFinished(int added, int failed);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void buildLayout();
    void connectSignals();
    void retranslate();
    void refresh();
    void addDialog(bool folder);
    void compareSelected();
    void updateButtons();
    void readFilter();
    void fillYears(const std::vector<reportcore::LibraryReport> &all);
    void showHitCount();

    QString m_path;
    std::unique_ptr<reportcore::Library> m_library;
    QTreeWidget *m_reports, *m_hits;
    QLineEdit *m_query, *m_figure, *m_issuerFilter;
    QComboBox *m_yearFilter, *m_kindFilter;
    QPushButton *m_addFiles, *m_addFolder, *m_compare, *m_follow, *m_cancelButton, *m_moreHits;
    QLabel *m_searchLabel, *m_figureLabel, *m_status, *m_filterLabel, *m_hitCount;
    reportcore::ReportFilter m_filter;
    QString m_hitQuery;     ///< the query whose hits are shown
    int m_hitTotal = 0;
    QProgressBar *m_progress;
    QFutureWatcher<std::pair<int, int>> m_adding;
    std::atomic<bool> m_cancel{false};
};
