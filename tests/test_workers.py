"""Worker processes, a Dask cluster and fsspec inputs give the records of one process, in order."""
from __future__ import annotations

import json
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import batch, parallel
from extractor.batch import DONE, FAILED, SKIPPED, run
from extractor.cli import main

REPO = Path(__file__).resolve().parents[1]
CORPORA = REPO / "corpora"


def _variant(text: str, shift: int) -> str:
    """Another article of the same shape: every one- or two-digit number moved by `shift`."""
    return re.sub(r"\b\d{1,2}\b", lambda m: str(int(m.group()) + shift), text)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The sample articles and variants of them, a name used twice, a file skipped and one that fails."""
    folder = tmp_path_factory.mktemp("corpus")
    seeds = sorted(CORPORA.glob("*.txt"))
    for shift in range(5):
        for seed in seeds:
            (folder / f"{shift}-{seed.name}").write_text(_variant(seed.read_text(encoding="utf-8"), shift),
                                                         encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / f"0-{seeds[0].name}").write_text(seeds[0].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "notes.xyz").write_text("?", encoding="utf-8")
    (folder / "2-binary.txt").write_bytes(b"\x7fELF\x00\x01" * 100)
    return folder


def _outcomes(outcomes) -> list[tuple]:
    return [(o.source, o.status, o.doc_id, o.error, [r.model_dump() for r in o.records]) for o in outcomes]


def test_workers_give_the_records_of_one_process_in_input_order(corpus, tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["extract", str(corpus), "-o", str(one), "--workers", "1"]) == 1
    summary_one = capsys.readouterr().err
    assert main(["extract", str(corpus), "-o", str(two), "--workers", "2"]) == 1
    summary_two = capsys.readouterr().err
    assert one.read_bytes() == two.read_bytes()
    assert summary_one == summary_two
    assert "23 inputs: 21 done, 1 skipped, 1 failed" in summary_two and "binary file" in summary_two
    doc_ids = [json.loads(line)["doc_id"] for line in two.read_text(encoding="utf-8").splitlines()]
    assert doc_ids[-1].endswith(".txt")  # the second file of one name keeps its extension
    assert doc_ids == sorted(doc_ids, key=doc_ids.index)  # each document's records together


def test_outcomes_are_the_same_with_more_workers_than_inputs_in_flight(corpus, monkeypatch):
    monkeypatch.setattr(parallel, "CHUNK", 1)
    expected = _outcomes(run([corpus]))
    assert _outcomes(run([corpus], workers=2)) == expected
    assert _outcomes(run([corpus, corpus / "nope.txt"], workers=3))[:-1] == _outcomes(run([corpus]))


def _dies_on_crash_txt(original):
    def process(source, taken_ids=None, data=None):
        if source.name.endswith("crash.txt"):
            os._exit(3)  # what a segfault in a reader looks like to the pool
        return original(source, taken_ids, data)
    return process


def test_a_worker_that_dies_fails_its_input_alone(corpus, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:10]:
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "1-crash.txt").write_text("Năm 2023, huyện Tân Lạc đạt 86,26 điểm.", encoding="utf-8")
    expected = _outcomes(run([folder]))
    monkeypatch.setattr(parallel, "process", _dies_on_crash_txt(parallel.process))
    got = _outcomes(run([folder], workers=2))
    crashed = [o for o in got if o[0].endswith("crash.txt")]
    assert crashed == [(str(folder / "1-crash.txt"), FAILED, None, parallel.DIED, [])]
    assert [o for o in got if not o[0].endswith("crash.txt")] == [o for o in expected if not o[0].endswith("crash.txt")]


def test_one_input_starts_no_worker(corpus, monkeypatch):
    def no_pool(*args, **kwargs):
        raise AssertionError("a pool for one input")

    monkeypatch.setattr(parallel, "run_in_processes", no_pool)
    (outcome,) = run([sorted(corpus.glob("*.txt"))[0]], workers=4)
    assert outcome.status == DONE and outcome.records


def test_scheduler_local_gives_the_same_records(tmp_path):
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    assert main(["extract", str(CORPORA), "-o", str(one), "-q", "--workers", "1"]) == 0
    assert main(["extract", str(CORPORA), "-o", str(dask), "-q", "--scheduler", "local", "--workers", "1"]) == 0
    assert one.read_bytes() == dask.read_bytes() and one.stat().st_size > 0


def test_dask_threads_keep_order_ids_and_failures(corpus):
    from extractor.cluster import run_on_dask

    got = _outcomes(run_on_dask(batch.expand([str(corpus), str(corpus / "nope.txt")]), "local", 2, processes=False))
    assert got == _outcomes(run([corpus, corpus / "nope.txt"]))
    assert {o[1] for o in got} == {DONE, SKIPPED, FAILED}


def test_bag_and_dataframe_of_records(corpus):
    from extractor import extract_files, to_frame
    from extractor.cluster import records_bag, records_frame
    from extractor.output import record_dict

    expected = list(extract_files([corpus]))
    bag = records_bag([corpus], partition_size=7)
    assert bag.npartitions == 4
    assert bag.compute(scheduler="sync") == [record_dict(r) for r in expected]
    frame = records_frame([CORPORA]).compute(scheduler="sync").reset_index(drop=True)
    assert frame.equals(to_frame(extract_files([CORPORA])))


def test_fsspec_inputs_read_like_files(tmp_path):
    import fsspec

    memory = fsspec.filesystem("memory")
    for path in sorted(CORPORA.glob("*.txt")):
        memory.pipe(f"/chiso-test/in/{path.name}", path.read_bytes())
    memory.pipe("/chiso-test/in/notes.xyz", b"?")
    try:
        def records(outcomes):
            return [(o.doc_id, [{**r.model_dump(), "source": None} for r in o.records]) for o in outcomes
                    if o.status == DONE]

        local = records(run([CORPORA]))
        assert records(run(["memory://chiso-test/in/"])) == local
        assert records(run(["memory://chiso-test/in/*.txt"], workers=2)) == local
        statuses = [(o.status, o.error) for o in run(["memory://chiso-test/in/", "memory://chiso-test/none.txt"])]
        assert (SKIPPED, "not a kind of file chiso reads (.xyz)") in statuses
        assert statuses[-1] == (FAILED, "no such file or folder")
    finally:
        memory.rm("/chiso-test", recursive=True)


def test_bytes_sent_elsewhere_read_as_the_file(corpus, tmp_path):
    """What a cluster worker does with a local file's bytes gives the file's own outcome."""
    for path in [*sorted(corpus.glob("*.txt"))[:3], corpus / "notes.xyz", corpus / "2-binary.txt"]:
        source = batch.Source(str(path), path)
        sent = batch.process(source, None, batch.read_local(source))
        here = batch.process(source)
        assert _outcomes([sent]) == _outcomes([here])


def test_prepared_gazetteer_is_the_built_one(tmp_path, monkeypatch):
    from extractor.gazetteer import Gazetteer, store

    built = Gazetteer(store.load_named_units())
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = store.load_prepared(lambda: built, Gazetteer)
    (index,) = (tmp_path / "chiso").glob("gazetteer-index-*.pickle")
    loaded = store.load_prepared(lambda: pytest.fail("built again"), Gazetteer)
    assert first is built and loaded is not built
    text = "Năm 2023, huyện Tân Lạc, thành phố Hòa Bình và TP.HCM; Khánh Hòa xếp thứ 5."
    assert loaded.find_mentions(text) == built.find_mentions(text)
    for name, level in [("Tân Lạc", "huyện"), ("Châu Thành", None), ("Huế", "thành phố")]:
        assert loaded.lookup(name, level=level) == built.lookup(name, level=level)
    index.write_bytes(b"not a pickle")
    assert store.load_prepared(lambda: built, Gazetteer) is built
    assert pickle.loads(index.read_bytes()).lookup("Tân Lạc") == built.lookup("Tân Lạc")  # written afresh


def test_sentences_are_underthesea_s(corpus):
    from underthesea import sent_tokenize

    from extractor import segment

    for path in sorted(corpus.glob("*.txt"))[:8]:
        text = path.read_text(encoding="utf-8")
        assert segment.sent_tokenize(text) == sent_tokenize(text)


def test_extract_of_one_text_imports_only_what_it_needs(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text((CORPORA / "ket-qua-chi-so-cchc-huyen-nam-2023.txt").read_text(encoding="utf-8"), encoding="utf-8")
    heavy = ["pandas", "pyarrow", "duckdb", "spacy", "trafilatura", "pdfplumber", "plotly", "docx", "numpy",
             "underthesea", "dask", "distributed", "fsspec", "tqdm", "concurrent.futures.process"]
    code = ("import sys; from extractor.cli import main; code = main(sys.argv[1:]); "
            f"print([m for m in {heavy!r} if m in sys.modules]); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", code, "extract", str(one), "-o", str(tmp_path / "r.jsonl")],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "r.jsonl").read_text(encoding="utf-8").count("\n") > 0
