#include "sectiontreemodel.h"

#include "texts.h"

SectionTreeModel::SectionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void SectionTreeModel::setDocument(DocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    const std::size_t n = m_document ? m_document->sections.size() : 0;
    m_children.assign(n + 1, {});
    m_row.assign(n, 0);
    m_figures.assign(n, 0);
    for (std::size_t s = 0; s < n; ++s) {
        const int parent = m_document->sections[s].parent;
        std::vector<int> &siblings = m_children[parent >= 0 ? static_cast<std::size_t>(parent) : n];
        m_row[s] = static_cast<int>(siblings.size());
        siblings.push_back(static_cast<int>(s));
    }
    if (m_document) {
        for (const reportcore::Indicator &i : m_document->indicators)
            for (int s = i.section; s >= 0; s = m_document->sections[static_cast<std::size_t>(s)].parent)
                ++m_figures[static_cast<std::size_t>(s)];
    }
    endResetModel();
}

QModelIndex SectionTreeModel::indexOf(int section, int column) const
{
    if (!m_document || section < 0 || section >= static_cast<int>(m_row.size()))
        return {};
    return createIndex(m_row[static_cast<std::size_t>(section)], column, quintptr(section));
}

int SectionTreeModel::figureCount(int section) const
{
    return section >= 0 && section < static_cast<int>(m_figures.size()) ? m_figures[static_cast<std::size_t>(section)] : 0;
}

QModelIndex SectionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || column < 0 || column >= ColumnCount || row < 0)
        return {};
    const std::size_t key = parent.isValid() ? static_cast<std::size_t>(parent.internalId()) : m_children.size() - 1;
    if (parent.isValid() && parent.column() != 0)
        return {};
    const std::vector<int> &children = m_children[key];
    if (row >= static_cast<int>(children.size()))
        return {};
    return createIndex(row, column, quintptr(children[static_cast<std::size_t>(row)]));
}

QModelIndex SectionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !m_document)
        return {};
    const int parent = m_document->sections[static_cast<std::size_t>(child.internalId())].parent;
    return parent >= 0 ? indexOf(parent) : QModelIndex();
}

int SectionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return static_cast<int>(m_children.back().size());
    if (parent.column() != 0)
        return 0;
    return static_cast<int>(m_children[static_cast<std::size_t>(parent.internalId())].size());
}

int SectionTreeModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QVariant SectionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const int s = static_cast<int>(index.internalId());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Title ? QVariant(Texts::sectionTitle(*m_document, s)) : QVariant(figureCount(s));
    case Qt::ToolTipRole: {
        const reportcore::Section &sec = m_document->sections[static_cast<std::size_t>(s)];
        return QString(Texts::sectionTitle(*m_document, s) + QLatin1Char('\n')
               + tr("%1 · lines %2–%3 · %n figure(s)", "", figureCount(s))
            .arg(Texts::sectionKind(sec.kind))
            .arg(sec.firstLine)
            .arg(sec.lastLine));
    }
    case Qt::TextAlignmentRole:
        return index.column() == Figures ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case SectionRole:
        return s;
    }
    return {};
}

QVariant SectionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Title ? tr("Section") : tr("Figures");
}
