// The start-up yardstick of bench/run: a C++ hello world linked to the same
// shared libraries as zhibiao (libyaml-cpp, libfmt, libgmp, libstdc++:
// bench/run reads them off the binary; libzip, expat and libxlsxwriter are
// opened only for XLSX), so that `zhibiao --version` / `hello` is the cost of
// zhibiao's own start-up (static set-up, option parsing) over loading those
// libraries.
//
//   g++ -O2 -std=c++20 bench/hello.cpp -Wl,--no-as-needed -lgmp -lfmt -lyaml-cpp -o hello
#include <iostream>

int main() {
  std::cout << "hello, world\n";
  return 0;
}
