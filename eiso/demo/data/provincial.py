"""Provincial-level agencies after the 2025 reorganisation.

From 1 March 2025 a province has these specialised agencies (cơ quan chuyên môn) of its People's
Committee: Nội vụ; Tài chính; Tư pháp; Công Thương; Nông nghiệp và Môi trường; Xây dựng; Giáo dục
và Đào tạo; Y tế; Văn hóa, Thể thao và Du lịch; Khoa học và Công nghệ; Thanh tra tỉnh; Văn phòng
UBND; and Dân tộc và Tôn giáo only in provinces with large ethnic-minority populations (elsewhere,
as in Hưng Yên, Sở Nội vụ takes that work). Since the 2025 Inspection Law there is no "Thanh tra
Sở" any more, so departments have no inspectorate unit. The Office of the Hưng Yên People's
Committee lists its divisions as in its July 2025 announcement. Other agencies commonly found at
provincial level (industrial-zone authority, the provincial social insurance, a project-management
board) complete the ~15 provincial agencies of the demo.
"""

from __future__ import annotations

from eiso.demo.specs import AgencyTemplate, division, leadership, office, one_door

UBND_KEY = "ubnd"
OFFICE_KEY = "vp"
DOST_KEY = "dept:SKHCN"
FEATURED_KEY = "dept:SNNMT"
HOME_AFFAIRS_KEY = "dept:SNV"
INSPECTORATE_KEY = "dept:TTr"

_GOV = "UBND {PROVINCE}"
_DEPT_STAFF = ("Chuyên viên", "Chuyên viên chính", "Chuyên viên", "Cán sự", "Phó Trưởng phòng")


def _kh_tc():
    return division("Phòng Kế hoạch - Tài chính", "KHTC")


def _dept(symbol: str, name: str, short: str, units, size: int, **kw) -> AgencyTemplate:
    return AgencyTemplate(
        key=f"dept:{symbol}",
        kind="department",
        name=name,
        short_name=short,
        symbol=symbol,
        head_title="Giám đốc",
        head_position="Giám đốc Sở",
        units=(leadership("Lãnh đạo Sở"), *units),
        size=size,
        parent_key=UBND_KEY,
        governing_body=_GOV,
        staff_titles=_DEPT_STAFF,
        **kw,
    )


def provincial_committee() -> AgencyTemplate:
    return AgencyTemplate(
        key=UBND_KEY,
        kind="provincial_committee",
        name="Ủy ban nhân dân {province}",
        short_name="UBND {province}",
        symbol="UBND",
        head_title="Chủ tịch",
        head_position="Chủ tịch UBND {level}",
        units=(leadership("Lãnh đạo UBND {level}"),),
        size=4,
        deputies=3,
        staff_titles=(),
    )


def committee_office() -> AgencyTemplate:
    return AgencyTemplate(
        key=OFFICE_KEY,
        kind="committee_office",
        name="Văn phòng Ủy ban nhân dân {level}",
        short_name="Văn phòng UBND {level}",
        symbol="VPUBND",
        head_title="Chánh Văn phòng",
        head_position="Chánh Văn phòng UBND {level}",
        units=(
            leadership("Lãnh đạo Văn phòng"),
            office("Phòng Hành chính - Quản trị", "HCQT"),
            division("Phòng Tổng hợp", "TH"),
            division("Phòng Kinh tế 1", "KT1"),
            division("Phòng Kinh tế 2", "KT2"),
            division("Phòng Ngoại vụ", "NV"),
            division("Phòng Khoa giáo - Văn xã", "KGVX"),
            division("Phòng Nội chính", "NC"),
            division("Ban Tiếp công dân", "TCD"),
            one_door(
                "Trung tâm Phục vụ hành chính công và Kiểm soát thủ tục hành chính", "TTPVHCC"
            ),
            division("Trung tâm Thông tin - Hội nghị", "TTTTHN"),
        ),
        size=110,
        parent_key=UBND_KEY,
        governing_body=_GOV,
        iso_key=UBND_KEY,  # TT 26 Art. 5–6: the Committee and its Office run one QMS
        deputies=3,
        staff_titles=_DEPT_STAFF,
    )


