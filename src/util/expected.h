#pragma once
// A value or an error message, for parsers that must never print.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>

namespace zhibiao {

struct ParseError {
  std::string message;
  std::size_t offset = 0;  // byte offset into the text that was parsed
};

template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(ParseError error) : v_(std::move(error)) {}
  bool ok() const { return v_.index() == 0; }
  explicit operator bool() const { return ok(); }
  const T& value() const { return std::get<0>(v_); }
  T& value() { return std::get<0>(v_); }
  const T& operator*() const { return value(); }
  const T* operator->() const { return &value(); }
  const ParseError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, ParseError> v_;
};

}  // namespace zhibiao
