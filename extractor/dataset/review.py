"""The review page: one self-contained HTML file, readable offline.

Ranking tables per index and year, each unit's score and rank over the
years as Plotly charts, and the conflicts with every value's evidence
sentence (the value highlighted) and a link to its source; a search box
and filters by index, year and conflict. plotly.js is embedded in the file
and the page loads nothing from the network. Charts are drawn when they
scroll into view, so a dataset of thousands of units opens quickly.
"""
from __future__ import annotations

import html
import json
import re
import unicodedata
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import quote, urlparse

from .. import __version__
from ..gazetteer.levels import COMMUNE_LEVELS, DISTRICT_LEVELS, PROVINCE_LEVELS
from .identity import source_kind, source_rank
from .panel import (FLOAT_FIELDS, INDEX_ORDER, INT_FIELDS, Group, build_groups, component_label, format_value,
                    panel_rows)
from .store import load_rows


def write_review(db: Path | str, output: Path | str) -> Path:
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(render_review(load_rows(db), title=f"chiso dataset: {Path(db).name}"), encoding="utf-8")
    return output


def render_review(rows: list[dict], title: str = "chiso dataset") -> str:
    """The page for stored rows (as store.load_rows gives them)."""
    groups = build_groups(rows)
    panel = panel_rows(groups)
    results = [r for r in panel if r["type"] == "result" and r["component"] is None and r["year"] is not None]
    rankings = _rankings(results)
    charts, cards = _histories(results)
    conflicts = [g for g in groups if g.conflict_fields]
    indices = sorted({r["index"] for r in panel}, key=_index_order)
    years = sorted({r["year"] for r in panel if r["year"] is not None})
    documents = len({r["doc_id"] for r in rows})
    summary = (f"{len(rows)} records from {documents} documents; {len(panel)} keys "
               f"(unit, index, component, year), {len(conflicts)} in conflict; {len(cards)} units with a history")
    body = "\n".join([
        _header(title, summary, indices, years),
        '<main>',
        _section("rankings", "Rankings", rankings or '<p class="empty">No results with a year.</p>'),
        _section("history", "Units over the years", "\n".join(cards) or '<p class="empty">No unit has a score or rank.</p>'),
        _section("conflicts", "Conflicts", "\n".join(_conflict(g) for g in conflicts)
                 or '<p class="empty">No two documents disagree.</p>'),
        '</main>',
    ])
    template = _template()
    return _PAGE.format(
        title=html.escape(title),
        style=_STYLE,
        body=body,
        plotly=_plotly_js(),
        charts=_json_script(charts),
        template=_json_script(template),
        script=_SCRIPT,
        generated=html.escape(datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")),
        version=html.escape(__version__),
    )


# --- sections -----------------------------------------------------------------------------------

def _header(title: str, summary: str, indices: list[str], years: list[int]) -> str:
    index_options = "".join(f'<option value="{html.escape(i)}">{html.escape(i)}</option>' for i in indices)
    year_options = "".join(f'<option value="{y}">{y}</option>' for y in years)
    return f"""<header>
<h1>{html.escape(title)}</h1>
<p class="summary">{html.escape(summary)}</p>
<nav><a href="#rankings">Rankings</a> <a href="#history">Units over the years</a> <a href="#conflicts">Conflicts</a></nav>
<form id="filters" onsubmit="return false">
<label>Search <input id="q" type="search" placeholder="unit or province" autocomplete="off"></label>
<label>Index <select id="index"><option value="">all</option>{index_options}</select></label>
<label>Year <select id="year"><option value="">all</option>{year_options}</select></label>
<label><input id="conflicts-only" type="checkbox"> conflicts only</label>
<span id="shown" aria-live="polite"></span>
</form>
</header>"""


def _section(anchor: str, heading: str, content: str) -> str:
    return f'<section id="{anchor}"><h2>{html.escape(heading)}</h2>\n{content}\n</section>'


def _rankings(results: list[dict]) -> str:
    by_table: dict[tuple, list[dict]] = defaultdict(list)
    for row in results:
        group = _ranking_group(row)
        if group is not None:
            by_table[(row["index"], row["year"], *group)].append(row)
    tables = []
    for key in sorted(by_table, key=lambda k: (_index_order(k[0]), -k[1], k[2], k[3])):
        index, year, _, group = key
        rows = sorted(by_table[key], key=lambda r: (
            r["rank"] is None, r["rank"] if r["rank"] is not None else 0,
            -(r["score"] if r["score"] is not None else float("-inf")), r["unit"] or ""))
        body = "\n".join(_ranking_row(r) for r in rows)
        tables.append(
            f'<div class="ranking" data-index="{html.escape(index)}" data-year="{year}">'
            f'<h3>{html.escape(index)} {year} <small>{html.escape(group)} · {len(rows)} unit{"s" if len(rows) != 1 else ""}</small></h3>'
            '<table><thead><tr><th>rank</th><th>unit</th><th>province</th><th>score</th><th>rating</th>'
            '<th>of</th><th>sources</th><th>conflict</th></tr></thead>'
            f'<tbody>{body}</tbody></table></div>')
    return "\n".join(tables)


def _ranking_group(row: dict) -> tuple[int, str] | None:
    """The ranking a unit takes part in: provinces, the districts of a province, its agencies, the ministries."""
    kind, level, province = row["unit_kind"], row["unit_level"], row["province"] or "province not stated"
    if kind == "unnamed":
        return None
    if kind == "ministry" or (kind == "agency" and row["province_code"] is None and row["province"] is None):
        return 5, "ministries and government agencies"
    if kind == "agency":
        return 3, f"departments and agencies of {province}"
    if level in PROVINCE_LEVELS:
        return 0, "provinces and centrally governed cities"
    if level in DISTRICT_LEVELS:
        return 1, f"districts of {province}"
    if level in COMMUNE_LEVELS:
        return 2, f"communes of {province}"
    return 4, f"units of {province}"


def _ranking_row(row: dict) -> str:
    unit = _unit_label(row)
    score = "" if row["score"] is None else f'{format_value("score", row["score"])} {row["score_unit"] or ""}'.strip()
    conflict = (f'<span class="flag" title="documents disagree on {html.escape(row["conflict_fields"])}">'
                f'⚠ {html.escape(row["conflict_fields"])}</span>') if row["conflict"] else ""
    return (f'<tr class="item" data-search="{html.escape(_search_text(row))}" data-conflict="{int(row["conflict"])}">'
            f'<td class="num">{_cell(row["rank"])}</td><td>{html.escape(unit)}</td>'
            f'<td>{html.escape(row["province"] or "")}</td><td class="num">{html.escape(score)}</td>'
            f'<td>{html.escape(row["rating"] or "")}</td><td class="num">{_cell(row["rank_total"])}</td>'
            f'<td class="num">{row["sources"]}</td><td>{conflict}</td></tr>')


def _histories(results: list[dict]) -> tuple[list[dict], list[str]]:
    by_unit: dict[str, list[dict]] = defaultdict(list)
    for row in results:
        if row["score"] is not None or row["rank"] is not None:
            by_unit[row["unit_key"]].append(row)
    charts, cards = [], []
    ordered = sorted(by_unit.items(), key=lambda item: (item[1][0]["province"] or "~", _unit_label(item[1][0])))
    for key, rows in ordered:
        latest = max(rows, key=lambda r: r["year"])
        figure = _history_figure(rows)
        number = len(charts)
        charts.append(figure)
        indices = sorted({r["index"] for r in rows}, key=_index_order)
        years = sorted({r["year"] for r in rows})
        conflict = any(r["conflict"] for r in rows)
        span = f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0])
        cards.append(
            f'<article class="card item" data-search="{html.escape(_search_text(latest))}" '
            f'data-index="{html.escape(" ".join(indices))}" data-year="{" ".join(map(str, years))}" '
            f'data-conflict="{int(conflict)}">'
            f'<h3>{html.escape(_unit_label(latest))} <small>{html.escape(latest["province"] or "")} · '
            f'{html.escape(", ".join(indices))} · {span}</small></h3>'
            f'<div class="chart" data-chart="{number}" role="img" '
            f'aria-label="score and rank of {html.escape(_unit_label(latest))} by year"></div></article>')
    return charts, cards


