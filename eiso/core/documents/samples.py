"""Sample documents built with the model: real shapes later modules can copy.

- :func:`plan_187` is plan 187/KH-SGDĐT of the Hưng Yên Department of Education and Training
  (07/02/2022), with its task appendix, as published.
- :func:`steering_committee_decision` is the shape of the decision that establishes or reorganises
  an ISO steering committee (Căn cứ lines, Điều 1–3, member list appendix).
- :func:`procedure` is an ISO procedure with its control block.

Tests render them; the renderer's docstring points here for examples.
"""

from __future__ import annotations

from datetime import date

from .dates import format_number_symbol
from .model import (
    Align,
    Amendment,
    Appendix,
    ApprovalStep,
    Approver,
    Article,
    BulletList,
    CenteredLine,
    Column,
    ControlledDocument,
    Heading,
    Issuer,
    LegalBases,
    OfficialDocument,
    Paragraph,
    Recipients,
    Signature,
    Table,
)

HUNG_YEN_DOET = Issuer(
    name="Sở Giáo dục và Đào tạo",
    parent="UBND tỉnh Hưng Yên",
    reference_name="Sở GDĐT",
)

PLAN_187_TASK_COLUMNS = (
    Column("TT", 0.6, Align.CENTER),
    Column("Nội dung", 4.2),
    Column("Đơn vị chủ trì", 1.6, Align.CENTER),
    Column("Đơn vị phối hợp", 1.8, Align.CENTER),
    Column("Thời gian thực hiện", 1.6, Align.CENTER),
)

PLAN_187_TASKS = (
    (
        "1",
        "Xây dựng kế hoạch duy trì và áp dụng HTQLCL tiêu chuẩn quốc gia TCVN ISO 9001:2015 năm 2022",
        "Ban ISO Sở",
        "Các phòng thuộc Sở",
        "Trước 10/02/2022",
    ),
    (
        "2",
        "Đánh giá kết quả thực hiện mục tiêu chất lượng năm học 2021-2022; xây dựng mục tiêu chất "
        "lượng của đơn vị năm học 2022-2023",
        "Các phòng thuộc Sở",
        "Ban ISO",
        "Trước 25/8/2022",
    ),
    (
        "3",
        "Trên cơ sở mục tiêu chất lượng các phòng, Ban ISO đánh giá kết quả thực hiện mục tiêu chất "
        "lượng năm học 2021-2022, xây dựng mục tiêu chất lượng của Sở năm học 2022-2023",
        "Ban ISO Sở",
        "Các phòng thuộc Sở",
        "Trước 05/09/2022",
    ),
    (
        "4",
        "Xây dựng mới một số quy trình ISO (nếu có)",
        "Các phòng thuộc Sở",
        "Ban ISO",
        "Thường xuyên",
    ),
    (
        "5",
        "Rà soát, bổ sung, sửa đổi các quy trình ISO của Sở",
        "Các phòng thuộc Sở",
        "Ban ISO",
        "Thường xuyên",
    ),
    ("6", "Đánh giá nội bộ", "Lãnh đạo Sở, Ban ISO", "Các phòng thuộc Sở", "Từ 01/6 đến 30/7/2022"),
    (
        "7",
        "Tiến hành khắc phục sau đánh giá nội bộ",
        "Lãnh đạo Sở, Ban ISO",
        "Các phòng thuộc Sở",
        "Tháng 01/8 đến 15/9/2022",
    ),
    (
        "8",
        "Tổ chức họp xem xét của Lãnh đạo",
        "Lãnh đạo Sở, Ban ISO",
        "Các phòng thuộc Sở",
        "Trước 30/9/2022",
    ),
    (
        "9",
        "Các phòng thuộc Sở rà soát, bổ sung tài liệu bên ngoài của các quy trình ISO",
        "Các phòng thuộc Sở",
        "Ban ISO",
        "Thường xuyên",
    ),
    (
        "10",
        "Báo cáo kết quả thực hiện hoạt động duy trì và áp dụng, cải tiến HTQLCL theo tiêu chuẩn "
        "quốc gia TCVN ISO 9001:2015 năm 2022",
        "Ban ISO",
        "Lãnh đạo Sở, Ban ISO, các phòng thuộc Sở",
        "Theo quy định",
    ),
)

