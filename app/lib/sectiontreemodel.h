#pragma once

#include "documentsession.h"

#include <QAbstractItemModel>

#include <vector>

/** The report's sections as a tree, with the number of figures in each (subsections included). */
class SectionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Title, Figures, ColumnCount };
    enum Role { SectionRole = Qt::UserRole + 1 }; ///< index into Document::sections

    explicit SectionTreeModel(QObject *parent = nullptr);

    void setDocument(DocumentPtr document);
    QModelIndex indexOf(int section, int column = 0) const;
    /** Figures in the section and its subsections. */
    int figureCount(int section) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    DocumentPtr m_document;
    std::vector<std::vector<int>> m_children; ///< per section; the last entry holds the top level
    std::vector<int> m_row;                   ///< per section: its row under its parent
    std::vector<int> m_figures;               ///< per section, subsections included
};
