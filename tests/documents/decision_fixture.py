"""A made-up provincial decision announcing PAR Index results, written as a
PDF with reportlab, as a 300 dpi scan of that PDF, and as a .docx, together
with the values every table cell holds, so tests can check where each one
lands.

Page 1 holds the heading, the articles and the start of the districts'
table, which runs on to page 2 with its header repeated; page 2 then gives
the legend of "Lĩnh vực 1..8"; page 3 the departments' table, whose header
names the components in cells under a merged "Chỉ số thành phần".
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

# Decisions are set in Times New Roman; Liberation Serif has its metrics
# (Debian: fonts-liberation2).  DejaVu Serif stands in where it is missing.
FONT_CHOICES = [
    (Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf"),
     Path("/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf")),
    (Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"),
     Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf")),
]


def font_files() -> tuple[Path, Path] | None:
    """The regular and bold font the fixtures are set in, if one is installed."""
    return next(((r, b) for r, b in FONT_CHOICES if r.exists() and b.exists()), None)


YEAR = 2023
PROVINCE = "Nghệ An"
PROVINCE_CODE = "40"
DECISION_NUMBER = "512/QĐ-UBND"
DECISION_DATE = "2024-03-15"

# (as the table writes it, unit name, unit level, GSO code)
DISTRICTS = [
    ("Thành phố Vinh", "Vinh", "thành phố thuộc tỉnh", "412"),
    ("Thị xã Thái Hòa", "Thái Hòa", "thị xã", "414"),
    ("Thị xã Hoàng Mai", "Hoàng Mai", "thị xã", "432"),
    ("Huyện Quỳnh Lưu", "Quỳnh Lưu", "huyện", "421"),
    ("Huyện Diễn Châu", "Diễn Châu", "huyện", "425"),
    ("Huyện Yên Thành", "Yên Thành", "huyện", "426"),
    ("Huyện Nghi Lộc", "Nghi Lộc", "huyện", "429"),
    ("Huyện Hưng Nguyên", "Hưng Nguyên", "huyện", "431"),
    ("Huyện Nam Đàn", "Nam Đàn", "huyện", "430"),
    ("Huyện Thanh Chương", "Thanh Chương", "huyện", "428"),
    ("Huyện Đô Lương", "Đô Lương", "huyện", "427"),
    ("Huyện Anh Sơn", "Anh Sơn", "huyện", "424"),
    ("Huyện Con Cuông", "Con Cuông", "huyện", "422"),
    ("Huyện Tương Dương", "Tương Dương", "huyện", "418"),
    ("Huyện Kỳ Sơn", "Kỳ Sơn", "huyện", "417"),
    ("Huyện Quế Phong", "Quế Phong", "huyện", "415"),
    ("Huyện Quỳ Châu", "Quỳ Châu", "huyện", "416"),
    ("Huyện Quỳ Hợp", "Quỳ Hợp", "huyện", "420"),
    ("Huyện Nghĩa Đàn", "Nghĩa Đàn", "huyện", "419"),
    ("Huyện Tân Kỳ", "Tân Kỳ", "huyện", "423"),
]
DEPARTMENTS = [
    "Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Kế hoạch và Đầu tư", "Sở Công Thương",
    "Sở Xây dựng", "Sở Giao thông vận tải", "Sở Y tế", "Sở Giáo dục và Đào tạo",
    "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
    "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ",
]
# Lĩnh vực N of the districts' table: (legend name, component key, maximum)
DISTRICT_FIELDS = [
    ("Công tác chỉ đạo, điều hành CCHC", "direction", 9.0),
    ("Xây dựng và tổ chức thực hiện văn bản QPPL", "institutions", 7.0),
    ("Cải cách thủ tục hành chính", "procedures", 13.0),
    ("Cải cách tổ chức bộ máy hành chính", "organization", 8.0),
    ("Cải cách chế độ công vụ", "civil_service", 12.0),
    ("Cải cách tài chính công", "public_finance", 8.0),
    ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "e_government", 12.0),
    ("Tác động của cải cách hành chính", "impact", 31.0),
]
# Components of the departments' table, as its header cells name them.
DEPARTMENT_FIELDS = [
    ("Công tác chỉ đạo, điều hành CCHC", "direction"),
    ("Cải cách thể chế", "institutions"),
    ("Cải cách TTHC", "procedures"),
    ("Cải cách tổ chức bộ máy", "organization"),
    ("Cải cách chế độ công vụ", "civil_service"),
    ("Cải cách tài chính công", "public_finance"),
    ("Hiện đại hóa hành chính", "e_government"),
]


@dataclass
class ExpectedRow:
    written: str
    unit: str
    unit_level: str
    unit_code: str | None
    components: dict[str, float]
    total: float
    score_unit: str
    rank: int
    rank_total: int
    rating: str | None = None
    max_scores: dict[str, float] = field(default_factory=dict)


@dataclass
class Expected:
    districts: list[ExpectedRow]
    departments: list[ExpectedRow]

    @property
    def rows(self) -> list[ExpectedRow]:
        return self.districts + self.departments

    def cell_count(self) -> int:
        return sum(len(r.components) + 2 + (r.rating is not None) for r in self.rows)


def vn(value: float) -> str:
    """A number as Vietnamese documents print it: decimal comma."""
    return f"{value:.2f}".replace(".", ",")


def _rating(total: float) -> str:
    return "Xuất sắc" if total >= 90 else "Tốt" if total >= 80 else "Khá"


def expected_values(seed: int = 2023) -> Expected:
    rng = random.Random(seed)
    districts = []
    for written, unit, level, code in DISTRICTS:
        components = {key: round(rng.uniform(0.62, 0.99) * maximum, 2) for _, key, maximum in DISTRICT_FIELDS}
        total = round(sum(components.values()), 2)
        maxima = {key: maximum for _, key, maximum in DISTRICT_FIELDS}
        districts.append(ExpectedRow(written, unit, level, code, components, total, "điểm", 0, 20,
                                     _rating(total), maxima))
    departments = []
    for name in DEPARTMENTS:
        components = {key: round(rng.uniform(4.0, 14.0), 2) for _, key in DEPARTMENT_FIELDS}
        total = round(rng.uniform(70.0, 95.0), 2)
        departments.append(ExpectedRow(name, name, "sở", None, components, total, "%", 0, 15))
    for group in (districts, departments):
        group.sort(key=lambda row: -row.total)
        for rank, row in enumerate(group, start=1):
            row.rank = rank
    return Expected(districts, departments)


HEADING_LINES = [
    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể "
    "cải cách hành chính nhà nước giai đoạn 2021 - 2030;",
    "Căn cứ Quyết định số 1234/QĐ-UBND ngày 20/4/2023 của UBND tỉnh ban hành Bộ Chỉ số "
    "cải cách hành chính của các sở, ban, ngành và UBND các huyện, thành phố, thị xã;",
    "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 88/TTr-SNV ngày 05/3/2024.",
]
ARTICLES = [
    "Điều 1. Công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành cấp tỉnh và "
    "UBND các huyện, thành phố, thị xã (chi tiết tại Phụ lục I và Phụ lục II kèm theo).",
    "Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan, đơn vị liên quan theo dõi, "
    "đôn đốc việc khắc phục những hạn chế, tồn tại được chỉ ra qua kết quả xác định Chỉ số.",
    "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng UBND tỉnh, Giám đốc "
    "các sở, Thủ trưởng các ban, ngành cấp tỉnh, Chủ tịch UBND các huyện, thành phố, thị xã "
    "chịu trách nhiệm thi hành Quyết định này.",
]
# Result tables in real decisions are set in 10-12 pt; smaller print is
# where OCR starts losing decimal commas.
TABLE_FONT_SIZE = 10.5
TABLE_LEADING = 12.5
PAGE_HEADER = "UBND tỉnh Nghệ An - Quyết định số 512/QĐ-UBND"


def _styles():
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = font_files()
    pdfmetrics.registerFont(TTFont("Serif", str(regular)))
    pdfmetrics.registerFont(TTFont("Serif-Bold", str(bold)))
    body = ParagraphStyle("body", fontName="Serif", fontSize=12, leading=15, alignment=TA_JUSTIFY,
                          spaceAfter=3)
    return {
        "body": body,
        "center": ParagraphStyle("center", parent=body, alignment=TA_CENTER),
        "title": ParagraphStyle("title", parent=body, fontName="Serif-Bold", fontSize=13,
                                leading=16, alignment=TA_CENTER, spaceBefore=6),
        "cell": ParagraphStyle("cell", fontName="Serif", fontSize=TABLE_FONT_SIZE, leading=TABLE_LEADING),
        "head": ParagraphStyle("head", fontName="Serif-Bold", fontSize=TABLE_FONT_SIZE - 1,
                               leading=TABLE_LEADING - 1,
                               alignment=TA_CENTER),
    }


# how a table's lines are drawn: every cell ruled, or none, or (as many decisions set
# them) a rule over and under the header and one under the last row
RULES = ("grid", "none", "header")


def _grid_style(header_rows: int, spans: list, rules: str = "grid"):
    from reportlab.lib import colors
    from reportlab.platypus import TableStyle

    lines = {
        "grid": [("GRID", (0, 0), (-1, -1), 0.6, colors.black)],
        "none": [],
        "header": [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                   ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, colors.black),
                   ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black)],
    }[rules]
    return TableStyle([
        *lines,
        ("FONTNAME", (0, 0), (-1, -1), "Serif"),
        ("FONTSIZE", (0, 0), (-1, -1), TABLE_FONT_SIZE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, header_rows), (-1, -1), "CENTER"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        *spans,
    ])


def _districts_table(expected: Expected, styles, rules: str):
    from reportlab.platypus import Paragraph, Table

    head = styles["head"]
    header = [
        [Paragraph("STT", head), Paragraph("Đơn vị", head), Paragraph("Điểm các lĩnh vực", head)]
        + [""] * 7 + [Paragraph("Tổng điểm", head), Paragraph("Xếp hạng", head), Paragraph("Xếp loại", head)],
        ["", ""] + [Paragraph(f"Lĩnh vực {n}", head) for n in range(1, 9)] + ["", "", ""],
    ]
    body = [
        [str(i), Paragraph(row.written, styles["cell"])]
        + [vn(row.components[key]) for _, key, _ in DISTRICT_FIELDS]
        + [vn(row.total), str(row.rank), row.rating]
        for i, row in enumerate(expected.districts, start=1)
    ]
    spans = [("SPAN", (2, 0), (9, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 10, 11, 12)]
    widths = [27, 92] + [33] * 8 + [38, 34, 45]
    return Table(header + body, colWidths=widths, repeatRows=2, style=_grid_style(2, spans, rules))


def _departments_table(expected: Expected, styles, rules: str):
    from reportlab.platypus import Paragraph, Table

    head = styles["head"]
    header = [
        [Paragraph("TT", head), Paragraph("Tên cơ quan, đơn vị", head),
         Paragraph("Chỉ số thành phần", head)] + [""] * 6
        + [Paragraph("Chỉ số CCHC (%)", head), Paragraph("Thứ hạng", head)],
        ["", ""] + [Paragraph(name, head) for name, _ in DEPARTMENT_FIELDS] + ["", ""],
    ]
    body = [
        [str(i), Paragraph(row.written, styles["cell"])]
        + [vn(row.components[key]) for _, key in DEPARTMENT_FIELDS]
        + [vn(row.total), str(row.rank)]
        for i, row in enumerate(expected.departments, start=1)
    ]
    spans = [("SPAN", (2, 0), (8, 0))] + [("SPAN", (c, 0), (c, 1)) for c in (0, 1, 9, 10)]
    widths = [24, 112] + [43] * 7 + [48, 40]
    return Table(header + body, colWidths=widths, repeatRows=2, style=_grid_style(2, spans, rules))


def _letterhead(styles):
    from reportlab.platypus import Paragraph, Table

    center = styles["center"]
    return Table([
        [Paragraph("<b>ỦY BAN NHÂN DÂN<br/>TỈNH NGHỆ AN</b>", center),
         Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/>Độc lập - Tự do - Hạnh phúc", center)],
        [Paragraph(f"Số: {DECISION_NUMBER}", center),
         Paragraph("<i>Nghệ An, ngày 15 tháng 3 năm 2024</i>", center)],
    ], colWidths=[200, 300])


def make_decision_pdf(path: Path, expected: Expected, rules: str = "grid") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer

    styles = _styles()

    def furniture(canvas, document):
        canvas.saveState()
        canvas.setFont("Serif", 8)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 28, PAGE_HEADER)
        canvas.drawCentredString(A4[0] / 2, 24, f"Trang {document.page}")
        canvas.restoreState()

    story = [
        _letterhead(styles),
        Paragraph("QUYẾT ĐỊNH", styles["title"]),
        Paragraph("Về việc công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành "
                  "và UBND các huyện, thành phố, thị xã trên địa bàn tỉnh", styles["center"]),
        Paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN", styles["title"]),
        *[Paragraph(line, styles["body"]) for line in HEADING_LINES],
        Paragraph("QUYẾT ĐỊNH:", styles["title"]),
        *[Paragraph(line, styles["body"]) for line in ARTICLES],
        Paragraph("KT. CHỦ TỊCH<br/>PHÓ CHỦ TỊCH<br/>Nguyễn Văn Đệ", styles["center"]),
        Spacer(1, 4),
        Paragraph("Phụ lục I", styles["title"]),
        Paragraph("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA UBND CÁC HUYỆN, THÀNH PHỐ, THỊ XÃ",
                  styles["center"]),
        _districts_table(expected, styles, rules),
        Spacer(1, 6),
        Paragraph("Ghi chú:", styles["body"]),
        *[Paragraph(f"Lĩnh vực {n}: {name} ({vn(maximum).replace(',00', '')} điểm);", styles["body"])
          for n, (name, _, maximum) in enumerate(DISTRICT_FIELDS, start=1)],
        PageBreak(),
        Paragraph("Phụ lục II", styles["title"]),
        Paragraph("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH",
                  styles["center"]),
        _departments_table(expected, styles, rules),
    ]
    document = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=42, rightMargin=42,
                                 topMargin=50, bottomMargin=50, title="Quyết định 512/QĐ-UBND")
    document.build(story, onFirstPage=furniture, onLaterPages=furniture)
    return path


def rasterize(pdf: Path, out: Path, dpi: int = 300, pages: list[int] | None = None) -> Path:
    """An image-only copy of `pdf`, as a scanner would make it; `pages` (1-based) picks some."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        numbers = pages or list(range(1, len(document) + 1))
        images = [document[n - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for n in numbers]
    finally:
        document.close()
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi)
    return out


