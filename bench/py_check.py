#!/usr/bin/python3
"""The alternative a user would likely write instead of `zhibiao check`.

    python3 bench/py_check.py PATH... [--json]

PyYAML with its C loader (`yaml.load(f, Loader=yaml.CSafeLoader)`, Debian
package python3-yaml) and exact arithmetic with fractions.Fraction. For every
file (folders are searched for *.yaml / *.yml, sorted) it does the work that
`zhibiao check` does per value, for the forms that bench/gen_corpus.py writes
and the common forms of SPEC §2.2:

  * every quantity of every year is parsed from its text (sign, thousands
    separators, 万/亿/万亿, unit checked against the indicator's unit) and
    every target of every year is parsed (growth, fall, level, pp, range,
    左右, 以上/以内, lead words, 完成);
  * the reported growth of current-basis indicators is checked against the
    levels in every year (warning above 0.1 pp), and growth targets without
    a baseline are errors;
  * the evaluated year is the latest year with a target in the file; each
    indicator's status there (met / missed / pending / no_target) follows
    SPEC §3 (comparable basis: reported growth; % indicators: change in pp;
    左右 with the default tolerances).

It prints the missed targets and a summary per file, like `zhibiao check`,
and exits 0 (all met), 1 (a target missed) or 2 (bad input). It is not
complete (no line numbers, no --year, no JSON/JUnit output, no catalog
aliases); `--json` prints the statuses, for comparing with
`zhibiao check --format json`.
"""

import json
import os
import re
import sys
from fractions import Fraction

import yaml

# The catalog of SPEC §4 (and the rest of zhibiao's built-in one):
# id -> (name, unit, direction, basis)
CATALOG = {
    "gdp": ("地区生产总值", "亿元", "up", "comparable"),
    "industrial_value_added": ("规模以上工业增加值", "亿元", "up", "comparable"),
    "fixed_asset_investment": ("固定资产投资", "亿元", "up", "current"),
    "retail_sales": ("社会消费品零售总额", "亿元", "up", "current"),
    "disposable_income": ("城乡居民人均可支配收入", "元", "up", "current"),
    "urban_disposable_income": ("城镇常住居民人均可支配收入", "元", "up", "current"),
    "rural_disposable_income": ("农村牧区常住居民人均可支配收入", "元", "up", "current"),
    "public_budget_revenue": ("一般公共预算收入", "亿元", "up", "current"),
    "new_urban_jobs": ("城镇新增就业", "人", "up", "current"),
    "registered_unemployment_rate": ("城镇登记失业率", "%", "down", "current"),
    "surveyed_unemployment_rate": ("城镇调查失业率", "%", "down", "current"),
    "cpi": ("居民消费价格涨幅", "%", "down", "current"),
    "good_air_days_ratio": ("空气质量优良天数比例", "%", "up", "current"),
    "energy_intensity_reduction": ("单位地区生产总值能耗降低", "%", "up", "current"),
    "tourism_revenue": ("旅游综合收入", "亿元", "up", "current"),
    "per_capita_gdp": ("人均地区生产总值", "元", "up", "comparable"),
    "total_industrial_output": ("规模以上工业总产值", "亿元", "up", "current"),
    "grain_output": ("粮食总产量", "万吨", "up", "current"),
    "import_export": ("进出口总额", "亿元", "up", "current"),
    "foreign_investment": ("实际使用外资", "亿美元", "up", "current"),
    "forest_coverage": ("森林覆盖率", "%", "up", "current"),
    "urbanization_rate": ("常住人口城镇化率", "%", "up", "current"),
    "pm25_concentration": ("细颗粒物（PM2.5）平均浓度", "微克/立方米", "down", "current"),
    "water_use_reduction": ("万元地区生产总值用水量下降", "%", "up", "current"),
    "rd_intensity": ("研究与试验发展经费投入强度", "%", "up", "current"),
    "tourist_arrivals": ("接待游客人次", "万人次", "up", "current"),
}

FULLWIDTH = str.maketrans({
    **{chr(0xFF10 + i): str(i) for i in range(10)},
    "．": ".", "，": ",", "％": "%", "＋": "+", "－": "-", "−": "-", "～": "~",
    "＞": ">", "＜": "<", "＝": "=", "（": "(", "）": ")",
})

MAGNITUDES = (("万亿", 12), ("亿", 8), ("万", 4))
QUANTITY = re.compile(r"\s*([+-])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(万亿|亿|万)?(.*?)\s*$")

LEAD = ("年计划", "全年", "计划", "预期", "目标", "力争", "确保", "达到", "实现", "完成",
        "稳定在", "保持在", "控制在", "再", "新增", "为")
