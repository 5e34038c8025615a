#include "util/diagnostic.h"

#include <algorithm>
#include <unordered_map>

#include <fmt/format.h>

#include "util/utf8.h"

namespace zhibiao {

void add_capped(Diagnostics& ds, Diagnostic d, std::size_t cap) {
  if (!ds.empty() && ds.back().more > 0) {
    ++ds.back().more;
    if (d.severity == Severity::Error) ds.back().severity = Severity::Error;
    return;
  }
  if (cap == 0 || ds.size() < cap) {
    ds.push_back(std::move(d));
    return;
  }
  ds.push_back({std::move(d.file), {}, d.severity, "", 1});
}

void append_capped(Diagnostics& into, Diagnostics&& from, std::size_t cap) {
  for (Diagnostic& d : from) {
    if (d.more == 0) add_capped(into, std::move(d), cap);
    else if (into.empty() || into.back().more == 0) into.push_back(std::move(d));
    else {
      into.back().more += d.more;
      if (d.severity == Severity::Error) into.back().severity = Severity::Error;
    }
  }
}

void limit_problems(Diagnostics& ds, std::size_t cap) {
  const bool counting = std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.more > 0; });
  if (!counting && (cap == 0 || ds.size() <= cap)) return;
  std::unordered_map<std::string, std::size_t> kept;      // per file
  std::unordered_map<std::string, std::size_t> count_at;  // per file: its counting entry in `out`
  Diagnostics out;
  for (Diagnostic& d : ds) {
    std::size_t extra = d.more;
    if (extra == 0) {
      std::size_t& k = kept[d.file];
      if (cap == 0 || k < cap) {
        ++k;
        out.push_back(std::move(d));
        continue;
      }
      extra = 1;
    }
    auto [it, fresh] = count_at.try_emplace(d.file, out.size());
    if (fresh) out.push_back({d.file, {}, d.severity, "", 0});
    Diagnostic& c = out[it->second];
    c.more += extra;
    if (d.severity == Severity::Error) c.severity = Severity::Error;
  }
  for (auto& [file, at] : count_at) {
    Diagnostic& c = out[at];
    c.message = fmt::format("… {} more problem{} in {}", c.more, c.more == 1 ? "" : "s", utf8::sanitize(file));
  }
  ds = std::move(out);
}

std::string format_diagnostic(const Diagnostic& d) {
  if (d.more > 0) return d.message;
  const char* sev = d.severity == Severity::Error ? "error" : d.severity == Severity::Warning ? "warning" : "note";
  const std::string file = utf8::sanitize(d.file);
  if (!d.cell.empty()) return fmt::format("{}:{}: {}: {}", file, utf8::sanitize(d.cell), sev, d.message);
  if (d.at.line <= 0) return fmt::format("{}: {}: {}", file, sev, d.message);
  return fmt::format("{}:{}:{}: {}: {}", file, d.at.line, d.at.column, sev, d.message);
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace zhibiao
