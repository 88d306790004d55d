#include "librarywindow.h"

#include "figurecomparison.h"
#include "librarylocation.h"

#include <reportcore/parse.h>

#include <QCloseEvent>
#include <QComboBox>
#include <QSignalBlocker>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <map>
#include <set>

using namespace reportcore;

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kHitPage = 50; ///< hits shown at a time
constexpr int kPathRole = Qt::UserRole + 1;
constexpr int kLineRole = Qt::UserRole + 2;

QString kindText(const std::string &kind)
{
    if (kind == "work-report")
        return LibraryWindow::tr("work report");
    if (kind == "statistical-communique")
        return LibraryWindow::tr("statistical communiqué");
    if (kind == "union-report")
        return LibraryWindow::tr("union report");
    if (kind == "news")
        return LibraryWindow::tr("news");
    return LibraryWindow::tr("other");
}

} // namespace

LibraryWindow::LibraryWindow(const QString &path, QWidget *parent)
    : QMainWindow(parent)
    , m_path(path.isEmpty() ? LibraryLocation::defaultPath() : path)
    , m_reports(new QTreeWidget(this))
    , m_hits(new QTreeWidget(this))
    , m_query(new QLineEdit(this))
    , m_figure(new QLineEdit(this))
    , m_issuerFilter(new QLineEdit(this))
    , m_yearFilter(new QComboBox(this))
    , m_kindFilter(new QComboBox(this))
    , m_addFiles(new QPushButton(this))
    , m_addFolder(new QPushButton(this))
    , m_compare(new QPushButton(this))
    , m_follow(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_moreHits(new QPushButton(this))
    , m_searchLabel(new QLabel(this))
    , m_figureLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_hitCount(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    setObjectName(QStringLiteral("LibraryWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    std::string error;
    m_library = Library::open(m_path.toStdString(), error);

    m_reports->setColumnCount(4);
    m_reports->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_reports->setUniformRowHeights(true);
    m_reports->header()->setStretchLastSection(false);
    m_reports->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_hits->setColumnCount(4);
    m_hits->setRootIsDecorated(false);
    m_hits->setUniformRowHeights(true);
    m_hits->header()->setStretchLastSection(true);
    m_query->setClearButtonEnabled(true);
    m_figure->setClearButtonEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(200);
    m_progress->hide();
    m_cancelButton->hide();

    buildLayout();
    connectSignals();

    retranslate();
    if (!m_library) {
        m_status->setText(tr("The library %1 could not be opened: %2").arg(m_path, QString::fromStdString(error)));
        for (QWidget *w : {static_cast<QWidget *>(m_addFiles), static_cast<QWidget *>(m_addFolder), static_cast<QWidget *>(m_query),
                           static_cast<QWidget *>(m_figure), static_cast<QWidget *>(m_follow)})
            w->setEnabled(false);
    } else {
        refresh();
        // Files changed since they were read are read again, in the background.
        QStringList changed;
        for (const std::string &file : m_library->changed())
            changed << QString::fromStdString(file);
        if (!changed.isEmpty())
            QTimer::singleShot(0, this, [this, changed] { addFiles(changed); });
    }
    updateButtons();
    resize(1180, 720);
}

void LibraryWindow::buildLayout()
{
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_addFiles);
    addRow->addWidget(m_addFolder);
    addRow->addStretch(1);
    addRow->addWidget(m_compare);
    leftLayout->addLayout(addRow);
    // Which reports the list and the search cover: a year, a kind, words of the issuer.
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterLabel);
    filterRow->addWidget(m_yearFilter);
    filterRow->addWidget(m_kindFilter);
    filterRow->addWidget(m_issuerFilter, 1);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_reports, 1);
    auto *followRow = new QHBoxLayout;
    followRow->addWidget(m_figureLabel);
    followRow->addWidget(m_figure, 1);
    followRow->addWidget(m_follow);
    leftLayout->addLayout(followRow);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_searchLabel);
    searchRow->addWidget(m_query, 1);
    rightLayout->addLayout(searchRow);
    rightLayout->addWidget(m_hits, 1);
    auto *moreRow = new QHBoxLayout;
    moreRow->addWidget(m_hitCount, 1);
    moreRow->addWidget(m_moreHits);
    rightLayout->addLayout(moreRow);
    m_hitCount->setTextFormat(Qt::PlainText);
    m_hitCount->setObjectName(QStringLiteral("hitCount"));
    m_moreHits->setObjectName(QStringLiteral("moreHits"));
    m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
    m_yearFilter->setObjectName(QStringLiteral("yearFilter"));
    m_issuerFilter->setObjectName(QStringLiteral("issuerFilter"));
    m_moreHits->hide();
    m_issuerFilter->setClearButtonEnabled(true);
    m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_yearFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);
    m_status->setTextFormat(Qt::PlainText);
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void LibraryWindow::connectSignals()
{
    // Search as the user types, a moment after the last key.
    auto *typing = new QTimer(this);
    typing->setSingleShot(true);
    typing->setInterval(250);
    connect(m_query, &QLineEdit::textChanged, typing, qOverload<>(&QTimer::start));
    connect(typing, &QTimer::timeout, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] { search(m_query->text()); });
    connect(m_hits, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        emit openAt(item->data(0, kPathRole).toString(), item->data(0, kLineRole).toInt());
    });
    connect(m_reports, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kPathRole).isValid())
            emit openAt(item->data(0, kPathRole).toString(), 0);
    });
    connect(m_reports, &QTreeWidget::itemSelectionChanged, this, &LibraryWindow::updateButtons);
    connect(m_addFiles, &QPushButton::clicked, this, [this] { addDialog(false); });
    connect(m_addFolder, &QPushButton::clicked, this, [this] { addDialog(true); });
    connect(m_compare, &QPushButton::clicked, this, &LibraryWindow::compareSelected);
    connect(m_follow, &QPushButton::clicked, this, [this] { followFigure(m_figure->text()); });
    connect(m_figure, &QLineEdit::returnPressed, this, [this] { followFigure(m_figure->text()); });
    connect(m_cancelButton, &QPushButton::clicked, this, &LibraryWindow::cancelAdding);
    connect(m_moreHits, &QPushButton::clicked, this, &LibraryWindow::loadMoreHits);
    connect(m_yearFilter, &QComboBox::activated, this, &LibraryWindow::readFilter);
    connect(m_kindFilter, &QComboBox::activated, this, &LibraryWindow::readFilter);
    auto *issuerTyping = new QTimer(this);
    issuerTyping->setSingleShot(true);
    issuerTyping->setInterval(250);
    connect(m_issuerFilter, &QLineEdit::textChanged, issuerTyping, qOverload<>(&QTimer::start));
    connect(issuerTyping, &QTimer::timeout, this, &LibraryWindow::readFilter);
    connect(&m_adding, &QFutureWatcher<std::pair<int, int>>::finished, this, [this] {
        const auto [added, failed] = m_adding.result();
        m_progress->hide();
        m_cancelButton->hide();
        refresh();
        updateButtons();
        emit addingFinished(added, failed);
    });
    connect(&m_adding, &QFutureWatcher<std::pair<int, int>>::progressValueChanged, this, [this](int done) {
        m_progress->setRange(0, m_adding.progressMaximum());
        m_progress->setValue(done);
    });
}

