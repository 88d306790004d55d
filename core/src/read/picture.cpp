// The scan's picture of a figure (read.h, figurePicture): its box on the page, with a margin, cut from
// the page as the file holds it — a PDF page rendered at 150 dpi by Poppler, a page image cut by
// Leptonica — and written as PNG, so a reader can compare OCR's reading with what the scan shows.
#include "read/ocr.h"
#include "read/popplerpix.h"
#include "read/readers.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace reportcore {

namespace {

constexpr int kPictureDpi = 150;

std::string png(Pix *pix)
{
    l_uint8 *data = nullptr;
    size_t size = 0;
    std::string out;
    if (pix && pixWriteMem(&data, &size, pix, IFF_PNG) == 0) {
        out.assign(reinterpret_cast<const char *>(data), size);
        lept_free(data);
    }
    return out;
}

/** The region of a PDF page, rendered grey. */
Pix *pdfRegion(std::string_view bytes, int page, double x0, double top, double x1, double bottom)
{
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        return nullptr;
    poppler::set_debug_error_function([](const std::string &, void *) {}, nullptr);
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
    if (!doc || doc->is_locked() || page < 1 || page > doc->pages())
        return nullptr;
    std::unique_ptr<poppler::page> p(doc->create_page(page - 1));
    if (!p)
        return nullptr;
    const double scale = kPictureDpi / 72.0;
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    const int x = static_cast<int>(x0 * scale), y = static_cast<int>(top * scale);
    const int w = static_cast<int>(std::ceil((x1 - x0) * scale)), h = static_cast<int>(std::ceil((bottom - top) * scale));
    const poppler::image image = renderer.render_page(p.get(), kPictureDpi, kPictureDpi, x, y, w, h);
    if (!image.is_valid())
        return nullptr;
    return readers::pixOf(image);
}

/** The region of a page image (a page of a TIFF), at the image's own resolution. */
Pix *imageRegion(std::string_view bytes, int page, double x0, double top, double x1, double bottom)
{
    const auto *data = reinterpret_cast<const l_uint8 *>(bytes.data());
    l_int32 format = 0, width = 0, height = 0, bps = 0, spp = 0, colormap = 0;
    if (pixReadHeaderMem(data, bytes.size(), &format, &width, &height, &bps, &spp, &colormap) != 0
        || static_cast<std::uint64_t>(width) * static_cast<std::uint64_t>(height) > readers::kMaxOcrPixels)
        return nullptr;
    Pix *whole = nullptr;
    if (page == 1)
        whole = pixReadMem(data, bytes.size());
    else if (Pixa *pages = pixaReadMemMultipageTiff(data, bytes.size())) {
        whole = pixaGetPix(pages, page - 1, L_COPY);
        pixaDestroy(&pages);
    }
    if (!whole)
        return nullptr;
    const int res = pixGetXRes(whole);
    const double scale = (res >= 70 && res <= 1200 ? res : readers::kDefaultScanDpi) / 72.0;
    Box *box = boxCreate(static_cast<int>(x0 * scale), static_cast<int>(top * scale), static_cast<int>(std::ceil((x1 - x0) * scale)),
                         static_cast<int>(std::ceil((bottom - top) * scale)));
    Pix *cut = pixClipRectangle(whole, box, nullptr);
    boxDestroy(&box);
    pixDestroy(&whole);
    // at the picture's resolution, as a PDF page is rendered
    const float down = static_cast<float>(kPictureDpi / (scale * 72.0));
    if (cut && down < 0.95f) {
        Pix *smaller = pixScale(cut, down, down);
        pixDestroy(&cut);
        cut = smaller;
    }
    return cut;
}

} // namespace

std::string figurePicture(std::string_view bytes, int page, double x0, double top, double x1, double bottom)
{
    if (!(x1 > x0 && bottom > top) || bytes.empty())
        return {};
    setMsgSeverity(L_SEVERITY_NONE);
    // A margin around it: half its height on each side, so the words beside it show too.
    const double margin = (bottom - top) * 0.5;
    x0 = std::max(0.0, x0 - 2 * margin);
    x1 += 2 * margin;
    top = std::max(0.0, top - margin);
    bottom += margin;
    Pix *pix = nullptr;
    switch (detectFormat(bytes, "")) {
    case Format::Pdf: pix = pdfRegion(bytes, page, x0, top, x1, bottom); break;
    case Format::Image: pix = imageRegion(bytes, page, x0, top, x1, bottom); break;
    default: break;
    }
    std::string out = png(pix);
    pixDestroy(&pix);
    return out;
}

} // namespace reportcore
