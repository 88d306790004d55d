#pragma once
/**
 * @file classify.h
 * Questions about figures that charts and filters ask, answered from the text around them.
 */

#include "reportcore/document.h"

namespace reportcore {

/** True when `indicator` counts members: a people figure (not person-times) whose clause speaks of
 *  membership (会员, 入会, 加入工会, …): "新发展会员6万余人", "2.3万名快递小哥全部加入工会".
 *  Decided during extraction (Indicator::members); constant time. */
bool countsMembers(const Document &doc, const Indicator &indicator);

/** The kind of a derived figure: the level before a change, or the whole of a share. */
enum class DerivedKind { Before, Whole };
DerivedKind derivedKind(const Document &doc, const Derived &derived);

} // namespace reportcore
