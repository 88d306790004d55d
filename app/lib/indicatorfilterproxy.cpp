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

namespace {
const reportcore::Indicator *indicatorAt(const QAbstractItemModel *model, int row)
{
    const auto *table = qobject_cast<const IndicatorTableModel *>(model);
    const reportcore::Document *doc = table ? table->document().get() : nullptr;
    return doc && row >= 0 && static_cast<std::size_t>(row) < doc->indicators.size()
               ? &doc->indicators[static_cast<std::size_t>(row)]
               : nullptr;
}
} // namespace

bool IndicatorFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == IndicatorTableModel::Line)
        return left.row() < right.row(); // rows are in document order
    if (left.column() == IndicatorTableModel::Value) {
        const reportcore::Indicator *l = indicatorAt(sourceModel(), left.row());
        const reportcore::Indicator *r = indicatorAt(sourceModel(), right.row());
        if (l && r)
            return l->value < r->value || (l->value == r->value && left.row() < right.row());
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

bool IndicatorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const reportcore::Indicator *indicator = indicatorAt(model, sourceRow);
    if (!indicator)
        return false;
    if (m_sections && !m_sections->accepts(indicator->section))
        return false;
    if (m_category == kUncertain && !reportcore::isUncertain(*indicator))
        return false;
    if (m_category >= 0 && static_cast<int>(indicator->category) != m_category)
        return false;
    if (m_text.isEmpty())
        return true;
    for (int c : {IndicatorTableModel::Figure, IndicatorTableModel::Label, IndicatorTableModel::TableColumn,
                  IndicatorTableModel::Period, IndicatorTableModel::Unit, IndicatorTableModel::Section, IndicatorTableModel::Value})
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    return false;
}
