// The plain block-style reader (src/parse/yaml_fast.h) must give exactly the
// tree and the problems that yaml-cpp gives: every text here is read both
// ways and compared node by node (kind, text, quoted, line:column), and the
// texts outside its subset must be left to yaml-cpp.
#include <doctest/doctest.h>

#include "test_support.h"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parse/yaml_fast.h"
#include "parse/yaml_reader.h"

using namespace zhibiao;
using namespace zhibiao::test;

namespace {

std::string describe(const Node& n, int depth = 0) {
  std::string out = std::string(static_cast<std::size_t>(depth) * 2, ' ') + kind_name(n) + " " +
                    std::to_string(n.at.line) + ":" + std::to_string(n.at.column) + (n.quoted ? " quoted" : "") +
                    (n.is_scalar() ? " <" + n.text + ">" : "") + "\n";
  for (const Node& c : n.items) out += describe(c, depth + 1);
  return out;
}

std::string outcome(const std::optional<Node>& root, const Diagnostics& problems) {
  std::string out = root ? describe(*root) : "(no tree)\n";
  for (const Diagnostic& d : problems) out += format_diagnostic(d) + "\n";
  return out;
}

// The text read both ways, the outcomes compared; whether the plain reader took it.
bool same_both_ways(const std::string& text) {
  Diagnostics ours, theirs;
  auto a = read_yaml(text, "t.yaml", ours);
  auto b = read_yaml_with_yaml_cpp(text, "t.yaml", theirs);
  CHECK(outcome(a, ours) == outcome(b, theirs));
  return is_plain_yaml(text);
}

std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("plain yaml: a data file's forms give yaml-cpp's tree") {
  // Read by the plain reader, and to the same tree and problems.
  const char* plain[] = {
      "a: 1\n",
      "a: 1",  // no newline at the end
      "# a comment\n\ntitle: 示例 2024   \nyear: 2023 # trailing\n",
      "indicators:\n  - id: gdp\n    name: \"地区生产总值\"\n    unit: 'x''y'\n  - id: x\n    n: a:b\n    m: -3%\n",
      ("indicators:\n- id: gdp\n  series:\n    2019: {actual: 10, growth: 5%, target: \"增长5%\"}\n"
       "    2020: {actual: -3.5}\n    2021: { actual: 1 ,growth: 2 }\n    2022: {}\nnext: x\n"),
      "a:\n  b:\n    c: d\n  e: f\ng: h\n",
      "list:\n- a\n- 'b'\n- \"c d\"\n-   e: 1\n    f: 2\nz: 1\n",
      "a: ~\nb: null\nc: Null\nd: NULL\ne: \"null\"\nf: nulls\n",  // OnNull for the null words
      "a: {x: ~, y: 'q'}\n",
      "a: http://example.com/x?y=1#z\nb: a#b\nc: 1 #c\nd: '#'\n",
      "a: x,y\nb: 增长5%，力争更好\n",
      "a: 1\na: 2\n",       // a duplicate key: reported, the tree kept
      "a: {x: 1, x: 2}\n",  // in a flow map too
      "a:\n  - 1\n  - 2\n",
      "a: '''quoted'' twice'\n",
      "a: \"\"\nb: ''\n",  // empty quoted scalars
      "a: 1\n# only a comment\n   \n",
      "a: -1\nb: --x\n",
      "~: 1\n",  // a null key: the tree's own error
  };
  for (const char* text : plain) {
    CAPTURE(text);
    CHECK(same_both_ways(text));
  }
  // Left to yaml-cpp (the plain reader answers false), with the same outcome
  // as ever: mostly an error, located by yaml-cpp or by the tree's rules.
  const char* other[] = {
      "a: [1, 2]\n",
      "- a\n- b\n",  // a list at the root
      "a: 1\n  b: 2\n",
      "a: b: c\n",
      "a:\n",
      "a:\nb: 1\n",
      "a: - 1\n",
      "a:\n  - - 1\n",
      "a: |\n  text\n",
      "a: >\n  text\n",
      "a: &x 1\nb: *x\n",
      "a: !!str 1\n",
      "---\na: 1\n",
      "a: 1\n---\nb: 2\n",
      "a: 1\n...\n",
      "%YAML 1.2\n---\na: 1\n",
      "a: \"x\\\"y\"\n",  // an escape
      "a: \"open\n",      // a quote never closed
      "a: 'open\n",
      "a: {x: 1,}\n",
      "a: {x: 1\n",
      "a: {x: [1]}\n",
      "a: {x}\n",
      "a: {x:1}\n",
      "a: {x: }\n",
      "a: {x: 1} y\n",
      "a: {x?: 1}\n",  // '?' ends a plain scalar in a flow (found by the fuzzer)
      "a: {x: 1?}\n",
      "a: {x: [1]}\n",
      "a: \"x\" y\n",
      "a: multi\n  line\n",
      "a: 1\r\nb: 2\r\n",
      "a:\t1\n",
      "? a\n: 1\n",
      "\"a\": 1\n",
      "a : 1\n",
      "{a: 1}\n",
      "",
      "# nothing\n",
      "a:1\n",
      "a: -\n",
      "a:\n  b: 1\n c: 2\n",
      "a:\n  - b: 1\n   c: 2\n",
      "a:\n  - b: 1\n      c: 2\n",
      "a: 1\n b: 2\n",
  };
  for (const char* text : other) {
    CAPTURE(text);
    CHECK_FALSE(same_both_ways(text));
  }
}

TEST_CASE("plain yaml: every YAML file of the project reads as through yaml-cpp") {
  namespace fs = std::filesystem;
  const fs::path top = fs::path(ZHIBIAO_TESTS_DIR).parent_path();
  int files = 0, plain = 0;
  for (const char* dir : {"examples", "tests/data", "tests/bad", "tests/golden", "indicators", "tests/cli"}) {
    if (!fs::exists(top / dir)) continue;
    for (const auto& entry : fs::recursive_directory_iterator(top / dir)) {
      const auto ext = entry.path().extension();
      if (!entry.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
      CAPTURE(entry.path().string());
      const std::string text = slurp(entry.path());
      ++files;
      plain += same_both_ways(text);
    }
  }
  MESSAGE(files << " files, " << plain << " read by the plain reader");
  CHECK(files > 50);
  CHECK(plain > files / 2);
  // Real data files are in the plain style (plan-14th.yaml has a folded note, >-).
  for (const char* example : {"huolinguole-2020.yaml", "national-2022.yaml", "progress-2024.yaml", "wordings.yaml"})
    CHECK(is_plain_yaml(slurp(top / "examples" / example)));
}
