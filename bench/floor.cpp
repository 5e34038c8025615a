// The parser's floor: what it costs yaml-cpp alone to read the files.
//
//   g++ -O2 -std=c++20 bench/floor.cpp -lyaml-cpp -o /tmp/floor
//   floor FILE...
//
// Each file is read as zhibiao reads it (the whole file into memory, then
// parsed from an std::istringstream over that text) and handed to
// yaml-cpp's event API (YAML::Parser + a YAML::EventHandler), every document
// in it. The handler visits every event and sums the lengths of the
// scalars, so that nothing can be optimised away; nothing else is done: no
// byte checks, no tree, no schema, no numbers, no output per file.
//
// Prints one line: files, events, scalars, scalar bytes. Exit status 0, or
// 2 when a file cannot be read or is not YAML (zhibiao's status for bad
// input).
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace {

class Visitor : public YAML::EventHandler {
 public:
  unsigned long long events = 0, scalars = 0, bytes = 0;

  void OnDocumentStart(const YAML::Mark&) override { ++events; }
  void OnDocumentEnd() override { ++events; }
  void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
  void OnScalar(const YAML::Mark&, const std::string& tag, YAML::anchor_t, const std::string& value) override {
    ++events;
    ++scalars;
    bytes += value.size() + tag.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnSequenceEnd() override { ++events; }
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    ++events;
  }
  void OnMapEnd() override { ++events; }
};

// The whole file, read as zhibiao's read_source does (fread in 64 KiB blocks).
bool read_file(const char* path, std::string& text) {
  std::FILE* f = std::fopen(path, "rb");
  if (!f) return false;
  text.clear();
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
  bool ok = !std::ferror(f);
  std::fclose(f);
  return ok;
}

}  // namespace

int main(int argc, char** argv) {
  Visitor v;
  int status = 0;
  unsigned long files = 0;
  std::string text;
  for (int i = 1; i < argc; ++i) {
    if (!read_file(argv[i], text)) {
      std::fprintf(stderr, "%s: cannot read: %s\n", argv[i], std::strerror(errno));
      status = 2;
      continue;
    }
    ++files;
    try {
      std::istringstream in{text};
      YAML::Parser parser(in);
      while (parser.HandleNextDocument(v)) {
      }
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "%s:%d:%d: %s\n", argv[i], e.mark.line + 1, e.mark.column + 1, e.msg.c_str());
      status = 2;
    }
  }
  std::printf("%lu files, %llu events, %llu scalars, %llu scalar bytes\n", files, v.events, v.scalars, v.bytes);
  return status;
}
