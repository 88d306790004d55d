// OCR confidence of figures (ocrconfidence.h): each page's words as one string without spaces, a
// confidence per character; each figure of the page looked up in it from where the last one was
// found (the text's order), else anywhere on the page.
#include "figures/ocrconfidence.h"

#include "text/text.h"

#include <algorithm>
#include <map>

namespace reportcore {

namespace {

using text::u32;
using text::u32v;

u32 withoutSpaces(u32v s)
{
    u32 out;
    for (char32_t c : s)
        if (!text::isSpace(c))
            out.push_back(c);
    return out;
}

struct PageText {
    u32 chars;
    std::vector<float> confidence;
    std::size_t cursor = 0;
};

PageText pageText(const OcrPage &page)
{
    PageText p;
    for (const OcrWordConfidence &w : page.words) {
        const u32 t = withoutSpaces(text::toUtf32(w.text));
        p.chars += t;
        p.confidence.insert(p.confidence.end(), t.size(), w.confidence);
    }
    return p;
}

} // namespace

void markOcrConfidence(Document &doc, const std::vector<OcrPage> &pages)
{
    if (pages.empty())
        return;
    std::map<int, PageText> byPage;
    for (const OcrPage &page : pages) {
        byPage[page.page] = pageText(page);
        doc.source.ocrPages.push_back(page.page);
    }
    for (Indicator &i : doc.indicators) {
        const auto found = byPage.find(i.page);
        if (found == byPage.end())
            continue;
        PageText &p = found->second;
        const u32 figure = withoutSpaces(text::toUtf32(i.text));
        std::size_t at = p.chars.find(figure, p.cursor);
        if (at == u32::npos)
            at = p.chars.find(figure);
        if (figure.empty() || at == u32::npos) {
            i.ocrConfidence = 0;
            continue;
        }
        i.ocrConfidence = *std::min_element(p.confidence.begin() + static_cast<std::ptrdiff_t>(at),
                                            p.confidence.begin() + static_cast<std::ptrdiff_t>(at + figure.size()));
        p.cursor = at + figure.size();
    }
}

} // namespace reportcore
