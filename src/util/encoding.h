#pragma once
// Text from other programs to UTF-8 (reports' text for extract, statistics
// tables for import). Statistics exports come as UTF-8, UTF-8
// with a byte-order mark (Excel's "CSV UTF-8"), or GBK (Excel's "CSV" on a
// Chinese Windows); which one is found from the bytes, never asked for.
#include <optional>
#include <string>
#include <string_view>

#include "util/expected.h"

namespace zhibiao::encoding {

enum class Encoding { Utf8, Utf8Bom, Gb18030 };

struct Decoded {
  std::string text;  // UTF-8, without a BOM
  Encoding from = Encoding::Utf8;
};

// `bytes` as UTF-8: a UTF-8 BOM is dropped, valid UTF-8 kept as it is, and
// anything else read as GB18030 (a superset of GBK and GB2312) with glibc's
// iconv. The error's offset is that of the first byte that is neither (and a
// UTF-16 BOM is refused by name: save the file as UTF-8 or GBK).
Expected<Decoded> to_utf8(std::string_view bytes);

}  // namespace zhibiao::encoding

namespace zhibiao {

// encoding::to_utf8's text, or nullopt when the bytes are neither UTF-8 nor
// GBK: for callers that need no location.
std::optional<std::string> decode_utf8_or_gbk(std::string_view bytes);

}  // namespace zhibiao
