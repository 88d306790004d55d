#pragma once

#include <reportcore/document.h>

#include <QColor>
#include <QPalette>

/** The colour of each category of figure: the Okabe–Ito palette, safe for colour-blind readers. */
namespace CategoryStyle {

/** The full colour (bars, legend chips). */
QColor color(reportcore::Category category);
/** A tint to highlight text with, readable on a light or a dark background. */
QColor highlight(reportcore::Category category, bool darkBackground);

/** A palette whose base (the text's background) is dark. */
inline bool isDark(const QPalette &palette) { return palette.color(QPalette::Base).lightness() < 128; }

inline constexpr reportcore::Category all[] = {reportcore::Category::People, reportcore::Category::Money,
                                               reportcore::Category::Percent, reportcore::Category::Count};

} // namespace CategoryStyle
