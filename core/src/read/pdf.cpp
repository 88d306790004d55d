// PDF through Poppler's C++ API (the library Okular and pdftotext use), with the layout repaired
// as shared/reader-anchors.md describes (its "What to take" list, points 1–7):
// - words grouped into lines by vertical centre (|Δ| ≤ 0.5·fs), each line sorted by x; a gap of
//   ≥ 2.6·fs inside a line splits it into segments (cells, columns);
// - two columns of prose read left column first;
// - running headers, footers and page numbers left out: in the top or bottom 10 % of the page and
//   shaped like a page number, or repeated at the same height on ≥ 60 % of the pages;
// - pieces joined without the spaces layout leaves next to Chinese ("城 镇 居 民", "2023 年");
// - lines joined into paragraphs: a paragraph starts at an indented line, after a line that ends
//   short of the right margin, or at a change of size; it goes on across a page break;
// - headings hinted by size (the body size is the size with the most characters);
// - tables: runs of lines of several segments with figures in them, columns from the segments'
//   extents in the rows of figures; each row one line of tab-separated cells.

#include "read/ocr.h"
#include "read/pdflayout.h"
#include "read/popplerpix.h"
#include "read/readers.h"

#include "text/lexicon.h"
#include "text/text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <leptonica/allheaders.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <string>
#include <vector>

