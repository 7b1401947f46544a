"""Realistic content of the demo document sets (used by `eiso.demo.steps.documents`).

The five system procedures every agency keeps (DOMAIN.md §4), the quality manual and policy, a
few internal-work procedures with their forms, and a TTHC procedure built from a TTHC of the
agency's scope: the steps add up to the legal time (reception, appraisal, the head of the unit,
the agency head's signature, return of the result).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from eiso.documents.models import DurationUnit, Kind

D = Decimal


@dataclass(frozen=True)
class StepSpec:
    task: str
    responsible: str
    duration: Decimal | None
    unit: str = DurationUnit.DAYS
    output: str = ""


@dataclass(frozen=True)
class RecordSpec:
    name: str
    retention: str
    place: str = ""


@dataclass(frozen=True)
class DocSpec:
    key: str
    kind: str
    title: str
    purpose: str = ""
    scope: str = ""
    body: str = ""
    steps: tuple[StepSpec, ...] = ()
    records: tuple[RecordSpec, ...] = ()
    forms: tuple[str, ...] = ()
    citations: tuple[str, ...] = ()  # numbers of national external documents
    office_owned: bool = True


ISO = ("TCVN ISO 9001:2015", "19/2014/QĐ-TTg", "26/2014/TT-BKHCN")
DEFINITIONS = (
    "HTQLCL: Hệ thống quản lý chất lượng\n"
    "TTHC: Thủ tục hành chính\n"
    "BCĐ: Ban chỉ đạo ISO\n"
    "BPTN&TKQ: Bộ phận tiếp nhận và trả kết quả"
)

MANUAL = DocSpec(
    "manual",
    Kind.MANUAL,
    "Sổ tay chất lượng",
    purpose="Mô tả hệ thống quản lý chất lượng của {agency} theo TCVN ISO 9001:2015.",
    scope="Áp dụng cho toàn bộ hoạt động xử lý công việc và giải quyết TTHC thuộc phạm vi "
    "HTQLCL của {agency}.",
    body="1. Giới thiệu cơ quan, chức năng, nhiệm vụ và cơ cấu tổ chức.\n"
    "2. Phạm vi áp dụng HTQLCL và các điều khoản không áp dụng (8.3 Thiết kế và phát triển).\n"
    "3. Chính sách chất lượng và mục tiêu chất lượng.\n"
    "4. Bối cảnh của cơ quan, nhu cầu và mong đợi của các bên quan tâm.\n"
    "5. Sơ đồ các quá trình và sự tương tác giữa các quá trình.\n"
    "6. Bảng đối chiếu các quy trình với các điều khoản của TCVN ISO 9001:2015.",
    citations=ISO,
)
POLICY = DocSpec(
    "policy",
    Kind.POLICY,
    "Chính sách chất lượng",
    body="{agency} cam kết xây dựng, áp dụng, duy trì và cải tiến thường xuyên Hệ thống quản lý "
    "chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015.\n"
    "Công khai, minh bạch các thủ tục hành chính; giải quyết hồ sơ đúng hạn, chính xác.\n"
    "Lấy sự hài lòng của người dân, tổ chức làm thước đo chất lượng phục vụ.",
    citations=("TCVN ISO 9001:2015",),
)

_REVIEW = StepSpec("Xem xét, góp ý dự thảo", "Thư ký ISO, Trưởng các phòng", D(3), output="")
SYSTEM_PROCEDURES = (
    DocSpec(
        "qt_documents",
        Kind.PROCEDURE_SYSTEM,
        "Quy trình kiểm soát thông tin dạng văn bản",
        purpose="Thống nhất cách thức soạn thảo, xem xét, phê duyệt, ban hành, phân phối, sửa "
        "đổi và lưu giữ thông tin dạng văn bản của HTQLCL.",
        scope="Áp dụng cho tài liệu nội bộ, tài liệu có nguồn gốc bên ngoài và hồ sơ của HTQLCL.",
        steps=(
            StepSpec("Đề xuất soạn thảo, sửa đổi tài liệu", "Các phòng", D(1), output="BM.01"),
            StepSpec("Soạn thảo dự thảo tài liệu", "Phòng chủ trì", D(5), output="Dự thảo"),
            _REVIEW,
            StepSpec("Phê duyệt, ban hành tài liệu", "Lãnh đạo cơ quan", D(2), output="Tài liệu"),
            StepSpec("Phân phối, cập nhật danh mục tài liệu", "Thư ký ISO", D(1), output="BM.02"),
        ),
        records=(
            RecordSpec("Phiếu đề nghị soạn thảo, sửa đổi tài liệu", "02 năm", "Văn phòng"),
            RecordSpec("Danh mục tài liệu nội bộ, tài liệu bên ngoài", "Đến khi có bản mới"),
        ),
        forms=("Phiếu đề nghị soạn thảo, sửa đổi tài liệu", "Danh mục tài liệu nội bộ"),
        citations=(*ISO, "30/2020/NĐ-CP"),
    ),
    DocSpec(
        "qt_audit",
        Kind.PROCEDURE_SYSTEM,
        "Quy trình đánh giá nội bộ",
        purpose="Xác định HTQLCL có phù hợp với các yêu cầu của TCVN ISO 9001:2015 và được áp "
        "dụng, duy trì có hiệu lực hay không.",
        scope="Áp dụng cho tất cả các quá trình thuộc phạm vi HTQLCL; ít nhất 01 lần/năm.",
        steps=(
            StepSpec("Lập chương trình đánh giá nội bộ năm", "Thư ký ISO", D(3), output="BM.01"),
            StepSpec("Thành lập đoàn, lập kế hoạch đánh giá", "Trưởng đoàn", D(2), output="BM.02"),
            StepSpec("Thực hiện đánh giá tại các phòng", "Đoàn đánh giá", D(3), output="BM.03"),
            StepSpec("Họp kết thúc, lập báo cáo đánh giá", "Trưởng đoàn", D(2), output="Báo cáo"),
            StepSpec("Theo dõi hành động khắc phục", "Thư ký ISO", D(20)),
        ),
        records=(
            RecordSpec("Chương trình, kế hoạch đánh giá nội bộ", "03 năm", "Văn phòng"),
            RecordSpec("Phiếu ghi chép đánh giá, báo cáo đánh giá", "03 năm", "Văn phòng"),
        ),
        forms=("Chương trình đánh giá nội bộ", "Kế hoạch đánh giá", "Phiếu ghi chép đánh giá"),
        citations=ISO,
    ),
    DocSpec(
        "qt_nonconformity",
        Kind.PROCEDURE_SYSTEM,
        "Quy trình kiểm soát sự không phù hợp và hành động khắc phục",
        purpose="Kiểm soát các kết quả không phù hợp, xác định nguyên nhân và thực hiện hành "
        "động khắc phục để loại bỏ nguyên nhân, ngăn ngừa tái diễn.",
        scope="Áp dụng cho sự không phù hợp phát hiện qua đánh giá, phản ánh của người dân, "
        "kiểm tra của Sở Khoa học và Công nghệ.",
        steps=(
            StepSpec(
                "Phát hiện, ghi nhận sự không phù hợp", "Cán bộ, công chức", D(1), output="BM.01"
            ),
            StepSpec("Khắc phục tức thời, phân tích nguyên nhân", "Phòng liên quan", D(3)),
            StepSpec("Đề xuất, phê duyệt hành động khắc phục", "Lãnh đạo cơ quan", D(2)),
            StepSpec("Thực hiện hành động khắc phục", "Phòng liên quan", D(20)),
            StepSpec("Kiểm tra hiệu lực hành động khắc phục", "Thư ký ISO", D(5), output="BM.02"),
        ),
        records=(RecordSpec("Phiếu yêu cầu hành động khắc phục", "03 năm", "Văn phòng"),),
        forms=("Phiếu yêu cầu hành động khắc phục", "Sổ theo dõi sự không phù hợp"),
        citations=ISO,
    ),
    DocSpec(
        "qt_review",
        Kind.PROCEDURE_SYSTEM,
        "Quy trình xem xét của lãnh đạo",
        purpose="Lãnh đạo xem xét HTQLCL định kỳ để bảo đảm luôn phù hợp, thỏa đáng, có hiệu "
        "lực và định hướng chiến lược của cơ quan.",
        scope="Áp dụng cho cuộc họp xem xét của lãnh đạo, ít nhất 01 lần/năm.",
        steps=(
            StepSpec(
                "Lập kế hoạch họp xem xét của lãnh đạo", "Thư ký ISO", D(2), output="Kế hoạch"
            ),
            StepSpec("Chuẩn bị báo cáo đầu vào", "Các phòng", D(5), output="Báo cáo"),
            StepSpec(
                "Tổ chức họp xem xét của lãnh đạo", "Ban chỉ đạo ISO", D(1), output="Biên bản"
            ),
            StepSpec("Theo dõi thực hiện kết luận", "Thư ký ISO", D(30)),
        ),
        records=(RecordSpec("Biên bản họp xem xét của lãnh đạo", "05 năm", "Văn phòng"),),
        forms=("Biên bản họp xem xét của lãnh đạo",),
        citations=ISO,
    ),
    DocSpec(
        "qt_risks",
        Kind.PROCEDURE_SYSTEM,
        "Quy trình quản lý rủi ro và cơ hội",
        purpose="Nhận diện, đánh giá và xử lý rủi ro, cơ hội ảnh hưởng đến khả năng đạt được "
        "kết quả dự kiến của HTQLCL.",
        scope="Áp dụng cho các quá trình trong phạm vi HTQLCL.",
        steps=(
            StepSpec("Nhận diện rủi ro, cơ hội của từng quá trình", "Các phòng", D(5)),
            StepSpec("Đánh giá mức độ rủi ro", "Các phòng", D(3), output="BM.01"),
            StepSpec("Xác định biện pháp xử lý, phê duyệt", "Lãnh đạo cơ quan", D(2)),
            StepSpec("Theo dõi, đánh giá hiệu lực biện pháp", "Thư ký ISO", D(10)),
        ),
        records=(RecordSpec("Sổ đăng ký rủi ro và cơ hội", "03 năm", "Văn phòng"),),
        forms=("Sổ đăng ký rủi ro và cơ hội",),
        citations=ISO,
    ),
)

INTERNAL_PROCEDURES = (
    DocSpec(
        "qt_incoming",
        Kind.PROCEDURE_INTERNAL,
        "Quy trình quản lý văn bản đến",
        purpose="Tiếp nhận, đăng ký, trình, chuyển giao và theo dõi giải quyết văn bản đến.",
        scope="Áp dụng cho văn bản giấy và văn bản điện tử gửi đến cơ quan.",
        steps=(
            StepSpec("Tiếp nhận, đăng ký văn bản đến", "Văn thư", D(4), DurationUnit.HOURS),
            StepSpec("Trình lãnh đạo cho ý kiến phân phối", "Văn thư", D(4), DurationUnit.HOURS),
            StepSpec("Chuyển giao văn bản cho phòng xử lý", "Văn thư", D(2), DurationUnit.HOURS),
            StepSpec(
                "Giải quyết, theo dõi, đôn đốc", "Phòng được giao", None, output="Sổ theo dõi"
            ),
        ),
        records=(RecordSpec("Sổ đăng ký văn bản đến", "10 năm", "Văn thư"),),
        forms=("Sổ đăng ký văn bản đến",),
        citations=("30/2020/NĐ-CP",),
    ),
    DocSpec(
        "qt_outgoing",
        Kind.PROCEDURE_INTERNAL,
        "Quy trình quản lý văn bản đi",
        purpose="Thống nhất trình tự soạn thảo, kiểm tra, ký ban hành và phát hành văn bản đi.",
        scope="Áp dụng cho mọi văn bản do cơ quan ban hành.",
        steps=(
            StepSpec("Soạn thảo văn bản", "Chuyên viên", D(2), output="Dự thảo"),
            StepSpec("Kiểm tra nội dung, thể thức", "Trưởng phòng, Văn phòng", D(1)),
            StepSpec("Ký ban hành văn bản", "Lãnh đạo cơ quan", D(1)),
            StepSpec("Ghi số, ngày, đóng dấu, phát hành", "Văn thư", D(4), DurationUnit.HOURS),
        ),
        records=(RecordSpec("Sổ đăng ký văn bản đi", "10 năm", "Văn thư"),),
        forms=("Phiếu trình ký văn bản",),
        citations=("30/2020/NĐ-CP",),
    ),
    DocSpec(
        "qt_reception",
        Kind.PROCEDURE_INTERNAL,
        "Quy trình tiếp công dân, xử lý đơn phản ánh, kiến nghị",
        purpose="Bảo đảm việc tiếp công dân và xử lý phản ánh, kiến nghị đúng quy định.",
        scope="Áp dụng cho việc tiếp công dân tại trụ sở cơ quan.",
        steps=(
            StepSpec(
                "Tiếp công dân, ghi sổ tiếp công dân",
                "Cán bộ tiếp công dân",
                D(4),
                DurationUnit.HOURS,
            ),
            StepSpec("Phân loại, đề xuất xử lý đơn", "Cán bộ tiếp công dân", D(3)),
            StepSpec("Giao phòng chuyên môn giải quyết", "Lãnh đạo cơ quan", D(2)),
            StepSpec(
                "Trả lời công dân, lưu hồ sơ", "Phòng chuyên môn", D(10), output="Văn bản trả lời"
            ),
        ),
        records=(RecordSpec("Sổ tiếp công dân", "05 năm", "Văn phòng"),),
        forms=("Sổ tiếp công dân", "Phiếu đề xuất xử lý đơn"),
    ),
)

# Dossier components by TTHC field (a short, plausible list; the rest generic).
DOSSIER_BY_FIELD = {
    "Giáo dục": "Đơn đề nghị theo mẫu; bản chính văn bằng/học bạ hoặc giấy tờ liên quan; "
    "giấy tờ tùy thân của người đề nghị.",
    "Hộ tịch": "Tờ khai theo mẫu; giấy tờ tùy thân; giấy tờ chứng minh nơi cư trú.",
    "Chứng thực": "Bản chính giấy tờ, văn bản làm cơ sở chứng thực; bản sao cần chứng thực.",
    "Đất đai": "Đơn đăng ký theo mẫu; giấy chứng nhận đã cấp; hợp đồng, văn bản chuyển quyền.",
}
GENERIC_DOSSIER = "Đơn (tờ khai) theo mẫu; các giấy tờ chứng minh đủ điều kiện theo quy định."
FIELD_LAWS = {
    "Giáo dục": "43/2019/QH14",
    "Hộ tịch": "60/2014/QH13",
    "Chứng thực": "23/2015/NĐ-CP",
    "Đất đai": "31/2024/QH15",
    "Y tế": "15/2023/QH15",
    "Khám bệnh, chữa bệnh": "15/2023/QH15",
}


def _number(value: Decimal) -> str:
    text = f"{value.normalize():f}"
    return text.replace(".", ",")


def tthc_steps(legal_time: Decimal, hours: bool, *, commune: bool) -> list[StepSpec]:
    """Steps whose times add up to the legal time (working days, or hours for short TTHC)."""
    signer = "Chủ tịch (Phó Chủ tịch) UBND" if commune else "Lãnh đạo cơ quan"
    checker = "Công chức chuyên môn" if commune else "Lãnh đạo phòng chuyên môn"
    handler = "Công chức phụ trách lĩnh vực" if commune else "Chuyên viên phòng chuyên môn"
    one_stop = "Bộ phận Một cửa"
    if hours or legal_time < D(3):
        unit = DurationUnit.HOURS
        total = legal_time if hours else legal_time * 8
        edge = max(D("0.5"), (total / 8).quantize(D("0.5")))
        sign = max(D("0.5"), (total / 4).quantize(D("0.5")))
        appraisal = total - 2 * edge - sign
        return [
            StepSpec("Tiếp nhận, kiểm tra hồ sơ", one_stop, edge, unit, "Mẫu 01"),
            StepSpec("Thẩm định, dự thảo kết quả", handler, appraisal, unit, "Dự thảo kết quả"),
            StepSpec("Ký duyệt kết quả", signer, sign, unit, "Kết quả giải quyết"),
            StepSpec("Trả kết quả cho người dân", one_stop, edge, unit, "Sổ theo dõi hồ sơ"),
        ]
    unit = DurationUnit.DAYS
    edge = D("0.5")
    review = D(1) if legal_time >= 5 else D("0.5")
    sign = D(1) if legal_time >= 5 else D("0.5")
    appraisal = legal_time - 2 * edge - review - sign
    return [
        StepSpec(
            "Tiếp nhận, kiểm tra hồ sơ; chuyển phòng chuyên môn",
            one_stop,
            edge,
            unit,
            "Mẫu 01, Mẫu 05",
        ),
        StepSpec("Thẩm định hồ sơ, dự thảo kết quả", handler, appraisal, unit, "Dự thảo kết quả"),
        StepSpec("Xem xét, trình ký", checker, review, unit, "Phiếu kiểm soát quá trình"),
        StepSpec("Ký duyệt kết quả", signer, sign, unit, "Kết quả giải quyết"),
        StepSpec(
            "Trả kết quả, thu phí, lệ phí (nếu có)", one_stop, edge, unit, "Sổ theo dõi hồ sơ"
        ),
    ]


def tthc_time_text(legal_time: Decimal, hours: bool) -> str:
    unit = "giờ làm việc" if hours else "ngày làm việc"
    return f"{_number(legal_time)} {unit} kể từ khi nhận đủ hồ sơ hợp lệ"


TTHC_RECORDS = (
    RecordSpec("Hồ sơ đề nghị và kết quả giải quyết TTHC", "Theo danh mục hồ sơ của cơ quan"),
    RecordSpec("Sổ theo dõi hồ sơ (Mẫu 06)", "05 năm", "Bộ phận Một cửa"),
)
TTHC_FORMS = ("Đơn đề nghị (tờ khai) theo mẫu",)
