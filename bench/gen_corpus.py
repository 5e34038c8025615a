#!/usr/bin/env python3
"""Generate a benchmark corpus for zhibiao: one YAML file per county.

    python3 bench/gen_corpus.py OUT_DIR [--files N] [--seed S]

The default is 2,844 files (one per county-level division), each with about
60 indicators in series form over the ten years 2014-2023: about 1.7 million
yearly values, about 110 MB of YAML. Files go to OUT_DIR/PP/PPCCNN.yaml (PP a
province code, PPCCNN a county code in the style of the national division
codes).

The output is deterministic: file i depends only on the seed and i, so
`--files 300` is the first 300 files of the full corpus. Only the standard
library is used.

What the files hold, so that they look like a national data repository:
  * catalog ids (gdp, cpi, registered_unemployment_rate, new_urban_jobs, ...)
    that need no name or unit, and custom indicators with name + unit
    (粮食播种面积 万亩, 公路总里程 公里, 能源消费总量 万吨标准煤, ...);
  * comparable-basis indicators (GDP, industrial value added, ...) whose
    levels are nominal and whose reported growth is the real growth;
    current-basis ones whose reported growth (when given) agrees with the
    levels to 0.05 pp, so that `zhibiao lint` stays quiet;
  * % indicators with level targets (93%以上, 3.4%以内, 3%左右) and pp targets
    (提高1个百分点, +0.5pp);
  * growth targets (增长6%, 6%-6.5%, 5%左右, 力争增长8%, 7%以上), level targets
    (1450人, 新增1450人以上, 年计划710亿元), falls (下降3%, 压减5%), a
    qualitative one (完成);
  * now and then thousands separators ("45,752") and magnitudes (143.63亿元,
    1.45万人, 1436300万元) in the values.
Actual outcomes scatter around the targets, so `zhibiao check` finds a mix of
met and missed targets (and exits 1, which is expected).
"""

import argparse
import os
import random
import sys
from decimal import Decimal, ROUND_HALF_UP

FIRST_YEAR = 2014
LAST_YEAR = 2023
DEFAULT_FILES = 2844
DEFAULT_SEED = 20240601

# ---------------------------------------------------------------------------
# Indicators.
#
# kind:
#   growth   a level (亿元, 元, 万吨 ...) judged mostly by growth targets
#   count    a level of whole things (人, 户, 个) judged by level targets
#   rate_up  a % level, higher is better: 93%以上
#   rate_dn  a % level, lower is better: 3.4%以内, 3%左右
#   rate_pp  a % level judged by its change: 提高1个百分点
#   fall     a level, lower is better, judged by falls: 下降3%, 35以内
#   bool     a qualitative target: 完成
#
# Fields: id, name (None for catalog ids), unit, direction, basis, kind,
# (lo, hi) of the first-year level for a county of size 1 (rates: absolute),
# (lo, hi) of the yearly trend growth in % (rates: pp per year), decimals.
# ---------------------------------------------------------------------------

