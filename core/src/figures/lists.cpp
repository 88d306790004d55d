#include "figures/lists.h"

#include "figures/labels.h"
#include "figures/numbers.h"

#include <algorithm>

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

/** Two figures listed together: nothing but 和, 、, 及, 与 or 以及 between them. */
bool listedAfter(u32v t, const ListedFigure &a, const ListedFigure &b)
{
    if (b.span.begin < a.span.end || a.category != b.category)
        return false;
    const u32v between = t.substr(a.span.end, b.span.begin - a.span.end);
    return between == U"\u548C" || between == U"\u3001" || between == U"\u53CA" || between == U"\u4E0E"
           || between == U"\u4EE5\u53CA"; // 和 、 及 与 以及
}

} // namespace

bool listFigures(u32v t, std::vector<ListedFigure> &found, const std::vector<std::size_t> &sentenceOf,
                 std::vector<u32> &listLabel, std::vector<std::size_t> &listFirst, std::vector<std::size_t> &listFrom)
{
    bool any = false;
    for (std::size_t k = 1; k < found.size();) {
        if (sentenceOf[k] != sentenceOf[k - 1] || !listedAfter(t, found[k - 1], found[k])) {
            ++k;
            continue;
        }
        const std::size_t first = k - 1;
        std::size_t last = k;
        while (last + 1 < found.size() && sentenceOf[last + 1] == sentenceOf[first] && listedAfter(t, found[last], found[last + 1]))
            ++last;
        any = true;
        for (std::size_t i = first + 1; i <= last; ++i) {
            listFirst[i] = first;
            if (found[i].change == Change::None)
                found[i].change = found[first].change; // 增长69.8%和15.4%: both grew
        }
        // The subjects before 分别, one per figure.
        std::size_t start = found[first].span.begin;
        while (start > 0 && !isClauseBreak(t[start - 1]) && t[start - 1] != 0x3001)
            --start;
        // ...the clause may list its subjects with 、: go back over them
        while (start > 1 && t[start - 1] == 0x3001) {
            --start;
            while (start > 0 && !isClauseBreak(t[start - 1]) && t[start - 1] != 0x3001)
                --start;
        }
        const u32v before = t.substr(start, found[first].span.begin - start);
        const std::size_t fenbie = before.find(U"\u5206\u522B"); // 分别
        std::vector<u32> subjects;
        const std::size_t n = last - first + 1;
        if (fenbie != u32v::npos) {
            // Split at 、 first; 和, 及, 与 may be inside a name (家用电器和音像器材类): split at them in
            // the last item only, then everywhere, until there is a subject per figure.
            const u32v list = stripLeading(before.substr(0, fenbie));
            auto isAnd = [](char32_t c) { return c == 0x548C || c == 0x53CA || c == 0x4E0E; }; // 和 及 与
            for (int way = 0; way < 3 && subjects.size() != n; ++way) {
                subjects.clear();
                const std::size_t lastItem = list.rfind(U'\u3001') == u32v::npos ? 0 : list.rfind(U'\u3001') + 1;
                std::size_t from = 0;
                for (std::size_t i = 0; i <= list.size(); ++i)
                    if (i == list.size() || list[i] == 0x3001 || (way == 1 && i >= lastItem && isAnd(list[i]))
                        || (way == 2 && isAnd(list[i]))) {
                        if (i > from)
                            subjects.emplace_back(list.substr(from, i - from));
                        from = i + 1;
                    }
            }
        }
        // 城乡居民人均可支配收入分别增长5.1%、7.3%: a pair named in one word (城乡, 进出口) gives one subject
        // to each, in the word's order.
        if (n == 2 && subjects.size() == 1) {
            static const std::pair<const char32_t *, std::pair<const char32_t *, const char32_t *>> pairs[] = {
                {U"\u57CE\u4E61", {U"\u57CE\u9547", U"\u519C\u6751"}},               // 城乡: 城镇, 农村
                {U"\u8FDB\u51FA\u53E3", {U"\u8FDB\u53E3", U"\u51FA\u53E3"}}};      // 进出口: 进口, 出口
            const u32 only = subjects.front();
            for (const auto &[both, each] : pairs) {
                const u32v word(both);
                if (only.size() >= word.size() && only.compare(0, word.size(), word) == 0) {
                    const u32 rest = only.substr(word.size());
                    subjects = {u32(each.first) + rest, u32(each.second) + rest};
                    break;
                }
            }
        }
        // 参保职工37925万人，参保离退休人员14196万人，分别增加1214万人和552万人: 分别 opens its clause and
        // points back at as many figures of the sentence, one for each.
        if (fenbie != u32v::npos && stripLeading(before.substr(0, fenbie)).empty() && first >= n
            && sentenceOf[first - n] == sentenceOf[first]) {
            for (std::size_t i = 0; i < n; ++i)
                listFrom[first + i] = first - n + i;
        }
        if (subjects.size() == n) {
            // The last subject is the others' parallel and what they share: 智能手机|零售额 after 新能源汽车,
            // 农村|居民人均可支配收入 after 城镇. Its first words, as many as the first subject has, are
            // the parallel part; the rest is shared.
            const u32 &tail = subjects.back();
            const std::vector<bool> starts = text::wordStarts(tail), firstStarts = text::wordStarts(subjects.front());
            std::size_t words = 0;
            for (std::size_t i = 0; i < subjects.front().size(); ++i)
                words += firstStarts[i] ? 1 : 0;
            std::size_t p = tail.size();
            for (std::size_t w = std::max<std::size_t>(words, 1); w >= 1 && tail.size() - p < 2; --w) {
                p = 0; // after w words (fewer when the first subject has more words than leave a shared rest)
                for (std::size_t seen = 0; p < tail.size(); ++p)
                    if (starts[p] && seen++ == w)
                        break;
            }
            const u32 shared = p >= 1 && p + 2 <= tail.size() ? tail.substr(p) : u32();
            // A subject that already ends like the shared part names its own measure (学前三年毛入园率 beside
            // 高等教育毛入学率): nothing is added to it.
            for (std::size_t i = 0; i < n; ++i)
                listLabel[first + i] = subjects[i] + (!shared.empty() && !subjects[i].empty() && subjects[i].back() != shared.back() ? shared : u32());
        }
        k = last + 1;
    }
    return any;
}

} // namespace reportcore
