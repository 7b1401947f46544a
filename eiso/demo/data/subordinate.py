"""Sub-departments (Chi cục) and public service units under the departments.

Each Chi cục holds its own QMS (its own ISO unit). Public service units are encouraged, not
obliged, to apply one (QĐ 19/2014 Art. 2), so their ISO units are `mandatory=False`.
"""

from __future__ import annotations

from eiso.demo.specs import AgencyTemplate, UnitSpec, division, leadership, office, one_door

# The Chi cục of the demo scale come first; the province scale uses all of them.
DEMO_SUB_DEPARTMENTS = 4

_CHI_CUC_STAFF = ("Chuyên viên", "Chuyên viên", "Kiểm soát viên", "Cán sự")


def _chi_cuc(
    symbol: str, name: str, parent: str, parent_name: str, units, size: int, **kw
) -> AgencyTemplate:
    head = kw.pop("head_title", "Chi cục trưởng")
    leaders = kw.pop("leadership_name", "Lãnh đạo Chi cục")
    return AgencyTemplate(
        key=f"sub:{symbol}",
        kind="sub_department",
        name=name,
        short_name=name,
        symbol=symbol,
        head_title=head,
        head_position=head,
        units=(leadership(leaders), *units),
        size=size,
        parent_key=f"dept:{parent}",
        governing_body=parent_name.upper(),
        deputies=kw.pop("deputies", 2),
        staff_titles=kw.pop("staff_titles", _CHI_CUC_STAFF),
        **kw,
    )


def sub_departments() -> list[AgencyTemplate]:
    nnmt = "Sở Nông nghiệp và Môi trường"
    return [
        _chi_cuc(
            "CCTL",
            "Chi cục Thủy lợi",
            "SNNMT",
            nnmt,
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Quản lý công trình thủy lợi và nước sạch nông thôn", "QLCT"),
                division("Phòng Phòng, chống thiên tai", "PCTT"),
            ),
            30,
        ),
        _chi_cuc(
            "CCCNTYTS",
            "Chi cục Chăn nuôi, Thú y và Thủy sản",
            "SNNMT",
            nnmt,
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Chăn nuôi và Thú y", "CNTY"),
                division("Phòng Thủy sản", "TS"),
                division("Trạm Kiểm dịch động vật", "KDĐV"),
            ),
            40,
            status_plan="new_2025",
        ),
        _chi_cuc(
            "CCDS",
            "Chi cục Dân số",
            "SYT",
            "Sở Y tế",
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Dân số - Kế hoạch hóa gia đình", "DSKHHGĐ"),
                division("Phòng Truyền thông - Giáo dục", "TTGD"),
            ),
            20,
            deputies=1,
            status_plan="applied_recently",
        ),
        _chi_cuc(
            "CCQLTT",
            "Chi cục Quản lý thị trường",
            "SCT",
            "Sở Công Thương",
            (
                office("Phòng Tổ chức - Hành chính", "TCHC"),
                division("Phòng Nghiệp vụ - Tổng hợp", "NVTH"),
                division("Đội Quản lý thị trường số 1", "Đ1"),
                division("Đội Quản lý thị trường số 2", "Đ2"),
                division("Đội Quản lý thị trường số 3", "Đ3"),
            ),
            60,
            status_plan="new_2025",
            staff_titles=("Kiểm soát viên", "Kiểm soát viên thị trường", "Chuyên viên"),
        ),
        _chi_cuc(
            "CCTTBVTV",
            "Chi cục Trồng trọt và Bảo vệ thực vật",
            "SNNMT",
            nnmt,
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Trồng trọt", "TT"),
                division("Phòng Bảo vệ thực vật", "BVTV"),
            ),
            35,
        ),
        _chi_cuc(
            "CCBHĐ",
            "Chi cục Biển và Hải đảo",
            "SNNMT",
            nnmt,
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Quản lý tài nguyên biển", "QLTNB"),
            ),
            20,
            deputies=1,
            status_plan="new_2025",
        ),
        _chi_cuc(
            "CCATVSTP",
            "Chi cục An toàn vệ sinh thực phẩm",
            "SYT",
            "Sở Y tế",
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Nghiệp vụ", "NV"),
                division("Phòng Thanh tra, kiểm tra", "TTKT"),
            ),
            25,
        ),
        _chi_cuc(
            "BTĐKT",
            "Ban Thi đua - Khen thưởng",
            "SNV",
            "Sở Nội vụ",
            (
                office("Phòng Hành chính - Tổng hợp", "HCTH"),
                division("Phòng Nghiệp vụ thi đua, khen thưởng", "NVTĐ"),
            ),
            20,
            deputies=1,
            head_title="Trưởng ban",
            leadership_name="Lãnh đạo Ban",
        ),
    ]


