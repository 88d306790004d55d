#include "reportcore/classify.h"

#include "lexicon.h"
#include "text.h"

namespace reportcore {

bool countsMembers(const Document &doc, const Indicator &indicator)
{
    if (indicator.category != Category::People || indicator.unit == "\xE4\xBA\xBA\xE6\xAC\xA1") // 人次
        return false;
    if (indicator.block < 0 || static_cast<std::size_t>(indicator.block) >= doc.blocks.size())
        return false;
    const text::u32 t = text::toUtf32(doc.blocks[static_cast<std::size_t>(indicator.block)].text);
    const text::u32v all(t);
    std::size_t start = std::min<std::size_t>(static_cast<std::size_t>(indicator.offset), all.size());
    std::size_t end = std::min<std::size_t>(start + static_cast<std::size_t>(indicator.length), all.size());
    while (start > 0 && !text::isClausePunct(all[start - 1]))
        --start;
    while (end < all.size() && !text::isClausePunct(all[end]))
        ++end;
    std::size_t length = 0;
    return lexicon().memberWord.findFirst(all.substr(start, end - start), length) != text::u32v::npos;
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