namespace reportcore::readers {

namespace {

using namespace pdf;

/** The document Poppler opens, or null with `result`'s error set: a file too large, cut short,
 *  encrypted (or the password wrong), damaged, or without pages. */
std::unique_ptr<poppler::document> openPdf(std::string_view bytes, const ReadOptions &options, SourceText &result)
{
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.error = DecodeError::TooLarge;
        return nullptr;
    }
    // A file cut short (an interrupted download) lacks its end-of-file marker; Poppler would
    // reconstruct what it can and show part of the report as if it were all of it.
    if (bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0).find("%%EOF") == std::string_view::npos) {
        result.error = DecodeError::Corrupt;
        result.detail = "no end-of-file marker: the file was cut short";
        return nullptr;
    }
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(
        bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
    if (!doc) {
        // Poppler gives no reason; an encrypted file it cannot open without a password looks the same.
        const bool encrypted = bytes.find("/Encrypt") != std::string_view::npos;
        result.error = encrypted ? DecodeError::Encrypted : DecodeError::Corrupt;
        result.detail = encrypted ? (options.password.empty() ? "" : "the password is wrong") : "Poppler cannot open it";
        return nullptr;
    }
    if (doc->is_locked()) {
        result.error = DecodeError::Encrypted;
        result.detail = options.password.empty() ? "" : "the password is wrong";
        return nullptr;
    }
    const int pageCount = doc->pages();
    result.pages = pageCount;
    if (pageCount <= 0) {
        result.error = DecodeError::Corrupt;
        result.detail = "it has no pages";
        return nullptr;
    }
    const poppler::byte_array t = doc->info_key("Title").to_utf8();
    result.title.assign(t.begin(), t.end());
    return doc;
}

/** The words of one page as pieces (text, box, size, font without its subset prefix). */
std::vector<Piece> piecesOf(poppler::page &page, std::size_t &chars, std::uint64_t &textBytes)
{
    std::vector<Piece> pieces;
    for (const poppler::text_box &box : page.text_list(poppler::page::text_list_include_font)) {
        const poppler::byte_array utf8 = box.text().to_utf8();
        if (utf8.empty())
            continue;
        const poppler::rectf b = box.bbox();
        Piece piece;
        piece.x0 = b.x();
        piece.x1 = b.x() + b.width();
        piece.top = b.y();
        piece.bottom = b.y() + b.height();
        piece.size = box.get_font_size() > 0 ? box.get_font_size() : b.height();
        piece.text.assign(utf8.begin(), utf8.end());
        piece.spaceAfter = box.has_space_after();
        piece.font = box.get_font_name();
        if (const std::size_t plus = piece.font.find('+'); plus == 6) // "ABCDEF+SimHei": a subset
            piece.font.erase(0, plus + 1);
        textBytes += piece.text.size();
        for (char c : piece.text)
            chars += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

/** Every page's lines, columns in reading order; false with `result`'s error set when cancelled,
 *  over the size limit or without text (a scan). */
/** A page with fewer characters than this in its text layer is read by OCR. */
constexpr std::size_t kOcrBelow = 10;

std::size_t countChars(const std::vector<Piece> &pieces)
{
    std::size_t n = 0;
    for (const Piece &p : pieces)
        for (char c : p.text)
            n += c != ' ' && (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

/** A page rendered grey for OCR: 300 dpi, or less for a page so large it would be over the pixel
 *  budget; null for a page that even at 70 dpi would be (a poster, a forged size) or draws nothing. */
Pix *renderForOcr(poppler::page &page, int &dpi)
{
    const poppler::rectf rect = page.page_rect();
    const double squareInches = std::max(1.0, rect.width() / 72) * std::max(1.0, rect.height() / 72);
    dpi = static_cast<int>(std::min<double>(kDefaultScanDpi, std::sqrt(static_cast<double>(kMaxOcrPixels) / squareInches)));
    if (dpi < 70)
        return nullptr;
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    const poppler::image image = renderer.render_page(&page, dpi, dpi);
    if (!image.is_valid())
        return nullptr;
    Pix *pix = pixOf(image);
    if (pix)
        pixSetResolution(pix, dpi, dpi);
    return pix;
}

/** The pages without a text layer (`scanned`, 0-based), read by OCR side by side, a batch of as many as
 *  there are engines at a time (rendering stays on this thread: Poppler's document is not shared);
 *  their words laid out into `pages` and kept with their confidences in `result.ocr`. False with
 *  `result`'s error set when cancelled or when OCR cannot run. */
bool readScannedPages(poppler::document &doc, const std::vector<int> &scanned, const ReadOptions &options,
                      SourceText &result, Pages &pages, std::size_t &chars, std::uint64_t &textBytes)
{
    OcrPool pool;
    if (!pool.ready()) {
        result.error = DecodeError::NoText;
        result.detail = "page " + std::to_string(scanned.front() + 1) + " has no text layer, and " + pool.error();
        return false;
    }
    const int pageCount = doc.pages();
    for (std::size_t from = 0; from < scanned.size(); from += pool.size()) {
        std::vector<PageImage> batch;
        for (std::size_t k = from; k < scanned.size() && k < from + pool.size(); ++k) {
            std::unique_ptr<poppler::page> page(doc.create_page(scanned[k]));
            PageImage image;
            image.page = scanned[k] + 1;
            if (page)
                image.image = renderForOcr(*page, image.dpi);
            batch.push_back(image);
        }
        const int done = scanned[from];
        if (!pool.read(batch, [&] { return !options.progress || options.progress(150 * done / pageCount); })) {
            result.error = DecodeError::Cancelled;
            return false;
        }
        for (PageImage &image : batch) {
            OcrPage read;
            read.page = image.page;
            std::vector<Piece> pieces = ocrPieces(image.words, image.dpi, read);
            for (const Piece &p : pieces)
                textBytes += p.text.size();
            chars += countChars(pieces);
            if (!read.words.empty())
                result.ocr.push_back(std::move(read));
            const std::size_t p = static_cast<std::size_t>(image.page - 1);
            pages.lines[p] = pageLines(std::move(pieces), image.page);
            orderColumns(pages.lines[p], pages.widths[p]);
        }
    }
    return true;
}

bool readPages(poppler::document &doc, const ReadOptions &options, SourceText &result, Pages &pages)
{
    std::vector<int> scanned; // pages to read by OCR, after the text layer's
    const int pageCount = doc.pages();
    pages.lines.resize(static_cast<std::size_t>(pageCount));
    pages.heights.assign(pages.lines.size(), 842);
    pages.widths.assign(pages.lines.size(), 595);
    std::size_t chars = 0;
    std::uint64_t textBytes = 0;
    for (int p = 0; p < pageCount; ++p) {
        if (options.progress && !options.progress(150 * p / pageCount)) {
            result.error = DecodeError::Cancelled;
            return false;
        }
        std::unique_ptr<poppler::page> page(doc.create_page(p));
        if (!page)
            continue;
        const poppler::rectf rect = page->page_rect();
        pages.heights[p] = rect.height() > 0 ? rect.height() : 842;
        pages.widths[p] = rect.width() > 0 ? rect.width() : 595;
        std::vector<Piece> pieces = piecesOf(*page, chars, textBytes);
        if (options.ocr && countChars(pieces) < kOcrBelow) { // a scanned page, or a title set as a picture
            scanned.push_back(p);
            continue;
        }
        if (textBytes > options.decode.maxBytes) {
            result.error = DecodeError::TooLarge;
            result.detail = "its text is over the size limit";
            return false;
        }
        pages.lines[p] = pageLines(std::move(pieces), p + 1);
        orderColumns(pages.lines[p], pages.widths[p]);
    }
    if (!scanned.empty() && !readScannedPages(doc, scanned, options, result, pages, chars, textBytes))
        return false;
    if (textBytes > options.decode.maxBytes) {
        result.error = DecodeError::TooLarge;
        result.detail = "its text is over the size limit";
        return false;
    }
    if (chars < 10) {
        result.error = DecodeError::NoText;
        result.detail = std::to_string(pageCount) + (pageCount == 1 ? " page" : " pages") + " without text, even by OCR";
        return false;
    }
    return true;
}

} // namespace

SourceText readPdf(std::string_view bytes, const ReadOptions &options)
{
    SourceText result = resultFor(Format::Pdf, bytes.size());
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    const std::unique_ptr<poppler::document> doc = openPdf(bytes, options, result);
    Pages pages;
    if (!doc || !readPages(*doc, options, result, pages))
        return result;
    textOfPages(pages, options, result);
    return result;
}

} // namespace reportcore::readers