def make_docx(path: Path, expected: Expected) -> Path:
    """The departments' part of the decision as a Word file, header cells merged."""
    from docx import Document as WordDocument

    word = WordDocument()
    word.add_paragraph("ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    word.add_paragraph(f"Số: {DECISION_NUMBER}\tNghệ An, ngày 15 tháng 3 năm 2024")
    word.add_paragraph("QUYẾT ĐỊNH")
    word.add_paragraph("Về việc công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành")
    word.add_paragraph("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    word.add_paragraph(HEADING_LINES[0])
    word.add_paragraph("KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH")
    columns = 2 + len(DEPARTMENT_FIELDS) + 2
    table = word.add_table(rows=2 + len(expected.departments), cols=columns)
    top, second = table.rows[0].cells, table.rows[1].cells
    top[0].merge(second[0]).text = "TT"
    top[1].merge(second[1]).text = "Tên cơ quan, đơn vị"
    top[2].merge(top[2 + len(DEPARTMENT_FIELDS) - 1]).text = "Chỉ số thành phần"
    for offset, (name, _) in enumerate(DEPARTMENT_FIELDS):
        second[2 + offset].text = name
    top[columns - 2].merge(second[columns - 2]).text = "Chỉ số CCHC (%)"
    top[columns - 1].merge(second[columns - 1]).text = "Thứ hạng"
    for i, row in enumerate(expected.departments, start=1):
        cells = table.rows[1 + i].cells
        values = [str(i), row.written] + [vn(row.components[key]) for _, key in DEPARTMENT_FIELDS]
        values += [vn(row.total), str(row.rank)]
        for cell, value in zip(cells, values):
            cell.text = value
    word.add_paragraph("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.")
    word.save(path)
    return path


# --- the scan as offices make it ------------------------------------------------
#
# A clean 300 dpi render is the best a scan can be.  What offices publish is
# fed through a cheap scanner at 200 dpi, lies a degree or so crooked on the
# glass (or a whole quarter turn, for a landscape table), picks up dust and
# toner specks, is a little out of focus, and is saved as a JPEG.

ROUGH_DPI = 200


def stamp(page, rng, dpi: int):
    """A red seal and a signature in blue ink, as a greyscale scan shows them (mid grey, lighter
    than the print), put down over the table's cells."""
    import numpy as np
    from PIL import ImageDraw

    draw = ImageDraw.Draw(page)
    width, height = page.size
    x, y = width * float(rng.uniform(0.55, 0.75)), height * float(rng.uniform(0.45, 0.65))
    radius = 0.75 * dpi
    for r, line in ((radius, int(0.03 * dpi)), (radius * 0.78, int(0.012 * dpi))):
        draw.ellipse((x - r, y - r, x + r, y + r), outline=135, width=line)
    star = [(x + radius * 0.25 * np.cos(a), y + radius * 0.25 * np.sin(a))
            for a in np.linspace(-np.pi / 2, 3.5 * np.pi, 11)]
    draw.line(star, fill=135, width=int(0.01 * dpi))
    for k in range(12):  # the seal's lettering round its rim: short strokes
        a = 2 * np.pi * k / 12
        r0, r1 = radius * 0.82, radius * 0.95
        draw.line([(x + r0 * np.cos(a), y + r0 * np.sin(a)), (x + r1 * np.cos(a + 0.1), y + r1 * np.sin(a + 0.1))],
                  fill=135, width=int(0.008 * dpi))
    # the signature: a few loops across the seal
    t = np.linspace(0, 1, 80)
    xs = x - radius * 1.1 + 2.2 * radius * t
    ys = y + 0.25 * radius * np.sin(t * 9 * np.pi) - 0.3 * radius * t
    draw.line(list(zip(xs.tolist(), ys.tolist())), fill=95, width=int(0.012 * dpi))
    return page


def degrade(image, seed: int, turn: int = 0, dpi: int = ROUGH_DPI, stamped: bool = False):
    """`image` (a page rendered at `dpi`) as an office scanner leaves it.

    Deterministic by `seed`: the tilt (0.7°-1.3°, either way), where the
    specks fall.  `turn` (0, 90, 180, 270) turns the page counter-clockwise
    that many degrees on top of the tilt; `stamped` puts a seal and a
    signature over the cells first.
    """
    import io

    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    page = image.convert("L")
    if stamped:
        page = stamp(page, rng, dpi)
    tilt = float(rng.uniform(0.7, 1.3)) * (1 if rng.random() < 0.5 else -1)
    page = page.rotate(tilt, resample=Image.BICUBIC, fillcolor=255, expand=False)
    if turn:
        page = page.rotate(turn, expand=True)
    page = page.filter(ImageFilter.GaussianBlur(radius=0.6 * dpi / 200))
    pixels = np.asarray(page, dtype=np.float32)
    # paper grain and sensor noise, then dust (dark) and dropouts (light)
    pixels = pixels * 0.92 + 12 + rng.normal(0, 8, pixels.shape)
    height, width = pixels.shape
    for value, share in ((20, 0.002), (255, 0.002)):
        count = int(height * width * share)
        ys, xs = rng.integers(0, height - 1, count), rng.integers(0, width - 1, count)
        pixels[ys, xs] = value
        # a third of the dark specks are 2 px across, as toner dust is
        if value < 128:
            pixels[ys[: count // 3] + 1, xs[: count // 3] + 1] = value
    page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    page.save(buffer, format="JPEG", quality=60)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def rough_scan(pdf: Path, out: Path, seed: int = 1, turn: int = 0, pages: list[int] | None = None,
               dpi: int = ROUGH_DPI, stamped: bool = False) -> Path:
    """An image-only copy of `pdf` at `dpi`, each page degraded (seed + page
    number), saved as a PDF of JPEG images; `pages` (1-based) picks some;
    `stamped` puts a seal and a signature over each page's cells."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        numbers = pages or list(range(1, len(document) + 1))
        images = [
            degrade(document[n - 1].render(scale=dpi / 72, grayscale=True).to_pil(), seed + n, turn, dpi, stamped)
            for n in numbers
        ]
    finally:
        document.close()
    # Pillow writes greyscale pages into a PDF as JPEG (DCTDecode)
    images[0].save(out, save_all=True, append_images=images[1:], resolution=dpi, quality=60)
    return out