CATALOG = [
    ("gdp", None, "亿元", "up", "comparable", "growth", (60, 400), (5.0, 9.0), 2),
    ("industrial_value_added", None, "亿元", "up", "comparable", "growth", (15, 150), (5.0, 11.0), 2),
    ("fixed_asset_investment", None, "亿元", "up", "current", "growth", (30, 300), (3.0, 12.0), 2),
    ("retail_sales", None, "亿元", "up", "current", "growth", (20, 180), (4.0, 10.0), 2),
    ("disposable_income", None, "元", "up", "current", "growth", (14000, 32000), (6.0, 9.0), 0),
    ("urban_disposable_income", None, "元", "up", "current", "growth", (22000, 42000), (5.5, 8.5), 0),
    ("rural_disposable_income", None, "元", "up", "current", "growth", (8000, 18000), (7.0, 10.0), 0),
    ("public_budget_revenue", None, "亿元", "up", "current", "growth", (3, 40), (2.0, 9.0), 2),
    ("new_urban_jobs", None, "人", "up", "current", "count", (800, 9000), (0.0, 3.0), 0),
    ("registered_unemployment_rate", None, "%", "down", "current", "rate_dn", (2.8, 4.2), (-0.1, 0.05), 2),
    ("surveyed_unemployment_rate", None, "%", "down", "current", "rate_dn", (4.6, 5.6), (-0.05, 0.05), 1),
    ("cpi", None, "%", "down", "current", "rate_dn", (1.2, 2.8), (-0.1, 0.1), 1),
    ("good_air_days_ratio", None, "%", "up", "current", "rate_up", (75.0, 92.0), (0.3, 1.0), 1),
    ("energy_intensity_reduction", None, "%", "up", "current", "rate_up", (2.5, 4.5), (0.0, 0.0), 2),
    ("tourism_revenue", None, "亿元", "up", "current", "growth", (2, 60), (6.0, 15.0), 2),
    ("per_capita_gdp", None, "元", "up", "comparable", "growth", (25000, 90000), (4.5, 8.5), 0),
    ("total_industrial_output", None, "亿元", "up", "current", "growth", (40, 500), (4.0, 12.0), 2),
    ("grain_output", None, "万吨", "up", "current", "growth", (5, 120), (0.5, 3.0), 2),
    ("import_export", None, "亿元", "up", "current", "growth", (2, 120), (3.0, 12.0), 2),
    ("foreign_investment", None, "亿美元", "up", "current", "growth", (0.2, 8), (2.0, 10.0), 2),
    ("forest_coverage", None, "%", "up", "current", "rate_pp", (12.0, 60.0), (0.2, 0.8), 2),
    ("urbanization_rate", None, "%", "up", "current", "rate_pp", (35.0, 65.0), (0.6, 1.4), 2),
    ("pm25_concentration", None, "微克/立方米", "down", "current", "fall", (28, 70), (-6.0, -2.0), 0),
    ("water_use_reduction", None, "%", "up", "current", "rate_up", (2.0, 5.0), (0.0, 0.0), 2),
    ("rd_intensity", None, "%", "up", "current", "rate_pp", (0.6, 2.4), (0.05, 0.15), 2),
    ("tourist_arrivals", None, "万人次", "up", "current", "growth", (20, 800), (5.0, 14.0), 2),
]

