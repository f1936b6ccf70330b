"""Writing ``targets.xlsx``: XlsxWriter (what renaksi uses, ``renaksi.xlsx``) against openpyxl, on the
same rows, each in a fresh process: seconds and peak memory.

    python -m bench.xlsx [--rows 20000,100000] [--out BENCHMARKS-XLSX.md]

openpyxl runs in its ``write_only`` mode (its fastest, lowest-memory one) with the same sheets,
frozen header, autofilter and widths, and text kept text (a cell starting with ``=`` written as a
string cell). Peak memory is the process's peak resident set less what it held once the rows were
built, so it is what writing the workbook itself costs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import pyarrow as pa

from renaksi.writers import rows_to_table
from schemas.contract import TargetRow

REPO = Path(__file__).resolve().parent.parent
LIBRARIES = ("xlsxwriter", "openpyxl")


def _row(i: int) -> TargetRow:
    quarter = (None, 1, 2, 3, 4)[i % 5]
    return TargetRow(
        source_file=f"renaksi_{i // 500:04d}.pdf", agency="Badan Kesatuan Bangsa dan Politik",
        region="Kabupaten Luwu Timur", fiscal_year=2022 + i % 3, level="subkegiatan",
        sasaran="Meningkatnya kualitas pelayanan publik dan akuntabilitas kinerja perangkat daerah",
        program="Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
        kegiatan=f"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah {i // 50}",
        subkegiatan=f"Penyusunan Dokumen Perencanaan Perangkat Daerah {i // 5}",
        indicator=f"Jumlah Dokumen Perencanaan Perangkat Daerah yang disusun tepat waktu ({i // 5})",
        quarter=quarter, target_value=float(i % 97) if i % 11 else None, target_unit="dokumen",
        target_raw=f"{i % 97} Dokumen" if i % 11 else "-", responsible="Sub Bagian Perencanaan",
        page=1 + i % 40, confidence=1.0 if i % 7 else 0.85, flags=("low_confidence",) if i % 7 == 0 else (),
        target_bbox=(412.5, 100.25 + i % 30, 470.0, 112.75 + i % 30))


def sample_table(rows: int) -> pa.Table:
    """``rows`` rows like a converted archive's: 500 distinct ones repeated, texts varying along."""
    block = rows_to_table([_row(i) for i in range(min(rows, 5_000))])
    parts = [block.slice(0, min(block.num_rows, rows - start)) for start in range(0, rows, block.num_rows)]
    return pa.concat_tables(parts)


def _write_openpyxl(path: Path, table: pa.Table) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    from normalize.flags import FLAGS
    from renaksi.xlsx import column_width

    book = Workbook(write_only=True)
    sheet = book.create_sheet("targets")
    for i, name in enumerate(table.column_names):
        letter = sheet.column_dimensions[_letter(i)]
        letter.width = column_width(name, table.column(name))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{_letter(table.num_columns - 1)}{table.num_rows + 1}"
    bold = Font(bold=True)
    sheet.append([_bold(WriteOnlyCell(sheet, value=name), bold) for name in table.column_names])
    for start in range(0, table.num_rows, 10_000):
        batch = table.slice(start, 10_000)
        for values in zip(*(c.to_pylist() for c in batch.columns), strict=True):
            sheet.append([_openpyxl_value(sheet, v) for v in values])
    flags = book.create_sheet("flags")
    for item in FLAGS.items():
        flags.append(list(item))
    book.save(path)


def _letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(index + 1))


def _bold(cell: Any, font: Any) -> Any:
    cell.font = font
    return cell


def _openpyxl_value(sheet: Any, value: Any) -> Any:
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, list):
        return " ".join(str(v) for v in value) if value and isinstance(value[0], float) else ";".join(value)
    if isinstance(value, str) and value.startswith("="):  # openpyxl takes it for a formula otherwise
        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"
        return cell
    return value


def _one(library: str, rows: int) -> dict[str, Any]:
    from renaksi.xlsx import write_workbook

    table = sample_table(rows)
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "targets.xlsx"
        began = time.perf_counter()
        if library == "xlsxwriter":
            write_workbook(path, table, (), [])
        else:
            _write_openpyxl(path, table)
        seconds = time.perf_counter() - began
        size = path.stat().st_size
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"library": library, "rows": rows, "seconds": round(seconds, 2),
            "peak_mb": round(max(peak - base, 0) / 1024, 1), "size_mb": round(size / 1e6, 1)}


def measure(library: str, rows: int) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(REPO), env.get("PYTHONPATH", "")) if p)
    proc = subprocess.run([sys.executable, "-m", "bench.xlsx", "--one", library, "--rows", str(rows)],
                          capture_output=True, text=True, env=env, cwd=REPO)
    if proc.returncode != 0:
        raise SystemExit(f"{library} failed:\n{proc.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    print(f"  {library}: {result['seconds']} s, {result['peak_mb']} MB", file=sys.stderr, flush=True)
    return result


def markdown(results: list[dict[str, Any]], rows: str) -> str:
    lines = ["# Writing targets.xlsx", "",
             f"`python -m bench.xlsx --rows {rows}`: the same rows written by each library in a fresh process "
             "(sheets `targets` and `flags`, frozen header, autofilter, widths). Peak memory: the peak resident "
             "set less what the process held before writing; flat as rows grow means bounded.", "",
             "| library | rows | seconds | peak memory (MB) | file (MB) |", "|---|---|---|---|---|"]
    lines += [f"| {r['library']} | {r['rows']:,} | {r['seconds']} | {r['peak_mb']} | {r['size_mb']} |"
              for r in results]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rows", default="20000,100000", help="comma-separated row counts")
    parser.add_argument("--one", choices=LIBRARIES, help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, default=REPO / "BENCHMARKS-XLSX.md")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(_one(args.one, int(args.rows))))
        return
    results = [measure(library, int(rows)) for library in LIBRARIES for rows in args.rows.split(",")]
    args.out.write_text(markdown(results, args.rows), encoding="utf-8")
    print(args.out)


if __name__ == "__main__":
    main()
