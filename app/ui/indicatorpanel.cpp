#include "indicatorpanel.h"

#include <QKeyEvent>

#include "categorystyle.h"
#include "indicatorfilterproxy.h"
#include "indicatortablemodel.h"
#include "texts.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QTableView>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

IndicatorPanel::IndicatorPanel(SectionFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_model(new IndicatorTableModel(this))
    , m_proxy(new IndicatorFilterProxy(filter, this))
    , m_text(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_copy(new QToolButton(this))
    , m_view(new QTableView(this))
    , m_title(new QLabel(this))
{
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    // Unsorted until the reader asks: the rows are in document order already, and a report of 10^5
    // figures opens without sorting them.
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideMiddle); // the full text in the tooltip
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(200); // widths from the first rows: fast on 10^5 rows
    m_view->setColumnHidden(IndicatorTableModel::Unit, true); // the value column shows it
    // What the figure counts right after it: on a narrow screen the columns the reader needs first.
    m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(IndicatorTableModel::Label), 2);
    m_text->setClearButtonEnabled(true);
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_category);
    filters->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_text, &QLineEdit::textChanged, m_proxy, &IndicatorFilterProxy::setText);
    connect(m_category, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setCategory(m_category->currentData().toInt()); });
    connect(m_copy, &QToolButton::clicked, this, &IndicatorPanel::copySelection);
    m_view->installEventFilter(this); // Ctrl+C copies every selected row, not the current cell
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit indicatorActivated(index.data(IndicatorTableModel::IndicatorRole).toInt());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_selecting)
            emit indicatorSelected(current.data(IndicatorTableModel::IndicatorRole).toInt());
    });
    retranslate();
}

void IndicatorPanel::setReport(DocumentPtr document)
{
    // Pages only for a paged source (a PDF).
    m_view->setColumnHidden(IndicatorTableModel::Page, !document || document->source.pages == 0);
    // A table's columns and the parts of the year only when some figure has one.
    bool columns = false, periods = false;
    if (document)
        for (const reportcore::Indicator &i : document->indicators) {
            columns = columns || !i.tableColumn.empty();
            periods = periods || !i.period.empty();
        }
    m_view->setColumnHidden(IndicatorTableModel::TableColumn, !columns);
    m_view->setColumnHidden(IndicatorTableModel::Period, !periods);
    m_model->setDocument(std::move(document));
    sizeColumns();
}

void IndicatorPanel::sizeColumns()
{
    m_view->resizeColumnsToContents();
    // A column of a few words is as wide as its longest word (a sample of rows may hold none of them),
    // a column of report text at most 220 pixels: the table's width goes to what tells figures apart.
    const QFontMetrics metrics(m_view->font());
    const int padding = 2 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 16;
    auto widest = [&metrics, padding](const QStringList &words) {
        int w = 0;
        for (const QString &word : words)
            w = std::max(w, metrics.horizontalAdvance(word) + padding);
        return w;
    };
    using reportcore::Change;
    using reportcore::Qualifier;
    const int fitted[][2] = {
        {IndicatorTableModel::Change, widest({Texts::change(Change::Up), Texts::change(Change::Down)})},
        {IndicatorTableModel::Qualifier, widest({Texts::qualifier(Qualifier::Exact), Texts::qualifier(Qualifier::Over),
                                                 Texts::qualifier(Qualifier::About), Texts::qualifier(Qualifier::Under)})}};
    for (const auto &[column, width] : fitted)
        m_view->setColumnWidth(column, std::max(m_view->columnWidth(column), width));
    for (int c = 0; c < IndicatorTableModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), 220));
}

void IndicatorPanel::selectIndicator(int indicator)
{
    const int row = m_model->rowOf(indicator);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    // Not by blocking the selection model's signals: the view repaints the rows it hears of, so the
    // row left would keep its highlight. Our own change is told apart instead.
    const QScopedValueRollback<bool> selecting(m_selecting, true);
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

bool IndicatorPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Copy)) {
        event->accept();
        if (event->type() == QEvent::KeyPress)
            copySelection();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void IndicatorPanel::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (selected.isEmpty()) {
        for (int r = 0; r < m_proxy->rowCount(); ++r)
            rows << m_proxy->mapToSource(m_proxy->index(r, 0)).row();
    } else {
        for (const QModelIndex &index : selected)
            rows << m_proxy->mapToSource(index).row();
        std::sort(rows.begin(), rows.end());
    }
    QApplication::clipboard()->setText(m_model->toTsv(rows));
}

void IndicatorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void IndicatorPanel::retranslate()
{
    m_title->setText(tr("Figures"));
    m_text->setPlaceholderText(tr("Filter figures…"));
    m_text->setAccessibleName(tr("Filter figures"));
    const int current = m_category->currentIndex();
    const QSignalBlocker block(m_category);
    m_category->clear();
    m_category->addItem(tr("All categories"), -1);
    for (reportcore::Category c : CategoryStyle::all) {
        QPixmap chip(12, 12);
        chip.fill(CategoryStyle::color(c));
        m_category->addItem(QIcon(chip), Texts::category(c), static_cast<int>(c));
    }
    m_category->addItem(tr("Uncertain (OCR)"), IndicatorFilterProxy::kUncertain);
    m_category->setItemData(m_category->count() - 1, tr("Figures OCR read with little confidence: check them against the scan"),
                            Qt::ToolTipRole);
    m_category->setCurrentIndex(std::max(0, current));
    m_category->setAccessibleName(tr("Category"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected rows (or all shown rows) as tab-separated values"));
    m_view->setAccessibleName(tr("Figures table"));
    if (m_model->rowCount() > 0)
        sizeColumns(); // the words of the other language are longer or shorter
}
