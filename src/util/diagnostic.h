#pragma once
// A problem found in a data file, located the way compilers locate them, so
// that editors and CI can jump to it. Lower layers return these as values;
// only src/cli/ prints them.
#include <cstddef>
#include <string>
#include <vector>

namespace zhibiao {

// Note: information that needs no action (a row skipped on purpose).
enum class Severity { Error, Warning, Note };

// Problems kept per file unless --max-errors says otherwise, as compilers'
// -fmax-errors: the rest are counted, not kept, so that a hostile file cannot
// fill memory or the log.
constexpr std::size_t kDefaultMaxErrors = 100;

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
  // Set on the entry after a file's last kept problem: how many more were
  // counted, not kept. Its message says "… N more problems in FILE".
  std::size_t more = 0;
  // A spreadsheet cell ("Sheet1!C7"), shown instead of line:column when set.
  std::string cell{};
};

using Diagnostics = std::vector<Diagnostic>;

// Appends `d` to `ds`, one file's problems, while `ds` holds fewer than `cap`
// (0: no cap); past the cap `d` is only counted, in a last entry (`more`).
// Call limit_problems() before showing `ds`: it writes that entry's message.
void add_capped(Diagnostics& ds, Diagnostic d, std::size_t cap);

// Appends `from` to `into` as add_capped() one by one would have, entries
// that count (`more`) included: the problems of a part read apart (one
// indicator of a file) put back in their place.
void append_capped(Diagnostics& into, Diagnostics&& from, std::size_t cap);

// Keeps at most `cap` problems of each file in `ds` (0: all), in order; the
// others of a file are counted in one entry after its last kept one, with
// entries that already count merged in and their messages written.
void limit_problems(Diagnostics& ds, std::size_t cap);

// "file:line:col: error: message" (line and column omitted when unknown);
// for an entry that counts (`more`), its message alone. The file name is
// shown with utf8::sanitize().
std::string format_diagnostic(const Diagnostic& d);

bool has_errors(const Diagnostics& ds);

}  // namespace zhibiao
