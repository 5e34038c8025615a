#!/usr/bin/env python3
"""Writes a minimal XLSX workbook (one sheet, Sheet1) from a CSV file, by hand:
the few XML parts Excel and LibreOffice need, zipped with fixed timestamps so
that the output is the same on every run. Used once to make the committed
fixtures (python3 only, no third-party module):

    python3 tests/data/make_xlsx.py tests/data/nbs-annual.csv tests/data/nbs-annual.xlsx
    python3 tests/data/make_xlsx.py tests/bad/import_bad_cells.csv tests/bad/import_bad_cells.xlsx

Cells are written the ways real workbooks hold them, so that the reader meets
each: text in the shared strings table (t="s"); plain numbers as numbers
(<v>1349084</v>); the numbers of any row whose name starts with 人口 as
inline strings (t="inlineStr"), as portals that export text do.
"""
import csv
import re
import sys
import zipfile
from xml.sax.saxutils import escape

NUMBER = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


def col_name(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def main(src, dst):
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    shared, index = [], {}

    def sst(text):
        if text not in index:
            index[text] = len(shared)
            shared.append(text)
        return index[text]

    xml_rows = []
    for r, row in enumerate(rows, start=1):
        inline = bool(row) and row[0].startswith("人口")
        cells = []
        for c, text in enumerate(row):
            if text == "":
                continue
            ref = f"{col_name(c)}{r}"
            if c > 0 and NUMBER.match(text) and not inline:
                cells.append(f'<c r="{ref}"><v>{text}</v></c>')
            elif c > 0 and inline:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{escape(text)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{sst(text)}</v></c>')
        xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')

    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel_ns = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    parts = {
        "[Content_Types].xml": head
        + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        "</Types>",
        "_rels/.rels": head
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>",
        "xl/workbook.xml": head
        + f"<workbook {ns} {rel_ns}><sheets>"
        '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": head
        + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'
        "</Relationships>",
        "xl/worksheets/sheet1.xml": head + f'<worksheet {ns}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
        "xl/sharedStrings.xml": head
        + f'<sst {ns} count="{len(shared)}" uniqueCount="{len(shared)}">'
        + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared)
        + "</sst>",
    }
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
