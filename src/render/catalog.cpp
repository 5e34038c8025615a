#include "render/catalog.h"

#include <fmt/format.h>

#include "render/json.h"
#include "render/table.h"

namespace zhibiao {

namespace {

std::string catalog_json(const Catalog& catalog, const RenderOptions& o) {
  JsonWriter w(o.rounding);
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
  return w.str();
}

Table catalog_table(const Catalog& catalog, const RenderOptions& o) {
  Table t;
  t.headers = {"id",
               tr(o, "名称", "Name"),
               tr(o, "单位", "Unit"),
               tr(o, "方向", "Direction"),
               tr(o, "口径", "Basis"),
               tr(o, "别名", "Aliases")};
  const bool zh = o.lang == Lang::Zh;
  for (const auto& e : catalog.entries()) {
    std::string aliases = fmt::format("{}", fmt::join(e.aliases, tr(o, "、", ", ")));
    t.rows.push_back({e.id, zh ? e.name : e.name_en, e.unit.text,
                      zh ? (e.direction == Direction::Up ? "正向" : "逆向") : to_string(e.direction),
                      zh ? (e.basis == Basis::Comparable ? "可比价" : "现价") : to_string(e.basis), aliases});
  }
  return t;
}

}  // namespace

std::string render_catalog(const Catalog& catalog, const RenderOptions& o) {
  switch (o.format) {
    case Format::Json: return catalog_json(catalog, o);
    case Format::Markdown: return render_markdown(catalog_table(catalog, o));
    case Format::Csv: return render_csv(catalog_table(catalog, o), o.bom);
    case Format::Tsv: return render_tsv(catalog_table(catalog, o));
    default: return render_text(catalog_table(catalog, o));
  }
}

}  // namespace zhibiao
