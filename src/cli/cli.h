#pragma once

namespace zhibiao::cli {

// Parses the command line, runs the subcommand, returns the exit status
// (SPEC §5.1: 0, 1 or 2, never anything else).
int run(int argc, char** argv);

}  // namespace zhibiao::cli
