#include "mainwindow.h"

#include "chartpanel.h"
#include "exportactions.h"
#include "figurecomparison.h"
#include "indicatorpanel.h"
#include "librarywindow.h"
#include "navigationactions.h"
#include "printactions.h"
#include "language.h"
#include "navigatorpanel.h"
#include "readingpane.h"
#include "readingview.h"
#include "representativepanel.h"
#include "sectionfilter.h"
#include "texts.h"

#include <reportcore/library.h>
#include <reportcore/parse.h>
#include <reportcore/read.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>

namespace {
constexpr int kMaxRecent = 8;

QStringList recentFiles() { return QSettings().value(QStringLiteral("recentFiles")).toStringList(); }

/** A file dropped on the window: the core decides its format by its content, so any file (not a
 *  folder) is taken; what it cannot read gets a message. */
bool isReportFile(const QString &path)
{
    return QFileInfo(path).isFile();
}
} // namespace

MainWindow::MainWindow(DocumentSession *session, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_filter(new SectionFilter(this))
    , m_navigator(new NavigatorPanel(m_filter, this))
    , m_reading(new ReadingPane(m_filter, this))
    , m_indicators(new IndicatorPanel(m_filter, this))
    , m_representatives(new RepresentativePanel(this))
    , m_charts(new ChartPanel(m_filter, this))
    , m_export(new ExportActions(session, m_filter, m_charts, this))
    , m_navigation(new NavigationActions(session, m_filter, m_reading, m_indicators, this))
    , m_printing(new PrintActions(session, m_filter, this))
    , m_tabs(new QTabWidget(this))
    , m_main(new QSplitter(Qt::Horizontal, this))
    , m_side(new QSplitter(Qt::Vertical, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_tabs->addTab(m_indicators, QString());
    m_tabs->addTab(m_charts, QString());
    m_side->addWidget(m_tabs);
    m_side->addWidget(m_representatives);
    m_side->setStretchFactor(0, 3);
    m_side->setStretchFactor(1, 1);
    m_main->addWidget(m_navigator);
    m_main->addWidget(m_reading);
    m_main->addWidget(m_side);
    m_main->setStretchFactor(0, 0);
    m_main->setStretchFactor(1, 3);
    m_main->setStretchFactor(2, 2);
    m_main->setSizes({240, 620, 420});
    m_main->setChildrenCollapsible(false);
    setCentralWidget(m_main);

    m_status->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancel->hide();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancel);
    setAcceptDrops(true);
    createActions();

    connect(m_session, &DocumentSession::documentChanged, this, &MainWindow::documentChanged);
    connect(m_session, &DocumentSession::loadFailed, this, &MainWindow::loadFailed);
    connect(m_session, &DocumentSession::passwordNeeded, this, &MainWindow::askPassword);
    connect(m_session, &DocumentSession::loadingChanged, this, [this](bool loading) {
        if (!loading) {
            m_progress->hide();
            m_cancel->hide();
        }
        updateStatus();
    });
    // A large report (or a slow read) shows how far the reading is, and can be stopped.
    connect(m_session, &DocumentSession::progressChanged, this, [this](int permille) {
        m_progress->setValue(permille);
        m_progress->show();
        m_cancel->show();
    });
    connect(m_cancel, &QToolButton::clicked, m_session, &DocumentSession::cancel);
    connect(m_filter, &SectionFilter::changed, this, &MainWindow::updateStatus);
    connect(m_reading->view(), &ReadingView::indicatorClicked, m_indicators, &IndicatorPanel::selectIndicator);
    connect(m_indicators, &IndicatorPanel::indicatorActivated, this, &MainWindow::showIndicator);
    connect(m_representatives, &RepresentativePanel::representativeActivated, this, &MainWindow::showRepresentative);
    // Charts, table and text point at the same figure.
    connect(m_charts, &ChartPanel::indicatorClicked, this, [this](int indicator) {
        m_indicators->selectIndicator(indicator);
        showIndicator(indicator);
    });
    connect(m_indicators, &IndicatorPanel::indicatorSelected, m_charts, &ChartPanel::highlightIndicator);
    // The figure the reader is at, for stepping on and copying: the last one shown, clicked or selected.
    connect(m_reading->view(), &ReadingView::indicatorClicked, m_navigation, &NavigationActions::setCurrent);
    connect(m_indicators, &IndicatorPanel::indicatorSelected, m_navigation, &NavigationActions::setCurrent);
    connect(m_charts, &ChartPanel::indicatorClicked, m_navigation, &NavigationActions::setCurrent);
    connect(m_reading->view(), &ReadingView::indicatorContextMenu, m_navigation, &NavigationActions::showFigureMenu);
    connect(m_navigation, &NavigationActions::showIndicatorRequested, this, [this](int indicator) {
        m_indicators->selectIndicator(indicator);
        showIndicator(indicator);
    });
    connect(m_navigation, &NavigationActions::showRepresentativeRequested, this, &MainWindow::showRepresentative);
    connect(m_navigation, &NavigationActions::showBlockRequested, this, [this](int block) { m_reading->view()->showBlock(block); });
    connect(m_reading->view(), &ReadingView::indicatorClicked, m_charts, &ChartPanel::highlightIndicator);
    retranslate();
    resize(1280, 800);
    if (m_session->document())
        documentChanged();
}

void MainWindow::createActions()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_open = m_fileMenu->addAction(QString(), this, &MainWindow::openDialog);
    m_open->setShortcut(QKeySequence::Open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_reload = m_fileMenu->addAction(QString(), m_session, &DocumentSession::reload);
    m_reload->setShortcut(QKeySequence::Refresh);
    m_fileMenu->addSeparator();
    m_library = m_fileMenu->addAction(QString(), this, [this] { openLibrary(); });
    m_library->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_compare = m_fileMenu->addAction(QString(), this, &MainWindow::compareDialog);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_export->actions());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions(m_printing->actions());
    m_fileMenu->addSeparator();
    m_quit = m_fileMenu->addAction(QString(), this, &QWidget::close);
    // The platform's Quit, and Ctrl+Q where a desktop theme binds none to it.
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (!quitKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Q)))
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    m_quit->setShortcuts(quitKeys);

    m_editMenu = menuBar()->addMenu(QString());
    m_find = m_editMenu->addAction(QString(), m_reading, &ReadingPane::startSearch);
    m_find->setShortcut(QKeySequence::Find);
    m_copy = m_editMenu->addAction(QString(), m_indicators, &IndicatorPanel::copySelection);
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_navigation->copyActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_zoomIn = m_viewMenu->addAction(QString(), this, [this] { m_reading->view()->zoomBy(1); });
    m_zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_zoomOut = m_viewMenu->addAction(QString(), this, [this] { m_reading->view()->zoomBy(-1); });
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_zoomReset = m_viewMenu->addAction(QString(), this, [this] { m_reading->view()->resetZoom(); });
    m_zoomReset->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    m_viewMenu->addSeparator();
    m_viewMenu->addActions(m_navigation->navigationActions());
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languages = new QActionGroup(this);
    m_langSystem = m_languageMenu->addAction(QString());
    m_langZh = m_languageMenu->addAction(QStringLiteral("中文"));
    m_langEn = m_languageMenu->addAction(QStringLiteral("English"));
    m_langSystem->setData(QString());
    m_langZh->setData(QStringLiteral("zh_CN"));
    m_langEn->setData(QStringLiteral("en"));
    for (QAction *a : {m_langSystem, m_langZh, m_langEn}) {
        a->setCheckable(true);
        m_languages->addAction(a);
    }
    const QString saved = QSettings().value(QStringLiteral("language")).toString();
    (saved == QStringLiteral("zh_CN") ? m_langZh : saved == QStringLiteral("en") ? m_langEn : m_langSystem)->setChecked(true);
    connect(m_languages, &QActionGroup::triggered, this, [](QAction *a) {
        QSettings().setValue(QStringLiteral("language"), a->data().toString());
        Language::apply(a->data().toString());
    });

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_navigation->shortcutsAction());
    m_about = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox box(this);
        box.setWindowTitle(tr("About ReportLens"));
        box.setTextFormat(Qt::PlainText);
        box.setText(tr("ReportLens %1\nRead Chinese work reports together with their statistics.")
                        .arg(QApplication::applicationVersion()));
        box.exec();
    });
    updateRecentMenu();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_navigation->retranslate();
    m_printing->retranslate();
    m_open->setText(tr("&Open…"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_reload->setText(tr("&Reload"));
    m_library->setText(tr("&Library of reports…"));
    m_compare->setText(tr("Co&mpare with another report…"));
    m_quit->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_find->setText(tr("&Find…"));
    m_copy->setText(tr("&Copy Figures as TSV"));
    m_viewMenu->setTitle(tr("&View"));
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    m_zoomReset->setText(tr("&Actual Size"));
    m_languageMenu->setTitle(tr("&Language"));
    m_langSystem->setText(tr("System Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About ReportLens"));
    m_tabs->setTabText(0, tr("Figures"));
    m_tabs->setTabText(1, tr("Charts"));
    if (const int reps = m_tabs->indexOf(m_representatives); reps >= 0)
        m_tabs->setTabText(reps, tr("Representatives"));
    m_export->retranslate();
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop reading the report (the one on screen stays)"));
    m_progress->setAccessibleName(tr("Reading the report"));
    updateRecentMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MainWindow::documentChanged()
{
    const DocumentPtr doc = m_session->document();
    {
        // Every view is given the new report just below: a "filter changed" now would make each
        // rebuild once more, from the report being replaced.
        const QSignalBlocker quiet(m_filter);
        m_filter->setDocument(doc);
    }
    // The text first; then each panel in its own turn of the event loop, so that a report of 10^5
    // figures never keeps the window from reacting for long. A window not on screen (being set up)
    // gets everything at once.
    m_reading->setReport(doc);
    // Opened from the library at a hit or a figure: show where it stands.
    if (m_pendingLine > 0 && doc && m_session->filePath() == m_pendingPath) {
        for (std::size_t b = 0; b < doc->blocks.size(); ++b) {
            const auto &lines = doc->blocks[b].lines;
            if (!lines.empty() && lines.front() <= m_pendingLine && m_pendingLine <= lines.back()) {
                m_reading->view()->showBlock(static_cast<int>(b));
                break;
            }
        }
    }
    m_pendingLine = 0;
    m_pendingPath.clear();
    const quint64 generation = ++m_generation;
    const std::vector<std::function<void()>> steps = {
        [this, doc] { m_navigator->setReport(doc); },
        [this, doc] { m_indicators->setReport(doc); },
        [this, doc] { m_representatives->setReport(doc); },
        [this, doc] { m_charts->setReport(doc); },
    };
    if (!isVisible()) {
        for (const auto &step : steps)
            step();
    } else {
        QTimer::singleShot(0, this, [this, generation, steps] { runSteps(generation, steps, 0); });
    }
    const QString path = m_session->filePath();
    if (!path.isEmpty()) {
        QSettings settings;
        QStringList recent = recentFiles();
        recent.removeAll(path);
        recent.prepend(path);
        while (recent.size() > kMaxRecent)
            recent.removeLast();
        settings.setValue(QStringLiteral("recentFiles"), recent);
        settings.setValue(QStringLiteral("lastFile"), path);
    } else {
        QSettings().remove(QStringLiteral("lastFile"));
    }
    updateRecentMenu();
    updateStatus();
}

void MainWindow::runSteps(quint64 generation, std::vector<std::function<void()>> steps, std::size_t next)
{
    if (generation != m_generation || next >= steps.size())
        return; // done, or a newer report took over
    steps[next]();
    if (next + 1 < steps.size())
        QTimer::singleShot(0, this, [this, generation, steps = std::move(steps), next]() mutable {
            runSteps(generation, std::move(steps), next + 1);
        });
}

void MainWindow::loadFailed(const QString &path, const QString &reason)
{
    QMessageBox box(this);
    box.setIcon(QMessageBox::Warning);
    box.setWindowTitle(tr("Cannot open the report"));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("“%1” could not be opened.").arg(path.isEmpty() ? tr("The embedded report") : QFileInfo(path).fileName()));
    box.setInformativeText(reason);
    box.exec();
}

void MainWindow::askPassword(const QString &path, bool wrong)
{
    const QString name = QFileInfo(path).fileName();
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Password"),
        wrong ? tr("The password does not open “%1”. Try again:").arg(name)
              : tr("“%1” is protected by a password. Password:").arg(name),
        QLineEdit::Password, QString(), &ok);
    if (ok && !password.isEmpty())
        m_session->open(path, password);
}

