#include "representativefilterproxy.h"

#include "chinesefold.h"
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
    m_folded = ChineseFold::toSimplified(q);
    invalidateRowsFilter();
}

bool RepresentativeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_query.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    // Traditional and Simplified alike: both sides in Simplified characters (工會 finds 工会).
    for (int c = 0; c < RepresentativeModel::ColumnCount; ++c)
        if (ChineseFold::toSimplified(model->index(sourceRow, c, sourceParent).data().toString()).contains(m_folded, Qt::CaseInsensitive))
            return true;
    if (!Pinyin::looksLikePinyin(m_query))
        return false;
    const QString name = model->index(sourceRow, RepresentativeModel::Name, sourceParent).data().toString();
    return Pinyin::matches(name, m_query);
}