LibraryWindow::~LibraryWindow()
{
    m_cancel = true;
    m_adding.waitForFinished();
}

void LibraryWindow::retranslate()
{
    setWindowTitle(tr("Library of reports — %1").arg(QDir::toNativeSeparators(m_path)));
    m_reports->setHeaderLabels({tr("Report"), tr("Kind"), tr("Figures"), tr("File")});
    m_hits->setHeaderLabels({tr("Report"), tr("Section"), tr("Line"), tr("Text")});
    m_addFiles->setText(tr("Add files…"));
    m_addFolder->setText(tr("Add folder…"));
    m_compare->setText(tr("Compare the two chosen"));
    m_compare->setToolTip(tr("Choose two reports of one series (Ctrl+click) to compare their figures."));
    m_follow->setText(tr("Show by year"));
    m_cancelButton->setText(tr("Cancel"));
    m_searchLabel->setText(tr("Search:"));
    m_query->setPlaceholderText(tr("Words in any report (Traditional or Simplified)…"));
    m_figureLabel->setText(tr("Follow a figure:"));
    m_figure->setPlaceholderText(tr("e.g. 城镇新增就业"));
    m_filterLabel->setText(tr("Show:"));
    m_issuerFilter->setPlaceholderText(tr("Issuer (e.g. 统计局)"));
    m_moreHits->setText(tr("More hits"));
    {
        const QSignalBlocker quiet(m_kindFilter);
        m_kindFilter->clear();
        m_kindFilter->addItem(tr("Every kind"), QString());
        for (const char *kind : {"work-report", "statistical-communique", "union-report", "news", "other"})
            m_kindFilter->addItem(kindText(kind), QString::fromLatin1(kind));
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(QString::fromStdString(m_filter.kind))));
    }
    if (m_library)
        refresh();
}

void LibraryWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void LibraryWindow::closeEvent(QCloseEvent *event)
{
    m_cancel = true;
    m_adding.waitForFinished();
    QMainWindow::closeEvent(event);
}