QString MainWindow::statusText() const { return m_status->text(); }

void MainWindow::updateStatus()
{
    const DocumentPtr doc = m_session->document();
    if (m_session->isLoading()) {
        m_status->setText(tr("Reading the report…"));
        return;
    }
    if (!doc) {
        m_status->setText(tr("No report open"));
        return;
    }
    int figures = 0;
    for (const reportcore::Indicator &i : doc->indicators)
        figures += m_filter->accepts(i.section) ? 1 : 0;
    const int total = m_filter->totalCount();
    const QString sections = m_filter->isAll() ? tr("All %n section(s)", "", total)
                                               : tr("%1 of %n section(s)", "", total).arg(m_filter->shownCount());
    m_status->setText(sections + QStringLiteral(" · ") + tr("%n figure(s)", "", figures) + QStringLiteral(" · ")
                      + tr("%n representative(s)", "", static_cast<int>(doc->representatives.size())));
    const QString name = m_session->filePath().isEmpty() ? QString::fromStdString(doc->source.name)
                                                         : QFileInfo(m_session->filePath()).fileName();
    setWindowTitle(tr("%1 — ReportLens").arg(doc->title.empty() ? name : QString::fromStdString(doc->title)));
    setWindowFilePath(m_session->filePath());
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path] { m_session->open(path); });
    }
    m_recentMenu->addSeparator();
    QAction *embedded = m_recentMenu->addAction(tr("The Embedded Sample Report"));
    connect(embedded, &QAction::triggered, this, [this] { m_session->open(QString()); });
}

