#pragma once
// A grey image Poppler rendered, as the Leptonica image OCR and the figure pictures work on.

#include <leptonica/allheaders.h>
#include <poppler-image.h>

#include <cstddef>

namespace reportcore::readers {

/** A copy of a format_gray8 image (null when Leptonica cannot allocate it). */
inline Pix *pixOf(const poppler::image &image)
{
    Pix *pix = pixCreate(image.width(), image.height(), 8);
    for (int y = 0; pix && y < image.height(); ++y) {
        const auto *row = reinterpret_cast<const unsigned char *>(image.const_data()) + static_cast<std::ptrdiff_t>(y) * image.bytes_per_row();
        l_uint32 *line = pixGetData(pix) + static_cast<std::ptrdiff_t>(y) * pixGetWpl(pix);
        for (int x = 0; x < image.width(); ++x)
            SET_DATA_BYTE(line, x, row[x]);
    }
    return pix;
}

} // namespace reportcore::readers
