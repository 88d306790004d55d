#include "reportcore/compare.h"

#include "text/lexicon.h"
#include "reportcore/classify.h"
#include "text/text.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace reportcore {

using text::u32;
using text::u32v;

namespace {

/** The kind of unit a figure is counted in: two figures are comparable only when it is the same. */
std::string unitKey(const Indicator &i)
{
    const std::string unit = foldForSearch(i.unit); // 個 with 个
    switch (i.category) {
    case Category::People: // persons (人, 名, 位) with persons; person-times (人次) only with person-times
        return unit.find("次") != std::string::npos ? "people:times" : "people";
    case Category::Money: return "money:" + unit; // 元 with 元, 美元 with 美元
    case Category::Percent:
        if (unit.find("百分点") != std::string::npos)
            return "points";
        if (unit.find("基点") != std::string::npos)
            return "basis";
        return "rate:" + unit; // ％ folds to %
    case Category::Count: break;
    }
    return "count:" + unit;
}

bool perHead(const Indicator &i)
{
    const u32 label = text::toUtf32(measureName(i));
    std::size_t length = 0;
    return lexicon().perHead.findFirst(label, length) != u32v::npos;
}

bool isRate(const Indicator &i)
{
    return i.category == Category::Percent && unitKey(i).rfind("rate:", 0) == 0;
}

/** The Dice coefficient of two folded labels' character pairs. */
double foldedSimilarity(const u32 &fa, const u32 &fb)
{
    if (fa.empty() || fb.empty())
        return 0;
    if (fa == fb)
        return 1;
    if (fa.size() < 2 || fb.size() < 2)
        return 0;
    std::map<std::pair<char32_t, char32_t>, int> pairs;
    for (std::size_t k = 0; k + 1 < fa.size(); ++k)
        ++pairs[{fa[k], fa[k + 1]}];
    int shared = 0;
    for (std::size_t k = 0; k + 1 < fb.size(); ++k) {
        auto it = pairs.find({fb[k], fb[k + 1]});
        if (it != pairs.end() && it->second > 0) {
            --it->second;
            ++shared;
        }
    }
    return 2.0 * shared / static_cast<double>((fa.size() - 1) + (fb.size() - 1));
}

/** What pairing asks of a figure, worked out once: the guards and the folded label. */
struct Traits {
    bool usable = false;
    FigureRole role = FigureRole::Result;
    bool change = false;
    bool perHead = false;
    std::string unit;
    u32 label;
};

std::vector<Traits> traitsOf(const std::vector<Indicator> &figures)
{
    std::vector<Traits> out(figures.size());
    for (std::size_t i = 0; i < figures.size(); ++i) {
        const Indicator &f = figures[i];
        Traits &t = out[i];
        t.usable = hasKnownLabel(f);
        if (!t.usable)
            continue;
        t.role = roleOf(f);
        t.change = f.change != Change::None;
        t.perHead = perHead(f);
        t.unit = unitKey(f);
        t.label = foldForSearch(u32v(text::toUtf32(measureName(f))));
    }
    return out;
}

} // namespace

double labelSimilarity(const std::string &a, const std::string &b)
{
    return foldedSimilarity(foldForSearch(u32v(text::toUtf32(a))), foldForSearch(u32v(text::toUtf32(b))));
}

std::vector<CompareRow> compareFigures(const std::vector<Indicator> &older, const std::vector<Indicator> &newer)
{
    constexpr double kAlike = 0.5; // below this, two labels name different things
    struct Candidate {
        double similarity;
        std::size_t o, n;
    };
    std::vector<Candidate> candidates;
    const std::vector<Traits> oldTraits = traitsOf(older), newTraits = traitsOf(newer);
    for (std::size_t o = 0; o < older.size(); ++o) {
        const Traits &a = oldTraits[o];
        if (!a.usable)
            continue;
        for (std::size_t n = 0; n < newer.size(); ++n) {
            const Traits &b = newTraits[n];
            if (!b.usable || a.role != b.role || a.change != b.change || a.perHead != b.perHead || a.unit != b.unit)
                continue;
            const double s = foldedSimilarity(a.label, b.label);
            if (s >= kAlike)
                candidates.push_back({s, o, n});
        }
    }
    // The most alike first; between equals, the ones that stand in the same order in both reports.
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.similarity > y.similarity;
    });
    std::vector<std::optional<std::size_t>> pairOfNew(newer.size());
    std::vector<char> usedOld(older.size(), 0);
    for (const Candidate &c : candidates) {
        if (usedOld[c.o] || pairOfNew[c.n])
            continue;
        usedOld[c.o] = 1;
        pairOfNew[c.n] = c.o;
    }
    std::vector<CompareRow> rows;
    for (std::size_t n = 0; n < newer.size(); ++n) {
        if (!pairOfNew[n])
            continue;
        const Indicator &a = older[*pairOfNew[n]], &b = newer[n];
        CompareRow row;
        row.label = b.label;
        row.role = roleOf(b);
        row.older = *pairOfNew[n];
        row.newer = n;
        row.similarity = foldedSimilarity(oldTraits[*pairOfNew[n]].label, newTraits[n].label);
        row.change = b.value - a.value;
        row.points = isRate(a) && isRate(b);
        const Qualifier qa = a.qualifier, qb = b.qualifier;
        if (qa == Qualifier::Exact && qb == Qualifier::Exact)
            row.changeQualifier = Qualifier::Exact;
        else if (qb == Qualifier::Over && (qa == Qualifier::Exact || qa == Qualifier::Under))
            row.changeQualifier = Qualifier::Over;
        else if (qb == Qualifier::Under && (qa == Qualifier::Exact || qa == Qualifier::Over))
            row.changeQualifier = Qualifier::Under;
        else if (qa == Qualifier::Over && qb == Qualifier::Exact)
            row.changeQualifier = Qualifier::Under; // 126 − (more than 121): less than 5
        else if (qa == Qualifier::Under && qb == Qualifier::Exact)
            row.changeQualifier = Qualifier::Over;
        else
            row.changeQualifier = Qualifier::About;
        if (!row.points && a.value != 0 && a.category != Category::Percent)
            row.relative = (b.value - a.value) / a.value;
        rows.push_back(std::move(row));
    }
    for (std::size_t o = 0; o < older.size(); ++o) {
        if (usedOld[o] || !oldTraits[o].usable)
            continue;
        CompareRow row;
        row.label = older[o].label;
        row.role = roleOf(older[o]);
        row.older = o;
        rows.push_back(std::move(row));
    }
    for (std::size_t n = 0; n < newer.size(); ++n) {
        if (pairOfNew[n] || !newTraits[n].usable)
            continue;
        CompareRow row;
        row.label = newer[n].label;
        row.role = roleOf(newer[n]);
        row.newer = n;
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace reportcore