void MainWindow::openDialog()
{
    const QString dir = m_session->filePath().isEmpty() ? QString() : QFileInfo(m_session->filePath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a Report"), dir,
                                                      tr("Reports (*.pdf *.docx *.html *.htm *.txt *.md *.png *.jpg *.jpeg *.tif *.tiff);;PDF (*.pdf);;Word (*.docx);;Web pages (*.html *.htm);;Text (*.txt *.md);;Scans (*.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        m_session->open(path);
}

void MainWindow::showIndicator(int indicator)
{
    if (!m_reading->view()->showIndicator(indicator))
        statusBar()->showMessage(tr("That figure is in a section that is not shown."), 4000);
}

void MainWindow::showRepresentative(int representative)
{
    const DocumentPtr doc = m_session->document();
    if (!doc || representative < 0 || representative >= static_cast<int>(doc->representatives.size()))
        return;
    if (!m_reading->view()->showBlock(doc->representatives[static_cast<std::size_t>(representative)].block))
        statusBar()->showMessage(tr("That representative is in a section that is not shown."), 4000);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.front().isLocalFile() && isReportFile(urls.front().toLocalFile()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.front().isLocalFile()) {
        m_session->open(urls.front().toLocalFile());
        event->acceptProposedAction();
    }
}

void MainWindow::showSideTab(int index) { m_tabs->setCurrentIndex(index); }

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_layoutClass.clear();
    adaptLayout();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (!m_layoutClass.isEmpty()) {
        settings.setValue(QStringLiteral("layout/%1/main").arg(m_layoutClass), m_main->saveState());
        settings.setValue(QStringLiteral("layout/%1/side").arg(m_layoutClass), m_side->saveState());
    }
    event->accept();
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    adaptLayout();
}

QString MainWindow::layoutClass() const
{
    const bool narrow = width() < 1280, low = height() < 720;
    return narrow && low ? QStringLiteral("small") : narrow ? QStringLiteral("narrow") : low ? QStringLiteral("low") : QStringLiteral("large");
}

void MainWindow::adaptLayout()
{
    const QString now = layoutClass();
    if (now == m_layoutClass)
        return;
    QSettings settings;
    if (!m_layoutClass.isEmpty()) { // what the reader set for the size left behind is kept for it
        settings.setValue(QStringLiteral("layout/%1/main").arg(m_layoutClass), m_main->saveState());
        settings.setValue(QStringLiteral("layout/%1/side").arg(m_layoutClass), m_side->saveState());
    }
    m_layoutClass = now;
    // Low: the representatives become a tab beside the figures and the charts, each with the full height.
    const bool low = height() < 720;
    const int asTab = m_tabs->indexOf(m_representatives);
    if (low && asTab < 0) {
        m_tabs->addTab(m_representatives, tr("Representatives"));
    } else if (!low && asTab >= 0) {
        m_tabs->removeTab(asTab);
        m_side->addWidget(m_representatives);
        m_side->setStretchFactor(1, 1);
        m_representatives->show();
    }
    if (!m_main->restoreState(settings.value(QStringLiteral("layout/%1/main").arg(now)).toByteArray())) {
        // Proportions, not fixed widths: the text keeps the most room.
        const int w = std::max(width(), 600);
        const int sections = width() < 1280 ? std::clamp(w * 15 / 100, 130, 200) : 240;
        const int side = width() < 1280 ? w * 36 / 100 : std::max(420, w * 32 / 100);
        m_main->setSizes({sections, w - sections - side, side});
    }
    if (!low)
        m_side->restoreState(settings.value(QStringLiteral("layout/%1/side").arg(now)).toByteArray());
}

LibraryWindow *MainWindow::openLibrary()
{
    if (!m_libraryWindow) {
        m_libraryWindow = new LibraryWindow(QString(), this);
        m_libraryWindow->setWindowFlag(Qt::Window);
        connect(m_libraryWindow, &LibraryWindow::openAt, this, &MainWindow::openAt);
    }
    m_libraryWindow->show();
    m_libraryWindow->raise();
    m_libraryWindow->activateWindow();
    return m_libraryWindow;
}

void MainWindow::openAt(const QString &path, int line)
{
    if (path.isEmpty())
        return;
    if (!QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("Open"), tr("%1 is no longer there: the library keeps what it read, but the file has moved or gone.").arg(path));
        return;
    }
    m_pendingPath = path;
    m_pendingLine = line;
    if (path == m_session->filePath() && m_session->document() && !m_session->isLoading()) {
        documentChanged();
    } else {
        m_session->open(path);
    }
    raise();
    activateWindow();
}

