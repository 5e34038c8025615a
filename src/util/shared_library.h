#pragma once
// Libraries opened on first use (dlopen) instead of at start-up. XLSX is read
// with libzip and expat and written with libxlsxwriter, and only `import` and
// `--format xlsx` need them: linked as usual, they and what they bring in
// (libcrypto behind libzip, minizip, zlib, bzip2) were mapped and relocated in
// every run, 2 MiB of `zhibiao --version`'s 7.5 MiB resident memory.
//
// A library's functions are listed once, in an X-macro, and each becomes a
// member of its table with the function's own type (from the library's
// header, so a call through the table is checked as a direct call would be).
// ZHIBIAO_LIBRARY_BIND expects the lambda's parameters to be named `api` and
// `symbols`:
//
//   #define ZIP_FUNCTIONS(X) X(zip_fopen) X(zip_fclose)
//   struct Zip { ZIP_FUNCTIONS(ZHIBIAO_LIBRARY_MEMBER) };
//   const Zip* zip = load_library<Zip>(
//       "libzip.so.4", [](Zip& api, Symbols& symbols) { ZIP_FUNCTIONS(ZHIBIAO_LIBRARY_BIND) }, error);
#include <string>

namespace zhibiao {

// The symbols of one opened library.
class Symbols {
 public:
  Symbols(void* library, const char* soname) : library_(library), soname_(soname) {}
  // `slot` = the function `name`; a missing one is remembered in missing().
  template <class F>
  void bind(F& slot, const char* name) {
    slot = reinterpret_cast<F>(find(name));
  }
  // Why the library cannot be used ("libzip.so.4 has no function zip_fopen"), or "".
  const std::string& missing() const { return missing_; }

 private:
  void* find(const char* name);
  void* library_;
  const char* soname_;
  std::string missing_;
};

// dlopen of `soname` (the same handle again for a library already open), or
// nullptr with `error` set to why not.
void* open_library(const char* soname, std::string& error);

#define ZHIBIAO_LIBRARY_MEMBER(f) decltype(&::f) f = nullptr;
#define ZHIBIAO_LIBRARY_BIND(f) symbols.bind(api.f, #f);

// The table `Api` of `soname`, filled by `bind(Api& api, Symbols& symbols)` on
// the first call; nullptr with `error` set (on every call) when the library
// or one of its functions is missing. The table is made once for each pair
// of types <Api, Bind> (a function-local static, safe across threads): call
// it from one place per library, as the lambda's own type makes sure.
template <class Api, class Bind>
const Api* load_library(const char* soname, Bind bind, std::string& error) {
  struct Loaded {
    Api api;
    std::string error;
  };
  static const Loaded loaded = [&] {
    Loaded l;
    if (void* library = open_library(soname, l.error)) {
      Symbols symbols(library, soname);
      bind(l.api, symbols);
      l.error = symbols.missing();
    }
    return l;
  }();
  if (!loaded.error.empty()) error = loaded.error;
  return loaded.error.empty() ? &loaded.api : nullptr;
}

}  // namespace zhibiao