CUSTOM = [
    ("service_value_added", "服务业增加值", "亿元", "up", "comparable", "growth", (25, 200), (5.5, 9.5), 2),
    ("agri_output", "农林牧渔业总产值", "亿元", "up", "comparable", "growth", (10, 120), (2.5, 5.0), 2),
    ("tax_revenue", "税收收入", "亿元", "up", "current", "growth", (2, 30), (2.0, 9.0), 2),
    ("public_budget_expenditure", "一般公共预算支出", "亿元", "up", "current", "growth", (10, 80), (3.0, 9.0), 2),
    ("deposits", "金融机构人民币存款余额", "亿元", "up", "current", "growth", (60, 600), (6.0, 11.0), 2),
    ("loans", "金融机构人民币贷款余额", "亿元", "up", "current", "growth", (40, 500), (7.0, 13.0), 2),
    ("real_estate_investment", "房地产开发投资", "亿元", "up", "current", "growth", (5, 90), (-2.0, 9.0), 2),
    ("construction_output", "建筑业总产值", "亿元", "up", "current", "growth", (10, 150), (3.0, 10.0), 2),
    ("online_retail_sales", "网络零售额", "亿元", "up", "current", "growth", (1, 40), (12.0, 25.0), 2),
    ("electricity_consumption", "全社会用电量", "亿千瓦时", "up", "current", "growth", (5, 80), (3.0, 8.0), 2),
    ("freight_volume", "货运量", "万吨", "up", "current", "growth", (300, 5000), (2.0, 8.0), 1),
    ("grain_sown_area", "粮食播种面积", "万亩", "up", "current", "growth", (20, 300), (0.0, 1.0), 2),
    ("afforestation_area", "完成造林面积", "万亩", "up", "current", "count", (1, 20), (0.0, 2.0), 2),
    ("highway_mileage", "公路总里程", "公里", "up", "current", "growth", (1200, 6000), (1.0, 3.0), 0),
    ("rural_road_construction", "新改建农村公路", "公里", "up", "current", "count", (40, 400), (0.0, 3.0), 0),
    ("new_market_entities", "新增市场主体", "户", "up", "current", "count", (1500, 15000), (2.0, 8.0), 0),
    ("industrial_enterprises", "规模以上工业企业", "户", "up", "current", "count", (40, 400), (1.0, 5.0), 0),
    ("high_tech_enterprises", "高新技术企业", "家", "up", "current", "count", (5, 120), (8.0, 18.0), 0),
    ("patent_grants", "专利授权量", "件", "up", "current", "growth", (100, 3000), (8.0, 18.0), 0),
    ("affordable_housing", "保障性安居工程", "套", "up", "current", "count", (300, 4000), (-3.0, 3.0), 0),
    ("elderly_care_beds", "养老机构床位", "张", "up", "current", "count", (300, 3000), (3.0, 8.0), 0),
    ("rural_labor_transfer", "农村劳动力转移就业", "万人次", "up", "current", "count", (1, 25), (0.0, 3.0), 2),
    ("five_g_base_stations", "5G基站", "个", "up", "current", "count", (50, 900), (15.0, 40.0), 0),
    ("urban_green_coverage", "建成区绿化覆盖率", "%", "up", "current", "rate_up", (30.0, 42.0), (0.2, 0.6), 2),
    ("sewage_treatment_rate", "城市污水处理率", "%", "up", "current", "rate_up", (80.0, 94.0), (0.5, 1.2), 2),
    ("garbage_treatment_rate", "生活垃圾无害化处理率", "%", "up", "current", "rate_up", (88.0, 98.0), (0.2, 0.8), 1),
    ("pension_coverage", "基本养老保险参保率", "%", "up", "current", "rate_up", (85.0, 93.0), (0.3, 0.8), 1),
    ("medical_insurance_coverage", "基本医疗保险参保率", "%", "up", "current", "rate_up", (94.0, 97.0), (0.0, 0.2), 1),
    ("preschool_enrollment", "学前教育毛入园率", "%", "up", "current", "rate_pp", (75.0, 88.0), (0.5, 1.5), 1),
    ("compulsory_education_retention", "九年义务教育巩固率", "%", "up", "current", "rate_up", (93.0, 97.0), (0.1, 0.4), 1),
    ("rural_tap_water", "农村自来水普及率", "%", "up", "current", "rate_pp", (70.0, 88.0), (0.8, 2.0), 1),
    ("rural_sanitary_toilets", "农村卫生厕所普及率", "%", "up", "current", "rate_pp", (55.0, 80.0), (1.5, 3.5), 1),
    ("carbon_intensity_reduction", "单位地区生产总值二氧化碳排放降低", "%", "up", "current", "rate_up", (3.0, 5.0), (0.0, 0.0), 2),
    ("energy_consumption", "能源消费总量", "万吨标准煤", "down", "current", "fall", (80, 900), (0.5, 3.0), 2),
    ("cod_emissions", "化学需氧量排放量", "吨", "down", "current", "fall", (2000, 20000), (-4.0, -1.0), 0),
    ("so2_emissions", "二氧化硫排放量", "吨", "down", "current", "fall", (800, 12000), (-6.0, -2.0), 0),
    ("work_safety_deaths", "生产安全事故死亡人数", "人", "down", "current", "fall", (6, 40), (-8.0, -2.0), 0),
    ("beds_per_thousand", "每千人口医疗卫生机构床位数", "张", "up", "current", "count", (4.0, 6.5), (1.0, 3.0), 2),
    ("doctors_per_thousand", "每千人口执业（助理）医师数", "人", "up", "current", "count", (1.8, 3.0), (1.0, 4.0), 2),
    ("broadband_users", "固定宽带用户", "万户", "up", "current", "growth", (2, 40), (3.0, 9.0), 2),
    ("poverty_alleviation_tasks", "脱贫攻坚年度任务", None, "up", "current", "bool", (0, 0), (0, 0), 0),
    ("river_chief_tasks", "河湖长制年度任务", None, "up", "current", "bool", (0, 0), (0, 0), 0),
]

