#pragma once
// Text encodings of the documents people are given: UTF-8, or GBK (GB 2312's
// superset, what Chinese Windows saves as "ANSI").
#include <optional>
#include <string>
#include <string_view>

namespace zhibiao {

// `bytes` as UTF-8: unchanged when they are valid UTF-8 (a leading BOM taken
// off), else read as GBK through iconv; nullopt when they are neither.
std::optional<std::string> decode_utf8_or_gbk(std::string_view bytes);

}  // namespace zhibiao
