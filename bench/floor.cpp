// The floor: what it costs a minimal program to load the files with yaml-cpp.
//
//   g++ -O2 -std=c++20 bench/floor.cpp -lyaml-cpp -o /tmp/floor
//   floor FILE...            the floor of issue 6: YAML::LoadFile, then a
//                            visit of every scalar of the tree
//   floor --events FILE...   a stricter reference: the file read whole into
//                            memory as zhibiao reads it, then yaml-cpp's
//                            event API alone (YAML::Parser + an
//                            EventHandler that only counts), no tree at all
//
// The first is what "a minimal program that only loads each file with
// yaml-cpp and visits every scalar" is: the way yaml-cpp's own documentation
// loads a file. The second is the parser by itself, the part of `zhibiao
// check` that zhibiao cannot do without while it uses yaml-cpp; bench/run
// reports check against both (the goal is set against the first).
//
// Either way the scalars' lengths are summed, so that nothing can be
// optimised away; nothing else is done: no byte checks, no schema, no
// numbers, no output per file.
//
// Prints one line: files, scalars, scalar bytes. Exit status 0, or 2 when a
// file cannot be read or is not YAML (zhibiao's status for bad input).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

namespace {

unsigned long long scalars = 0, bytes = 0;

void visit(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Scalar:
      ++scalars;
      bytes += n.Scalar().size();
      break;
    case YAML::NodeType::Sequence:
      for (const auto& item : n) visit(item);
      break;
    case YAML::NodeType::Map:
      for (const auto& kv : n) {
        visit(kv.first);
        visit(kv.second);
      }
      break;
    default: break;
  }
}

class Counter : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string& value) override {
    ++scalars;
    bytes += value.size();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
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
  int first = 1;
  const bool events = argc > 1 && std::strcmp(argv[1], "--events") == 0;
  if (events) ++first;
  int status = 0;
  unsigned long files = 0;
  std::string text;
  Counter counter;
  for (int i = first; i < argc; ++i) {
    try {
      if (events) {
        if (!read_file(argv[i], text)) {
          std::fprintf(stderr, "%s: cannot read: %s\n", argv[i], std::strerror(errno));
          status = 2;
          continue;
        }
        std::istringstream in{text};
        YAML::Parser parser(in);
        while (parser.HandleNextDocument(counter)) {}
      } else {
        visit(YAML::LoadFile(argv[i]));
      }
      ++files;
    } catch (const YAML::Exception& e) {
      std::fprintf(stderr, "%s:%d:%d: %s\n", argv[i], e.mark.line + 1, e.mark.column + 1, e.msg.c_str());
      status = 2;
    } catch (const std::exception& e) {  // LoadFile on a folder: std::ios_base::failure
      std::fprintf(stderr, "%s: %s\n", argv[i], e.what());
      status = 2;
    }
  }
  std::printf("%lu files, %llu scalars, %llu scalar bytes\n", files, scalars, bytes);
  return status;
}
