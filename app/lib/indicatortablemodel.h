#pragma once

#include "documentsession.h"

#include <QAbstractTableModel>

/** The document's indicators as a table: one row per figure, in document order. */
class IndicatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Figure, Value, Change, Unit, Qualifier, Category, Label, TableColumn, Period, Section, Page, Line, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< numbers for Value and Line, text otherwise
        IndicatorRole,               ///< index into Document::indicators
        SectionRole,                 ///< index into Document::sections
        CategoryRole,                ///< reportcore::Category as int
        TooltipRole,                 ///< the rich-text tooltip (escaped)
    };

    explicit IndicatorTableModel(QObject *parent = nullptr);

    void setDocument(DocumentPtr document);
    DocumentPtr document() const { return m_document; }
    /** The row of indicator `indicator` (rows follow document order, so it is the same number). */
    int rowOf(int indicator) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /** Tab-separated values of the given rows with a header line (for the clipboard and export). */
    QString toTsv(const QList<int> &rows) const;

private:
    DocumentPtr m_document;
};
