"""The report's HTML: a summary page and one page per document. Plain HTML with the CSS inline and no
JavaScript, so the folder opens from disk in any browser with no network. Every text from a
document goes through ``html.escape``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from normalize.accounting import LOW_COVERAGE
from normalize.flags import FLAGS
from renaksi.report.data import ReportDocument, worst_first
from renaksi.report.drawing import STATUS_COLOURS, STATUS_MEANINGS, UNREAD_COLOUR, UNREAD_MEANING, row_status
from schemas.contract import TargetRow


@dataclass(frozen=True)
class PageView:
    """One page image of a document page: where it is (relative to the HTML) and what it shows."""

    number: int
    image: str
    caption: str


def _rgb(status: str) -> str:
    r, g, b = STATUS_COLOURS[status]
    return f"rgb({r},{g},{b})"


CSS = f"""
* {{ box-sizing: border-box; }}
body {{ font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; margin: 0;
       color: #1d2329; background: #f4f5f7; }}
header {{ background: #1f3a5f; color: #fff; padding: 12px 20px; }}
header h1 {{ margin: 0; font-size: 20px; }}
header p {{ margin: 4px 0 0; color: #d6e2f0; }}
header a {{ color: #fff; }}
main {{ padding: 16px 20px; }}
h2 {{ font-size: 16px; margin: 20px 0 8px; }}
table {{ border-collapse: collapse; background: #fff; width: 100%; }}
th, td {{ border: 1px solid #d5d9de; padding: 4px 6px; text-align: left; vertical-align: top; }}
th {{ background: #e8ecf1; position: sticky; top: 0; z-index: 1; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }}
.cards {{ display: flex; gap: 12px; flex-wrap: wrap; margin-bottom: 8px; }}
.card {{ background: #fff; border: 1px solid #d5d9de; border-radius: 6px; padding: 8px 14px; min-width: 130px; }}
.card b {{ display: block; font-size: 22px; }}
.badge {{ display: inline-block; border-radius: 10px; padding: 0 8px; font-size: 12px; color: #fff;
          white-space: nowrap; }}
.converted, .unchanged {{ background: {_rgb("ok")}; }}
.failed {{ background: {_rgb("flagged")}; }}
.flag {{ display: inline-block; background: #fde2e1; color: #8a1c1c; border: 1px solid #f3b4b1; border-radius: 4px;
         padding: 0 4px; margin: 1px 2px 1px 0; font-size: 12px; white-space: nowrap; }}
tr.flagged td:first-child {{ border-left: 5px solid {_rgb("flagged")}; }}
tr.repaired td:first-child {{ border-left: 5px solid {_rgb("repaired")}; }}
tr.ok td:first-child {{ border-left: 5px solid {_rgb("ok")}; }}
tr.flagged {{ background: #fff4f3; }}
.swatch {{ display: inline-block; width: 14px; height: 14px; border-radius: 3px; vertical-align: -2px;
           margin-right: 4px; }}
.context {{ color: #5d6b7a; font-size: 12px; }}
.error {{ color: #8a1c1c; }}
.layout {{ display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 14px; align-items: start; }}
.pages figure {{ margin: 0 0 16px; background: #fff; border: 1px solid #d5d9de; padding: 6px; }}
.pages img {{ width: 100%; height: auto; display: block; }}
.pages figcaption {{ color: #5d6b7a; font-size: 12px; padding-top: 4px; }}
.rows {{ position: sticky; top: 8px; max-height: calc(100vh - 16px); overflow: auto; border: 1px solid #d5d9de; }}
.rows table {{ font-size: 12px; }}
.rows td {{ padding: 3px 5px; }}
.rows td.ind {{ width: 100%; max-width: 0; }}
.rows .context {{ white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }}
.rows .indicator {{ display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3; line-clamp: 3;
                    overflow: hidden; }}
.level {{ display: inline-block; font-size: 11px; color: #3d4a57; background: #e8ecf1; border-radius: 3px;
          padding: 0 4px; margin-right: 4px; }}
.notes {{ background: #fff8e1; border: 1px solid #f0d98c; padding: 6px 10px; margin-bottom: 12px; }}
.legend span {{ margin-right: 14px; white-space: nowrap; }}
"""


def _page(title: str, heading: str, subtitle: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title><style>{CSS}</style></head>\n"
            f"<body><header><h1>{escape(heading)}</h1><p>{subtitle}</p></header>\n<main>{body}</main></body></html>\n")


def _confidence(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _status_legend() -> str:
    unread = "rgb({},{},{})".format(*UNREAD_COLOUR)
    return '<p class="legend">' + "".join(
        f'<span><i class="swatch" style="background:{_rgb(s)}"></i>{escape(m)}</span>'
        for s, m in STATUS_MEANINGS.items()) + \
        f'<span><i class="swatch" style="background:{unread}"></i>{escape(UNREAD_MEANING)}</span></p>'


def _coverage_cell(coverage: float | None) -> str:
    """Coverage in the index, in the flagged colour below the level the terminal warns at."""
    if coverage is None:
        return '<td class="num"></td>'
    style = f' style="color:{_rgb("flagged")}"' if coverage < LOW_COVERAGE else ""
    return f'<td class="num"{style}>{coverage:.4f}</td>'



def _flag_legend() -> str:
    rows = "".join(f'<tr><td><span class="flag">{escape(n)}</span></td><td>{escape(m)}</td></tr>'
                   for n, m in FLAGS.items())
    return f"<table><tr><th>flag</th><th>meaning</th></tr>{rows}</table>"


def index_html(docs: Sequence[ReportDocument], out_dir_name: str) -> str:
    rows = sum(len(d.rows) for d in docs)
    flagged = sum(d.flagged_rows for d in docs)
    failed = sum(d.outcome.status == "failed" for d in docs)
    cards = "".join(f'<div class="card"><b>{value}</b>{escape(label)}</div>' for value, label in (
        (len(docs), "documents"), (failed, "failed"), (rows, "rows"), (flagged, "flagged rows")))
    lines = []
    for d in worst_first(list(docs)):
        o = d.outcome
        lowest = d.lowest_confidence
        low_style = f' style="color:{_rgb("repaired")}"' if lowest is not None and lowest < 0.999 else ""
        lines.append(
            f"<tr class=\"{'flagged' if d.flagged_rows or o.status == 'failed' else 'ok'}\">"
            f'<td class="num">{d.number}</td>'
            f'<td><a href="{quote(d.page_name)}">{escape(o.source_file)}</a>'
            f'<div class="context">{escape(o.path)}</div></td>'
            f'<td><span class="badge {escape(o.status)}">{escape(o.status)}</span>'
            f'{f"<div class=error>{escape(o.error)}</div>" if o.error else ""}</td>'
            f'<td class="num">{o.pages}</td><td class="num">{len(d.rows)}</td>'
            f'<td class="num">{d.flagged_rows}</td><td class="num">{d.flag_count}</td>'
            f'<td class="num"{low_style}>{_confidence(lowest)}</td>{_coverage_cell(o.coverage)}</tr>')
    table = ("<table><tr><th>#</th><th>document</th><th>outcome</th><th>pages</th><th>rows</th>"
             "<th>flagged rows</th><th>flags</th><th>lowest confidence</th><th>coverage</th></tr>"
             + "".join(lines) + "</table>")
    body = (f'<div class="cards">{cards}</div><h2>Documents</h2>{table}'
            f"<h2>What the flags mean</h2>{_flag_legend()}<h2>Colours</h2>{_status_legend()}")
    return _page("RENAKSI review", "RENAKSI review",
                 f"output folder <b>{escape(out_dir_name)}</b>: every document of the run, worst first (failed, "
                 "then least of its table text read, then most rows flagged); open one to see its "
                 "pages with the cells read, the text left unread and its rows, flagged rows first", body)


def _period(row: TargetRow) -> str:
    return "year" if row.quarter is None else f"TW&nbsp;{row.quarter}"


def _value(row: TargetRow) -> str:
    v = row.target_value
    if v is None:
        return ""
    return str(int(v)) if float(v).is_integer() else f"{v:g}"


def _row_line(number: int, row: TargetRow) -> str:
    path = [t for t in (row.sasaran, row.program, row.kegiatan, row.subkegiatan) if t]
    flags = "".join(f'<span class="flag" title="{escape(FLAGS.get(f, ""))}">{escape(f)}</span>' for f in row.flags)
    read_as = f"{_value(row)} {escape(row.target_unit or '')}".strip()
    return (f'<tr class="{row_status(row)}" id="row-{number}"><td class="num">{number}</td>'
            f'<td class="ind">{f"<div>{flags}</div>" if flags else ""}'
            f'<div class="indicator" title="{escape(row.indicator)}"><span class="level">{escape(row.level)}'
            f"</span>{escape(row.indicator)}</div>"
            f'<div class="context" title="{escape(" › ".join(path))}">{escape(path[-1] if path else "")}</div></td>'
            f"<td>{_period(row)}</td><td>{escape(row.target_raw)}</td><td>{read_as}</td>"
            f'<td class="num"><a href="#page-{row.page}">{row.page}</a></td>'
            f'<td class="num">{_confidence(row.confidence)}</td></tr>')


def rows_table(rows: Sequence[TargetRow]) -> str:
    """The document's rows, flagged ones first, then the rest in document order; numbered as on the images."""
    numbered = list(enumerate(rows, start=1))
    ordered = [p for p in numbered if p[1].flags] + [p for p in numbered if not p[1].flags]
    head = ("<tr><th>#</th><th>flags, level, indicator <span class=context>(and where it sits)</span></th>"
            "<th>period</th><th>printed</th><th>read as</th><th>page</th><th>conf.</th></tr>")
    return "<table>" + head + "".join(_row_line(n, r) for n, r in ordered) + "</table>"


def document_html(doc: ReportDocument, pages: Sequence[PageView], notes: Sequence[str]) -> str:
    o = doc.outcome
    note_html = "".join(f"<div>{escape(n)}</div>" for n in notes)
    figures = "".join(
        f'<figure id="page-{p.number}"><a href="{quote(p.image)}"><img src="{quote(p.image)}" '
        f'alt="page {p.number}" loading="lazy"></a><figcaption>{escape(p.caption)}</figcaption></figure>'
        for p in pages) or "<p>No page image.</p>"
    rows = rows_table(doc.rows) if doc.rows else "<p>No rows.</p>"
    summary = (f'<span class="badge {escape(o.status)}">{escape(o.status)}</span> · {o.pages} pages · '
               f"{len(doc.rows)} rows · {doc.flagged_rows} flagged · lowest confidence "
               f"{_confidence(doc.lowest_confidence) or '–'}"
               + (f" · coverage {o.coverage:.4f}" if o.coverage is not None else ""))
    shown = (_status_legend() + f'<div class="layout"><section class="pages">{figures}</section>'
             f'<section class="rows">{rows}</section></div>') if pages or doc.rows else ""
    body = (f'<p><a href="index.html">← all documents</a> · {summary}</p>'
            + (f'<p class="error">{escape(o.error)}</p>' if o.error else "")
            + (f'<div class="notes">{note_html}</div>' if notes else "")
            + shown)
    return _page(f"{o.source_file} – RENAKSI review", o.source_file, escape(o.path), body)