void LibraryWindow::refresh()
{
    if (!m_library)
        return;
    m_reports->clear();
    fillYears(m_library->reports());
    const std::vector<LibraryReport> reports = m_library->reports(m_filter);
    std::map<int, QTreeWidgetItem *> years; // by year; the reports of no year last
    int figures = 0;
    for (const LibraryReport &r : reports) {
        const int year = r.info.year.value_or(0);
        QTreeWidgetItem *&group = years[year];
        if (!group) {
            group = new QTreeWidgetItem;
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto *item = new QTreeWidgetItem(group);
        const QString title = QString::fromStdString(r.info.title).isEmpty() ? QString::fromStdString(r.name) : QString::fromStdString(r.info.title);
        item->setText(0, r.missing ? tr("%1 (file missing)").arg(title) : title);
        item->setText(1, kindText(r.info.kind));
        item->setText(2, QString::number(r.figures));
        item->setText(3, QString::fromStdString(r.name));
        item->setToolTip(0, QString::fromStdString(r.path));
        item->setToolTip(3, QString::fromStdString(r.path));
        item->setData(0, kIdRole, static_cast<qlonglong>(r.id));
        item->setData(0, kPathRole, QString::fromStdString(r.path));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (r.missing)
            for (int c = 0; c < 4; ++c)
                item->setForeground(c, palette().color(QPalette::Disabled, QPalette::Text));
        figures += r.figures;
    }
    for (auto it = years.rbegin(); it != years.rend(); ++it) { // newest first
        QTreeWidgetItem *group = it->second;
        group->setText(0, it->first ? tr("%1 (%n report(s))", nullptr, group->childCount()).arg(it->first)
                                    : tr("Year unknown (%n report(s))", nullptr, group->childCount()));
        m_reports->addTopLevelItem(group);
        group->setExpanded(true);
    }
    m_reports->resizeColumnToContents(1);
    m_reports->resizeColumnToContents(2);
    m_status->setText(tr("%n report(s)", nullptr, static_cast<int>(reports.size())) + QStringLiteral(" · ")
                      + tr("%n figure(s)", nullptr, figures));
}

void LibraryWindow::updateButtons()
{
    int chosen = 0;
    for (QTreeWidgetItem *item : m_reports->selectedItems())
        chosen += item->data(0, kIdRole).isValid();
    m_compare->setEnabled(m_library && chosen == 2);
    m_addFiles->setEnabled(m_library && !m_adding.isRunning());
    m_addFolder->setEnabled(m_library && !m_adding.isRunning());
}

void LibraryWindow::addDialog(bool folder)
{
    QStringList files;
    if (folder) {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Add a folder of reports"));
        if (!dir.isEmpty())
            for (const std::string &f : reportFilesIn(dir.toStdString()))
                files.append(QString::fromStdString(f));
    } else {
        files = QFileDialog::getOpenFileNames(this, tr("Add reports"), QString(),
                                              tr("Reports (*.txt *.md *.pdf *.docx *.html *.htm *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)"));
    }
    if (!files.isEmpty())
        addFiles(files);
}

void LibraryWindow::addFiles(const QStringList &files)
{
    if (!m_library || m_adding.isRunning() || files.isEmpty())
        return;
    m_cancel = false;
    m_progress->setRange(0, static_cast<int>(files.size()));
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    updateButtons();
    const std::string path = m_path.toStdString();
    // Off the window's thread, with a connection of its own: the window keeps answering.
    m_adding.setFuture(QtConcurrent::run([this, path, files](QPromise<std::pair<int, int>> &promise) {
        promise.setProgressRange(0, static_cast<int>(files.size()));
        std::string error;
        std::unique_ptr<Library> library = Library::open(path, error);
        int added = 0, failed = 0;
        for (int k = 0; library && k < files.size() && !m_cancel; ++k) {
            std::string message;
            const AddResult result = library->add(files[k].toStdString(), message);
            added += result == AddResult::Added || result == AddResult::Updated;
            failed += result == AddResult::Failed;
            promise.setProgressValue(k + 1);
        }
        promise.addResult(std::make_pair(added, failed));
    }));
}

void LibraryWindow::search(const QString &query)
{
    if (m_query->text() != query) {
        const QSignalBlocker quiet(m_query);
        m_query->setText(query);
    }
    m_hits->clear();
    m_hitQuery = query.trimmed();
    m_hitTotal = 0;
    m_moreHits->hide();
    m_hitCount->clear();
    if (!m_library || m_hitQuery.isEmpty())
        return;
    loadMoreHits();
    m_hits->setColumnWidth(0, std::max(180, m_hits->width() / 4));
    m_hits->setColumnWidth(1, std::max(110, m_hits->width() / 7));
    m_hits->resizeColumnToContents(2);
}

void LibraryWindow::loadMoreHits()
{
    if (!m_library || m_hitQuery.isEmpty())
        return;
    const SearchResults results = m_library->search(m_hitQuery.toStdString(), kHitPage, m_hits->topLevelItemCount(), m_filter);
    m_hitTotal = results.total;
    for (const SearchHit &h : results.hits) {
        auto *item = new QTreeWidgetItem(m_hits);
        const QString title = QString::fromStdString(h.title).isEmpty() ? QString::fromStdString(h.report) : QString::fromStdString(h.title);
        const QString year = h.year ? QString::number(*h.year) : QString();
        item->setText(0, year.isEmpty() || title.contains(year) ? title : year + QLatin1Char(' ') + title);
        item->setText(1, QString::fromStdString(h.section));
        item->setText(2, QString::number(h.line));
        item->setText(3, QString::fromStdString(h.snippet));
        item->setToolTip(3, QString::fromStdString(h.snippet));
        item->setToolTip(0, QString::fromStdString(h.path));
        item->setData(0, kPathRole, QString::fromStdString(h.path));
        item->setData(0, kLineRole, h.line);
    }
    showHitCount();
}

void LibraryWindow::showHitCount()
{
    const int shown = m_hits->topLevelItemCount();
    m_moreHits->setVisible(shown < m_hitTotal);
    const QString text = shown < m_hitTotal
                             ? tr("%1 of %n hit(s) for “%2”", nullptr, m_hitTotal).arg(shown).arg(m_hitQuery)
                             : tr("%n hit(s) for “%1”", nullptr, m_hitTotal).arg(m_hitQuery);
    m_hitCount->setText(text);
}

void LibraryWindow::setFilter(const ReportFilter &filter)
{
    m_filter = filter;
    {
        const QSignalBlocker a(m_yearFilter), b(m_kindFilter), c(m_issuerFilter);
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(QString::fromStdString(filter.kind))));
        m_issuerFilter->setText(QString::fromStdString(filter.issuer));
    }
    refresh(); // fills the years, then chooses the filter's
    search(m_query->text());
}

