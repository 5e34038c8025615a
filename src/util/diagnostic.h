#pragma once
// A problem found in a data file, located the way compilers locate them, so
// that editors and CI can jump to it. Lower layers return these as values;
// only src/cli/ prints them.
#include <string>
#include <vector>

namespace zhibiao {

enum class Severity { Error, Warning };

// A 1-based position in a file; line 0 means "the file as a whole".
struct Mark {
  int line = 0;
  int column = 0;
};

struct Diagnostic {
  std::string file;
  Mark at;
  Severity severity = Severity::Error;
  std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

// "file:line:col: error: message" (line and column omitted when unknown).
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const Diagnostics& ds);

}  // namespace zhibiao
