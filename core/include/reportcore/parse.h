#pragma once
/**
 * @file parse.h
 * From decoded text to a Document: blocks, sections, representatives, indicators, derived figures.
 *
 * parse() never fails: any text gives a Document (possibly with no sections), and what was odd about
 * the input is in Document::diagnostics. The work is linear in the size of the text; lines longer than
 * ParseOptions::maxLineLength code points are kept as text, but figures past that limit are not
 * extracted (DiagnosticCode::LongLine).
 */

#include "reportcore/decode.h"
#include "reportcore/document.h"
#include "reportcore/read.h"

#include <functional>
#include <string>
#include <string_view>

namespace reportcore {

struct ParseOptions {
    std::size_t maxLineLength = 1u << 20; ///< code points of one line searched for figures
    /** Called now and then, on the thread doing the work, with the share done so far (0–1000).
     *  Returning false stops the work soon after: parseBytes() and parseFile() then give
     *  DecodeError::Cancelled and an empty Document, parse() an empty Document. */
    std::function<bool(int permille)> progress;
};

/** Parse UTF-8 text with LF line ends (as decode() gives it). `source` is copied into the result. */
Document parse(std::string_view utf8Text, const SourceInfo &source = {}, const ParseOptions &options = {});

/** Decode `bytes` (any format, read.h) and parse them: the whole pipeline. On a decode error the Document is empty and
 *  `error` says why. */
Document parseBytes(std::string_view bytes, const std::string &name, DecodeError &error,
                    const DecodeOptions &decodeOptions = {}, const ParseOptions &parseOptions = {});

/** Decode a file and parse it. On a decode error the Document is empty and `error` says why. */
Document parseFile(const std::string &path, DecodeError &error, const DecodeOptions &decodeOptions = {},
                   const ParseOptions &parseOptions = {});

/** Read `bytes` in whichever format they are (read.h) and parse them. */
Document parseBytes(std::string_view bytes, const std::string &name, DecodeError &error,
                    const ReadOptions &readOptions, const ParseOptions &parseOptions = {});

/** Read a file in whichever format it is (read.h) and parse it. */
Document parseFile(const std::string &path, DecodeError &error, const ReadOptions &readOptions,
                   const ParseOptions &parseOptions = {});

/** Parse what a reader produced; `error` is the reader's error (the Document is then empty). */
Document parseSource(SourceText &&source, const std::string &name, DecodeError &error,
                     const ParseOptions &parseOptions = {});

} // namespace reportcore
