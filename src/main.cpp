#include "cli/cli.h"

int main(int argc, char** argv) { return zhibiao::cli::run(argc, argv); }