void MainWindow::compareDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with another report"), QString(),
                                                      tr("Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    if (!path.isEmpty())
        compareWith(path);
}

void MainWindow::compareWith(const QString &path)
{
    const DocumentPtr current = m_session->document();
    if (!current)
        return;
    reportcore::DecodeError error = reportcore::DecodeError::None;
    auto other = std::make_shared<reportcore::Document>(reportcore::parseFile(path.toStdString(), error, reportcore::ReadOptions{}));
    if (error != reportcore::DecodeError::None) {
        reportcore::SourceText info;
        info.error = error;
        QMessageBox::warning(this, tr("Compare"), tr("%1 cannot be compared: %2")
                                                      .arg(path, QString::fromStdString(reportcore::readErrorMessage(info, reportcore::ReadOptions{}))));
        return;
    }
    const QString currentName = m_session->filePath().isEmpty() ? tr("(embedded report)") : QFileInfo(m_session->filePath()).fileName();
    const QString otherName = QFileInfo(path).fileName();
    const auto currentYear = reportcore::describeReport(*current).year, otherYear = reportcore::describeReport(*other).year;
    CompareDialog *dialog = otherYear.value_or(0) <= currentYear.value_or(0)
                                ? new CompareDialog(other, otherName, current, currentName, this)
                                : new CompareDialog(current, currentName, other, otherName, this);
    dialog->show();
}