def _history_figure(rows: list[dict]) -> dict:
    import plotly.graph_objects as go

    figure = go.Figure()
    by_index: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_index[row["index"]].append(row)
    has_rank = any(r["rank"] is not None for r in rows)
    for index in sorted(by_index, key=_index_order):
        points = sorted(by_index[index], key=lambda r: r["year"])
        scored = [r for r in points if r["score"] is not None]
        ranked = [r for r in points if r["rank"] is not None]
        if scored:
            figure.add_trace(go.Scatter(
                x=[r["year"] for r in scored], y=[r["score"] for r in scored], name=f"{index} score",
                mode="lines+markers", legendgroup=index,
                hovertemplate="%{x}: %{y}" + (" " + (scored[0]["score_unit"] or "")) + "<extra>" + index + "</extra>"))
        if ranked:
            figure.add_trace(go.Scatter(
                x=[r["year"] for r in ranked], y=[r["rank"] for r in ranked], name=f"{index} rank",
                mode="lines+markers", yaxis="y2", legendgroup=index, line={"dash": "dot"},
                customdata=[r["rank_total"] for r in ranked],
                hovertemplate="%{x}: rank %{y} of %{customdata}<extra>" + index + "</extra>"))
    years = sorted({r["year"] for r in rows})
    layout = {
        "height": 260, "margin": {"l": 50, "r": 50, "t": 10, "b": 30},
        "xaxis": {"tickmode": "array", "tickvals": years, "range": [years[0] - 0.5, years[-1] + 0.5]},
        "yaxis": {"title": {"text": "score"}},
        "legend": {"orientation": "h", "y": -0.2},
        "showlegend": True,
    }
    if has_rank:
        ranks = [r["rank"] for r in rows if r["rank"] is not None]
        low, high = min(ranks), max(ranks)
        margin = max(0.5, (high - low) * 0.1)
        layout["yaxis2"] = {"title": {"text": "rank (1 at the top)"}, "overlaying": "y", "side": "right",
                            "range": [high + margin, max(low - margin, 0.5)], "tickformat": "d",
                            "showgrid": False, "zeroline": False}
        if high - low <= 10:
            layout["yaxis2"]["dtick"] = 1
    figure.update_layout(**layout)
    spec = json.loads(figure.to_json())
    spec.get("layout", {}).pop("template", None)  # one template for every chart, in the page
    return spec


