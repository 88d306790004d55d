#pragma once
// What the library needs of a report's description (describe.cpp) beyond library.h.

#include "reportcore/library.h"
#include "text/text.h"

#include <optional>
#include <string>

namespace reportcore::library {

/** The sentence of a figure in its block's text (already in UTF-32). */
std::string sentenceIn(text::u32v t, const Indicator &indicator);
/** figureYear() with the figure's sentence already found. */
std::optional<int> yearGiven(const Document &doc, const ReportInfo &info, const Indicator &indicator, const std::string &sentence);

} // namespace reportcore::library
