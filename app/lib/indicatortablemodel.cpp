#include "indicatortablemodel.h"

#include "numberformat.h"
#include "texts.h"

#include <QLocale>
#include <QPalette>

using reportcore::Indicator;

IndicatorTableModel::IndicatorTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IndicatorTableModel::setDocument(DocumentPtr document)
{
    beginResetModel();
    m_document = std::move(document);
    endResetModel();
}

int IndicatorTableModel::rowOf(int indicator) const
{
    return m_document && indicator >= 0 && indicator < static_cast<int>(m_document->indicators.size()) ? indicator : -1;
}

int IndicatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_document ? 0 : static_cast<int>(m_document->indicators.size());
}

int IndicatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndicatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_document)
        return {};
    const Indicator &i = m_document->indicators[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Figure: return QString::fromStdString(i.text);
        case Value: { // as the report writes magnitudes: 146.57万 人
            const QString written = Texts::written(i);
            QString v = NumberFormat::asWritten(i.value, written);
            if (i.valueMax)
                v += QStringLiteral("\u2013") + NumberFormat::asWritten(*i.valueMax, written);
            const QString unit = Texts::unit(i.unit);
            const bool sign = unit == QStringLiteral("%") || unit == QStringLiteral("\u2030"); // 6.1%, 1.83‰
            if (unit.isEmpty())
                return v;
            return sign ? QString(v + unit) : QString(v + QLatin1Char(' ') + unit);
        }
        case Change: return Texts::change(i.change);
        case Unit: return QString::fromStdString(i.unit);
        case Qualifier: return Texts::qualifier(i.qualifier);
        case Category: return Texts::category(i.category);
        case Label: return Texts::label(i);
        case TableColumn: return QString::fromStdString(i.tableColumn);
        case Period: return QString::fromStdString(i.period);
        case Section: return Texts::sectionTitle(*m_document, i.section);
        case Page: return i.page > 0 ? QVariant(i.page) : QVariant();
        case Line: return i.line;
        }
        return {};
    case SortRole:
        if (index.column() == Value)
            return i.value;
        if (index.column() == Line || index.column() == Page)
            return i.line * 10000 + i.column;
        return data(index, Qt::DisplayRole);
    case Qt::TextAlignmentRole:
        return index.column() == Value || index.column() == Line || index.column() == Page ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole: // a figure nothing names: its "(not named)" greyed
        if (index.column() == Label && i.label.empty())
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::ToolTipRole:
    case TooltipRole:
        return Texts::indicatorTooltip(*m_document, i);
    case IndicatorRole:
        return index.row();
    case SectionRole:
        return i.section;
    case CategoryRole:
        return static_cast<int>(i.category);
    }
    return {};
}

QVariant IndicatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Figure: return tr("Figure");
    case Value: return tr("Value");
    case Change: return tr("Change");
    case Unit: return tr("Unit");
    case Qualifier: return tr("Qualifier");
    case Category: return tr("Category");
    case Label: return tr("Counts");
    case TableColumn: return tr("Column");
    case Period: return tr("Period");
    case Section: return tr("Section");
    case Page: return tr("Page");
    case Line: return tr("Line");
    }
    return {};
}

QString IndicatorTableModel::toTsv(const QList<int> &rows) const
{
    auto clean = [](QString s) { return s.replace(QLatin1Char('\t'), QLatin1Char(' ')).replace(QLatin1Char('\n'), QLatin1Char(' ')); };
    QStringList lines;
    QStringList header;
    for (int c = 0; c < ColumnCount; ++c)
        header << headerData(c, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (int r : rows) {
        if (r < 0 || r >= rowCount())
            continue;
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c) {
            // The value column holds the plain number: spreadsheets read it as a number.
            const QModelIndex idx = index(r, c);
            cells << clean(c == Value ? QString::number(m_document->indicators[static_cast<std::size_t>(r)].value, 'g', 15)
                                      : data(idx).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