def _conflict(group: Group) -> str:
    unit = group.unit
    label = _unit_label({"unit": unit.unit, "unit_level": unit.unit_level, "unit_code": unit.unit_code,
                         "unit_key": unit.key})
    province = unit.province if unit.province and unit.province != unit.unit else ""
    heading = (f'{html.escape(label)} <small>{html.escape(province)}</small> · '
               f'{html.escape(component_label(group.index, group.component))} · '
               f'{group.year if group.year is not None else "year not stated"} · {html.escape(group.type)}')
    parts = []
    for name in group.conflict_fields:
        values = []
        for rank, value in enumerate(group.ranked(name)):
            quotes = []
            seen = set()
            for row in sorted(value.rows, key=lambda r: source_rank(source_kind(r.get("source")))):
                if (row["doc_id"], row.get("evidence_start")) in seen:
                    continue
                seen.add((row["doc_id"], row.get("evidence_start")))
                source = row.get("source") or ""
                quotes.append(
                    f'<li><blockquote>{highlight(row.get("evidence_text") or "", name, value.value)}</blockquote>'
                    f'<a href="{html.escape(_href(source))}" class="source">{html.escape(source)}</a> '
                    f'<span class="kind">{html.escape(source_kind(source))}</span></li>')
            chosen = ' <span class="chosen">shown in the panel</span>' if rank == 0 else ""
            values.append(
                f'<div class="value"><p><b>{html.escape(format_value(name, value.value))}</b> '
                f'— {len(value.docs)} document{"s" if len(value.docs) != 1 else ""}{chosen}</p>'
                f'<ul>{"".join(quotes)}</ul></div>')
        parts.append(f'<div class="field"><h4>{html.escape(name)}</h4>{"".join(values)}</div>')
    search = _search_text({"unit": unit.unit, "province": unit.province, "unit_code": unit.unit_code})
    return (f'<article class="conflict item" data-search="{html.escape(search)}" '
            f'data-index="{html.escape(group.index)}" data-year="{group.year if group.year is not None else ""}" '
            f'data-conflict="1"><h3>{heading}</h3>{"".join(parts)}</article>')


