#include "util/encoding.h"

#include <cerrno>

#include <iconv.h>

#include "util/utf8.h"

namespace zhibiao {

namespace {

// GBK to UTF-8 through glibc's iconv; nullopt at the first invalid sequence.
std::optional<std::string> gbk_to_utf8(std::string_view bytes) {
  iconv_t cd = iconv_open("UTF-8", "GBK");
  if (cd == reinterpret_cast<iconv_t>(-1)) return std::nullopt;
  std::string out(bytes.size() * 2 + 16, '\0');  // GBK's 2 bytes give at most 3; ASCII stays 1
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  char* to = out.data();
  std::size_t to_left = out.size();
  std::size_t r = iconv(cd, &in, &in_left, &to, &to_left);
  iconv_close(cd);
  if (r == static_cast<std::size_t>(-1) || in_left != 0) return std::nullopt;
  out.resize(out.size() - to_left);
  return out;
}

}  // namespace

std::optional<std::string> decode_utf8_or_gbk(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  if (!utf8::first_invalid(bytes)) return std::string(bytes);
  auto text = gbk_to_utf8(bytes);
  if (!text || utf8::first_invalid(*text)) return std::nullopt;
  return text;
}

}  // namespace zhibiao
