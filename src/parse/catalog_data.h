#pragma once
// The text of indicators/*.yaml, compiled into the binary (generated at
// build time by cmake/embed_catalog.cmake).
#include <string>
#include <vector>

namespace zhibiao {

struct EmbeddedFile {
  std::string name;
  std::string text;
};

const std::vector<EmbeddedFile>& embedded_catalog();

}  // namespace zhibiao
