#include "render/lint.h"

#include <fmt/format.h>

#include "render/json.h"
#include "util/utf8.h"

namespace zhibiao {

std::string render_lint(const std::vector<std::string>& files, const Diagnostics& problems, const RenderOptions& o) {
  long long errors = 0, warnings = 0;  // an entry that counts more (Diagnostic::more) stands for that many
  for (const auto& d : problems)
    (d.severity == Severity::Error ? errors : warnings) += d.more ? static_cast<long long>(d.more) : 1;
  if (o.format == Format::Json) {
    JsonWriter w(o.rounding);
    w.begin_object().key("files").begin_array();
    for (const auto& f : files) w.value(utf8::sanitize(f));
    w.end_array().key("problems").begin_array();
    for (const auto& d : problems) write_problem_json(w, d);
    w.end_array().field("errors", errors).field("warnings", warnings).end_object();
    return w.str();
  }
  auto plural = [](std::size_t n, const char* word) { return fmt::format("{} {}{}", n, word, n == 1 ? "" : "s"); };
  return fmt::format("{}: {}, {}\n", plural(files.size(), "file"), plural(errors, "error"),
                     plural(warnings, "warning"));
}

}  // namespace zhibiao
