#pragma once
/**
 * @file read.h
 * The format readers: from the bytes of a file (plain text, PDF, Word .docx, a web page) to the one
 * input the structure pass takes — UTF-8 text with LF line ends, and for each line what the format
 * knew about it (page, heading level, table row, paragraph boundary).
 *
 * The format is chosen by content (magic bytes, zip entries, markup), the file name only breaking a
 * tie (".html" for markup that could be either). Every reader treats its input as hostile: sizes are
 * bounded before anything is inflated, XML entities are never expanded beyond a small bound and
 * external ones never loaded, scripts are never run; a corrupt file gives a DecodeError, never a
 * crash or a hang.
 *
 * Readers, each in a room of its own (src/readers/):
 * - text: decode() (encodings, BOMs, line ends);
 * - pdf: Poppler's C++ API, one geometry pass per page: lines by vertical centre, running headers,
 *   footers and page numbers left out, lines rejoined into paragraphs, justified spacing removed,
 *   headings from size and numbering, tables whose columns line up;
 * - docx: libzip + expat: paragraphs, heading styles and outline levels, numbering, tables, footnotes
 *   left out of the running text;
 * - html: gumbo (HTML5): charset from BOM/meta, the article found and page chrome left out;
 * - image (PNG, JPEG, TIFF) and a PDF's pages without a text layer: Tesseract's OCR, its words laid
 *   out as a PDF's text is, each word's confidence kept (SourceText::ocr).
 */

#include "reportcore/decode.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace reportcore {

enum class Format { Text, Pdf, Docx, Html, Image };

/** "text", "pdf", "docx", "html", "image". */
const char *toString(Format format);

/** What a reader knew about one line of the text it produced. */
struct LineHint {
    int page = 0;          ///< 1-based page of a paged source; 0 when the source has no pages
    int heading = 0;       ///< a heading of this level (1 = top) by style, tag or size; 0 = not known
    int table = -1;        ///< the index of the table this line is a row of; -1 when not a table row
    bool tableHeader = false; ///< a header row of its table
    bool item = false;     ///< an item of a list (numbering, <li>)
    bool complete = false; ///< the line ends its paragraph: never joined with the next one
    bool joinNext = false; ///< the paragraph goes on in the next line (a PDF line that reaches the margin)
};

struct ReadOptions {
    DecodeOptions decode;          ///< size limit (of the file, and of everything inflated from it)
    std::string password;          ///< for an encrypted PDF; empty = none
    /** Read a page without a text layer (a scan, a page image) by OCR; when false such pages stay
     *  empty and an image is refused as having no text (the fuzzers, which meet blank pages by the
     *  thousand). */
    bool ocr = true;
    /** Called now and then (every page of a PDF, every 64 KiB inflated from a Word file) with the
     *  share read so far, 0–150 of the whole pipeline's 1000; false stops the read
     *  (DecodeError::Cancelled). */
    std::function<bool(int permille)> progress;
};

/** A word OCR read, and how sure it was of it (0–100). */
struct OcrWordConfidence {
    std::string text;
    float confidence = 0;
    double x0 = 0, top = 0, x1 = 0, bottom = 0; ///< its box on the page, in points (1/72 inch) from the top left
};

/** A page read by OCR (a scan, a page image, a PDF page without a text layer): its words in order. */
struct OcrPage {
    int page = 0;                  ///< 1-based
    std::vector<OcrWordConfidence> words;
};

/** The input of the structure pass, as a reader leaves it. */
struct SourceText {
    DecodeError error = DecodeError::None;
    std::string detail;            ///< English detail of an error ("page 3 could not be read"), may be ""
    Format format = Format::Text;
    std::string text;              ///< UTF-8, LF line ends; empty on error
    std::vector<LineHint> hints;   ///< one per line of `text`, or empty (plain text: nothing known)
    std::string encoding;          ///< of the text inside the file ("UTF-8", "GB18030", …)
    bool bom = false;
    std::uint64_t bytes = 0;       ///< size of the file
    int pages = 0;                 ///< pages of a paged source
    std::string title;             ///< the document's own title (metadata, front matter), "" if none
    std::string published;         ///< when it was published, as its metadata says it (front matter `date:`), "" if unknown
    std::string publisher;         ///< who published it, as its metadata says (front matter `author:`), "" if unknown
    std::vector<Diagnostic> diagnostics;
    std::vector<OcrPage> ocr;      ///< the pages read by OCR, in order (empty when every page had text)
};

/** The format of `bytes` (by content; `name`'s extension breaks ties). */
Format detectFormat(std::string_view bytes, std::string_view name);

/** Read a document held in memory. Never throws. */
SourceText readDocument(std::string_view bytes, const std::string &name, const ReadOptions &options = {});

/** Read a file: its size is checked before a byte is read. */
SourceText readDocumentFile(const std::string &path, const ReadOptions &options = {});

/** A word as OCR read it, with its usual confusions inside figures repaired: O and o read for 0, l, I
 *  and | for 1 between digits (1O5.2 → 105.2); an angle bracket before a percent sign for an opening
 *  bracket (比上年增长《%) → 比上年增长（%)); 年未 for 年末 after a year or opening the word (2023年未 →
 *  2023年末; not 多年未变); ‰ read as %o after a figure. Every other word as it is. */
std::string repairedOcrWord(std::string word);

/** The scan's picture of a figure read by OCR (its box, Indicator::ocrX0…, with a margin around it) as
 *  PNG bytes, from the file's bytes (a PDF page rendered, or a page image cut); "" when there is none. */
std::string figurePicture(std::string_view bytes, int page, double x0, double top, double x1, double bottom);

/** English one-line reason for a failed read (errorMessage() with the reader's detail). */
std::string readErrorMessage(const SourceText &source, const ReadOptions &options);

} // namespace reportcore
