#include "scans.h"

#include <leptonica/allheaders.h>
#include <poppler-document.h>
#include <poppler-image.h>
#include <poppler-page-renderer.h>
#include <poppler-page.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <memory>

namespace {

std::string bytesOf(l_uint8 *data, size_t size)
{
    std::string out(reinterpret_cast<const char *>(data), size);
    lept_free(data);
    return out;
}

/** The page rendered grey at `dpi`, cropped to the options' share. */
Pix *render(const std::string &pdfPath, const ScanOptions &o)
{
    std::unique_ptr<poppler::document> doc(poppler::document::load_from_file(pdfPath));
    if (!doc)
        return nullptr;
    std::unique_ptr<poppler::page> page(doc->create_page(o.page - 1));
    if (!page)
        return nullptr;
    poppler::page_renderer renderer;
    renderer.set_image_format(poppler::image::format_gray8);
    renderer.set_render_hints(poppler::page_renderer::antialiasing | poppler::page_renderer::text_antialiasing);
    const poppler::image image = renderer.render_page(page.get(), o.dpi, o.dpi);
    if (!image.is_valid())
        return nullptr;
    const int y0 = static_cast<int>(image.height() * o.top);
    const int h = std::max(1, std::min(image.height() - y0, static_cast<int>(image.height() * o.height)));
    Pix *pix = pixCreate(image.width(), h, 8);
    for (int y = 0; y < h; ++y) {
        const auto *row = reinterpret_cast<const unsigned char *>(image.const_data()) + static_cast<std::ptrdiff_t>(y + y0) * image.bytes_per_row();
        l_uint32 *line = pixGetData(pix) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix);
        for (int x = 0; x < image.width(); ++x)
            SET_DATA_BYTE(line, x, row[x]);
    }
    pixSetResolution(pix, o.dpi, o.dpi);
    return pix;
}

/** Speckles (a fixed pattern: the tests are repeatable) and a light grey cast. */
void speckle(Pix *pix)
{
    const int w = pixGetWidth(pix), h = pixGetHeight(pix);
    unsigned state = 12345;
    for (int k = 0; k < w * h / 400; ++k) {
        state = state * 1103515245u + 12345u;
        const int x = static_cast<int>((state >> 8) % static_cast<unsigned>(w));
        state = state * 1103515245u + 12345u;
        const int y = static_cast<int>((state >> 8) % static_cast<unsigned>(h));
        pixSetPixel(pix, x, y, (state & 1) ? 30 : 225);
    }
}

} // namespace

std::string makeScan(const std::string &pdfPath, const ScanOptions &o, ScanFormat format)
{
    setMsgSeverity(L_SEVERITY_NONE);
    Pix *pix = render(pdfPath, o);
    if (!pix)
        return {};
    if (o.tilt != 0) {
        Pix *turned = pixRotate(pix, static_cast<float>(o.tilt * M_PI / 180), L_ROTATE_AREA_MAP, L_BRING_IN_WHITE, 0, 0);
        pixDestroy(&pix);
        pix = turned;
        pixSetResolution(pix, o.dpi, o.dpi);
    }
    if (o.speckle)
        speckle(pix);
    l_uint8 *data = nullptr;
    size_t size = 0;
    int failed = 1;
    switch (format) {
    case ScanFormat::Pdf: failed = pixWriteMemPdf(&data, &size, pix, o.dpi, nullptr); break;
    case ScanFormat::Png: failed = pixWriteMem(&data, &size, pix, IFF_PNG); break;
    case ScanFormat::Tiff: failed = pixWriteMem(&data, &size, pix, IFF_TIFF_ZIP); break;
    }
    pixDestroy(&pix);
    return failed ? std::string() : bytesOf(data, size);
}

std::string blankTiff(int width, int height)
{
    setMsgSeverity(L_SEVERITY_NONE);
    Pix *pix = pixCreate(width, height, 1); // all white (0) in 1 bit
    l_uint8 *data = nullptr;
    size_t size = 0;
    const int failed = pixWriteMem(&data, &size, pix, IFF_TIFF_G4);
    pixDestroy(&pix);
    return failed ? std::string() : bytesOf(data, size);
}
