#pragma once
// The rows of a statistical table as its reader groups them: the totals above, the classes numbered
// as such (一、食品烟酒 二、衣着 …) and each class's parts, the rows under it (#粮食 鲜菜 …). A chart
// compares rows of one group, never a class with its own parts.

#include <reportcore/document.h>

#include <QList>
#include <QString>

namespace TableRows {

/** How a row's name opens: a class's ordinal (一、 （一） 1. 1、), a part (#, 其中), or plainly. */
enum class Mark { None, Ordinal, Part };

/** The mark of a row name as the table writes it. */
Mark markOf(const QString &rowName);

/** One group of rows to chart together: their figures (in the table's order) and, for the parts of a
 *  row, that row's name. */
struct Group {
    QList<const reportcore::Indicator *> figures;
    QString parent; ///< "" for the table's head rows or its classes
};

/** The figures of one column of a table (in the table's order), grouped as its rows are (groups of
 *  two rows or more); a table without numbered classes is one group. */
QList<Group> groups(const reportcore::Document &doc, const QList<const reportcore::Indicator *> &column);

} // namespace TableRows
