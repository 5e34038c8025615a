// Scores `zhibiao extract` against a hand-made answer: precision and recall
// of (indicator id, field, value) triples, values compared by meaning (the
// same number in the indicator's unit, the same qualifiers, the same target
// once lead words are set aside: 力争达到10亿元以上 = 10亿元以上).
//
//   extract_score REPORT.txt EXPECTED.tsv [MIN_PRECISION_PCT MIN_RECALL_PCT]
//
// EXPECTED.tsv: one triple a line, `id<TAB>field<TAB>value`, field one of
// baseline, baseline.growth, target; `#` starts a comment. Prints the scores,
// then each miss and each extra; exits 1 below the minimums (95 and 80).
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "parse/catalog_data.h"
#include "parse/extract.h"
#include "parse/quantity.h"
#include "parse/target.h"
#include "util/encoding.h"

using namespace zhibiao;

namespace {

struct Triple {
  std::string id, field, value;
};

std::vector<Triple> read_expected(const std::string& path) {
  std::ifstream in(path);
  std::vector<Triple> out;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream s(line);
    Triple t;
    std::getline(s, t.id, '\t');
    std::getline(s, t.field, '\t');
    std::getline(s, t.value);
    out.push_back(t);
  }
  return out;
}

std::vector<Triple> triples_of(const ExtractResult& r) {
  std::vector<Triple> out;
  for (const auto& i : r.indicators) {
    if (i.baseline) out.push_back({i.id, "baseline", *i.baseline});
    if (i.baseline_growth) out.push_back({i.id, "baseline.growth", *i.baseline_growth});
    if (i.target) out.push_back({i.id, "target", *i.target});
  }
  return out;
}

// Qualifiers taken off a value, in a fixed order, so that 约5% and 5%左右 differ.
std::string take_qualifiers(std::string& s) {
  std::string q;
  for (std::string w : {"约", "预计", "初步", "近", "超", "下降"})
    if (s.starts_with(w)) s.erase(0, w.size()), q += w + "<";
  for (std::string w : {"左右", "以上", "以下"})
    if (s.ends_with(w)) s.erase(s.size() - w.size()), q += ">" + w;
  return q;
}

std::string value_key(std::string s, const CatalogEntry& e, bool growth) {
  std::string q = take_qualifiers(s);
  auto quantity = parse_quantity(s);
  if (!quantity) return "unreadable:" + s;
  auto v = growth ? percent_value(*quantity) : in_unit(*quantity, e.unit);
  if (!v) return "unreadable:" + s;
  return q + v->get_str();
}

std::string target_key(const std::string& s, const CatalogEntry& e) {
  auto t = parse_target(s, {e.unit, e.direction, e.values != IndicatorValues::Levels});
  if (!t) return "unreadable:" + s;
  std::ostringstream k;
  k << int(t->kind) << '|' << int(t->measure) << '|' << t->value.get_str() << '|' << int(t->comparison) << '|'
    << t->strict << '|' << t->low.get_str() << '|' << t->high.get_str() << '|' << t->tolerance.get_str() << '|'
    << t->reference << '|' << int(t->relation) << '|' << t->sign;
  return k.str();
}

bool same(const Triple& a, const Triple& b, const Catalog& catalog) {
  if (a.id != b.id || a.field != b.field) return false;
  const CatalogEntry* e = catalog.find(a.id);
  if (!e) return a.value == b.value;
  if (a.field == "target") return target_key(a.value, *e) == target_key(b.value, *e);
  bool growth = a.field == "baseline.growth";
  return value_key(a.value, *e, growth) == value_key(b.value, *e, growth);
}

// n / d as a percentage with one decimal, in integers (no binary floating point).
std::string percent(std::size_t n, std::size_t d) {
  if (d == 0) return "-";
  std::size_t tenths = (n * 1000 + d / 2) / d;
  return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 5) {
    std::fprintf(stderr, "usage: extract_score REPORT EXPECTED [MIN_PRECISION_PCT MIN_RECALL_PCT]\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  auto text = decode_utf8_or_gbk(bytes);
  auto expected = read_expected(argv[2]);
  if (!in || !text || expected.empty()) {
    std::fprintf(stderr, "extract_score: cannot read %s or %s\n", argv[1], argv[2]);
    return 2;
  }
  Catalog catalog = builtin_catalog();
  auto got = triples_of(extract_report(*text, catalog));
  std::size_t hit = 0;
  std::vector<bool> found(expected.size());
  for (const auto& g : got) {
    bool ok = false;
    for (std::size_t i = 0; i < expected.size() && !ok; ++i)
      if (!found[i] && same(g, expected[i], catalog)) found[i] = ok = true;
    if (ok) ++hit;
    else std::printf("  extra: %s %s %s\n", g.id.c_str(), g.field.c_str(), g.value.c_str());
  }
  for (std::size_t i = 0; i < expected.size(); ++i)
    if (!found[i])
      std::printf("  missed: %s %s %s\n", expected[i].id.c_str(), expected[i].field.c_str(), expected[i].value.c_str());
  std::size_t min_p = argc == 5 ? std::stoul(argv[3]) : 95, min_r = argc == 5 ? std::stoul(argv[4]) : 80;
  std::printf("%s: precision %s (%zu/%zu), recall %s (%zu/%zu)\n", argv[1], percent(hit, got.size()).c_str(), hit,
              got.size(), percent(hit, expected.size()).c_str(), hit, expected.size());
  bool pass = hit * 100 >= min_p * got.size() && hit * 100 >= min_r * expected.size() && !got.empty();
  return pass ? 0 : 1;
}