RISE = ("增长", "提高", "增加", "提升", "上升")
FALL = ("下降", "减少", "压减", "降低", "压缩")
AT_LEAST_PRE = (">=", "≥", ">", "不低于", "不少于")
AT_MOST_PRE = ("<=", "≤", "<", "不超过", "不高于")
AROUND_PRE = ("~", "≈", "约")
AT_LEAST_SUF = ("及以上", "以上")
AT_MOST_SUF = ("以内", "以下")
AROUND_SUF = ("左右", "上下")
RANGE_SEP = ("-", "~", "至", "–", "—", "到")
LEADING_NUMBER = re.compile(r"[+-]?[\d,]*\d(?:\.\d+)?")

HUNDRED = Fraction(100)
TENTH = Fraction(1, 10)
HALF = Fraction(1, 2)


class BadInput(Exception):
    pass


def split_unit(unit):
    for word, exp in MAGNITUDES:
        if unit.startswith(word) and len(unit) > len(word):
            return exp, unit[len(word):]
    if unit == "％":
        return 0, "%"
    return 0, unit


def canonical(word):
    if word in ("个百分点", "百分点", "PP"):
        return "pp"
    return word


def scalar_text(v):
    """The text of a YAML scalar as PyYAML gave it back."""
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        return repr(v)  # shortest text that reads back as the same double
    raise BadInput(f"expected a value, not {type(v).__name__}")


def parse_quantity(text):
    """'143.63亿元' -> (Fraction 143.63, exponent 8, unit '元', has_sign)."""
    m = QUANTITY.fullmatch(text.translate(FULLWIDTH))
    if not m:
        raise BadInput(f"'{text}' is not a quantity")
    sign, digits, mag, unit = m.groups()
    n = Fraction(digits.replace(",", ""))
    if sign == "-":
        n = -n
    exp = dict(MAGNITUDES)[mag] if mag else 0
    return n, exp, canonical(unit), sign is not None, mag is not None


def in_unit(text, unit):
    """A level written as text, in the indicator's unit (exponent, base)."""
    n, exp, u, _, has_mag = parse_quantity(text)
    uexp, base = unit
    if u == "pp":
        raise BadInput(f"'{text}': percentage points are a change, not a value")
    if base == "%":
        if has_mag or (u and u != "%"):
            raise BadInput(f"'{text}' is not a percentage")
        return n
    if u in ("%", "‰"):
        raise BadInput(f"'{text}': a percentage is not a level")
    if not u and not has_mag:
        return n
    if u and u != base:
        raise BadInput(f"'{text}': unit '{u}' does not match '{base}'")
    return n * Fraction(10) ** (exp - uexp)


def percent(text):
    n, _, u, _, has_mag = parse_quantity(text)
    if has_mag or u not in ("", "%", "pp"):
        raise BadInput(f"'{text}' is not a percentage")
    return n


def strip_words(s):
    sign, comparison, around = 0, None, False
    more = True
    while more:
        more = False
        for words, what in ((LEAD, "lead"), (RISE, "rise"), (FALL, "fall"), (AT_LEAST_PRE, "ge"),
                            (AT_MOST_PRE, "le"), (AROUND_PRE, "around")):
            for w in words:
                if len(s) > len(w) and s.startswith(w):
                    s = s[len(w):]
                    more = True
                    if what == "rise":
                        sign = sign or 1
                    elif what == "fall":
                        sign = -1
                    elif what == "ge":
                        comparison = "ge"
                    elif what == "le":
                        comparison = "le"
                    elif what == "around":
                        around = True
                    break
    more = True
    while more:
        more = False
        for words, what in ((AT_LEAST_SUF, "ge"), (AT_MOST_SUF, "le"), (AROUND_SUF, "around")):
            for w in words:
                if len(s) > len(w) and s.endswith(w):
                    s = s[: -len(w)]
                    more = True
                    if what == "around":
                        around = True
                    else:
                        comparison = what
                    break
    return s, sign, comparison, around


