#pragma once
// Output that a CI log could take for a command. GitHub Actions reads a line
// as a workflow command when it starts with `::` after any blanks
// (`::error …`, `::stop-commands::…`), and its older form `##[command]`
// anywhere in a line; data must not be able to write either.
#include <string>
#include <string_view>

namespace zhibiao::guard {

// `text` with every line (after \n or \r) whose first non-blank characters
// are `::` started with a `'`, and every `##[` written `##\[`. Text without
// either comes back unchanged.
std::string defuse_commands(std::string_view text);

}  // namespace zhibiao::guard
