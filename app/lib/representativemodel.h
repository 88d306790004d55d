#pragma once

#include "documentsession.h"

#include <QAbstractTableModel>
#include <QStringList>

/** The representatives the report profiles: name, roles, organisation. */
class RepresentativeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Roles, Organization, ColumnCount };
    enum Role {
        RepresentativeRole = Qt::UserRole + 1, ///< index into Document::representatives
        PinyinRole,                            ///< the name in pinyin ("liang yu qin"), made on first use
        SectionRole,
    };

    explicit RepresentativeModel(QObject *parent = nullptr);

    void setDocument(DocumentPtr document);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DocumentPtr m_document;
    mutable QStringList m_pinyin; ///< filled lazily: the transliterator is slow to create
};