CATALOG_NAMES = {
    "gdp": "地区生产总值", "industrial_value_added": "规模以上工业增加值",
    "fixed_asset_investment": "固定资产投资", "retail_sales": "社会消费品零售总额",
    "disposable_income": "城乡居民人均可支配收入", "urban_disposable_income": "城镇常住居民人均可支配收入",
    "rural_disposable_income": "农村常住居民人均可支配收入", "public_budget_revenue": "一般公共预算收入",
    "new_urban_jobs": "城镇新增就业", "registered_unemployment_rate": "城镇登记失业率",
    "surveyed_unemployment_rate": "城镇调查失业率", "cpi": "居民消费价格涨幅",
    "good_air_days_ratio": "空气质量优良天数比例", "energy_intensity_reduction": "单位地区生产总值能耗降低",
    "tourism_revenue": "旅游综合收入", "per_capita_gdp": "人均地区生产总值",
    "total_industrial_output": "规模以上工业总产值", "grain_output": "粮食总产量",
    "import_export": "进出口总额", "foreign_investment": "实际使用外资",
    "forest_coverage": "森林覆盖率", "urbanization_rate": "常住人口城镇化率",
    "pm25_concentration": "细颗粒物（PM2.5）平均浓度", "water_use_reduction": "万元地区生产总值用水量下降",
    "rd_intensity": "研究与试验发展经费投入强度", "tourist_arrivals": "接待游客人次",
}

NOTES = [
    "2017年起按第四次全国经济普查结果修订",
    "统计口径为规模以上",
    "数据来源：县统计局年度统计公报",
    "2020年受新冠肺炎疫情影响",
    "目标摘自当年政府工作报告，实际值为初步核算数",
    "按常住人口计算",
    "含中央和自治区下达任务",
    "2019年起统计口径调整，历年数据已按新口径衔接",
]

YEAR_NOTES = ["初步核算数", "快报数", "按新口径调整", "统计公报数", "年报数", "受疫情影响"]

PROVINCES = [
    ("11", "北京"), ("12", "天津"), ("13", "河北"), ("14", "山西"), ("15", "内蒙古"),
    ("21", "辽宁"), ("22", "吉林"), ("23", "黑龙江"), ("31", "上海"), ("32", "江苏"),
    ("33", "浙江"), ("34", "安徽"), ("35", "福建"), ("36", "江西"), ("37", "山东"),
    ("41", "河南"), ("42", "湖北"), ("43", "湖南"), ("44", "广东"), ("45", "广西"),
    ("46", "海南"), ("50", "重庆"), ("51", "四川"), ("52", "贵州"), ("53", "云南"),
    ("54", "西藏"), ("61", "陕西"), ("62", "甘肃"), ("63", "青海"), ("64", "宁夏"),
    ("65", "新疆"),
]

SYLLABLES = ("安 宝 昌 长 城 川 大 德 东 丰 阜 福 广 海 和 河 红 华 怀 淮 黄 会 吉 嘉 江 金 晋 靖 "
             "康 乐 临 灵 龙 隆 庐 罗 梅 蒙 密 明 南 宁 平 普 齐 祁 清 庆 泉 仁 荣 瑞 山 上 胜 寿 "
             "双 顺 泰 天 通 同 万 威 文 武 西 仙 香 祥 新 兴 阳 义 永 玉 元 云 漳 昭 镇 中 舟").split()
SUFFIXES = ["县"] * 13 + ["市"] * 4 + ["区"] * 3 + ["旗"]

DEC = Decimal


def q(x, places):
    """x (float or Decimal) rounded half-up to `places` decimals, as a Decimal."""
    return DEC(repr(x) if isinstance(x, float) else x).quantize(DEC(1).scaleb(-places), rounding=ROUND_HALF_UP)


def num(d):
    """A Decimal as plain text, without exponent."""
    return format(d, "f")


def grouped(d):
    """45752 -> 45,752 (the integer part grouped by thousands)."""
    s = num(d)
    whole, dot, frac = s.partition(".")
    neg = whole.startswith("-")
    whole = whole.lstrip("-")
    whole = "{:,}".format(int(whole))
    return ("-" if neg else "") + whole + dot + frac


def split_unit(unit):
    """亿元 -> (8, 元); 万吨标准煤 -> (4, 吨标准煤); 人 -> (0, 人)."""
    for word, exp in (("万亿", 12), ("亿", 8), ("万", 4)):
        if unit.startswith(word) and len(unit) > len(word):
            return exp, unit[len(word):]
    return 0, unit


