#include "reportcore/classify.h"


namespace reportcore {

bool countsMembers(const Document &, const Indicator &indicator)
{
    return indicator.members; // decided during extraction, where the text is at hand
}

DerivedKind derivedKind(const Document &doc, const Derived &derived)
{
    for (int id : derived.from)
        if (id >= 1 && static_cast<std::size_t>(id) <= doc.indicators.size()
            && doc.indicators[static_cast<std::size_t>(id) - 1].category == Category::Percent)
            return DerivedKind::Whole;
    return DerivedKind::Before;
}

} // namespace reportcore
