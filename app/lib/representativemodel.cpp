#include "representativemodel.h"

#include "pinyin.h"
#include "texts.h"

RepresentativeModel::RepresentativeModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RepresentativeModel::setDocument(DocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    m_pinyin.clear();
    endResetModel();
}

int RepresentativeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : static_cast<int>(m_document->representatives.size());
}

int RepresentativeModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant RepresentativeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const reportcore::Representative &r = m_document->representatives[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return QString::fromStdString(r.name);
        case Roles: {
            QStringList roles;
            for (const std::string &role : r.roles)
                roles << QString::fromStdString(role);
            return roles.join(QStringLiteral("\u3001"));
        }
        case Organization: return QString::fromStdString(r.organization);
        }
        return {};
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("<p><b>%1</b><br>%2</p>")
                          .arg(QString::fromStdString(r.name).toHtmlEscaped(), QString::fromStdString(r.congress).toHtmlEscaped());
        if (!r.headline.empty())
            tip += QStringLiteral("<p><i>%1</i></p>").arg(QString::fromStdString(r.headline).toHtmlEscaped());
        if (!r.statement.empty()) {
            QString said = QString::fromStdString(r.statement);
            if (said.size() > 160)
                said = said.left(160) + QStringLiteral("…");
            tip += QStringLiteral("<p>%1</p>").arg(said.toHtmlEscaped());
        }
        return tip;
    }
    case RepresentativeRole:
        return index.row();
    case SectionRole:
        return r.section;
    case PinyinRole:
        if (m_pinyin.size() != rowCount()) {
            m_pinyin.clear();
            for (const reportcore::Representative &each : m_document->representatives)
                m_pinyin << Pinyin::of(QString::fromStdString(each.name));
        }
        return m_pinyin.at(index.row());
    }
    return {};
}

QVariant RepresentativeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Roles: return tr("Roles");
    case Organization: return tr("Organization");
    }
    return {};
}