def level_text(rng, value, unit, places):
    """The written form of a level in `unit` (not a % unit): mostly the bare
    number, now and then with thousands separators or a magnitude + unit."""
    r = rng.random()
    exp, base = split_unit(unit)
    if r < 0.03:  # with its own unit, or another magnitude of the base unit
        choices = [exp]
        for e in (0, 4, 8):
            if e != exp:
                shifted = value.scaleb(exp - e).normalize()
                # keep it readable: at most 4 decimals and not absurdly long
                if -shifted.as_tuple().exponent <= 4 and len(num(shifted)) <= 12:
                    choices.append(e)
        e = rng.choice(choices)
        mag = {0: "", 4: "万", 8: "亿"}[e]
        shown = value.scaleb(exp - e)
        shown = shown.normalize() if shown == shown.to_integral_value() else shown
        text = num(shown) + mag + base
        if "E" in text:
            text = num(value) + unit
        return text
    if r < 0.06 and value >= 1000:
        return '"' + grouped(value) + '"'
    return num(value)


def pct(d):
    return num(d) + "%"


def half(x):
    """Round to a multiple of 0.5, as targets usually are."""
    return q(round(x * 2) / 2.0, 1).normalize() if x == x else DEC(0)


def trim(d):
    d = d.normalize()
    return num(d) if d != d.to_integral_value() else num(d.quantize(DEC(1)))


# ---------------------------------------------------------------------------
# One indicator's series.
# ---------------------------------------------------------------------------

def growth_target(rng, prev, g_plan, unit, places, style):
    """A target for a growth indicator. Returns (text, kind, params)."""
    g = half(g_plan)
    if g <= 0:  # plans are for growth, even where outcomes fell
        g = DEC("1")
    r = rng.random()
    if style == "range" or r < 0.08:
        lo = max(DEC("0.5"), g - rng.choice([DEC("0.5"), DEC("1")]))
        hi = g + rng.choice([DEC("0.5"), DEC("1")])
        sep = rng.choice(["-", "-", "-", "~", "至"])
        lead = rng.choice(["", "", "增长"])
        return f"{lead}{trim(lo)}%{sep}{trim(hi)}%"
    if style == "around" or r < 0.22:
        lead = rng.choice(["", "", "增长", "力争增长"])
        return f"{lead}{trim(g)}%左右"
    if r < 0.30:
        return f"{trim(g)}%以上" if rng.random() < 0.5 else f"增长{trim(g)}%以上"
    if r < 0.36:
        return rng.choice([f"+{trim(g)}%", f"{trim(g)}%", f"力争增长{trim(g)}%", f"确保增长{trim(g)}%"])
    if r < 0.42:  # a level target in the indicator's unit
        level = prev * (1 + g / 100)
        lplaces = 0 if level >= 100 else 1
        level = q(level, lplaces)
        lead = rng.choice(["年计划", "", "力争达到", "达到"])
        tail = rng.choice(["", "以上"]) if lead in ("", "达到") else ""
        shown = grouped(level) if level >= 10000 and rng.random() < 0.3 else num(level)
        text = f"{lead}{shown}{unit}{tail}"
        return text
    return f"增长{trim(g)}%"


def needs_quotes(text):
    """True when a plain scalar inside a flow mapping would not read back as
    the same text."""
    return ("," in text or ": " in text or " #" in text or text[0] in "[]{}#&*!|>'\"%@`?:"
            or text.startswith("- "))


def yaml_scalar(text):
    if text.startswith('"'):
        return text
    if needs_quotes(text) or text in ("true", "false", "yes", "no", "null", "~"):
        return '"' + text + '"'
    return text


