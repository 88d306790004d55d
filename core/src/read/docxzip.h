#pragma once
// What the Word reader's parts share: a zip entry read in bounded chunks into an expat parser that
// never loads an external entity, and the two questions every handler asks of expat's names.

// Debian builds expat with DTD support; the billion-laughs settings are declared only then.
#ifndef XML_DTD
#define XML_DTD
#endif
#include <expat.h>
#include <zip.h>

#include "reportcore/read.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

namespace reportcore::readers {

/** The local name of an expat namespace-qualified name ("uri|local"). */
std::string_view local(const XML_Char *name);
/** The value of attribute `name` (by its local name), or null. */
const XML_Char *attribute(const XML_Char **attrs, std::string_view name);

/** A zip entry read in bounded chunks into an expat parser. */
struct ZipReader {
    zip_t *zip = nullptr;
    std::uint64_t budget = 0; ///< bytes that may still be inflated
    ~ZipReader();
    const std::function<bool(int)> *progress = nullptr;
    std::uint64_t total = 1, done = 0; ///< bytes to inflate in all, for progress
    /** Parses entry `name` with `parser`; the error, or None. Missing entries are `missing`. */
    DecodeError parse(const char *name, XML_Parser parser, std::string &detail, bool &missing);
};

/** An expat parser with namespaces, external entities never loaded, entity expansion bounded. */
struct XmlParser {
    XML_Parser parser = XML_ParserCreateNS(nullptr, '|');
    XmlParser();
    ~XmlParser() { XML_ParserFree(parser); }
};

} // namespace reportcore::readers
