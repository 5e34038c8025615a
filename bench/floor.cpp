// The floor: what it costs a minimal program to parse the files.
//
//   g++ -O2 -std=c++20 bench/floor.cpp -lyaml-cpp -o /tmp/floor
//   g++ -O2 -std=c++20 -DFLOOR_LIBYAML bench/floor.cpp -lyaml-cpp -lyaml -o /tmp/floor
//   floor --events FILE...   THE FLOOR (issue 19): the file read whole into
//                            memory as zhibiao reads it, then yaml-cpp's
//                            event API alone (YAML::Parser + an
//                            EventHandler that only counts), no tree at all
//   floor FILE...            reference: YAML::LoadFile, then a visit of
//                            every scalar of the tree (the floor of issue 6)
//   floor --libyaml FILE...  reference, built with -DFLOOR_LIBYAML only:
//                            the file read whole into memory, then libyaml's
//                            event parser (C) alone
//
// The first is the parser by itself, the part of `zhibiao check` that
// zhibiao cannot do without while it uses yaml-cpp: check / floor --events
// is the cost of zhibiao's own work. The tree load is what "a minimal
// program that only loads each file with yaml-cpp and visits every scalar"
// is (the way yaml-cpp's own documentation loads a file); it is slower than
// the event API, and than check itself. libyaml shows what a faster parser
// would give.
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
#include <istream>
#include <streambuf>
#include <string>

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>
#ifdef FLOOR_LIBYAML
#include <yaml.h>
#endif

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

// A read-only stream buffer over the text in memory, as zhibiao's reader
// uses (an std::istringstream would copy the text once more).
class ViewBuf : public std::streambuf {
 public:
  explicit ViewBuf(const std::string& text) {
    char* begin = const_cast<char*>(text.data());
    setg(begin, begin, begin + text.size());
  }
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

#ifdef FLOOR_LIBYAML
// libyaml's event parser over the text in memory; false (and a message) on a
// parse error.
bool libyaml_events(const char* path, const std::string& text) {
  yaml_parser_t parser;
  yaml_parser_initialize(&parser);
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
  bool ok = true;
  for (bool done = false; !done;) {
    yaml_event_t event;
    if (!yaml_parser_parse(&parser, &event)) {
      std::fprintf(stderr, "%s:%zu:%zu: %s\n", path, parser.problem_mark.line + 1, parser.problem_mark.column + 1,
                   parser.problem ? parser.problem : "error");
      ok = false;
      break;
    }
    if (event.type == YAML_SCALAR_EVENT) {
      ++scalars;
      bytes += event.data.scalar.length;
    }
    done = event.type == YAML_STREAM_END_EVENT;
    yaml_event_delete(&event);
  }
  yaml_parser_delete(&parser);
  return ok;
}
#endif

}  // namespace

int main(int argc, char** argv) {
  int first = 1;
  const bool events = argc > 1 && std::strcmp(argv[1], "--events") == 0;
  const bool libyaml = argc > 1 && std::strcmp(argv[1], "--libyaml") == 0;
  if (events || libyaml) ++first;
#ifndef FLOOR_LIBYAML
  if (libyaml) {
    std::fprintf(stderr, "floor: built without libyaml (-DFLOOR_LIBYAML -lyaml)\n");
    return 2;
  }
#endif
  int status = 0;
  unsigned long files = 0;
  std::string text;
  Counter counter;
  for (int i = first; i < argc; ++i) {
    try {
      if (events || libyaml) {
        if (!read_file(argv[i], text)) {
          std::fprintf(stderr, "%s: cannot read: %s\n", argv[i], std::strerror(errno));
          status = 2;
          continue;
        }
#ifdef FLOOR_LIBYAML
        if (libyaml) {
          if (!libyaml_events(argv[i], text)) status = 2;
          else ++files;
          continue;
        }
#endif
        ViewBuf buf(text);
        std::istream in(&buf);
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
