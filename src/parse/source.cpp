#include "parse/source.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "parse/yaml_reader.h"
#include "util/utf8.h"

namespace zhibiao {

std::optional<std::string> read_source(const std::string& path, Diagnostics& problems) {
  auto fail = [&](std::string why) {
    problems.push_back({utf8::sanitize(path), {}, Severity::Error, std::move(why)});
    return std::nullopt;
  };
  std::FILE* f = stdin;
  std::size_t expected = 0;  // a regular file's size: the text is read into a string of that capacity
  if (path != "-") {
    // Opened without blocking (a FIFO would wait for a writer forever), then
    // refused unless it is a regular file.
    int fd = open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) return fail(fmt::format("cannot open: {}", std::strerror(errno)));
    struct stat st {};
    const char* kind = nullptr;
    if (fstat(fd, &st) != 0) kind = "cannot be examined";
    else if (S_ISDIR(st.st_mode)) kind = "is a folder, not a data file";
    else if (S_ISFIFO(st.st_mode)) kind = "is a named pipe (FIFO), not a data file";
    else if (S_ISSOCK(st.st_mode)) kind = "is a socket, not a data file";
    else if (S_ISCHR(st.st_mode) || S_ISBLK(st.st_mode)) kind = "is a device, not a data file";
    else if (!S_ISREG(st.st_mode)) kind = "is not a regular file";
    if (kind || fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK) != 0 || !(f = fdopen(fd, "rb"))) {
      close(fd);
      return fail(kind ? kind : "cannot open");
    }
    expected = static_cast<std::size_t>(st.st_size);
  }
  std::string text;
  if (expected <= kMaxFileBytes) text.reserve(expected);  // not doubled as it grows: a file of 5 MB took 8
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
