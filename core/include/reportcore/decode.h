#pragma once
/**
 * @file decode.h
 * Turning bytes into text: encoding detection, conversion to UTF-8, line-end normalisation.
 *
 * Accepted: UTF-8 with or without BOM; UTF-16 LE/BE with BOM; GB18030 (and so GBK/GB2312),
 * Big5 and other encodings ICU's detector names with high confidence. Line ends CRLF and CR become LF.
 * Invalid byte sequences become U+FFFD and are reported per line (DiagnosticCode::InvalidBytes).
 * Refused, with a DecodeError and no text: empty input, binary data (NUL bytes without a UTF-16 BOM,
 * or mostly control characters), input over DecodeOptions::maxBytes.
 */

#include "reportcore/document.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace reportcore {

enum class DecodeError {
    None,
    NotFound,     ///< the file does not exist
    Unreadable,   ///< the file exists but could not be read (permissions, a folder, I/O error)
    Empty,        ///< no bytes, or nothing but white space
    Binary,       ///< not text
    TooLarge,     ///< over DecodeOptions::maxBytes
    Cancelled,    ///< the caller stopped the work (ParseOptions::progress returned false)
    Encrypted,    ///< a document that needs a password (none given, or the one given is wrong)
    NoText,       ///< a document without a text layer (a scanned PDF): nothing to read
    Corrupt,      ///< a PDF, Word file or zip that is damaged or truncated
    Unsupported,  ///< a format the readers do not take (a legacy .doc/.wps, a zip that is not .docx)
};

struct DecodeOptions {
    std::uint64_t maxBytes = 64ull * 1024 * 1024; ///< inputs larger than this are refused
    std::size_t maxDiagnostics = 200;             ///< further invalid-byte lines are summarised
    /** A charset the document declares (an HTML page's <meta charset>), used for input that has no
     *  BOM and is not valid UTF-8; GB2312 and GBK are read as their superset GB18030. */
    std::string charset;
};

struct DecodeResult {
    DecodeError error = DecodeError::None;
    std::string text;                  ///< UTF-8, LF line ends, no BOM; empty on error
    std::string encoding;              ///< name of the encoding found ("UTF-8", "GB18030", …)
    bool bom = false;
    std::uint64_t bytes = 0;           ///< size of the input
    std::vector<Diagnostic> diagnostics;
};

/** Decode `bytes`. Never throws; `error` says why nothing was decoded. */
DecodeResult decode(std::string_view bytes, const DecodeOptions &options = {});

/** The same, taking ownership of the bytes: valid UTF-8 without CR is then used as it is, not copied. */
DecodeResult decodeOwned(std::string &&bytes, const DecodeOptions &options = {});

/** Read and decode a file. The size is checked before the file is read, so a huge file costs nothing. */
DecodeResult decodeFile(const std::string &path, const DecodeOptions &options = {});

/** English one-line reason for an error, for the command line ("not a text file (it contains NUL bytes)"). */
std::string errorMessage(DecodeError error, const DecodeResult &result, const DecodeOptions &options);

/** True when `bytes` is well-formed UTF-8 (overlongs, surrogates and > U+10FFFF are ill-formed). */
bool isValidUtf8(std::string_view bytes);

} // namespace reportcore