_PSU_UNITS = (
    leadership("Ban Giám đốc"),
    office("Phòng Hành chính - Tổng hợp", "HCTH"),
    division("Phòng Kế hoạch - Tài chính", "KHTC"),
    division("Phòng Nghiệp vụ", "NV"),
)

_HOSPITAL_UNITS = (
    leadership("Ban Giám đốc"),
    office("Phòng Tổ chức - Hành chính", "TCHC"),
    division("Phòng Kế hoạch tổng hợp", "KHTH"),
    division("Khoa Khám bệnh", "KB"),
    division("Khoa Hồi sức tích cực - Chống độc", "HSTC"),
    division("Khoa Nội tổng hợp", "NTH"),
    division("Khoa Ngoại tổng hợp", "NgTH"),
)

# (symbol, name, parent department symbol, units, size, staff titles)
_PSUS: tuple[tuple[str, str, str, tuple[UnitSpec, ...], int, tuple[str, ...]], ...] = (
    (
        "TTTGPL",
        "Trung tâm Trợ giúp pháp lý nhà nước",
        "STP",
        _PSU_UNITS,
        20,
        ("Trợ giúp viên pháp lý", "Chuyên viên"),
    ),
    (
        "PCC1",
        "Phòng Công chứng số 1",
        "STP",
        (office("Bộ phận Hành chính", "HC"), division("Bộ phận Công chứng", "CC")),
        12,
        ("Công chứng viên", "Chuyên viên"),
    ),
    (
        "TTĐGTS",
        "Trung tâm Dịch vụ đấu giá tài sản",
        "STP",
        _PSU_UNITS,
        12,
        ("Đấu giá viên", "Chuyên viên"),
    ),
    (
        "CDC",
        "Trung tâm Kiểm soát bệnh tật",
        "SYT",
        _PSU_UNITS,
        60,
        ("Bác sĩ", "Y sĩ", "Kỹ thuật viên", "Chuyên viên"),
    ),
    (
        "BVĐK",
        "Bệnh viện Đa khoa {level}",
        "SYT",
        _HOSPITAL_UNITS,
        90,
        ("Bác sĩ", "Điều dưỡng", "Điều dưỡng", "Kỹ thuật viên"),
    ),
    (
        "BVSN",
        "Bệnh viện Sản - Nhi",
        "SYT",
        _HOSPITAL_UNITS,
        60,
        ("Bác sĩ", "Điều dưỡng", "Hộ sinh", "Kỹ thuật viên"),
    ),
    (
        "TTKN",
        "Trung tâm Khuyến nông",
        "SNNMT",
        _PSU_UNITS,
        25,
        ("Kỹ sư", "Chuyên viên", "Khuyến nông viên"),
    ),
    (
        "VPĐKĐĐ",
        "Văn phòng Đăng ký đất đai",
        "SNNMT",
        (
            leadership("Ban Giám đốc"),
            office("Phòng Hành chính - Tổng hợp", "HCTH"),
            division("Phòng Đăng ký và Cấp giấy chứng nhận", "ĐKCG"),
            division("Phòng Kỹ thuật địa chính", "KTĐC"),
            one_door("Bộ phận tiếp nhận và trả kết quả", "TNTKQ"),
        ),
        60,
        ("Chuyên viên", "Kỹ sư địa chính", "Chuyên viên"),
    ),
    ("TTDVVL", "Trung tâm Dịch vụ việc làm", "SNV", _PSU_UNITS, 30, ("Tư vấn viên", "Chuyên viên")),
    ("TTLTLS", "Trung tâm Lưu trữ lịch sử", "SNV", _PSU_UNITS, 15, ("Lưu trữ viên", "Chuyên viên")),
    (
        "TTKTTĐC",
        "Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng",
        "SKHCN",
        _PSU_UNITS,
        25,
        ("Kiểm định viên", "Kỹ sư", "Chuyên viên"),
    ),
    ("TV", "Thư viện {level}", "SVHTTDL", _PSU_UNITS, 20, ("Thư viện viên", "Chuyên viên")),
    ("BT", "Bảo tàng {level}", "SVHTTDL", _PSU_UNITS, 20, ("Chuyên viên", "Hướng dẫn viên")),
    (
        "TTKĐXD",
        "Trung tâm Kiểm định chất lượng công trình xây dựng",
        "SXD",
        _PSU_UNITS,
        25,
        ("Kỹ sư", "Chuyên viên"),
    ),
)

