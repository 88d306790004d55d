#pragma once
// The year a figure belongs to as the text dates it: the nearest year before it in its block, else
// the year its section (or an enclosing one, or the part of a compiled file) is titled with, else
// the year the report names most often.

#include "reportcore/document.h"
#include "text/text.h"

#include <optional>
#include <vector>

namespace reportcore {

/** A year the text names (2024年), where it stands. Bases and starts (较2019年, 2019年以来) are none. */
struct YearMark {
    std::size_t offset;
    int year;
};

std::vector<YearMark> findYears(text::u32v t);

/** The years of a document's sections and of the report as a whole, found once. */
class SectionYears {
public:
    /** `blockTexts[b]` is block b's text; `blockYears` receives the years each block names. */
    SectionYears(const Document &doc, const std::vector<text::u32v> &blockTexts, std::vector<std::vector<YearMark>> &blockYears);
    /** The year of section `s` (or of the report when -1). */
    std::optional<int> of(int s) const;

private:
    const Document &m_doc;
    std::optional<int> m_reportYear;
    std::vector<std::optional<int>> m_titleYears, m_partYears;
};

} // namespace reportcore
