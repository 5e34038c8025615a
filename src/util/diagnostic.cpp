#include "util/diagnostic.h"

#include <algorithm>

#include <fmt/format.h>

namespace zhibiao {

std::string format_diagnostic(const Diagnostic& d) {
  const char* sev = d.severity == Severity::Error ? "error" : "warning";
  if (d.at.line <= 0) return fmt::format("{}: {}: {}", d.file, sev, d.message);
  return fmt::format("{}:{}:{}: {}: {}", d.file, d.at.line, d.at.column, sev, d.message);
}

bool has_errors(const Diagnostics& ds) {
  return std::any_of(ds.begin(), ds.end(), [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

}  // namespace zhibiao
