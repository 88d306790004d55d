#pragma once

#include <QSortFilterProxyModel>

/** Representatives matching a query in their name, roles or organisation, or in the pinyin of their
 *  name ("liang" finds 梁玉琴). */
class RepresentativeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RepresentativeFilterProxy(QObject *parent = nullptr);
    void setQuery(const QString &query);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_query;
    QString m_folded; ///< the query in Simplified characters
};
