#pragma once
// What the clauses around a block's figures say about them, decided once the figures are read: the
// level before a change (a total and its change in one clause), the whole of a share, and whether a
// figure is a target or a plan rather than a result.

#include "reportcore/document.h"
#include "text/text.h"

#include <vector>

namespace reportcore {

/** Where a figure stands in its block's text (as the extractor read it). */
struct FigureSpan {
    std::size_t begin = 0;    ///< hedge included
    std::size_t numBegin = 0; ///< the number
    std::size_t numEnd = 0;   ///< after the number and its magnitude
    std::size_t end = 0;      ///< after its unit and a trailing hedge
};

/** Adds Document::derived for the figures `first`, `first + 1`, … of one block: `spans[k]` is where
 *  indicator `first + k` stands in `t`, `sentenceOf[k]` where its sentence starts.
 *  - the level before a change, only where a total and its change are stated together: the change,
 *    then the total it reached (增加64.57万人，已达146.57万人), or the total, then its change against
 *    a named base (28.5万亿元、比上年增加1.1万亿元 → 上年 27.4万亿);
 *  - the whole of a share the text names (146.57万人，占技能人才总量的36.78%). */
void deriveFigures(Document &doc, text::u32v t, std::size_t first, const std::vector<FigureSpan> &spans,
                   const std::vector<std::size_t> &sentenceOf);

/** Reads a block's text once, left to right, to tell for each figure (in order) whether it is a
 *  target or a plan: its clause names one before it (预期目标, 力争, 拟, 确保, 控制在…) and does not say,
 *  after that, that it was met (较好完成). A target word scopes its own clause (…低于6%左右的预期控制目标，
 *  城镇新增就业1300万人: the second is a result); a list it introduces with a colon (预期目标是：…；…，…)
 *  is scoped to the end of its sentence. */
class TargetScanner
{
public:
    explicit TargetScanner(text::u32v t) : m_text(t) {}
    /** For figures at ascending `begin`s. */
    bool isTargetAt(std::size_t begin);

private:
    text::u32v m_text;
    std::size_t m_pos = 0;
    std::size_t m_markerEnd = 0; ///< where the last target word ended
    bool m_target = false;
    bool m_list = false;         ///< the target word introduced a list: its scope is the sentence
};

} // namespace reportcore
