#pragma once
// Reading a whole file, its size checked before a byte is read (shared by decodeFile() and the
// format readers' readDocumentFile()).

#include "reportcore/decode.h"

#include <cstdint>
#include <string>

namespace reportcore {

/** Reads `path` into `bytes`; `size` is the file's size (also when it is refused as too large).
 *  None, or NotFound / Unreadable / TooLarge. */
DecodeError readWholeFile(const std::string &path, std::uint64_t maxBytes, std::string &bytes, std::uint64_t &size);

} // namespace reportcore
