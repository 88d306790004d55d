#pragma once
// How sure OCR was of each figure: the figure's characters found among the words of its page, in
// order, the least confidence of the words they stand in.

#include "reportcore/document.h"
#include "reportcore/read.h"

#include <vector>

namespace reportcore {

/** Sets `ocrConfidence` of every figure on a page read by OCR (`pages`, as the reader kept them). A
 *  figure not found among its page's words (the layout joined it across lines) gets 0: uncertain. */
void markOcrConfidence(Document &doc, const std::vector<OcrPage> &pages);

} // namespace reportcore
