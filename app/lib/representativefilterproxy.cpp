#include "representativefilterproxy.h"

#include "pinyin.h"
#include "representativemodel.h"

RepresentativeFilterProxy::RepresentativeFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void RepresentativeFilterProxy::setQuery(const QString &query)
{
    const QString q = query.trimmed();
    if (q == m_query)
        return;
    m_query = q;
    invalidateRowsFilter();
}

bool RepresentativeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    for (int c = 0; c < RepresentativeModel::ColumnCount; ++c)
        if (model->index(sourceRow, c, sourceParent).data().toString().contains(m_query, Qt::CaseInsensitive))
            return true;
    if (!Pinyin::looksLikePinyin(m_query))
        return false;
    const QString name = model->index(sourceRow, RepresentativeModel::Name, sourceParent).data().toString();
    return Pinyin::matches(name, m_query);
}