def parse_target(text, unit, direction):
    """A target -> dict(kind, measure, value | low+high, cmp, tolerance)."""
    s = re.sub(r"\s+", "", text.translate(FULLWIDTH))
    if s in ("完成", "done", "true", "完成任务"):
        return {"kind": "bool"}
    if s == "清零":
        return {"kind": "level", "measure": "level", "value": Fraction(0), "cmp": "le"}
    s, sign, comparison, around = strip_words(s)
    # A range: a separator after the first number.
    m = LEADING_NUMBER.match(s)
    if not m:
        raise BadInput(f"target '{text}' is not a target expression")
    cut = min(((s.find(sep, m.end()), sep) for sep in RANGE_SEP if s.find(sep, m.end()) >= 0), default=None)
    first, second = (s[: cut[0]], s[cut[0] + len(cut[1]):]) if cut else (s, None)
    a = parse_quantity(first)
    b = parse_quantity(second) if second is not None else None
    if b is not None and not a[2] and not a[4]:  # "6-6.5%": the unit is shared
        first += second[LEADING_NUMBER.match(second).end():]
        a = parse_quantity(first)
    qunit = a[2]
    if a[3]:
        explicit = -1 if a[0] < 0 else 1
        if sign and sign != explicit:
            raise BadInput(f"target '{text}': two signs")
        sign = explicit
    rate = unit[1] == "%"
    if qunit == "pp":
        if not rate:
            raise BadInput(f"target '{text}': pp on a non-% indicator")
        measure = "pp"
    elif qunit == "%" and not rate:
        measure = "growth"
    else:
        measure = "level"
        if sign:
            raise BadInput(f"target '{text}': a signed level")

    def value(q, src):
        if measure != "level":
            v = abs(q[0])
            return -v if sign < 0 else v
        return in_unit(src, unit)

    if b is not None:
        if around or comparison:
            raise BadInput(f"target '{text}' says two things")
        lo, hi = value(a, first), value(b, second)
        return {"kind": "range", "measure": measure, "low": min(lo, hi), "high": max(lo, hi)}
    v = value(a, first)
    fall = sign < 0
    if comparison:
        cmp = ("le" if comparison == "ge" else "ge") if fall else comparison
    elif fall:
        cmp = "le"
    else:
        cmp = ("ge" if direction == "up" else "le") if measure == "level" else "ge"
    t = {"kind": measure if measure != "pp" else "change_pp", "measure": measure, "value": v, "cmp": cmp}
    if around:
        t["kind"] = "around"
        t["cmp"] = "ge" if direction == "up" else "le"
        t["tolerance"] = HALF if (measure != "level" or rate) else abs(v) / HUNDRED
    if t["kind"] == "level" and measure == "growth":
        t["kind"] = "growth"
    return t


def meets(t, x):
    k = t["kind"]
    if k == "range":
        return t["low"] <= x <= t["high"]
    if k == "around":
        return x >= t["value"] - t["tolerance"] if t["cmp"] == "ge" else x <= t["value"] + t["tolerance"]
    return x >= t["value"] if t["cmp"] == "ge" else x <= t["value"]


def growth(unit, before, after):
    if before is None or after is None:
        return None
    if unit[1] == "%":
        return after - before
    if before <= 0:
        return None
    return (after / before - 1) * HUNDRED