_PLAN_187_PREAMBLE = (
    "Thực hiện Kế hoạch số 196/KH-UBND ngày 24/12/2021 của UBND tỉnh Hưng Yên v/v Kế hoạch Cải cách "
    "hành chính nhà nước tỉnh Hưng Yên năm 2022; Kế hoạch số 05/KH-SGDĐT ngày 04/01/2022 của Sở Giáo "
    "dục và Đào tạo về Kế hoạch cải cách hành chính của Sở Giáo dục và Đào tạo Hưng Yên năm 2022,",
    "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc áp dụng Hệ "
    "thống quản lý chất lượng theo Tiêu chuẩn TCVN ISO 9001:2008 (nay là tiêu chuẩn quốc gia TCVN "
    "ISO 9001:2015) vào hoạt động của các cơ quan hành chính nhà nước,",
    "Căn cứ Quyết định số 2862/QĐ-SGDĐT ngày 06/11/2020 của Giám đốc Sở Giáo dục và Đào tạo tỉnh "
    "Hưng Yên về việc ban hành và áp dụng Hệ thống tài liệu quản lý chất lượng theo Tiêu chuẩn Quốc "
    "gia TCVN ISO 9001:2015,",
    "Sở Giáo dục và Đào tạo xây dựng Kế hoạch duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng "
    "theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 vào hoạt động của Sở năm 2022, cụ thể như sau:",
)

_PLAN_187_PURPOSES = (
    "1. Tiếp tục duy trì áp dụng và cải tiến Hệ thống quản lý chất lượng (HTQLCL) theo tiêu chuẩn "
    "quốc gia TCVN ISO 9001:2015 vào hoạt động quản lý nhà nước của cơ quan Sở; xây dựng và công bố "
    "Hệ thống, các quy trình, tài liệu có liên quan đến các công việc hành chính, các thủ tục hành "
    "chính thuộc thẩm quyền giải quyết đã được UBND tỉnh quyết định công bố.",
    "2. Nâng cao chất lượng công tác kiểm tra việc duy trì, áp dụng, mở rộng và cải tiến HTQLCL theo "
    "tiêu chuẩn quốc gia TCVN ISO 9001:2015; đánh giá chất lượng nội bộ, khắc phục phòng ngừa và đề "
    "xuất cải tiến HTQLCL tại các phòng chuyên môn, nghiệp vụ thuộc Sở theo quy định; nâng cao hiệu "
    "lực, hiệu quả công tác quản lý nhà nước của Sở, góp phần củng cố chỉ số cải cách hành chính năm "
    "2022 của Sở.",
    "3. Tiếp tục rà soát, bổ sung, chỉnh sửa kịp thời các quy trình giải quyết thủ tục hành chính, "
    "quy trình giải quyết công việc hành chính.",
    "4. Việc duy trì, áp dụng các quy trình theo yêu cầu của HTQLCL theo tiêu chuẩn quốc gia TCVN ISO "
    "9001:2015 là nhiệm vụ trọng tâm và thường xuyên.",
)

_PLAN_187_ORGANISATION = (
    Heading("Các phòng thuộc Sở", "1.", level=2),
    Paragraph(
        "Trưởng phòng thuộc Sở có trách nhiệm quán triệt, triển khai thực hiện nghiêm Kế hoạch này "
        "đến các cán bộ, công chức, viên chức, người lao động thuộc quyền quản lý. Trên cơ sở Kế "
        "hoạch này, chủ động triển khai lồng ghép với nhiệm vụ công tác năm 2022 để tổ chức thực "
        "hiện đồng bộ và có hiệu quả."
    ),
    Paragraph(
        "Kiểm tra, giám sát, tổ chức đánh giá và kiểm điểm việc thực hiện; đưa việc thực hiện Kế "
        "hoạch này vào tiêu chí để đánh giá, phân loại hàng năm của cán bộ, công chức, viên chức, "
        "người lao động."
    ),
    Paragraph(
        "2. Các phòng Giáo dục và Đào tạo huyện, thị xã, thành phố, đơn vị trực thuộc Sở, trung tâm "
        "GDNN-GDTX khi triển khai thực hiện các thủ tục hành chính, công việc hành chính thuộc thẩm "
        "quyền giải quyết của Sở Giáo dục và Đào tạo phải thực hiện đúng quy trình xử lý đã được Sở "
        "niêm yết, công khai; lưu ý tất cả hồ sơ giải quyết các thủ tục hành chính nộp tại bộ phận "
        "tiếp nhận và trả kết quả của Sở Giáo dục và Đào tạo tại Trung tâm Phục vụ hành chính công "
        "tỉnh Hưng Yên hoặc trực tuyến trên cổng dịch vụ công trực tuyến của tỉnh, không nộp tại các "
        "phòng chuyên môn thuộc Sở."
    ),
    Paragraph(
        "3. Văn phòng Sở có trách nhiệm theo dõi, đôn đốc, kiểm tra, tổng hợp tình hình thực hiện "
        "công tác duy trì áp dụng và cải tiến HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại "
        "Sở và báo cáo định kỳ, đột xuất theo quy định."
    ),
    Paragraph(
        "Lãnh đạo Sở Giáo dục và Đào tạo yêu cầu các đơn vị nghiêm túc triển khai thực hiện. Trong "
        "quá trình triển khai thực hiện, những vấn đề phát sinh, vướng mắc, các đơn vị kịp thời phản "
        "ánh về Văn phòng Sở (qua Email: vanphong.sohungyen@moet.edu.vn) để tổng hợp, báo cáo Lãnh "
        "đạo Sở xem xét, điều chỉnh, bổ sung cho phù hợp./."
    ),
)


