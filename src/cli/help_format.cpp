#include "cli/help_format.h"

#include <algorithm>
#include <cstring>
#include <string_view>
#include <vector>

#include "util/utf8.h"

namespace zhibiao::cli {

namespace {

Lang the_help_lang = Lang::En;

constexpr std::size_t kWidth = 80;       // columns of a help line
constexpr std::size_t kNameColumn = 30;  // where descriptions start
constexpr std::size_t kCommentCap = 40;  // example commands wider than this have their comment below

bool wide(char32_t cp) {
  std::string s;
  utf8::append(s, cp);
  return utf8::display_width(s) > 1;
}

// Punctuation that may not start a line in Chinese typesetting (避头点).
bool closing(char32_t cp) {
  static constexpr std::u32string_view kClosing = U"，。、；：？！）》」』】…,.;:)";
  return kClosing.find(cp) != std::u32string_view::npos;
}

// `text` in lines of at most `width` display columns: broken at spaces, and
// between Han characters (Chinese has no spaces); a word longer than a line
// stays whole.
std::vector<std::string> wrap(std::string_view text, std::size_t width) {
  std::vector<std::string> lines;
  std::string line, word;
  std::size_t line_w = 0, word_w = 0;
  auto put_word = [&] {
    if (word.empty()) return;
    if (line_w + word_w > width && !line.empty()) {
      while (!line.empty() && line.back() == ' ') line.pop_back();
      lines.push_back(line);
      line.clear();
      line_w = 0;
    }
    line += word;
    line_w += word_w;
    word.clear();
    word_w = 0;
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    char32_t cp = utf8::next(text, i);
    std::string_view ch = text.substr(start, i - start);
    if (cp == '\n') {
      put_word();
      while (!line.empty() && line.back() == ' ') line.pop_back();
      lines.push_back(line);
      line.clear();
      line_w = 0;
    } else if (cp == ' ') {
      put_word();
      if (!line.empty()) line += ' ', ++line_w;
    } else if (wide(cp)) {  // a break is allowed before and after a Han character
      put_word();
      word = std::string(ch);
      word_w = 2;
      // but not before closing punctuation (，。）…): it stays with the character before it
      while (i < text.size()) {
        std::size_t j = i;
        char32_t after = utf8::next(text, j);
        if (!closing(after)) break;
        word += text.substr(i, j - i);
        word_w += utf8::display_width(text.substr(i, j - i));
        i = j;
      }
      put_word();
    } else {
      word += ch;
      word_w += utf8::display_width(ch);
    }
  }
  put_word();
  while (!line.empty() && line.back() == ' ') line.pop_back();
  if (!line.empty() || lines.empty()) lines.push_back(line);
  return lines;
}

// "  NAME   description" with the description wrapped in its column.
std::string entry(const std::string& name, const std::string& description) {
  std::string out = "  " + name;
  std::size_t w = 2 + utf8::display_width(name);
  if (description.empty()) return out + "\n";
  if (w + 2 > kNameColumn) {
    out += "\n";
    w = 0;
  }
  bool first = true;
  for (const std::string& l : wrap(description, kWidth - kNameColumn)) {
    if (!first) out += "\n", w = 0;
    out += std::string(kNameColumn - w, ' ') + l;
    first = false;
  }
  return out + "\n";
}

class HelpFormatter : public CLI::Formatter {
 public:
  // Each name of an option once, short first: "-j, --jobs" (no {false}
  // defaults of negated flags: a negation is an option of its own here).
  std::string make_option_name(const CLI::Option* opt, bool is_positional) const override {
    if (is_positional) return opt->get_name(true, false);
    std::string out;
    for (const auto& s : opt->get_snames()) out += (out.empty() ? "-" : ", -") + s;
    for (const auto& l : opt->get_lnames()) out += (out.empty() ? "--" : ", --") + l;
    return out;
  }

  // The value's type and default, nothing of CLI11's Needs/Excludes.
  std::string make_option_opts(const CLI::Option* opt) const override {
    if (opt->get_type_size() == 0) return "";
    std::string out;
    // The type's name without the validators' descriptions CLI11 appends
    // (INT:INT in [1000 - 9999]): the options are named YEAR, N, DIR.
    std::string type = opt->get_type_name();
    type = type.substr(0, type.find(':'));
    if (!type.empty()) out += " " + get_label(type);
    if (!opt->get_default_str().empty()) out += "=" + opt->get_default_str();
    // " ..." for an option that takes several words at once; one that takes
    // a word each time it is given (--id, --only) says "repeatable" instead.
    if (opt->get_expected_max() == CLI::detail::expected_max_vector_size && opt->get_allow_extra_args()) out += " ...";
    return out;
  }

  std::string make_option(const CLI::Option* opt, bool is_positional) const override {
    std::string name = make_option_name(opt, is_positional);
    if (!is_positional) name += make_option_opts(opt);
    else if (opt->get_expected_max() == CLI::detail::expected_max_vector_size) name += " ...";
    return entry(name, make_option_desc(opt));
  }

  std::string make_subcommand(const CLI::App* sub) const override {
    return entry(sub->get_display_name(true), sub->get_description());
  }

  std::string make_description(const CLI::App* app) const override {
    std::string out;
    for (const std::string& l : wrap(app->get_description(), kWidth)) out += l + "\n";
    return app->get_description().empty() ? "" : out;
  }
};

}  // namespace

void set_help_lang(Lang lang) { the_help_lang = lang; }
Lang help_lang() { return the_help_lang; }
const char* say(const char* en, const char* zh) { return the_help_lang == Lang::Zh ? zh : en; }

Lang help_lang_of(int argc, char** argv) {
  Lang lang = Lang::En;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    if (a == "--lang=zh" || (a == "--lang" && i + 1 < argc && std::strcmp(argv[i + 1], "zh") == 0)) lang = Lang::Zh;
    else if (a == "--lang=en" || (a == "--lang" && i + 1 < argc && std::strcmp(argv[i + 1], "en") == 0))
      lang = Lang::En;
  }
  return lang;
}

void prepare_help(CLI::App& app) {
  auto f = std::make_shared<HelpFormatter>();
  if (help_lang() == Lang::Zh) {
    f->label("Usage", "用法");
    f->label("OPTIONS", "选项");
    f->label("SUBCOMMAND", "子命令");
    f->label("Positionals", "参数");
    f->label("REQUIRED", "必填");
  }
  app.formatter(f);
  app.option_defaults()->group(say("Options", "选项"));
  app.set_help_flag("-h,--help", say("print this help and exit", "显示此帮助并退出"));
}

std::string examples(std::initializer_list<Example> lines) {
  std::size_t column = 0;
  for (const Example& e : lines) {
    std::size_t w = utf8::display_width(e.command);
    if (*e.en && w <= kCommentCap) column = std::max(column, w);
  }
  std::string out = std::string("\n") + say("Examples:", "示例：") + "\n";
  for (const Example& e : lines) {
    std::string line = std::string("  ") + e.command;
    const char* comment = say(e.en, *e.zh ? e.zh : e.en);
    if (*comment) {
      // In the column when it fits there, else below the command, in the same column.
      std::size_t w = utf8::display_width(e.command);
      if (w > column || 2 + column + 4 + utf8::display_width(comment) > kWidth)
        line += "\n  " + std::string(column, ' ');
      else line += std::string(column - w, ' ');
      line += std::string("  # ") + comment;
    }
    out += line + "\n";
  }
  return out;
}

}  // namespace zhibiao::cli
