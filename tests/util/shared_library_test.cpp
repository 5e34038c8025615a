// Libraries opened on first use: the table of functions, and the errors when
// a library or a function is missing.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "util/shared_library.h"

using namespace zhibiao;

namespace {

#define TEST_LIBC_FUNCTIONS(X) X(strlen) X(strcmp)
struct Libc {
  TEST_LIBC_FUNCTIONS(ZHIBIAO_LIBRARY_MEMBER)
};

struct Missing {
  std::size_t (*strlen)(const char*) = nullptr;
  int (*absent)() = nullptr;
};

}  // namespace

TEST_CASE("shared library: the functions of a library are called through its table") {
  std::string error;
  const Libc* libc = load_library<Libc>(
      "libc.so.6", [](Libc& api, Symbols& symbols) { TEST_LIBC_FUNCTIONS(ZHIBIAO_LIBRARY_BIND) }, error);
  REQUIRE(libc != nullptr);
  CHECK(error.empty());
  CHECK(libc->strlen("指标") == 6);  // two characters of three UTF-8 bytes each
  CHECK(libc->strcmp("2023", "2024") < 0);
}

TEST_CASE("shared library: a library that is not there is an error naming it, every time it is asked for") {
  auto load = [](std::string& error) {
    return load_library<Libc>(
        "libzhibiao-absent.so.9", [](Libc&, Symbols&) {}, error);
  };
  std::string error;
  CHECK(load(error) == nullptr);
  CHECK(error.find("libzhibiao-absent.so.9") != std::string::npos);
  std::string again;
  CHECK(load(again) == nullptr);
  CHECK(again == error);
}

TEST_CASE("shared library: a function the library lacks is an error naming both") {
  std::string error;
  const Missing* m = load_library<Missing>(
      "libc.so.6",
      [](Missing& api, Symbols& symbols) {
        symbols.bind(api.strlen, "strlen");
        symbols.bind(api.absent, "zhibiao_no_such_function");
      },
      error);
  CHECK(m == nullptr);
  CHECK(error == "libc.so.6 has no function zhibiao_no_such_function");
}
