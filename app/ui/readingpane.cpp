#include "readingpane.h"

#include "categorystyle.h"
#include "readingview.h"
#include "texts.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

ReadingPane::ReadingPane(SectionFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_view(new ReadingView(filter, this))
    , m_legend(new QWidget(this))
    , m_legendTitle(new QLabel(m_legend))
    , m_searchBar(new QWidget(this))
    , m_search(new QLineEdit(m_searchBar))
    , m_previous(new QToolButton(m_searchBar))
    , m_next(new QToolButton(m_searchBar))
    , m_close(new QToolButton(m_searchBar))
    , m_count(new QLabel(m_searchBar))
    , m_partBar(new QWidget(this))
    , m_partPrevious(new QToolButton(m_partBar))
    , m_partChoice(new QComboBox(m_partBar))
    , m_partNext(new QToolButton(m_partBar))
{
    auto *legend = new QHBoxLayout(m_legend);
    legend->setContentsMargins(4, 2, 4, 2);
    legend->addWidget(m_legendTitle);
    for (reportcore::Category c : CategoryStyle::all) {
        auto *chip = new QLabel(m_legend);
        chip->setTextFormat(Qt::PlainText);
        chip->setAutoFillBackground(true);
        chip->setContentsMargins(6, 1, 6, 1);
        chip->setProperty("category", static_cast<int>(c));
        m_legendLabels << chip;
        legend->addWidget(chip);
    }
    legend->addStretch(1);

    auto *search = new QHBoxLayout(m_searchBar);
    search->setContentsMargins(4, 2, 4, 2);
    search->addWidget(m_search, 1);
    search->addWidget(m_count);
    search->addWidget(m_previous);
    search->addWidget(m_next);
    search->addWidget(m_close);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_previous->setArrowType(Qt::UpArrow);
    m_next->setArrowType(Qt::DownArrow);
    m_close->setText(QStringLiteral("\u2715"));
    m_count->setTextFormat(Qt::PlainText);
    m_searchBar->hide();

    auto *parts = new QHBoxLayout(m_partBar);
    parts->setContentsMargins(4, 0, 4, 0);
    parts->addWidget(m_partPrevious);
    parts->addWidget(m_partChoice, 1);
    parts->addWidget(m_partNext);
    m_partPrevious->setArrowType(Qt::LeftArrow);
    m_partNext->setArrowType(Qt::RightArrow);
    m_partChoice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_partChoice->setMinimumContentsLength(12);
    m_partBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_legend);
    layout->addWidget(m_partBar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_searchBar);

    connect(m_search, &QLineEdit::textChanged, m_view, &ReadingView::find);
    connect(m_next, &QToolButton::clicked, m_view, &ReadingView::findNext);
    connect(m_previous, &QToolButton::clicked, m_view, &ReadingView::findPrevious);
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_search->clear();
        m_searchBar->hide();
        m_view->setFocus();
    });
    connect(m_view, &ReadingView::searchChanged, this, &ReadingPane::updateCount);
    connect(m_view, &ReadingView::partChanged, this, &ReadingPane::updateParts);
    connect(m_partChoice, &QComboBox::activated, m_view, &ReadingView::showPart);
    connect(m_partPrevious, &QToolButton::clicked, this, [this] { m_view->showPart(m_view->currentPart() - 1); });
    connect(m_partNext, &QToolButton::clicked, this, [this] { m_view->showPart(m_view->currentPart() + 1); });
    retranslate();
}

void ReadingPane::setReport(DocumentPtr document) { m_view->setReport(std::move(document)); }

void ReadingPane::startSearch()
{
    m_searchBar->show();
    m_search->setFocus();
    m_search->selectAll();
}

bool ReadingPane::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (key->modifiers() & Qt::ShiftModifier)
                m_view->findPrevious();
            else
                m_view->findNext();
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_close->click();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReadingPane::updateCount(int current, int count)
{
    if (m_search->text().isEmpty())
        m_count->clear();
    else if (count == 0)
        m_count->setText(tr("No matches"));
    else
        m_count->setText(tr("%1 of %2").arg(current + 1).arg(count));
}

void ReadingPane::updateParts(int part, int count)
{
    m_partBar->setVisible(count > 1);
    if (count <= 1) {
        m_partChoice->clear();
        return;
    }
    const QSignalBlocker quiet(m_partChoice);
    m_partChoice->clear(); // the parts change with the filter
    for (int p = 0; p < count; ++p) {
        const QString title = m_view->partTitle(p);
        m_partChoice->addItem(title.isEmpty() ? tr("Part %1 of %2").arg(p + 1).arg(count)
                                              : tr("Part %1 of %2: %3").arg(p + 1).arg(count).arg(title));
    }
    m_partChoice->setCurrentIndex(part);
    m_partPrevious->setEnabled(part > 0);
    m_partNext->setEnabled(part + 1 < count);
}

void ReadingPane::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslate();
}

void ReadingPane::retranslate()
{
    m_legendTitle->setText(tr("Figures by category:"));
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (QLabel *chip : m_legendLabels) {
        const auto c = static_cast<reportcore::Category>(chip->property("category").toInt());
        chip->setText(Texts::category(c));
        QPalette p = chip->palette();
        p.setColor(QPalette::Window, CategoryStyle::highlight(c, dark));
        p.setColor(QPalette::WindowText, palette().color(QPalette::Text));
        chip->setPalette(p);
    }
    m_search->setPlaceholderText(tr("Find in the report…"));
    m_search->setAccessibleName(tr("Find in the report"));
    m_previous->setToolTip(tr("Previous match (Shift+Enter)"));
    m_previous->setAccessibleName(tr("Previous match"));
    m_next->setToolTip(tr("Next match (Enter)"));
    m_next->setAccessibleName(tr("Next match"));
    m_close->setToolTip(tr("Close the search bar (Esc)"));
    m_close->setAccessibleName(tr("Close search"));
    updateCount(m_view->currentMatch(), m_view->matchCount());
    m_partPrevious->setToolTip(tr("Previous part of the report"));
    m_partPrevious->setAccessibleName(tr("Previous part"));
    m_partNext->setToolTip(tr("Next part of the report"));
    m_partNext->setAccessibleName(tr("Next part"));
    m_partChoice->setToolTip(tr("The report is long: it is shown a part at a time"));
    m_partChoice->setAccessibleName(tr("Part of the report"));
    updateParts(m_view->currentPart(), m_view->partCount());
}
