#pragma once
// Series keys that name a year or a part of one, cumulative from January
// (SPEC §8): 2024, 2024-09, 2024年1-9月, 2024Q3, 2024年前三季度, 2024H1,
// 2024年上半年. A cumulative Q4 or December (2024Q4, 2024-12, 2024年1-12月,
// 2024年全年) is the year itself: month 12.
#include <string>
#include <string_view>

#include "model/part_year.h"
#include "util/expected.h"

namespace zhibiao {

// The accepted forms, for messages.
extern const char* const kPeriodForms;

// The period `text` names, or an error message that quotes the text and names
// the accepted forms (a month 13, a quarter 5, 2024-00, a part that does not
// start in January such as 2024年3-9月 or 下半年).
Expected<PartYear> parse_period_key(std::string_view text);

}  // namespace zhibiao
