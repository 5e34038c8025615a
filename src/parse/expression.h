#pragma once
// The `calc` grammar: + - * / and parentheses over quantities (SPEC §1),
// growth(old, new) and cagr(old, new, years). Full-width forms are accepted.
#include <string_view>

#include "model/expression.h"
#include "util/expected.h"

namespace zhibiao {

// Errors carry the 0-based character column of the problem in `text`.
Expected<Expr> parse_expression(std::string_view text);

}  // namespace zhibiao