def indicator(item):
    """An indicator mapping -> (id, unit, direction, basis, {year: period})."""
    iid = item.get("id")
    if not isinstance(iid, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", iid):
        raise BadInput(f"bad id {iid!r}")
    name, unit_text, direction, basis = CATALOG.get(iid, (None, None, "up", "current"))
    name = item.get("name", name)
    unit_text = item.get("unit", unit_text)
    direction = item.get("direction", direction)
    basis = item.get("basis", basis)
    if name is None:
        raise BadInput(f"{iid}: needs a name")
    unit = split_unit(str(unit_text)) if unit_text is not None else (0, "")
    series = item.get("series")
    if series is None:
        raise BadInput(f"{iid}: only the series form is handled here")
    periods = {}
    for year, entry in series.items():
        if not isinstance(year, int):
            raise BadInput(f"{iid}: series key {year!r} is not a year")
        p = {"actual": None, "done": None, "growth": None, "target": None}
        if not isinstance(entry, dict):
            entry = {"actual": entry}
        t = entry.get("target")
        if t is not None:
            p["target"] = parse_target(scalar_text(t), unit, direction)
            p["target_text"] = scalar_text(t)
        a = entry.get("actual")
        if a is not None:
            at = scalar_text(a)
            if p["target"] is not None and p["target"]["kind"] == "bool":
                if at in ("true", "完成", "已完成", "done", "yes"):
                    p["done"] = True
                elif at in ("false", "未完成", "not done", "no"):
                    p["done"] = False
                else:
                    raise BadInput(f"{iid} {year}: '{at}' is not 完成/未完成")
            else:
                if not unit[1]:
                    raise BadInput(f"{iid}: needs a unit")
                p["actual"] = in_unit(at, unit)
        g = entry.get("growth")
        if g is not None:
            p["growth"] = percent(scalar_text(g))
        periods[year] = p
    return iid, unit, direction, basis, periods


def check_file(path, out):
    with open(path, "rb") as f:
        doc = yaml.load(f, Loader=yaml.CSafeLoader)
    if not isinstance(doc, dict) or not isinstance(doc.get("indicators"), list):
        raise BadInput("no 'indicators:' list")
    inds = [indicator(item) for item in doc["indicators"]]
    warnings = []
    # Every year: reported growth against the levels; growth targets need a baseline.
    for iid, unit, direction, basis, periods in inds:
        for year, p in periods.items():
            prev = periods.get(year - 1)
            computed = growth(unit, prev and prev["actual"], p["actual"]) if unit[1] != "%" else None
            if basis == "current" and computed is not None and p["growth"] is not None \
                    and abs(computed - p["growth"]) > TENTH:
                warnings.append(f"{path}: warning: {iid} {year}: reported growth {float(p['growth']):g}% differs "
                                f"from {float(computed):.2f}% computed from the levels")
            t = p["target"]
            if t and t.get("measure") in ("growth", "pp") and not (p["growth"] is not None and t["measure"] == "growth"):
                if (prev is None or prev["actual"] is None) and p["actual"] is not None:
                    raise BadInput(f"{iid} {year}: growth target without a baseline")
                if t["measure"] == "growth" and prev and prev["actual"] is not None and prev["actual"] <= 0:
                    raise BadInput(f"{iid} {year}: baseline of 0 or below")
    years = [y for *_, periods in inds for y, p in periods.items() if p["target"] is not None]
    if not years:
        years = [y for *_, periods in inds for y in periods]
    if not years:
        raise BadInput("no figures")
    year = max(years)
    rows = []
    for iid, unit, direction, basis, periods in inds:
        p, prev = periods.get(year), periods.get(year - 1)
        if p is None and prev is None:
            continue
        baseline = prev["actual"] if prev else None
        actual = p["actual"] if p else None
        reported = p["growth"] if p else None
        computed = growth(unit, baseline, actual)
        if unit[1] == "%":
            g = computed
        elif reported is not None and (basis == "comparable" or computed is None):
            g = reported
        else:
            g = computed
        t = p["target"] if p else None
        if t is None:
            status = "no_target"
        elif t["kind"] == "bool":
            status = "pending" if p["done"] is None else ("met" if p["done"] else "missed")
        else:
            x = g if t["measure"] != "level" else actual
            status = "pending" if x is None else ("met" if meets(t, x) else "missed")
            if status == "missed":
                shown = f"growth {float(x):.2f}%" if t["measure"] != "level" else f"actual {float(x):g}"
                out.append(f"{path}: error: {iid} {year}: target '{p['target_text']}' missed: {shown}\n")
        rows.append((iid, status))
    return rows, warnings


def expand(paths):
    for p in paths:
        if os.path.isdir(p):
            found = []
            for root, dirs, files in os.walk(p):
                dirs.sort()
                found.extend(os.path.join(root, f) for f in files if f.endswith((".yaml", ".yml")))
            yield from sorted(found)
        else:
            yield p


def main(argv):
    as_json = "--json" in argv
    paths = [a for a in argv if a != "--json"]
    if not paths:
        print("usage: py_check.py PATH... [--json]", file=sys.stderr)
        return 2
    out, statuses = [], []
    total = {"met": 0, "missed": 0, "pending": 0, "no_target": 0}
    bad = False
    for path in expand(paths):
        try:
            rows, warnings = check_file(path, out)
        except (BadInput, yaml.YAMLError, OSError, ValueError, ZeroDivisionError) as e:
            print(f"{path}: error: {e}", file=sys.stderr)
            bad = True
            continue
        for w in warnings:
            print(w, file=sys.stderr)
        counts = {"met": 0, "missed": 0, "pending": 0, "no_target": 0}
        for iid, status in rows:
            counts[status] += 1
            if as_json:
                statuses.append({"file": path, "id": iid, "status": status})
        for k in total:
            total[k] += counts[k]
        if not as_json:
            out.append(f"{path}: 达标 {counts['met']} · 未达标 {counts['missed']} · 待定 {counts['pending']} · "
                       f"无目标 {counts['no_target']}\n")
    if as_json:
        json.dump({"indicators": statuses, "summary": total}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        sys.stdout.write("".join(out))
        print(f"合计: 达标 {total['met']} · 未达标 {total['missed']} · 待定 {total['pending']} · "
              f"无目标 {total['no_target']}")
    if bad:
        return 2
    return 1 if total["missed"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
