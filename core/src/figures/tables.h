#pragma once
// Figures in tables: a number in a cell is a figure; its unit comes from the cell, the column's
// header ("年末数（万人）"), a unit column ("单位") or the table's note ("单位：万吨"), and its label is
// made of its row's and its column's headers ("城镇 | 比重（%）").

#include "reportcore/document.h"
#include "text/text.h"

#include <optional>

namespace reportcore {

/** Appends the figures of table block `b` (text `t`: rows joined by '\n', cells by '\t') to
 *  doc.indicators. `unitNote` is the table's "单位：…" note when one stands right before it (""
 *  otherwise); `year` the year its figures belong to. Marks leading rows without figures as header
 *  rows when the reader did not say. */
void extractTableFigures(Document &doc, std::size_t b, text::u32v t, text::u32v unitNote, std::optional<int> year);

/** The unit a "单位：万元" note names, or "" (the note may stand alone or end a caption line). */
text::u32v unitNoteIn(text::u32v blockText);

} // namespace reportcore
