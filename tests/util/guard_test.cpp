// Output that a CI log could take for a GitHub Actions workflow command.
#include <doctest/doctest.h>

#include <string>

#include "util/guard.h"

using namespace zhibiao;

TEST_CASE("guard: a line that starts with :: is started with a quote") {
  CHECK(guard::defuse_commands("::stop-commands::pwn\n") == "'::stop-commands::pwn\n");
  CHECK(guard::defuse_commands("ok\n::error file=a,line=1::x\r\n::warning::y") ==
        "ok\n'::error file=a,line=1::x\r\n'::warning::y");
  // the runner trims blanks first, Unicode ones (U+3000, U+00A0) included
  CHECK(guard::defuse_commands("  ::x\n") == "'  ::x\n");
  CHECK(guard::defuse_commands("\t\u3000\u00A0::x") == "'\t\u3000\u00A0::x");
  CHECK(guard::defuse_commands("a\r::x") == "a\r'::x");
}

TEST_CASE("guard: :: inside a line and ordinary text are left alone") {
  CHECK(guard::defuse_commands("a ::b\nc: d\n:x\n") == "a ::b\nc: d\n:x\n");
  CHECK(guard::defuse_commands("地区生产总值  143.63\n") == "地区生产总值  143.63\n");
  CHECK(guard::defuse_commands("") == "");
}

TEST_CASE("guard: the legacy ##[command] form is broken anywhere in a line") {
  CHECK(guard::defuse_commands("name ##[set-env name=A;]b") == "name ##\\[set-env name=A;]b");
  CHECK(guard::defuse_commands("# heading\n## b [c]") == "# heading\n## b [c]");
}
