#pragma once
/**
 * @file classify.h
 * Questions about figures that charts and filters ask, answered from the text around them.
 */

#include "reportcore/document.h"

#include <string>

namespace reportcore {

/** The measure a figure is of, as charts, comparisons and the library name it: its label, a table
 *  cell's column after it ("粮食 | 产量"), a part of the year in brackets ("地区生产总值（前三季度）"). */
std::string measureName(const Indicator &indicator);

/** True when `indicator` counts members: a people figure (not person-times) whose clause speaks of
 *  membership (会员, 入会, 加入工会, …): "新发展会员6万余人", "2.3万名快递小哥全部加入工会".
 *  Decided during extraction (Indicator::members); constant time. */
bool countsMembers(const Document &doc, const Indicator &indicator);

/** The kind of a derived figure: the level before a change, or the whole of a share. */
enum class DerivedKind { Before, Whole };
DerivedKind derivedKind(const Document &doc, const Derived &derived);

/** True when the figure's label names what it counts: two characters or more with a Chinese one,
 *  not a comparison's base (比上年…) and not the figure itself. Charts leave other figures out. */
bool hasKnownLabel(const Indicator &indicator);

/** True when `a` and `b` are levels of one measure (members by kind of union, output by industry):
 *  both levels (no change), one unit, and labels that end in the same head of two characters or
 *  more ("第一产业增加值", "第二产业增加值") that is not a generic word alone (总额, 规模), both per
 *  head or neither (GDP and GDP per head are not one measure). */
bool sameMeasure(const Indicator &a, const Indicator &b);

/** The head two labels share ("增加值"), as above; "" when they share none. */
std::string sharedHead(const Indicator &a, const Indicator &b);

/** For a share of a named whole ("高技能人才占技能人才总量" 36.78%): the whole ("技能人才总量"); ""
 *  for any other figure. */
std::string shareWhole(const Indicator &indicator);

} // namespace reportcore
