#!/usr/bin/env python3
"""Writes the committed sample spreadsheets of the import tests, by hand and without POI, so the reader
is tested on files it did not write: inline strings instead of a shared-string table, numbers for
citizen IDs that lost their leading zeros, date cells, decomposed (NFD) text, title rows above the
header. Also a truncated copy and a text file named .xlsx. Every person in them is invented."""
import unicodedata
import zipfile
from xml.sax.saxutils import escape

def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def cell(ref, v):
    if isinstance(v, tuple):  # ("date", serial)
        return f'<c r="{ref}" s="1"><v>{v[1]}</v></c>'
    if isinstance(v, (int, float)):
        return f'<c r="{ref}"><v>{v}</v></c>'
    return f'<c r="{ref}" t="inlineStr"><is><t>{escape(v)}</t></is></c>'

def sheet(rows):
    out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
           '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r, row in enumerate(rows, start=1):
        if row is None:
            continue
        cells = "".join(cell(f"{col(i)}{r}", v) for i, v in enumerate(row) if v is not None)
        out.append(f'<row r="{r}">{cells}</row>')
    out.append('</sheetData></worksheet>')
    return "".join(out)

def xlsx(path, rows):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>')
        z.writestr("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/sheet1.xml", sheet(rows))

nfd = lambda s: unicodedata.normalize("NFD", s)
rows = [
    ["ĐẢNG BỘ PHƯỜNG MẪU"],
    ["DANH SÁCH ĐẢNG VIÊN CHI BỘ KHU PHỐ MẪU"],
    None,
    ["STT", "HO VA TEN", "GIOI TINH", "NGAY SINH", "SO CCCD", "DAN TOC", "NGAY VAO DANG", "GHI CHU"],
    [1, nfd("Lê Thị Mẫu Nhập"), "Nữ", ("date", 27090), 1174012001, "Kinh", "19/05/2000", "mẫu"],
    [2, "Trần Văn Mẫu Nhập", "nam", "02/09/1968", "001068012002", "Tày", ("date", 36465), None],
    [3, "Hoàng Thị Ngày Hỏng", "Nữ", "31/02/1990", "001190012003", "Kinh", None, None],
]
xlsx("ds-dang-vien-mau.xlsx", rows)
data = open("ds-dang-vien-mau.xlsx", "rb").read()
open("hong.xlsx", "wb").write(data[: len(data) // 2])
open("khong-phai-bang-tinh.xlsx", "w").write("Họ và tên;Ngày sinh\nNguyễn Văn A;01/01/1970\n")