void LibraryWindow::readFilter()
{
    ReportFilter filter;
    const QVariant year = m_yearFilter->currentData();
    if (year.isValid() && year.toInt() > 0)
        filter.year = year.toInt();
    filter.kind = m_kindFilter->currentData().toString().toStdString();
    filter.issuer = m_issuerFilter->text().trimmed().toStdString();
    if (filter.year == m_filter.year && filter.kind == m_filter.kind && filter.issuer == m_filter.issuer)
        return;
    setFilter(filter);
}

void LibraryWindow::fillYears(const std::vector<LibraryReport> &all)
{
    std::set<int> years;
    for (const LibraryReport &r : all)
        if (r.info.year)
            years.insert(*r.info.year);
    const QSignalBlocker quiet(m_yearFilter);
    m_yearFilter->clear();
    m_yearFilter->addItem(tr("Every year"), 0);
    for (auto it = years.rbegin(); it != years.rend(); ++it)
        m_yearFilter->addItem(QString::number(*it), *it);
    m_yearFilter->setCurrentIndex(m_filter.year ? std::max(0, m_yearFilter->findData(*m_filter.year)) : 0);
}

void LibraryWindow::compareSelected()
{
    QList<std::int64_t> ids;
    for (QTreeWidgetItem *item : m_reports->selectedItems())
        if (item->data(0, kIdRole).isValid())
            ids << item->data(0, kIdRole).toLongLong();
    if (ids.size() == 2)
        compare(ids[0], ids[1]);
}

void LibraryWindow::compare(std::int64_t first, std::int64_t second)
{
    if (!m_library)
        return;
    std::optional<LibraryReport> a = m_library->report(first), b = m_library->report(second);
    if (!a || !b)
        return;
    if (a->info.year.value_or(0) > b->info.year.value_or(0))
        std::swap(a, b);
    std::shared_ptr<const Document> docs[2];
    const LibraryReport *reports[2] = {&*a, &*b};
    for (int k = 0; k < 2; ++k) {
        DecodeError error = DecodeError::None;
        auto doc = std::make_shared<Document>(parseFile(reports[k]->path, error, ReadOptions{}));
        if (error != DecodeError::None) {
            QMessageBox::warning(this, tr("Compare"), tr("%1 could not be read again: %2")
                                                          .arg(QString::fromStdString(reports[k]->path),
                                                               reports[k]->missing ? tr("the file is missing") : tr("it cannot be read")));
            return;
        }
        docs[k] = doc;
    }
    auto *dialog = new CompareDialog(docs[0], QString::fromStdString(a->name), docs[1], QString::fromStdString(b->name), this);
    dialog->show();
}

void LibraryWindow::followFigure(const QString &label)
{
    if (!m_library || label.trimmed().isEmpty())
        return;
    auto *dialog = new SeriesDialog(label.trimmed(), m_library->series(label.trimmed().toStdString()), this);
    connect(dialog, &SeriesDialog::openAt, this, &LibraryWindow::openAt);
    dialog->show();
}