def gen_indicator(rng, spec, size, years, out, catalog):
    (iid, name, unit, direction, basis, kind, (lo, hi), (tlo, thi), places) = spec
    out.append(f"  - id: {iid}\n")
    if catalog and rng.random() < 0.6:  # spelled out although the catalog knows it
        out.append(f"    name: {CATALOG_NAMES[iid]}\n")
        out.append(f"    unit: {yaml_scalar(unit)}\n")
    if not catalog:
        out.append(f"    name: {name}\n")
        if unit is not None:
            out.append(f"    unit: {yaml_scalar(unit)}\n")
        if direction != "up":
            out.append(f"    direction: {direction}\n")
        if basis != "current":
            out.append(f"    basis: {basis}\n")
    if rng.random() < 0.5:
        out.append(f"    note: {rng.choice(NOTES)}\n")
    out.append("    series:\n")

    trend = rng.uniform(tlo, thi)
    # Fraction of years with a target; a few indicators carry none at all.
    target_share = 0.0 if rng.random() < 0.06 else rng.choice([1.0, 1.0, 1.0, 0.8, 0.6])
    style = rng.choice(["plain", "plain", "plain", "around", "range"])
    with_growth = basis == "comparable" or rng.random() < 0.75
    rate = unit == "%"

    if kind == "bool":
        for y in years:
            if y == years[0]:
                out.append(f"      {y}: {{note: 启动}}\n" if rng.random() < 0.2 else f"      {y}: {{target: 完成, actual: 完成}}\n")
                continue
            done = "完成" if rng.random() < 0.88 else "未完成"
            out.append(f"      {y}: {{target: 完成, actual: {done}}}\n")
        return

    if rate:
        value = q(rng.uniform(lo, hi), places)
    else:
        scale = size if kind in ("growth", "fall") or iid == "new_urban_jobs" else size ** 0.5
        if iid.endswith("_per_thousand") or "disposable_income" in iid or iid == "per_capita_gdp":
            scale = 1.0
        value = q(max(rng.uniform(lo, hi) * scale, 10 ** -places * 5), places)
        if value <= 0:
            value = DEC(1).scaleb(-places)

    prev = None
    for i, y in enumerate(years):
        parts = []
        target = None
        has_target = i > 0 and rng.random() < target_share
        # --- the plan (target) for year y, from last year's level -------
        if rate:
            if i == 0:
                cur = value
            else:
                step = rng.gauss(trend, 0.4 if kind == "rate_dn" else max(0.3, abs(trend)))
                if kind == "rate_up" and tlo == thi == 0.0:  # yearly reduction rates
                    cur = q(max(0.5, rng.gauss(float(prev), 0.6)), places)
                else:
                    cur = q(min(99.9, max(0.1, float(prev) + step)), places)
            if has_target:
                if kind == "rate_dn":
                    bound = q(float(prev) + rng.uniform(0.1, 0.8), 1)
                    r = rng.random()
                    if r < 0.4:
                        target = rng.choice([f"{trim(bound)}%以内", f"控制在{trim(bound)}%以内", f"不超过{trim(bound)}%", f"≤{trim(bound)}%"])
                    elif r < 0.8:
                        target = f"{trim(half(float(prev)))}%左右" if iid == "cpi" else f"{trim(bound)}%左右"
                    else:
                        target = f"{trim(bound)}%以下"
                elif kind == "rate_up":
                    bound = q(float(prev) + rng.uniform(-0.3, 0.6), 1)
                    r = rng.random()
                    if r < 0.5:
                        target = rng.choice([f"{trim(bound)}%以上", f"稳定在{trim(bound)}%以上", f"不低于{trim(bound)}%", f"≥{trim(bound)}%"])
                    elif r < 0.75:
                        target = f"{trim(bound)}%"
                    else:
                        target = f"{trim(bound)}%左右"
                else:  # rate_pp
                    d = q(max(0.1, 0.7 * trend + rng.gauss(0, 0.15)), 1)
                    target = rng.choice([f"提高{trim(d)}个百分点", f"+{trim(d)}pp", f"提高{trim(d)}个百分点以上"])
            shown = pct(cur) if rng.random() < 0.85 else num(cur)
            parts.append(f"actual: {shown}")
        else:
            if i == 0:
                cur = value
                g_real = None
            else:
                g_plan = rng.gauss(trend, 1.0)
                g_real = rng.gauss(g_plan + 0.6, 1.3)
                if kind == "count":
                    g_real = rng.gauss(trend, 5.0)
                if kind == "fall":
                    g_real = rng.gauss(trend, 3.0)
                deflator = rng.gauss(2.0, 1.2) if basis == "comparable" else 0.0
                nominal = g_real + deflator
                cur = q(float(prev) * (1 + nominal / 100), places)
                if cur <= 0:
                    cur = DEC(1).scaleb(-places)
                if has_target:
                    if kind == "growth":
                        target = growth_target(rng, prev, g_plan, unit, places, style)
                    elif kind == "count":
                        level = float(prev) * (1 + (trend - 2.5 + rng.gauss(0, 3.0)) / 100)
                        lp = 0 if places == 0 or level >= 100 else 1
                        if lp == 0 and level >= 100:
                            level = round(level / 10) * 10
                        level = q(level, lp)
                        r = rng.random()
                        if r < 0.45:
                            target = f"{num(level)}{unit}"
                        elif r < 0.7:
                            target = f"新增{num(level)}{unit}以上" if unit not in ("张", "个") else f"{num(level)}{unit}以上"
                        elif r < 0.8 and level >= 10000 and level == level.to_integral_value():
                            target = f"{trim(level / 10000)}万{unit}"
                        elif r < 0.9 and level >= 1000:
                            target = f"{grouped(level)}{unit}"
                        else:
                            target = f"{num(level)}"
                    else:  # fall
                        r = rng.random()
                        g = half(abs(g_plan)) or DEC(1)
                        if trend > 0:  # a total that may still grow: a cap
                            cap = q(float(prev) * (1 + rng.uniform(0.5, 3.5) / 100), 0 if places == 0 else 1)
                            target = rng.choice([f"控制在{num(cap)}{unit}以内", f"{num(cap)}以内", f"{num(cap)}{unit}以下"])
                        elif r < 0.6:
                            target = rng.choice([f"下降{trim(g)}%", f"-{trim(g)}%", f"压减{trim(g)}%", f"降低{trim(g)}%以上", f"再压减{trim(g)}%以上"])
                        else:
                            cap = q(float(prev) * (1 + g_plan / 100), 0 if places == 0 else 1)
                            target = rng.choice([f"{num(cap)}{unit}以内", f"控制在{num(cap)}{unit}以内", f"{num(cap)}以下"])
            parts.append(f"actual: {level_text(rng, cur, unit, places)}")
            if with_growth and i > 0:
                if basis == "comparable":
                    reported = q(g_real, 1)
                else:
                    reported = q((cur / prev - 1) * 100, 1)  # agrees with the levels
                parts.append(f"growth: {pct(reported)}")
        if target is not None:
            parts.append(f"target: {yaml_scalar(target)}")
        if rng.random() < 0.07:
            parts.append(f"note: {rng.choice(YEAR_NOTES)}")
        out.append(f"      {y}: {{{', '.join(parts)}}}\n")
        prev = cur


