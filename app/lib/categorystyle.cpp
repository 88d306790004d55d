#include "categorystyle.h"

namespace CategoryStyle {

QColor color(reportcore::Category category)
{
    switch (category) {
    case reportcore::Category::People: return QColor(0xE6, 0x9F, 0x00);  // orange
    case reportcore::Category::Money: return QColor(0x00, 0x9E, 0x73);   // bluish green
    case reportcore::Category::Percent: return QColor(0x56, 0xB4, 0xE9); // sky blue
    case reportcore::Category::Count: return QColor(0xCC, 0x79, 0xA7);   // reddish purple
    }
    return Qt::gray;
}

QColor highlight(reportcore::Category category, bool darkBackground)
{
    const QColor c = color(category);
    const QColor base = darkBackground ? QColor(0x20, 0x20, 0x20) : QColor(Qt::white);
    const double keep = darkBackground ? 0.48 : 0.35; // how much of the colour shows through (text on it stays at WCAG AA)
    return QColor::fromRgbF(static_cast<float>(c.redF() * keep + base.redF() * (1 - keep)),
                            static_cast<float>(c.greenF() * keep + base.greenF() * (1 - keep)),
                            static_cast<float>(c.blueF() * keep + base.blueF() * (1 - keep)));
}

} // namespace CategoryStyle
