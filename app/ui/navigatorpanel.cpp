#include "navigatorpanel.h"

#include "sectionfilter.h"
#include "sectiontreemodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

NavigatorPanel::NavigatorPanel(SectionFilter *filter, QWidget *parent)
    : QWidget(parent)
    , m_filter(filter)
    , m_model(new SectionTreeModel(this))
    , m_view(new QTreeView(this))
    , m_all(new QPushButton(this))
{
    m_view->setTextElideMode(Qt::ElideMiddle); // the full title in the tooltip
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(SectionTreeModel::Title, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(SectionTreeModel::Figures, QHeaderView::ResizeToContents);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_all);
    layout->addWidget(m_view);
    connect(m_all, &QPushButton::clicked, this, [this] { m_view->clearSelection(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &NavigatorPanel::selectionChanged);
    // The filter can change elsewhere (a reload): keep the selection in step.
    connect(m_filter, &SectionFilter::changed, this, [this] {
        if (m_filter->isAll() && m_view->selectionModel()->hasSelection())
            m_view->clearSelection();
    });
    retranslate();
}

void NavigatorPanel::setReport(DocumentPtr document)
{
    m_model->setDocument(std::move(document));
    m_view->expandAll();
}

void NavigatorPanel::selectionChanged()
{
    QList<int> sections;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows(SectionTreeModel::Title))
        sections << index.data(SectionTreeModel::SectionRole).toInt();
    m_filter->setSelected(sections);
}

void NavigatorPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void NavigatorPanel::retranslate()
{
    m_all->setText(tr("All sections"));
    m_all->setToolTip(tr("Show every section (clears the choice below)"));
    m_view->setAccessibleName(tr("Sections"));
    m_view->setToolTip(tr("Choose one or several sections (Ctrl+click) to filter the text, the table and the charts"));
}