def county_name(rng):
    return rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SUFFIXES)


def gen_file(index, seed):
    """(relative path, text) of file `index`."""
    rng = random.Random(seed * 1_000_003 + index)
    prov_code, prov_name = PROVINCES[index % len(PROVINCES)]
    county_seq = index // len(PROVINCES)
    code = f"{prov_code}{(county_seq // 20) + 1:02d}{(county_seq % 20) + 1:02d}"
    name = county_name(rng)
    size = rng.lognormvariate(0.0, 0.7)
    years = list(range(FIRST_YEAR, LAST_YEAR + 1))
    out = [
        f"# {prov_name} {name} ({code}): 主要经济社会发展指标 {FIRST_YEAR}—{LAST_YEAR}\n",
        "# generated by bench/gen_corpus.py for benchmarking; the figures are synthetic\n",
        f"title: {name}{FIRST_YEAR}—{LAST_YEAR}年主要经济社会发展指标\n",
        f"region: {prov_name}{name}\n",
        f"source: 历年{name}政府工作报告；{name}国民经济和社会发展统计公报\n",
        "indicators:\n",
    ]
    n_custom = 34 + rng.randint(-2, 2)
    custom = sorted(rng.sample(range(len(CUSTOM)), n_custom))
    for spec in CATALOG:
        gen_indicator(rng, spec, size, years, out, True)
    for k in custom:
        gen_indicator(rng, CUSTOM[k], size, years, out, False)
    return os.path.join(prov_code, f"{code}.yaml"), "".join(out)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out_dir")
    ap.add_argument("--files", type=int, default=DEFAULT_FILES, help=f"number of files (default {DEFAULT_FILES})")
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default %(default)s)")
    args = ap.parse_args(argv)
    if args.files < 1:
        ap.error("--files must be at least 1")
    total = 0
    made = set()
    for i in range(args.files):
        rel, text = gen_file(i, args.seed)
        path = os.path.join(args.out_dir, rel)
        d = os.path.dirname(path)
        if d not in made:
            os.makedirs(d, exist_ok=True)
            made.add(d)
        data = text.encode("utf-8")
        with open(path, "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.files} files, {total / 1e6:.1f} MB in {args.out_dir}", file=sys.stderr)


if __name__ == "__main__":
    main()