# --- helpers ----------------------------------------------------------------------------------------

def highlight(text: str, name: str, value) -> str:
    """The evidence as HTML with the first place stating `value` marked."""
    pattern = _value_pattern(name, value)
    match = pattern.search(text) if pattern is not None else None
    if match is None:
        return html.escape(text)
    return (html.escape(text[:match.start()]) + "<mark>" + html.escape(match.group(0)) + "</mark>"
            + html.escape(text[match.end():]))


def _value_pattern(name: str, value) -> re.Pattern | None:
    if value is None:
        return None
    if name in FLOAT_FIELDS:
        number = abs(float(value))
        whole, _, fraction = f"{number:.3f}".rstrip("0").partition(".")
        fraction = fraction.rstrip("0")
        digits = re.escape(whole) + (f"[,.]{re.escape(fraction)}0*" if fraction else r"(?:[,.]0+)?")
        return re.compile(rf"(?<![\d,.]){digits}(?![\d]|[,.]\d)")
    if name in INT_FIELDS:
        return re.compile(rf"(?<![\d,.])0*{abs(int(value))}(?![\d]|[,.]\d)")
    if name == "bound":
        return None
    return re.compile(re.escape(str(value)), re.IGNORECASE)


def _unit_label(row: dict) -> str:
    if row.get("unit") is None:
        key = row.get("unit_key") or ""
        return f"(unit not named: {key[4:]})" if key.startswith("doc:") else "(unit not named)"
    level = row.get("unit_level")
    if level in (None, "sở", "bộ", "other", "tỉnh", "thành phố"):
        return row["unit"]
    word = "thành phố" if level == "thành phố thuộc tỉnh" else level
    return f"{word} {row['unit']}"


def _search_text(row: dict) -> str:
    text = " ".join(str(row.get(k) or "") for k in ("unit", "province", "unit_code"))
    return f"{text.lower()} {_fold(text)}"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.lower().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _cell(value) -> str:
    return "" if value is None else html.escape(str(value))


def _href(source: str) -> str:
    if urlparse(source).scheme in ("http", "https"):
        return source
    path = Path(source)
    if path.is_absolute():
        return path.as_uri()
    return quote(source)


def _index_order(index: str) -> int:
    return INDEX_ORDER.index(index) if index in INDEX_ORDER else len(INDEX_ORDER)


def _json_script(data) -> str:
    # "</" cannot close the script element it sits in
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")


def _plotly_js() -> str:
    from plotly.offline import get_plotlyjs

    return get_plotlyjs()


def _template() -> dict:
    import plotly.io as pio
    from plotly.utils import PlotlyJSONEncoder

    return json.loads(json.dumps(pio.templates["plotly_white"].to_plotly_json(), cls=PlotlyJSONEncoder))


_STYLE = """
:root { --line: #d0d7de; --muted: #57606a; --warn: #9a6700; --mark: #fff3a3; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1f2328; }
header { position: sticky; top: 0; z-index: 10; background: #f6f8fa; border-bottom: 1px solid var(--line); padding: .6rem 1rem; }
header h1 { font-size: 1.15rem; margin: 0; }
.summary { margin: .2rem 0; color: var(--muted); }
nav a { margin-right: 1rem; }
#filters { display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; margin-top: .4rem; }
#filters input[type=search] { width: 16rem; }
#shown { color: var(--muted); }
main { padding: 0 1rem 3rem; }
section { margin-top: 1.5rem; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
h3 small, h4 small { color: var(--muted); font-weight: normal; }
.ranking { display: inline-block; vertical-align: top; margin: 0 1.5rem 1.5rem 0; }
table { border-collapse: collapse; }
th, td { border-bottom: 1px solid var(--line); padding: .2rem .5rem; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.flag { color: var(--warn); }
#history { display: block; }
.card { display: inline-block; vertical-align: top; width: min(560px, 100%); margin: 0 1rem 1rem 0;
        border: 1px solid var(--line); border-radius: 6px; padding: .3rem .6rem; }
.card h3 { font-size: 1rem; margin: .2rem 0; }
.chart { height: 260px; }
.conflict { border: 1px solid var(--line); border-left: 4px solid var(--warn); border-radius: 6px; padding: .4rem .8rem; margin-bottom: 1rem; }
.conflict h3 { font-size: 1rem; margin: .2rem 0; }
.field h4 { margin: .4rem 0 .2rem; }
.value p { margin: .3rem 0; }
.value ul { margin: 0 0 .4rem; padding-left: 1.2rem; }
blockquote { margin: .2rem 0; color: #1f2328; }
mark { background: var(--mark); padding: 0 .1em; }
.source { font-size: .85em; word-break: break-all; }
.kind, .chosen { font-size: .8em; color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 .3em; }
.empty { color: var(--muted); }
[hidden] { display: none !important; }
footer { color: var(--muted); padding: 1rem; border-top: 1px solid var(--line); }
"""