def plan_187() -> OfficialDocument:
    """Kế hoạch 187/KH-SGDĐT (Hưng Yên, 07/02/2022) with its appendix of tasks."""
    return OfficialDocument(
        issuer=HUNG_YEN_DOET,
        doc_type="Kế hoạch",
        summary=(
            "Duy trì áp dụng, cải tiến Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO "
            "9001:2015 vào hoạt động của Sở Giáo dục và Đào tạo Hưng Yên năm 2022"
        ),
        number_symbol=format_number_symbol(187, "KH", "SGDĐT"),
        place="Hưng Yên",
        issued_on=date(2022, 2, 7),
        body=(
            *(Paragraph(text) for text in _PLAN_187_PREAMBLE),
            Heading("Mục đích, yêu cầu", "I."),
            *(Paragraph(text) for text in _PLAN_187_PURPOSES),
            Heading("Nhiệm vụ cụ thể", "II."),
            Paragraph("(Chi tiết theo Phụ lục đính kèm)."),
            Heading("Tổ chức thực hiện", "III."),
            *_PLAN_187_ORGANISATION,
        ),
        signature=Signature("Phó Giám đốc", "Đỗ Văn Khải", authority="KT. Giám đốc"),
        recipients=Recipients(
            [
                "Sở Khoa học và Công nghệ",
                "Sở Nội vụ",
                "Ban Giám đốc Sở",
                "Các phòng chức năng Sở",
                "Phòng GDĐT các huyện/TP/TX",
                "Các đơn vị trực thuộc Sở",
            ],
            archive=["VT", "VP"],
        ),
        appendices=(
            Appendix(
                "Các nhiệm vụ duy trì, cải tiến HTQLCL theo tiêu chuẩn quốc gia TCVN ISO 9001:2015",
                [Table(PLAN_187_TASK_COLUMNS, PLAN_187_TASKS)],
                landscape=True,
            ),
        ),
        author="Sở Giáo dục và Đào tạo Hưng Yên",
    )


STEERING_MEMBERS = (
    ("1", "Ông Nguyễn Văn An", "Giám đốc Sở", "Trưởng ban"),
    ("2", "Ông Đỗ Văn Khải", "Phó Giám đốc Sở", "Phó Trưởng ban thường trực"),
    ("3", "Bà Trần Thị Bình", "Chánh Văn phòng Sở", "Phó Trưởng ban"),
    ("4", "Bà Lê Thị Hoa", "Chuyên viên Văn phòng Sở", "Thư ký"),
    ("5", "Ông Phạm Minh Đức", "Trưởng phòng Kế hoạch - Tài chính", "Thành viên"),
)


