#include "util/encoding.h"

#include <cerrno>
#include <memory>

#include <iconv.h>

#include "util/utf8.h"

namespace zhibiao::encoding {

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool starts_with_utf16_bom(std::string_view b) {
  return b.size() >= 2 && ((b[0] == '\xFF' && b[1] == '\xFE') || (b[0] == '\xFE' && b[1] == '\xFF'));
}

struct IconvCloser {
  void operator()(void* cd) const { iconv_close(static_cast<iconv_t>(cd)); }
};

Expected<std::string> from_gb18030(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GB18030");
  if (cd == reinterpret_cast<iconv_t>(-1)) return ParseError{"this system's iconv cannot read GB18030 (GBK)", 0};
  std::unique_ptr<void, IconvCloser> guard(cd);
  std::string out;
  char* in = const_cast<char*>(bytes.data());  // iconv's signature; it does not write to the input
  std::size_t in_left = bytes.size();
  char buf[4096];
  while (in_left > 0) {
    char* o = buf;
    std::size_t o_left = sizeof buf;
    std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buf, static_cast<std::size_t>(o - buf));
    if (r == static_cast<std::size_t>(-1) && errno != E2BIG)
      return ParseError{"neither UTF-8 nor GBK (GB18030) text", static_cast<std::size_t>(in - bytes.data())};
  }
  return out;
}

}  // namespace

Expected<Decoded> to_utf8(std::string_view bytes) {
  if (starts_with_utf16_bom(bytes))
    return ParseError{"UTF-16 text is not read: save the table as CSV in UTF-8 or GBK, or as XLSX", 0};
  if (bytes.substr(0, kUtf8Bom.size()) == kUtf8Bom) {
    std::string_view rest = bytes.substr(kUtf8Bom.size());
    if (auto bad = utf8::first_invalid(rest))
      return ParseError{"invalid UTF-8 after a UTF-8 byte-order mark", *bad + kUtf8Bom.size()};
    return Decoded{std::string(rest), Encoding::Utf8Bom};
  }
  if (!utf8::first_invalid(bytes)) return Decoded{std::string(bytes), Encoding::Utf8};
  auto text = from_gb18030(bytes);
  if (!text) return text.error();
  return Decoded{std::move(*text), Encoding::Gb18030};
}

}  // namespace zhibiao::encoding

namespace zhibiao {

std::optional<std::string> decode_utf8_or_gbk(std::string_view bytes) {
  auto decoded = encoding::to_utf8(bytes);
  if (!decoded) return std::nullopt;
  return std::move(decoded->text);
}

}  // namespace zhibiao
