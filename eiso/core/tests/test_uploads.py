import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from eiso.core.errors import DomainError
from eiso.core.uploads import check_upload

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
PROGRAM = b"MZ\x90\x00" + b"\x00" * 200
NOT_ACCEPTED = "Chỉ nhận tệp PDF."


def _check(content: bytes, name: str = "bao-cao.pdf", **options):
    upload = SimpleUploadedFile(name, content)
    return check_upload(upload, accepted={"pdf"}, not_accepted=NOT_ACCEPTED, **options)


def test_an_accepted_file_gives_its_kind_and_can_be_read_again():
    upload = SimpleUploadedFile("bao-cao.pdf", PDF)
    assert check_upload(upload, accepted={"pdf"}, not_accepted=NOT_ACCEPTED).code == "pdf"
    assert upload.read() == PDF


def test_a_program_named_pdf_is_refused_whatever_its_name(settings):
    with pytest.raises(DomainError) as refused:
        _check(PROGRAM, field="evidence")
    assert refused.value.field == "evidence"
    assert refused.value.message == (
        "Tệp này là một chương trình, không phải tài liệu (dù tên tệp ghi thế nào). " + NOT_ACCEPTED
    )
    with pytest.raises(DomainError) as worded:
        _check(PROGRAM, program="Không nhận chương trình.")
    assert worded.value.message == "Không nhận chương trình."


def test_a_kind_not_accepted_and_a_file_over_the_limit_are_refused(settings):
    with pytest.raises(DomainError) as wrong_kind:
        _check(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, name="anh.pdf")
    assert wrong_kind.value.message == NOT_ACCEPTED
    settings.EISO_MAX_UPLOAD_BYTES = 10
    with pytest.raises(DomainError) as too_large:
        _check(PDF)
    assert too_large.value.message == "Tệp quá lớn (45\xa0byte); giới hạn là 10\xa0byte."
