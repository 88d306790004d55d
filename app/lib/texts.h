#pragma once

#include <reportcore/decode.h>
#include <reportcore/document.h>

#include <QCoreApplication>
#include <QString>

/** The words the app shows for the core's codes and values, translated (the core writes no prose). */
class Texts
{
    Q_DECLARE_TR_FUNCTIONS(Texts)
public:
    static QString qualifier(reportcore::Qualifier q);
    /** One word for a table cell: "exact", "over", "about", "under". */
    static QString qualifierShort(reportcore::Qualifier q);
    static QString category(reportcore::Category c);
    static QString change(reportcore::Change c);
    /** Where a figure's label comes from, for the tooltip ("its own clause", "the table's row", …). */
    static QString labelSource(reportcore::LabelSource s);
    /** A figure's label, or "(not named)" when nothing in the text names what it counts. */
    static QString label(const reportcore::Indicator &indicator);
    /** Its measure in one field: the label with a table's column and a part of the year (measureName). */
    static QString measure(const reportcore::Indicator &indicator);
    static QString blockKind(reportcore::BlockKind k);
    static QString sectionKind(reportcore::SectionKind k);
    static QString decodeError(reportcore::DecodeError e, quint64 bytes, quint64 limit);
    /** A document (a .docx) whose contents unpack past the size limit. */
    static QString unpackedTooLarge(quint64 limit);
    static QString diagnostic(const reportcore::Diagnostic &d);
    static QString sectionTitle(const reportcore::Document &doc, int section);
    /** A unit in the UI language: the report's measure word in Chinese; in English the common ones
     *  in words ("元" → "yuan", "人" → "people"), any other as written. */
    static QString unit(const std::string &unit);
    /** A figure's value with its unit, in the UI language's number format ("1,465,700 人",
     *  "3–5 倍"). */
    static QString value(const reportcore::Indicator &indicator);
    /** The figure as written, for reading its magnitude: a table cell with the magnitude its column
     *  states ("866.60" under 年末数（万人） → "866.60万"). */
    static QString written(const reportcore::Indicator &indicator);
    /** The tooltip of a figure, as rich text with every piece of report text escaped. */
    static QString indicatorTooltip(const reportcore::Document &doc, const reportcore::Indicator &indicator);
};