_DEPARTMENT_NAMES = {
    "STP": "Sở Tư pháp",
    "SYT": "Sở Y tế",
    "SNNMT": "Sở Nông nghiệp và Môi trường",
    "SNV": "Sở Nội vụ",
    "SKHCN": "Sở Khoa học và Công nghệ",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch",
    "SXD": "Sở Xây dựng",
    "SGDĐT": "Sở Giáo dục và Đào tạo",
}


def _psu(symbol, name, parent, units, size, titles, **kw) -> AgencyTemplate:
    head = kw.pop("head_title", "Giám đốc")
    return AgencyTemplate(
        key=f"psu:{symbol}",
        kind="public_service_unit",
        name=name,
        short_name=name,
        symbol=symbol,
        head_title=head,
        head_position=kw.pop("head_position", head),
        units=units,
        size=size,
        parent_key=f"dept:{parent}",
        governing_body=_DEPARTMENT_NAMES[parent].upper(),
        mandatory=False,
        deputies=kw.pop("deputies", 1),
        status_plan=kw.pop("status_plan", "encouraged"),
        staff_titles=titles,
        **kw,
    )


def public_service_units() -> list[AgencyTemplate]:
    return [_psu(*row) for row in _PSUS]


def health_centre(base: str, symbol: str) -> AgencyTemplate:
    """A regional health centre (Trung tâm Y tế khu vực) named after the commune it sits in."""
    return _psu(
        symbol,
        f"Trung tâm Y tế khu vực {base}",
        "SYT",
        (
            leadership("Ban Giám đốc"),
            office("Phòng Tổ chức - Hành chính", "TCHC"),
            division("Phòng Kế hoạch - Nghiệp vụ", "KHNV"),
            division("Khoa Kiểm soát bệnh tật và HIV/AIDS", "KSBT"),
            division("Khoa Khám bệnh", "KB"),
            one_door("Bộ phận tiếp đón", "TĐ"),
        ),
        30,
        ("Bác sĩ", "Y sĩ", "Điều dưỡng", "Dược sĩ"),
        head_position="Giám đốc Trung tâm",
    )


def high_school(base: str, symbol: str) -> AgencyTemplate:
    """A public upper-secondary school named after its commune; objectives by school year."""
    return _psu(
        symbol,
        f"Trường THPT {base}",
        "SGDĐT",
        (
            leadership("Ban Giám hiệu"),
            office("Tổ Văn phòng", "VP"),
            division("Tổ Toán - Tin", "TT"),
            division("Tổ Ngữ văn", "NV"),
            division("Tổ Khoa học tự nhiên", "KHTN"),
            division("Tổ Khoa học xã hội", "KHXH"),
            division("Tổ Ngoại ngữ", "NN"),
        ),
        25,
        ("Giáo viên", "Giáo viên", "Giáo viên", "Nhân viên"),
        head_title="Hiệu trưởng",
        head_position="Hiệu trưởng",
        school_year=True,
    )
