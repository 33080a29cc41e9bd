"""A run's memory of its inputs (doc_ids given out, a folder's names) is the same on disk as in memory."""
import os
import unicodedata
from pathlib import Path

from extractor import batch, bounded
from extractor.bounded import TakenIds, sorted_names


def test_taken_ids_keep_every_id_after_moving_to_disk():
    taken = TakenIds(limit=3)
    ids = [f"bài_{i}" for i in range(9)] + ["t\udce9p"]  # (a file name that is not UTF-8)
    for doc_id in ids:
        taken.add(doc_id)
    taken.add("bài_2")  # twice: still one
    assert taken._memory is None  # spilled
    assert len(taken) == 10
    assert all(doc_id in taken for doc_id in ids)
    assert "bài_10" not in taken and "t\udce8p" not in taken


def _names(folder: Path) -> list[str]:
    names = ["b.txt", "a.txt", "Ả.txt", "á.txt", unicodedata.normalize("NFD", "á") + ".txt",
             "quyết_định.pdf", "z", "10.txt", "9.txt", "a b.txt", "a-b.txt"]
    for name in names:
        (folder / name).write_text("x", encoding="utf-8")
    return names


def test_a_folder_sorted_on_disk_comes_out_as_sorted_in_memory(tmp_path):
    names = _names(tmp_path)
    in_memory = list(sorted_names(tmp_path))
    assert in_memory == sorted(names)
    assert list(sorted_names(tmp_path, limit=2)) == in_memory


def test_folders_are_walked_in_the_order_of_their_sorted_paths(tmp_path, monkeypatch):
    for sub in ["a/b", "a/b.d", "c"]:
        (tmp_path / sub).mkdir(parents=True)
    for name in ["a/b.txt", "a/b/c.txt", "a/b.d/x.txt", "a.txt", "c/report.txt", "report.txt", ".hidden.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    os.symlink(tmp_path / "a", tmp_path / "link")  # a link to a folder is not followed
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    assert list(batch._files_under(tmp_path)) == expected
    monkeypatch.setattr(bounded, "IN_MEMORY_LIMIT", 1)
    assert list(batch._files_under(tmp_path)) == expected


def test_doc_ids_stay_apart_when_the_run_remembers_them_on_disk(tmp_path, monkeypatch):
    for sub in ["2021", "2022", "2023"]:
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "bao_cao.txt").write_text("Chỉ số CCHC của tỉnh Lào Cai đạt 85,1 điểm.", encoding="utf-8")
    in_memory = [o.doc_id for o in batch.run([tmp_path])]
    monkeypatch.setattr(bounded, "IN_MEMORY_LIMIT", 1)
    on_disk = [o.doc_id for o in batch.run([tmp_path])]
    assert in_memory == on_disk == ["bao_cao", "bao_cao.txt", "bao_cao~2"]