_SCRIPT = r"""
(function () {
  "use strict";
  var charts = JSON.parse(document.getElementById("chart-data").textContent);
  var template = JSON.parse(document.getElementById("chart-template").textContent);
  var config = {displaylogo: false, responsive: true, modeBarButtonsToRemove: ["toImage"]};

  function draw(div) {
    if (div.dataset.drawn) return;
    var spec = charts[Number(div.dataset.chart)];
    var layout = Object.assign({template: template}, spec.layout);
    Plotly.newPlot(div, spec.data, layout, config);
    div.dataset.drawn = "1";
  }
  var observer = null;
  if ("IntersectionObserver" in window) {
    observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (entry.isIntersecting) { draw(entry.target); observer.unobserve(entry.target); }
      });
    }, {rootMargin: "300px"});
  }
  document.querySelectorAll(".chart").forEach(function (div) {
    if (observer) observer.observe(div); else draw(div);
  });

  function fold(text) {
    return text.toLowerCase().replace(/đ/g, "d").normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  var q = document.getElementById("q");
  var index = document.getElementById("index");
  var year = document.getElementById("year");
  var conflictsOnly = document.getElementById("conflicts-only");
  var shown = document.getElementById("shown");

  function matches(el, query, wantIndex, wantYear, onlyConflicts, scope) {
    var box = scope || el;
    if (query && (el.dataset.search || "").indexOf(query) < 0 && fold(el.dataset.search || "").indexOf(query) < 0) return false;
    if (wantIndex && (" " + (box.dataset.index || "") + " ").indexOf(" " + wantIndex + " ") < 0) return false;
    if (wantYear && (" " + (box.dataset.year || "") + " ").indexOf(" " + wantYear + " ") < 0) return false;
    if (onlyConflicts && el.dataset.conflict !== "1") return false;
    return true;
  }

  function apply() {
    var query = fold(q.value.trim());
    var wantIndex = index.value, wantYear = year.value, onlyConflicts = conflictsOnly.checked;
    var rows = 0, units = 0, conflicts = 0;
    document.querySelectorAll(".ranking").forEach(function (table) {
      var visible = 0;
      table.querySelectorAll("tr.item").forEach(function (tr) {
        var ok = matches(tr, query, wantIndex, wantYear, onlyConflicts, table);
        tr.hidden = !ok;
        if (ok) visible += 1;
      });
      table.hidden = visible === 0;
      rows += visible;
    });
    document.querySelectorAll(".card").forEach(function (card) {
      var ok = matches(card, query, wantIndex, wantYear, onlyConflicts);
      card.hidden = !ok;
      if (ok) units += 1;
    });
    document.querySelectorAll(".conflict").forEach(function (block) {
      var ok = matches(block, query, wantIndex, wantYear, false);
      block.hidden = !ok;
      if (ok) conflicts += 1;
    });
    shown.textContent = rows + " ranking rows, " + units + " units, " + conflicts + " conflicts shown";
  }
  [q, index, year, conflictsOnly].forEach(function (el) {
    el.addEventListener("input", apply);
    el.addEventListener("change", apply);
  });
  apply();
})();
"""

_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data: blob:; font-src data:">
<title>{title}</title>
<style>{style}</style>
<script>{plotly}</script>
</head>
<body>
{body}
<footer>Written by chiso {version} on {generated}. Charts: plotly.js, embedded in this file.</footer>
<script type="application/json" id="chart-data">{charts}</script>
<script type="application/json" id="chart-template">{template}</script>
<script>{script}</script>
</body>
</html>
"""
