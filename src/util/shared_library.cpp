#include "util/shared_library.h"

#include <dlfcn.h>

namespace zhibiao {

void* open_library(const char* soname, std::string& error) {
  // RTLD_LAZY: a function is bound when first called; RTLD_LOCAL: the
  // library's symbols stay out of the global namespace.
  void* library = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
  if (!library) {
    const char* why = dlerror();
    error = why ? std::string(why) : "cannot load " + std::string(soname);
  }
  return library;
}

void* Symbols::find(const char* name) {
  void* address = dlsym(library_, name);
  if (!address && missing_.empty()) missing_ = std::string(soname_) + " has no function " + name;
  return address;
}

}  // namespace zhibiao
