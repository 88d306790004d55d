// Page images (ocr.h, readImage): PNG, JPEG and TIFF (every page of a multi-page TIFF) decoded by
// Leptonica, within the pixel budget checked from the header before decoding; each page read by OCR
// and laid out as a PDF page is (pagelines.cpp).
#include "read/ocr.h"
#include "read/readers.h"

#include <leptonica/allheaders.h>

#include <cstdio>
#include <limits>

namespace reportcore::readers {

namespace {

/** Leptonica's messages (a damaged file, an unknown format) go nowhere: the reader reports them. */
void quietLeptonica()
{
    static const bool once = [] {
        setMsgSeverity(L_SEVERITY_NONE);
        return true;
    }();
    (void)once;
}

/** The file's page images (null entries for pages that could not be decoded). */
Pixa *decodePages(std::string_view bytes, SourceText &result)
{
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.data());
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &format, &width, &height, &bps, &spp, &colormap) != 0) {
        result.error = DecodeError::Corrupt;
        result.detail = "the image could not be decoded";
        return nullptr;
    }
    if (static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > kMaxOcrPixels) {
        result.error = DecodeError::TooLarge;
        result.detail = "the image has " + std::to_string(width) + " × " + std::to_string(height)
                        + " pixels; OCR takes at most " + std::to_string(kMaxOcrPixels / 1'000'000) + " million";
        return nullptr;
    }
    Pixa *pages = nullptr;
    if (format == IFF_TIFF || format == IFF_TIFF_G4 || format == IFF_TIFF_G3 || format == IFF_TIFF_LZW
        || format == IFF_TIFF_ZIP || format == IFF_TIFF_PACKBITS || format == IFF_TIFF_RLE || format == IFF_TIFF_JPEG)
        pages = pixaReadMemMultipageTiff(data, bytes.size());
    if (!pages) {
        Pix *one = pixReadMem(data, bytes.size());
        if (one) {
            pages = pixaCreate(1);
            pixaAddPix(pages, one, L_INSERT);
        }
    }
    if (!pages || pixaGetCount(pages) == 0) {
        pixaDestroy(&pages);
        result.error = DecodeError::Corrupt;
        result.detail = "the image could not be decoded";
        return nullptr;
    }
    return pages;
}

/** A page as OCR reads it best: grey, 8 bits. */
Pix *grey(Pix *page)
{
    Pix *g = pixConvertTo8(page, 0);
    if (g)
        pixCopyResolution(g, page);
    return g;
}

} // namespace

SourceText readImage(std::string_view bytes, const ReadOptions &options)
{
    SourceText result = resultFor(Format::Image, bytes.size());
    quietLeptonica();
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) {
        result.error = DecodeError::TooLarge;
        return result;
    }
    if (!options.ocr) {
        result.error = DecodeError::NoText;
        result.detail = "an image is read by OCR, and OCR is off";
        return result;
    }
    Pixa *pages = decodePages(bytes, result);
    if (!pages)
        return result;
    OcrPool pool;
    const int count = pixaGetCount(pages);
    result.pages = count;
    pdf::Pages layout;
    layout.lines.resize(static_cast<std::size_t>(count));
    layout.heights.assign(layout.lines.size(), 842);
    layout.widths.assign(layout.lines.size(), 595);
    std::size_t words = 0;
    if (!pool.ready()) {
        result.error = DecodeError::NoText;
        result.detail = "an image has no text layer, and " + pool.error();
    }
    // The pages side by side, a batch of as many as there are engines at a time.
    for (int from = 0; from < count && result.error == DecodeError::None; from += static_cast<int>(pool.size())) {
        std::vector<PageImage> batch;
        for (int p = from; p < count && p < from + static_cast<int>(pool.size()); ++p) {
            Pix *page = pixaGetPix(pages, p, L_CLONE);
            PageImage image;
            image.page = p + 1;
            image.image = page ? grey(page) : nullptr;
            pixDestroy(&page);
            if (image.image) {
                const int res = pixGetXRes(image.image);
                image.dpi = res >= 70 && res <= 1200 ? res : kDefaultScanDpi;
                layout.widths[static_cast<std::size_t>(p)] = pixGetWidth(image.image) * 72.0 / image.dpi;
                layout.heights[static_cast<std::size_t>(p)] = pixGetHeight(image.image) * 72.0 / image.dpi;
            }
            batch.push_back(image);
        }
        if (!pool.read(batch, [&] { return !options.progress || options.progress(150 * from / count); })) {
            result.error = DecodeError::Cancelled;
            break;
        }
        for (PageImage &image : batch) {
            OcrPage read;
            read.page = image.page;
            std::vector<pdf::Piece> pieces = ocrPieces(image.words, image.dpi, read);
            words += read.words.size();
            if (!read.words.empty())
                result.ocr.push_back(std::move(read));
            const std::size_t p = static_cast<std::size_t>(image.page - 1);
            layout.lines[p] = pdf::pageLines(std::move(pieces), image.page);
            pdf::orderColumns(layout.lines[p], layout.widths[p]);
        }
    }
    pixaDestroy(&pages);
    if (result.error != DecodeError::None)
        return result;
    if (words == 0) {
        result.error = DecodeError::NoText;
        result.detail = "no text found, even by OCR";
        return result;
    }
    pdf::textOfPages(layout, options, result);
    return result;
}

} // namespace reportcore::readers