def departments(*, ethnic_affairs: bool) -> list[AgencyTemplate]:
    home_affairs_units = [
        office("Văn phòng Sở"),
        division("Phòng Tổ chức, biên chế và tổ chức phi chính phủ", "TCBC"),
        division("Phòng Công chức, viên chức", "CCVC"),
        division("Phòng Xây dựng chính quyền và công tác thanh niên", "XDCQ"),
        division("Phòng Lao động, tiền lương và bảo hiểm xã hội", "LĐTL"),
    ]
    if not ethnic_affairs:
        home_affairs_units.append(division("Phòng Dân tộc và Tôn giáo", "DTTG"))
    result = [
        _dept("SNV", "Sở Nội vụ", "Sở Nội vụ", home_affairs_units, 120),
        _dept(
            "STC",
            "Sở Tài chính",
            "Sở Tài chính",
            [
                office("Văn phòng Sở", "VP", one_door()),
                division("Phòng Quản lý ngân sách", "QLNS"),
                division("Phòng Tài chính đầu tư", "TCĐT"),
                division("Phòng Quản lý giá và công sản", "GCS"),
                division("Phòng Tổng hợp, quy hoạch", "THQH"),
                division("Phòng Đăng ký kinh doanh", "ĐKKD"),
            ],
            130,
        ),
        _dept(
            "STP",
            "Sở Tư pháp",
            "Sở Tư pháp",
            [
                office("Văn phòng Sở", "VP", one_door()),
                division("Phòng Xây dựng, kiểm tra và theo dõi thi hành pháp luật", "XDKT"),
                division("Phòng Phổ biến, giáo dục pháp luật", "PBGDPL"),
                division("Phòng Hành chính tư pháp", "HCTP"),
                division("Phòng Bổ trợ tư pháp", "BTTP"),
            ],
            60,
        ),
        _dept(
            "SCT",
            "Sở Công Thương",
            "Sở Công Thương",
            [
                office("Văn phòng Sở"),
                _kh_tc(),
                division("Phòng Quản lý công nghiệp", "QLCN"),
                division("Phòng Quản lý thương mại", "QLTM"),
                division("Phòng Quản lý năng lượng", "QLNL"),
                division("Phòng Kỹ thuật an toàn và môi trường", "KTAT"),
            ],
            80,
        ),
        _dept(
            "SNNMT",
            "Sở Nông nghiệp và Môi trường",
            "Sở NN&MT",
            [
                office("Văn phòng Sở", "VP", one_door()),
                _kh_tc(),
                division("Phòng Quản lý đất đai", "QLĐĐ"),
                division("Phòng Tài nguyên nước, khoáng sản và biến đổi khí hậu", "TNN"),
                division("Phòng Môi trường", "MT"),
                division("Phòng Quản lý chất lượng, chế biến và phát triển thị trường", "QLCL"),
            ],
            200,
            status_plan="veteran_expanding",
        ),
        _dept(
            "SXD",
            "Sở Xây dựng",
            "Sở Xây dựng",
            [
                office("Văn phòng Sở", "VP", one_door()),
                _kh_tc(),
                division("Phòng Quản lý hoạt động xây dựng", "QLHĐXD"),
                division("Phòng Quy hoạch - Kiến trúc", "QHKT"),
                division("Phòng Quản lý giao thông", "QLGT"),
                division("Phòng Quản lý vận tải, phương tiện và người lái", "QLVT"),
                division("Phòng Phát triển đô thị và hạ tầng kỹ thuật", "PTĐT"),
            ],
            150,
        ),
        _dept(
            "SGDĐT",
            "Sở Giáo dục và Đào tạo",
            "Sở GD&ĐT",
            [
                office("Văn phòng Sở"),
                _kh_tc(),
                division("Phòng Tổ chức cán bộ", "TCCB"),
                division("Phòng Giáo dục mầm non", "GDMN"),
                division("Phòng Giáo dục phổ thông", "GDPT"),
                division("Phòng Giáo dục chuyên nghiệp và giáo dục thường xuyên", "GDCN"),
                division("Phòng Quản lý chất lượng", "QLCL"),
            ],
            90,
            school_year=True,
        ),
        _dept(
            "SYT",
            "Sở Y tế",
            "Sở Y tế",
            [
                office("Văn phòng Sở", "VP", one_door()),
                _kh_tc(),
                division("Phòng Tổ chức cán bộ", "TCCB"),
                division("Phòng Nghiệp vụ Y", "NVY"),
                division("Phòng Nghiệp vụ Dược", "NVD"),
                division("Phòng Bảo trợ xã hội, trẻ em và phòng, chống tệ nạn xã hội", "BTXH"),
            ],
            90,
        ),
        _dept(
            "SVHTTDL",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở VHTT&DL",
            [
                office("Văn phòng Sở"),
                _kh_tc(),
                division("Phòng Quản lý văn hóa và gia đình", "QLVH"),
                division("Phòng Quản lý thể dục thể thao", "TDTT"),
                division("Phòng Quản lý du lịch", "QLDL"),
                division("Phòng Báo chí, xuất bản", "BCXB"),
            ],
            80,
            status_plan="veteran_expanding",
        ),
        _dept(
            "SKHCN",
            "Sở Khoa học và Công nghệ",
            "Sở KH&CN",
            [
                office("Văn phòng Sở"),
                _kh_tc(),
                division("Phòng Quản lý khoa học", "QLKH"),
                division("Phòng Quản lý công nghệ và đổi mới sáng tạo", "QLCN"),
                division("Phòng Tiêu chuẩn Đo lường Chất lượng", "TĐC"),
                division("Phòng Chuyển đổi số", "CĐS"),
                division("Phòng Bưu chính, viễn thông", "BCVT"),
            ],
            80,
        ),
        AgencyTemplate(
            key=INSPECTORATE_KEY,
            kind="department",
            name="Thanh tra {level}",
            short_name="Thanh tra {level}",
            symbol="TTr",
            head_title="Chánh Thanh tra",
            head_position="Chánh Thanh tra {level}",
            units=(
                leadership("Lãnh đạo Thanh tra"),
                office("Văn phòng"),
                division("Phòng Nghiệp vụ 1", "NV1"),
                division("Phòng Nghiệp vụ 2", "NV2"),
                division("Phòng Nghiệp vụ 3", "NV3"),
                division("Phòng Tiếp công dân, xử lý đơn và phòng, chống tham nhũng", "TCD"),
            ),
            size=70,
            parent_key=UBND_KEY,
            governing_body=_GOV,
            staff_titles=(
                "Thanh tra viên",
                "Thanh tra viên chính",
                "Chuyên viên",
                "Thanh tra viên",
            ),
        ),
    ]
    if ethnic_affairs:
        result.append(
            _dept(
                "SDTTG",
                "Sở Dân tộc và Tôn giáo",
                "Sở DT&TG",
                [
                    office("Văn phòng Sở"),
                    division("Phòng Chính sách dân tộc", "CSDT"),
                    division("Phòng Tôn giáo", "TG"),
                ],
                40,
                status_plan="new_2025",
            )
        )
    return result


