#pragma once
// The format readers (read.h), and what they share: a sink that collects lines with their hints,
// and the rule that joins pieces of Chinese text without the spaces layout left between them.

#include "reportcore/read.h"

#include <string>
#include <string_view>

namespace reportcore::readers {

SourceText readPdf(std::string_view bytes, const ReadOptions &options);
SourceText readDocx(std::string_view bytes, const ReadOptions &options);
/** `frontMatterTitle`: the title a Markdown front matter gave the page, "" if none. */
SourceText readHtml(std::string_view bytes, const ReadOptions &options, const std::string &frontMatterTitle = {});

/** A reader's result before it reads: its format, the input's size, UTF-8 text. */
SourceText resultFor(Format format, std::size_t bytes);

/** True for characters that are set without spaces around them: Han, kana, Hangul, full-width
 *  forms, CJK punctuation, and the quotes and dashes of Chinese text. */
bool isWide(char32_t c);

/** Appends `piece` to `line`. Between them goes a space only where both sides are Latin letters or
 *  digits and `spaced` says the source had a gap (a line break in Latin text, a word gap); next to
 *  a wide character nothing goes between (shared/reader-anchors.md §6: "15.6⏎万平方米" is one
 *  figure, "城 镇 居 民" one word). */
void appendJoined(std::string &line, std::string_view piece, bool spaced);

/** Collects the lines a reader produces, each with its hint, into a SourceText; bounds the total. */
class LineSink
{
public:
    LineSink(SourceText &out, std::uint64_t maxBytes)
        : m_out(out)
        , m_max(maxBytes)
    {
    }
    /** Adds one line: white space at both ends trimmed (tabs kept inside a table row), line breaks
     *  and other control characters inside it turned into spaces, soft hyphens dropped. An empty
     *  line is not added. False once the text is over the limit (the reader should stop). */
    bool add(std::string_view utf8, const LineHint &hint);
    bool full() const { return m_out.text.size() > m_max; }

private:
    SourceText &m_out;
    std::uint64_t m_max;
};

/** ASCII letters in lower case (tag, style and charset names). */
std::string asciiLower(std::string_view s);

/** The first UTF-8 code point of `s` (0 when empty) and the last one. */
char32_t firstChar(std::string_view s);
char32_t lastChar(std::string_view s);

} // namespace reportcore::readers
