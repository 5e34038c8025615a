#include "cli/commands.h"

#include <fmt/format.h>

#include "render/json.h"
#include "render/table.h"

namespace zhibiao::cli {

CLI::App* setup_indicators(CLI::App& app, CommonOptions& o) {
  auto* sub = app.add_subcommand("indicators", "list the indicator catalog");
  add_common_options(*sub, o, {"table", "markdown", "csv", "tsv", "json"}, kBom);
  sub->footer(examples({"zhibiao indicators", "zhibiao indicators --format json --lang en",
                        "zhibiao indicators --catalog my-indicators/"}));
  return sub;
}

int run_indicators(const CommonOptions& o) {
  Diagnostics problems;
  Catalog catalog = load_catalog(o.catalog, problems);
  print_diagnostics(problems);
  if (has_errors(problems)) return kBadInput;
  RenderOptions r = render_options(o);
  if (r.format == Format::Json) {
    JsonWriter w(r.rounding);
    w.begin_object().key("indicators").begin_array();
    for (const auto& e : catalog.entries()) {
      w.begin_object()
          .field("id", e.id)
          .field("name", e.name)
          .field("name_en", e.name_en)
          .field("unit", e.unit.text)
          .field("direction", to_string(e.direction))
          .field("basis", to_string(e.basis));
      w.key("aliases").begin_array();
      for (const auto& a : e.aliases) w.value(a);
      w.end_array().end_object();
    }
    w.end_array().end_object();
    print(w.str());
    return kOk;
  }
  Table t;
  t.headers = {"id",
               tr(r, "名称", "Name"),
               tr(r, "单位", "Unit"),
               tr(r, "方向", "Direction"),
               tr(r, "口径", "Basis"),
               tr(r, "别名", "Aliases")};
  for (const auto& e : catalog.entries()) {
    std::string aliases = fmt::format("{}", fmt::join(e.aliases, tr(r, "、", ", ")));
    bool zh = r.lang == Lang::Zh;
    t.rows.push_back({e.id, zh ? e.name : e.name_en, e.unit.text,
                      zh ? (e.direction == Direction::Up ? "正向" : "逆向") : to_string(e.direction),
                      zh ? (e.basis == Basis::Comparable ? "可比价" : "现价") : to_string(e.basis), aliases});
  }
  switch (r.format) {
    case Format::Markdown: print(render_markdown(t)); break;
    case Format::Csv: print(render_csv(t, r.bom)); break;
    case Format::Tsv: print(render_tsv(t)); break;
    default: print(render_text(t));
  }
  return kOk;
}

}  // namespace zhibiao::cli
