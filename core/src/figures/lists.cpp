#include "figures/lists.h"

#include "text/lexicon.h"

#include "figures/labels.h"
#include "figures/numbers.h"

#include <algorithm>

namespace reportcore {
namespace {

using text::u32;
using text::u32v;

/** Two figures listed together: nothing but 和, 、, 及, 与 or 以及 between them, or a ratio's colon
 *  (三次产业结构为5.1:38.2:56.7). */
bool listedAfter(u32v t, const ListedFigure &a, const ListedFigure &b)
{
    if (b.span.begin < a.span.end || a.category != b.category)
        return false;
    const u32v between = t.substr(a.span.end, b.span.begin - a.span.end);
    return between == U"\u548C" || between == U"\u3001" || between == U"\u53CA" || between == U"\u4E0E"
           || between == U"\u4EE5\u53CA" || between == U":" || between == U"\uFF1A" || between == U"\u2236"; // 和 、 及 与 以及 ：
}

/** A word that names several things at once, and the things, in its order. */
struct Collective {
    const char32_t *word;
    std::vector<const char32_t *> members;
};

/** 城乡居民人均可支配收入分别增长5.1%、7.3%, 三次产业结构为5.1:38.2:56.7: a word naming as many things as
 *  there are figures gives each figure its member, with what follows the word (居民人均可支配收入; a
 *  structure's terms are each member's share: 第一产业比重). Empty when no such word opens `subject`. */
std::vector<u32> membersOf(u32v subject, std::size_t n)
{
    static const Collective collectives[] = {
        {U"\u57CE\u4E61", {U"\u57CE\u9547", U"\u519C\u6751"}},          // 城乡: 城镇, 农村
        {U"\u8FDB\u51FA\u53E3", {U"\u8FDB\u53E3", U"\u51FA\u53E3"}}, // 进出口: 进口, 出口
        {U"\u4E09\u6B21\u4EA7\u4E1A", {U"\u7B2C\u4E00\u4EA7\u4E1A", U"\u7B2C\u4E8C\u4EA7\u4E1A", U"\u7B2C\u4E09\u4EA7\u4E1A"}}, // 三次产业: 第一、二、三产业
        {U"\u4E00\u4E8C\u4E09\u4EA7\u4E1A", {U"\u7B2C\u4E00\u4EA7\u4E1A", U"\u7B2C\u4E8C\u4EA7\u4E1A", U"\u7B2C\u4E09\u4EA7\u4E1A"}}, // 一二三产业
        {U"\u7B2C\u4E00\u3001\u4E8C\u3001\u4E09\u6B21\u4EA7\u4E1A", {U"\u7B2C\u4E00\u4EA7\u4E1A", U"\u7B2C\u4E8C\u4EA7\u4E1A", U"\u7B2C\u4E09\u4EA7\u4E1A"}}, // 第一、二、三次产业
        {U"\u7B2C\u4E00\u3001\u4E8C\u3001\u4E09\u4EA7\u4E1A", {U"\u7B2C\u4E00\u4EA7\u4E1A", U"\u7B2C\u4E8C\u4EA7\u4E1A", U"\u7B2C\u4E09\u4EA7\u4E1A"}}, // 第一、二、三产业
    };
    for (const Collective &c : collectives) {
        const u32v word(c.word);
        if (c.members.size() != n || subject.size() < word.size() || subject.compare(0, word.size(), word) != 0)
            continue;
        u32v rest = subject.substr(word.size());
        // up to the verb that states the figures: 为, 是, 达, 分别
        for (std::size_t k = 0; k < rest.size(); ++k)
            if (rest[k] == 0x4E3A || rest[k] == 0x662F || rest[k] == 0x8FBE || rest.substr(k, 2) == U"\u5206\u522B") {
                rest = rest.substr(0, k);
                break;
            }
        rest = stripTrailing(rest);
        const bool structure = rest == U"\u7ED3\u6784" || rest == U"\u6784\u6210" || rest == U"\u6BD4\u4F8B"; // 结构 构成 比例
        const u32 own = structure ? u32(U"\u6BD4\u91CD") : u32(rest); // each term: its member's share (比重)
        std::vector<u32> out;
        for (const char32_t *m : c.members)
            out.push_back(u32(m) + own);
        return out;
    }
    return {};
}

/** Where the subject before `end` starts: at a clause break or 、, over brackets. */
std::size_t subjectStart(u32v t, std::size_t end)
{
    std::size_t s = end;
    while (s > 0) {
        const char32_t ch = t[s - 1];
        if (ch == 0xFF09 || ch == ')') { // over a bracket to its opening
            std::size_t open = s - 1;
            while (open > 0 && s - open < 24 && t[open - 1] != 0xFF08 && t[open - 1] != '(')
                --open;
            if (open == 0 || s - open >= 24)
                break;
            s = open - 1;
            continue;
        }
        if (isClauseBreak(ch) || ch == 0x3001)
            break;
        --s;
    }
    return s;
}

/** `s` without the asides in brackets (（不含机关、含离退休退职）: 含, 不, 包, 按, 其, 注, 约 open them);
 *  a word's optional part stays (医疗（生育）). A view of `s` when it has none, else of `out`. */
u32v withoutAsides(u32v s, u32 &out)
{
    if (s.find_first_of(U"(\uFF08") == u32v::npos)
        return s;
    out.clear();
    for (std::size_t k = 0; k < s.size(); ++k) {
        if ((s[k] == 0xFF08 || s[k] == '(') && k + 1 < s.size()
            && u32v(U"\u542B\u4E0D\u5305\u6309\u5176\u6CE8\u7EA6").find(s[k + 1]) != u32v::npos) {
            const std::size_t close = s.find_first_of(U")\uFF09", k);
            if (close != u32v::npos) {
                k = close;
                continue;
            }
        }
        out.push_back(s[k]);
    }
    return out;
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
        // ...the clause may list its subjects with 、 (and brackets inside them: 养老（不含机关、含离退休）、
        // 医疗（生育）、失业、工伤保险人数): go back over them
        std::size_t start = subjectStart(t, found[first].span.begin);
        while (start > 1 && t[start - 1] == 0x3001)
            start = subjectStart(t, start - 1);
        u32 unbracketed;
        const u32v before = withoutAsides(t.substr(start, found[first].span.begin - start), unbracketed);
        const std::size_t fenbie = before.find(U"\u5206\u522B"); // 分别
        std::vector<u32> subjects;
        const std::size_t n = last - first + 1;
        if (fenbie != u32v::npos) {
            // Split at 、 first; 和, 及, 与 may be inside a name (家用电器和音像器材类): split at them in
            // the last item only, then everywhere, until there is a subject per figure.
            const u32v list = stripLeading(before.substr(0, fenbie));
            auto isAnd = [](char32_t c) { return c == 0x548C || c == 0x53CA || c == 0x4E0E; }; // 和 及 与
            // 第一、二、三次产业…分别: a word naming as many things as there are figures, its 、 inside it
            subjects = membersOf(list, n);
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
        // A word naming as many things as there are figures (城乡, 进出口, 三次产业) gives each its member.
        if (subjects.size() <= 1) {
            const u32v subject = subjects.size() == 1 ? u32v(subjects.front()) : stripLeading(before);
            if (std::vector<u32> members = membersOf(subject, n); !members.empty())
                subjects = std::move(members);
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
            // (the subject before the last is its parallel: 医疗、失业、工伤保险人数 → 工伤|保险人数)
            const u32 &tail = subjects.back();
            const u32 &parallel = subjects[n - 2];
            const std::vector<bool> starts = text::wordStarts(tail), firstStarts = text::wordStarts(parallel);
            std::size_t words = 0;
            for (std::size_t i = 0; i < parallel.size(); ++i)
                words += firstStarts[i] ? 1 : 0;
            // 参加城镇职工养老、…: the verb before the first subject is no part of it
            if (const std::size_t verb = std::max(lexicon().labelStop.matchAt(subjects.front(), 0), lexicon().labelVerb.matchAt(subjects.front(), 0));
                verb >= 2 && subjects.front().size() >= verb + 2)
                subjects.front().erase(0, verb);
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
