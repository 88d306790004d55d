#include "tablerows.h"

#include "chartbars.h"

#include <QRegularExpression>

using namespace reportcore;

namespace {

/** The row name as the table writes it, marks and all ("一、食品烟酒", "#粮食", "其中：城镇"). */
QString writtenRowName(const Document &doc, const Indicator &i)
{
    if (i.block < 0 || i.block >= static_cast<int>(doc.blocks.size()))
        return {};
    const Block &block = doc.blocks[static_cast<std::size_t>(i.block)];
    for (std::size_t r = 0; r < block.lines.size() && r < block.cells.size(); ++r)
        if (block.lines[r] == i.line && !block.cells[r].empty())
            return QString::fromStdString(block.cells[r].front()).trimmed();
    return {};
}

} // namespace

namespace TableRows {

Mark markOf(const QString &rowName)
{
    static const QRegularExpression ordinal(QStringLiteral("^(?:[一二三四五六七八九十]{1,3}\\s*[、．.]|[（(][一二三四五六七八九十\\d]{1,3}[）)]|\\d{1,2}\\s*[、．.](?!\\d))"));
    static const QRegularExpression part(QStringLiteral("^(?:[#＃]|其中\\s*[:：]?)"));
    if (ordinal.match(rowName).hasMatch())
        return Mark::Ordinal;
    if (part.match(rowName).hasMatch())
        return Mark::Part;
    return Mark::None;
}

QList<Group> groups(const Document &doc, const QList<const Indicator *> &column)
{
    QList<Mark> marks;
    int ordinals = 0;
    for (const Indicator *i : column) {
        marks << markOf(writtenRowName(doc, *i));
        ordinals += marks.last() == Mark::Ordinal;
    }
    // Only classes numbered as such say for sure which rows are whose parts: after "其中：夏粮 秋粮" a
    // plain row may be a third part or the next item, so a table without them is charted whole.
    if (ordinals < 2)
        return {Group{column, QString()}};
    // The rows between two classes are the parts of the first (一、食品烟酒 #粮食 鲜菜 二、衣着); the rows
    // after the last class may be its parts or the table's next items (（2）非税收入 一般公共预算支出):
    // a group of their own, named by no class.
    QList<Group> found;
    Group head, classes, tail;
    int current = -1; // into `found`; -1: the rows before the first class, the table's totals
    int last = -1;
    for (int k = 0; k < column.size(); ++k)
        if (marks[k] == Mark::Ordinal)
            last = k;
    for (int k = 0; k < column.size(); ++k) {
        const Indicator *i = column[k];
        if (marks[k] == Mark::Ordinal) {
            classes.figures << i;
            found << Group{{}, ChartBars::cellLabel(*i).first};
            current = static_cast<int>(found.size()) - 1;
        } else if (k > last) {
            tail.figures << i;
        } else {
            (current < 0 ? head : found[current]).figures << i;
        }
    }
    QList<Group> all;
    all << head << classes << found << tail;
    QList<Group> kept;
    for (const Group &g : all)
        if (g.figures.size() >= 2)
            kept << g;
    return kept;
}

} // namespace TableRows
