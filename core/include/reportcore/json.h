#pragma once
/**
 * @file json.h
 * The Document as JSON, exactly as shared/report-json.md specifies (keys in its order, UTF-8 text
 * never escaped beyond what JSON requires, numbers exact: integers without a fraction).
 */

#include "reportcore/document.h"

#include <string>

namespace reportcore {

/** One JSON object, pretty-printed with two-space indentation, ending in a newline. */
std::string toJson(const Document &document);

/** A number as JSON: integral values without fraction, others in the shortest exact form. */
std::string jsonNumber(double value);

} // namespace reportcore
