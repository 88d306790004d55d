#pragma once
// Scans made in the tests: a page of a PDF rendered with Poppler, as a scanner would give it —
// grey, a resolution, a slight tilt, speckles — cropped to a share of the page, stored as an
// image-only PDF, a PNG or a TIFF by Leptonica. No file of the repository is a scan: they are made
// from the real PDF each time.

#include <string>

enum class ScanFormat { Pdf, Png, Tiff };

struct ScanOptions {
    int page = 1;         ///< 1-based page of the PDF
    int dpi = 200;
    double tilt = 0.5;    ///< degrees
    bool speckle = true;  ///< salt-and-pepper noise and a grey cast, as a copier leaves
    double top = 0, height = 1; ///< the share of the page kept, from its top
};

/** The bytes of a scan of `pdfPath` (empty when the PDF cannot be rendered). */
std::string makeScan(const std::string &pdfPath, const ScanOptions &options, ScanFormat format);

/** The bytes of a blank page image (white, `width` × `height` pixels, 1 bit) as a TIFF. */
std::string blankTiff(int width, int height);
