#include "indicatorfilterproxy.h"

#include "indicatortablemodel.h"
#include "sectionfilter.h"

IndicatorFilterProxy::IndicatorFilterProxy(SectionFilter *sections, QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_sections(sections)
{
    setSortRole(IndicatorTableModel::SortRole);
    setSortLocaleAware(true);
    connect(sections, &SectionFilter::changed, this, [this] { invalidateRowsFilter(); });
}

void IndicatorFilterProxy::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

void IndicatorFilterProxy::setCategory(int category)
{
    if (category == m_category)
        return;
    m_category = category;
    invalidateRowsFilter();
}

bool IndicatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (m_sections && !m_sections->accepts(first.data(IndicatorTableModel::SectionRole).toInt()))
        return false;
    if (m_category >= 0 && first.data(IndicatorTableModel::CategoryRole).toInt() != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {IndicatorTableModel::Figure, IndicatorTableModel::Label, IndicatorTableModel::Unit,
                  IndicatorTableModel::Section, IndicatorTableModel::Value})
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