def other_provincial_agencies() -> list[AgencyTemplate]:
    return [
        AgencyTemplate(
            key="dept:BQLKCN",
            kind="department",
            name="Ban Quản lý các khu công nghiệp {level}",
            short_name="Ban Quản lý các KCN",
            symbol="BQLKCN",
            head_title="Trưởng ban",
            head_position="Trưởng ban",
            units=(
                leadership("Lãnh đạo Ban"),
                office("Văn phòng", "VP", one_door()),
                division("Phòng Quản lý đầu tư", "QLĐT"),
                division("Phòng Quản lý quy hoạch và xây dựng", "QHXD"),
                division("Phòng Quản lý doanh nghiệp, lao động và môi trường", "DNLĐ"),
            ),
            size=50,
            parent_key=UBND_KEY,
            governing_body=_GOV,
            staff_titles=_DEPT_STAFF,
        ),
        AgencyTemplate(
            key="central:BHXH",
            kind="central_agency",
            name="Bảo hiểm xã hội {level}",
            short_name="BHXH {level}",
            symbol="BHXH",
            head_title="Giám đốc",
            head_position="Giám đốc Bảo hiểm xã hội {level}",
            units=(
                leadership("Ban Giám đốc"),
                office("Văn phòng", "VP", one_door()),
                division("Phòng Quản lý thu và phát triển người tham gia", "QLT"),
                division("Phòng Chế độ bảo hiểm xã hội", "CĐ"),
                division("Phòng Giám định bảo hiểm y tế và thanh toán đa tuyến", "GĐ"),
            ),
            size=80,
            governing_body="BẢO HIỂM XÃ HỘI VIỆT NAM",
            status_plan="veteran",
            staff_titles=("Chuyên viên", "Chuyên viên chính", "Kế toán viên", "Giám định viên"),
        ),
        AgencyTemplate(
            key="psu:BQLDA",
            kind="public_service_unit",
            name="Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp {level}",
            short_name="Ban QLDA công trình dân dụng và công nghiệp",
            symbol="BQLDA",
            head_title="Giám đốc",
            head_position="Giám đốc Ban",
            units=(
                leadership("Ban Giám đốc"),
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                _kh_tc(),
                division("Phòng Kỹ thuật - Thẩm định", "KTTĐ"),
                division("Phòng Quản lý dự án 1", "QLDA1"),
                division("Phòng Quản lý dự án 2", "QLDA2"),
            ),
            size=40,
            parent_key=UBND_KEY,
            governing_body=_GOV,
            mandatory=False,
            status_plan="applied_recently",
            staff_titles=("Kỹ sư", "Chuyên viên", "Kế toán viên", "Cán bộ kỹ thuật"),
        ),
    ]
