// Reading a data file's bytes (src/parse/source.h): a regular file whole, and
// anything else refused by name, with the file as the location.
#include <doctest/doctest.h>

#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

#include "parse/source.h"
#include "parse/yaml_reader.h"

using namespace zhibiao;

namespace {
namespace fs = std::filesystem;

// A fresh folder under the temporary folder, removed at the end of the test.
struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path =
        fs::temp_directory_path() / ("zhibiao-source-test-" + std::to_string(::getpid()) + "-" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& bytes) const {
    std::ofstream(path / name, std::ios::binary) << bytes;
    return (path / name).string();
  }
};
}  // namespace

TEST_CASE("source: a regular file is read whole, byte for byte") {
  TempDir dir;
  // a BOM, CRLF, a NUL byte and Han text: read_source leaves judging them to the YAML reader
  const std::string bytes = std::string(
                                "\xEF\xBB\xBF"
                                "a: 地区\r\n") +
                            '\0' + "b: 1\n";
  const std::string file = dir.write("t.yaml", bytes);
  Diagnostics problems;
  auto text = read_source(file, problems);
  CHECK(problems.empty());
  REQUIRE(text.has_value());
  CHECK(*text == bytes);
  CHECK(text->size() == 3 + 11 + 1 + 5);  // 地区 is six bytes: "a: 地区\r\n" is 3 + 6 + 2
}

TEST_CASE("source: an empty file is read as empty text") {
  TempDir dir;
  const std::string file = dir.write("empty.yaml", "");
  Diagnostics problems;
  auto text = read_source(file, problems);
  CHECK(problems.empty());
  REQUIRE(text.has_value());
  CHECK(text->empty());
}

TEST_CASE("source: a missing file names the file and the reason") {
  TempDir dir;
  const std::string file = (dir.path / "nothing.yaml").string();
  Diagnostics problems;
  CHECK_FALSE(read_source(file, problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) == file + ": error: cannot open: No such file or directory");
}

TEST_CASE("source: a folder is refused by name") {
  TempDir dir;
  Diagnostics problems;
  CHECK_FALSE(read_source(dir.path.string(), problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) == dir.path.string() + ": error: is a folder, not a data file");
}

TEST_CASE("source: a device is refused by name") {
  Diagnostics problems;
  CHECK_FALSE(read_source("/dev/null", problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) == "/dev/null: error: is a device, not a data file");
}

TEST_CASE("source: a file over the size cap is refused") {
  TempDir dir;
  // kMaxFileBytes is 8 MiB: exactly that much is read, one byte more is not
  const std::string at_cap = dir.write("at.yaml", std::string(kMaxFileBytes, '#'));
  const std::string over = dir.write("over.yaml", std::string(kMaxFileBytes + 1, '#'));
  Diagnostics problems;
  auto text = read_source(at_cap, problems);
  CHECK(problems.empty());
  REQUIRE(text.has_value());
  CHECK(text->size() == kMaxFileBytes);
  CHECK_FALSE(read_source(over, problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(format_diagnostic(problems[0]) == over + ": error: file too large (over 8 MiB)");
}

TEST_CASE("source: a file name with control characters is shown escaped") {
  TempDir dir;
  const std::string file = (dir.path / "a\x1b[31m.yaml").string();
  Diagnostics problems;
  CHECK_FALSE(read_source(file, problems).has_value());
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].file == dir.path.string() + "/a\\x1B[31m.yaml");
}