_DECISION_BODY = (
    CenteredLine("GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO"),
    LegalBases(
        (
            "Căn cứ Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ về việc "
            "áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2008 "
            "vào hoạt động của các cơ quan, tổ chức thuộc hệ thống hành chính nhà nước",
            "Căn cứ Thông tư số 26/2014/TT-BKHCN ngày 10/10/2014 của Bộ trưởng Bộ Khoa học và "
            "Công nghệ quy định chi tiết thi hành Quyết định số 19/2014/QĐ-TTg",
            "Theo đề nghị của Chánh Văn phòng Sở",
        )
    ),
    CenteredLine("QUYẾT ĐỊNH:"),
    Article(
        1,
        "Kiện toàn Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất "
        "lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 của Sở Giáo dục và Đào tạo (sau đây "
        "gọi tắt là Ban chỉ đạo ISO) gồm các thành viên có tên trong danh sách kèm theo.",
    ),
    Article(
        2,
        [
            "Ban chỉ đạo ISO có nhiệm vụ:",
            "a) Chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng;",
            "b) Tổ chức đánh giá nội bộ và xem xét của lãnh đạo ít nhất một lần trong năm.",
        ],
    ),
    Article(
        3,
        "Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng các phòng thuộc "
        "Sở và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    ),
)


def steering_committee_decision() -> OfficialDocument:
    """Quyết định kiện toàn Ban chỉ đạo ISO, with the member list as an appendix."""
    return OfficialDocument(
        issuer=HUNG_YEN_DOET,
        doc_type="Quyết định",
        summary=(
            "Về việc kiện toàn Ban chỉ đạo xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý "
            "chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 của Sở Giáo dục và Đào tạo"
        ),
        number_symbol=format_number_symbol(5, "QĐ", "SGDĐT"),
        place="Hưng Yên",
        issued_on=date(2026, 3, 5),
        body=_DECISION_BODY,
        signature=Signature("Giám đốc", "Nguyễn Văn An"),
        recipients=Recipients(
            ["Như Điều 3", "Sở Khoa học và Công nghệ", "Lãnh đạo Sở"], ["VT", "VP"]
        ),
        appendices=(
            Appendix(
                "Danh sách thành viên Ban chỉ đạo ISO",
                [
                    Table(
                        (
                            Column("TT", 0.5, Align.CENTER),
                            Column("Họ và tên", 2),
                            Column("Chức vụ", 2.4),
                            Column("Nhiệm vụ trong Ban", 2),
                        ),
                        STEERING_MEMBERS,
                        font_size=13,
                    )
                ],
            ),
        ),
    )


def procedure() -> ControlledDocument:
    """QT.01 Kiểm soát thông tin dạng văn bản, with approvals and one recorded amendment."""
    return ControlledDocument(
        issuer=HUNG_YEN_DOET,
        title="Quy trình kiểm soát thông tin dạng văn bản",
        code="QT.01",
        issue_number=2,
        effective_on=date(2026, 3, 5),
        approvals=(
            Approver(ApprovalStep.DRAFTED, "Lê Thị Hoa", "Thư ký ISO", "(Đã ký)"),
            Approver(ApprovalStep.REVIEWED, "Đỗ Văn Khải", "Phó Giám đốc", "(Đã ký)"),
            Approver(ApprovalStep.APPROVED, "Nguyễn Văn An", "Giám đốc", "(Đã ký)"),
        ),
        amendments=(
            Amendment(
                "Mục 5", "Cập nhật theo Nghị định 30/2020/NĐ-CP", 2, date(2026, 3, 5), "Văn phòng"
            ),
        ),
        body=(
            Heading("Mục đích", "1.", level=2),
            Paragraph("Quy định cách thức kiểm soát thông tin dạng văn bản của Sở."),
            Heading("Phạm vi", "2.", level=2),
            Paragraph("Áp dụng cho các phòng thuộc Sở."),
            Heading("Nội dung quy trình", "5.", level=2),
            BulletList(["Soạn thảo tài liệu;", "Xem xét, phê duyệt;", "Ban hành và phân phối."]),
            Table(
                ("Bước", "Nội dung công việc", "Trách nhiệm", "Thời gian", "Biểu mẫu/Kết quả"),
                [
                    (
                        "B1",
                        "Đề xuất soạn thảo, sửa đổi tài liệu",
                        "Các phòng",
                        "01 ngày",
                        "BM.01-QT.01",
                    ),
                    ("B2", "Xem xét, phê duyệt", "Lãnh đạo Sở", "02 ngày", "Tài liệu đã duyệt"),
                ],
            ),
        ),
        author="Sở Giáo dục và Đào tạo Hưng Yên",
    )
