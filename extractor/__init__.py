"""chiso: Vietnamese administrative-reform reports in, typed records out.

    from extractor import extract_text, extract_files
    records = extract_text("Năm 2022, chỉ số cải cách hành chính của huyện Núi Thành đạt 87,93 điểm ...")
    frame = to_frame(extract_files(["corpora/"]))   # a pandas DataFrame
"""
from .batch import Outcome, extract_files, run
from .document import Document
from .models import Evidence, Reference, Result, Target, json_schema
from .output import to_frame
from .pipeline import extract_document, extract_text

__version__ = "0.1.0"

__all__ = [
    "Document", "Evidence", "Outcome", "Reference", "Result", "Target",
    "extract_document", "extract_files", "extract_text", "json_schema", "run", "to_frame",
]
