#pragma once
/**
 * @file json.h
 * The Document as JSON, exactly as shared/report-json.md specifies (keys in its order, UTF-8 text
 * never escaped beyond what JSON requires, numbers exact: integers without a fraction).
 */

#include "reportcore/document.h"

#include <functional>
#include <string>
#include <string_view>

namespace reportcore {

/** Receives the JSON text in chunks, in order. */
using JsonSink = std::function<void(std::string_view chunk)>;

/** One JSON object, pretty-printed with two-space indentation, ending in a newline. */
std::string toJson(const Document &document);

/** The same text as toJson(), handed to `sink` in chunks of about 64 KiB (for large documents). */
void writeJson(const Document &document, const JsonSink &sink);

/** A number as JSON: integral values without fraction, others in the shortest exact form. */
std::string jsonNumber(double value);

} // namespace reportcore
