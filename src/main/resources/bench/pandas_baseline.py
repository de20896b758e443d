#!/usr/bin/env python3
"""How analysts consolidate the submissions today: every sheet of every workbook read with pandas +
openpyxl and concatenated into one CSV with the file and sheet each row came from.

Usage: pandas_baseline.py FILE_LIST OUT_CSV
FILE_LIST holds one workbook path per line. Prints one line of figures on stdout:
  files=<n> failed=<n> rows=<n> read_seconds=<s> read_cpu_seconds=<s> write_seconds=<s>
read_seconds is the work comparable to hqd's ingest stage (opening and reading every sheet);
the caller times the whole process (interpreter start, imports, reading, writing) itself.
"""
import sys
import time

import pandas as pd


def main(file_list, out_csv):
    with open(file_list, encoding="utf-8") as f:
        files = [line.rstrip("\n") for line in f if line.strip()]
    frames = []
    failed = 0
    t0 = time.perf_counter()
    c0 = time.process_time()
    for path in files:
        try:
            sheets = pd.read_excel(path, sheet_name=None, header=None, dtype=str, engine="openpyxl")
        except Exception:  # an odd file: the analyst skips it and moves on
            failed += 1
            continue
        for name, frame in sheets.items():
            frame.insert(0, "sheet", name)
            frame.insert(0, "file", path)
            frames.append(frame)
    t1 = time.perf_counter()
    c1 = time.process_time()
    rows = 0
    if frames:
        all_rows = pd.concat(frames, ignore_index=True)
        all_rows.to_csv(out_csv, index=False)
        rows = len(all_rows)
    t2 = time.perf_counter()
    print(f"files={len(files)} failed={failed} rows={rows} read_seconds={t1 - t0:.3f} read_cpu_seconds={c1 - c0:.3f} write_seconds={t2 - t1:.3f}")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
