#include "parse/source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include <fmt/format.h>

#include "parse/yaml_reader.h"

namespace zhibiao {

std::optional<std::string> read_source(const std::string& path, Diagnostics& problems) {
  auto fail = [&](std::string why) {
    problems.push_back({path, {}, Severity::Error, std::move(why)});
    return std::nullopt;
  };
  std::FILE* f = stdin;
  if (path != "-") {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return fail("is a folder, not a data file");
    f = std::fopen(path.c_str(), "rb");
    if (!f) return fail(fmt::format("cannot open: {}", std::strerror(errno)));
  }
  std::string text;
  char buf[1 << 16];
  std::size_t n;
  bool too_big = false;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
    text.append(buf, n);
    if (text.size() > kMaxFileBytes) {
      too_big = true;
      break;
    }
  }
  bool bad = std::ferror(f);
  if (f != stdin) std::fclose(f);
  if (bad) return fail("read error");
  if (too_big) return fail(fmt::format("file too large (over {} MiB)", kMaxFileBytes >> 20));
  return text;
}

}  // namespace zhibiao
