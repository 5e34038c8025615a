#pragma once
// A `calc` expression as a tree: quantities, operators and function calls,
// each node with the column where it was written, for messages.
#include <cstddef>
#include <string>
#include <vector>

#include "model/quantity.h"

namespace zhibiao {

struct Expr {
  enum class Kind { Quantity, Negate, Add, Subtract, Multiply, Divide, Call };
  Kind kind = Kind::Quantity;
  std::size_t column = 0;      // 0-based character column in the text as written
  QuantityText quantity;       // Quantity
  std::string function;        // Call: growth or cagr
  std::vector<Expr> operands;  // Negate: 1; Add … Divide: 2; Call: its arguments
};

}  // namespace zhibiao
