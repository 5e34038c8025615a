#pragma once
// How --help reads: one option name per line, descriptions wrapped to 80
// columns by display width, aligned example comments, and the words in
// English or, with --lang zh on the command line, in Chinese.
#include <initializer_list>
#include <string>

#include <CLI/CLI.hpp>

#include "render/options.h"

namespace zhibiao::cli {

// The language of the help texts, chosen once from the command line before
// the App is built (help_lang_of). English unless `--lang zh` is given: the
// man page is made from the English help.
void set_help_lang(Lang lang);
Lang help_lang();
// `en` or `zh` by help_lang().
const char* say(const char* en, const char* zh);

// The help language that `argv` asks for: zh for `--lang zh` or `--lang=zh`
// anywhere among the arguments, else en.
Lang help_lang_of(int argc, char** argv);

// Sets `app`'s formatter, labels, help flag and option group in the help
// language. Subcommands added after it inherit them.
void prepare_help(CLI::App& app);

// One example at the end of a subcommand's --help, with an optional comment
// in each language.
struct Example {
  const char* command;
  const char* en = "";
  const char* zh = "";
};

// Examples shown at the end of a --help: comments aligned in one column.
std::string examples(std::initializer_list<Example> lines);

}  // namespace zhibiao::cli
