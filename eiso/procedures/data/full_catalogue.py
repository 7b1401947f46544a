"""The rest of a real province's published TTHC catalogue, for the province benchmark scale.

`eiso.procedures.data.catalogue` holds the ~300 hand-picked TTHC of the demo. A province's
published list has about 2,000: each department's fields bring families of procedures on the
same licence or registration ("Cấp …", "Cấp lại …", "Điều chỉnh …", "Gia hạn …"), the same
establishment for each kind of school or clinic, one prize per kind of merit. This module lists
them as field templates: a group is (family, base time in working days, objects), and each
pattern of the family applied to each object gives one TTHC, its time the base time scaled by the
pattern's factor. `provincial_items()` and `commune_items()` expand them, without the names the
demo catalogue already has. Names follow the published lists after the 2025 reorganisation
(social protection and children at the Department of Health, labour and people with merit at
Home Affairs, information and communications at Science and Technology); they are demo data, not
the official catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator

from eiso.procedures.data.catalogue import COMMUNE, PROVINCIAL

Family = tuple[tuple[str, float], ...]
Group = tuple[Family, int, tuple[str, ...]]

ONE: Family = (("{o}", 1),)
LIC: Family = (
    ("Cấp {o}", 1),
    ("Cấp lại {o} do bị mất, hư hỏng", 0.5),
    ("Điều chỉnh {o}", 0.7),
    ("Gia hạn {o}", 0.5),
)
LIC3: Family = (("Cấp {o}", 1), ("Cấp lại {o}", 0.5), ("Điều chỉnh nội dung {o}", 0.7))
CERT: Family = (("Cấp {o}", 1), ("Cấp lại {o}", 0.5))
REG: Family = (
    ("Đăng ký hoạt động của {o}", 1),
    ("Thay đổi nội dung đăng ký hoạt động của {o}", 0.7),
    ("Chấm dứt hoạt động của {o}", 0.7),
)
ORG: Family = (("Thành lập {o}", 1), ("Sáp nhập, chia, tách {o}", 1), ("Giải thể {o}", 0.7))
EDU: Family = (
    ("Thành lập, cho phép thành lập {o}", 1),
    ("Cho phép {o} hoạt động giáo dục", 1),
    ("Cho phép {o} hoạt động giáo dục trở lại", 0.5),
    ("Sáp nhập, chia, tách {o}", 1),
    ("Giải thể {o}", 0.7),
)
REC: Family = (("Công nhận {o}", 1), ("Công nhận lại {o}", 0.7))
APP: Family = (("Thẩm định, phê duyệt {o}", 1), ("Điều chỉnh {o}", 0.7))
INV: Family = (
    ("Chấp thuận chủ trương đầu tư {o}", 1),
    ("Điều chỉnh chủ trương đầu tư {o}", 0.8),
    ("Cấp Giấy chứng nhận đăng ký đầu tư {o}", 0.5),
    ("Điều chỉnh Giấy chứng nhận đăng ký đầu tư {o}", 0.3),
)

# (department symbol, field, legal basis, groups)
FieldSpec = tuple[str, str, str, tuple[Group, ...]]

PROVINCIAL_FULL: tuple[FieldSpec, ...] = (
    # Sở Nông nghiệp và Môi trường ----------------------------------------------------------
    (
        "SNNMT",
        "Đất đai",
        "Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP; Nghị định số 102/2024/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Giao đất, cho thuê đất thông qua đấu giá quyền sử dụng đất",
                    "Cho thuê đất đối với tổ chức kinh tế thực hiện dự án đầu tư",
                    "Điều chỉnh quyết định giao đất, cho thuê đất, cho phép chuyển mục đích sử dụng đất",
                    "Gia hạn sử dụng đất khi hết thời hạn sử dụng đất",
                    "Thẩm định nhu cầu sử dụng đất, điều kiện giao đất, cho thuê đất",
                    "Phê duyệt phương án sử dụng đất của công ty nông, lâm nghiệp",
                    "Giải quyết tranh chấp đất đai thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh",
                    "Thu hồi đất do vi phạm pháp luật về đất đai",
                    "Thu hồi đất có nguy cơ đe dọa tính mạng con người",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Đăng ký biến động do chuyển nhượng, tặng cho quyền sử dụng đất",
                    "Đăng ký biến động do thừa kế quyền sử dụng đất, tài sản gắn liền với đất",
                    "Đăng ký biến động do góp vốn bằng quyền sử dụng đất",
                    "Xóa đăng ký góp vốn, cho thuê, cho thuê lại quyền sử dụng đất",
                    "Đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                    "Xóa đăng ký thế chấp quyền sử dụng đất, tài sản gắn liền với đất",
                    "Đăng ký thay đổi nội dung biện pháp bảo đảm bằng quyền sử dụng đất",
                    "Tách thửa hoặc hợp thửa đất",
                    "Đăng ký xác lập quyền sử dụng hạn chế thửa đất liền kề",
                    "Cấp Giấy chứng nhận cho người mua nhà ở, công trình xây dựng trong dự án bất động sản",
                    "Thu hồi Giấy chứng nhận đã cấp không đúng quy định của pháp luật đất đai",
                    "Cung cấp bản sao hồ sơ địa chính, trích lục bản đồ địa chính",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Môi trường",
        "Luật Bảo vệ môi trường năm 2020; Nghị định số 08/2022/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Cấp điều chỉnh giấy phép môi trường",
                    "Cấp lại giấy phép môi trường",
                    "Thẩm định phương án cải tạo, phục hồi môi trường trong hoạt động khai thác khoáng sản",
                    "Xác nhận hoàn thành phương án cải tạo, phục hồi môi trường",
                    "Thẩm định kế hoạch ứng phó sự cố tràn dầu cấp cơ sở",
                    "Chấp thuận điều chỉnh quy mô, công suất của dự án trong quá trình thực hiện",
                    "Cấp giấy chứng nhận cơ sở bảo tồn đa dạng sinh học",
                    "Đăng ký nuôi, trồng loài thuộc Danh mục loài nguy cấp, quý, hiếm được ưu tiên bảo vệ",
                    "Cấp giấy phép trao đổi, mua, bán, tặng cho mẫu vật loài nguy cấp, quý, hiếm",
                    "Thẩm định dự án thành lập khu bảo tồn cấp tỉnh",
                    "Xác nhận đáp ứng yêu cầu về bảo vệ môi trường đối với phế liệu nhập khẩu làm nguyên liệu sản xuất",
                    "Công khai thông tin môi trường theo yêu cầu của tổ chức, cá nhân",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Tài nguyên nước",
        "Luật Tài nguyên nước năm 2023; Nghị định số 54/2024/NĐ-CP",
        (
            (
                (("Cấp {o}", 1), ("Gia hạn, điều chỉnh {o}", 0.8), ("Cấp lại {o}", 0.5)),
                30,
                (
                    "giấy phép thăm dò nước dưới đất đối với công trình có lưu lượng dưới 3.000 m3/ngày đêm",
                    "giấy phép khai thác, sử dụng nước mặt cho sản xuất nông nghiệp, nuôi trồng thủy sản",
                    "giấy phép khai thác, sử dụng nước mặt cho phát điện với công suất lắp máy dưới 2.000 kW",
                    "giấy phép khai thác, sử dụng nước biển cho sản xuất, kinh doanh, dịch vụ",
                    "giấy phép xả nước thải vào nguồn nước",
                ),
            ),
            (
                ONE,
                15,
                (
                    "Tính tiền cấp quyền khai thác tài nguyên nước",
                    "Điều chỉnh tiền cấp quyền khai thác tài nguyên nước",
                    "Trả lại giấy phép tài nguyên nước",
                    "Lấy ý kiến về dự án đầu tư xây dựng hồ chứa, đập dâng trên sông, suối",
                    "Đăng ký khai thác nước mặt, nước biển",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Địa chất và khoáng sản",
        "Luật Địa chất và khoáng sản năm 2024; Nghị định số 193/2025/NĐ-CP",
        (
            (
                (
                    ("Cấp {o}", 1),
                    ("Gia hạn {o}", 0.6),
                    ("Điều chỉnh {o}", 0.7),
                    ("Trả lại {o}", 0.5),
                ),
                45,
                (
                    "giấy phép thăm dò khoáng sản nhóm III, nhóm IV",
                    "giấy phép khai thác khoáng sản nhóm III",
                    "giấy phép khai thác khoáng sản nhóm IV",
                    "giấy phép khai thác tận thu khoáng sản",
                ),
            ),
            (
                ONE,
                30,
                (
                    "Chuyển nhượng quyền thăm dò khoáng sản",
                    "Chuyển nhượng quyền khai thác khoáng sản",
                    "Phê duyệt trữ lượng khoáng sản",
                    "Đóng cửa mỏ khoáng sản",
                    "Tính tiền cấp quyền khai thác khoáng sản",
                    "Đăng ký thu hồi khoáng sản trong diện tích dự án đầu tư xây dựng công trình",
                    "Đăng ký khai thác khoáng sản nhóm IV phục vụ công trình, dự án",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Trồng trọt và bảo vệ thực vật",
        "Luật Trồng trọt năm 2018; Luật Bảo vệ và kiểm dịch thực vật năm 2013",
        (
            (
                LIC3,
                15,
                (
                    "Giấy chứng nhận đủ điều kiện sản xuất phân bón",
                    "Giấy chứng nhận đủ điều kiện sản xuất giống cây trồng",
                    "Giấy phép vận chuyển thuốc bảo vệ thực vật",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Cấp Giấy chứng nhận kiểm dịch thực vật nội địa",
                    "Cấp mã số vùng trồng phục vụ xuất khẩu",
                    "Công nhận lưu hành đặc cách giống cây trồng",
                    "Xác nhận nội dung quảng cáo phân bón",
                    "Xác nhận nội dung quảng cáo thuốc bảo vệ thực vật",
                    "Tiếp nhận công bố hợp quy giống cây trồng",
                    "Tiếp nhận công bố tiêu chuẩn áp dụng giống cây trồng",
                    "Cấp quyết định công nhận nguồn giống cây trồng lâm nghiệp",
                    "Cấp Giấy chứng nhận sản phẩm trồng trọt phù hợp tiêu chuẩn hữu cơ",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Chăn nuôi và thú y",
        "Luật Chăn nuôi năm 2018; Luật Thú y năm 2015",
        (
            (
                LIC3,
                15,
                (
                    "Giấy chứng nhận đủ điều kiện sản xuất thức ăn chăn nuôi",
                    "Giấy chứng nhận đủ điều kiện vệ sinh thú y đối với cơ sở giết mổ động vật",
                    "Giấy chứng nhận đủ điều kiện vệ sinh thú y đối với cơ sở sơ chế, chế biến sản phẩm động vật",
                    "Giấy chứng nhận đủ điều kiện nuôi chim yến",
                ),
            ),
            (
                ONE,
                5,
                (
                    "Cấp lại chứng chỉ hành nghề thú y",
                    "Gia hạn chứng chỉ hành nghề thú y",
                    "Kiểm dịch sản phẩm động vật vận chuyển ra khỏi địa bàn tỉnh",
                    "Cấp Giấy chứng nhận cơ sở an toàn dịch bệnh động vật thủy sản",
                    "Cấp lại Giấy chứng nhận cơ sở an toàn dịch bệnh động vật",
                    "Xác nhận nội dung quảng cáo thức ăn chăn nuôi",
                    "Kê khai hoạt động chăn nuôi trang trại",
                    "Công bố thông tin sản phẩm thức ăn bổ sung sản xuất trong nước",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Thủy sản",
        "Luật Thủy sản năm 2017; Nghị định số 26/2019/NĐ-CP",
        (
            (
                LIC3,
                7,
                (
                    "Giấy phép khai thác thủy sản",
                    "Giấy chứng nhận đăng ký tàu cá",
                    "Giấy chứng nhận an toàn kỹ thuật tàu cá",
                    "Giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản",
                    "Giấy chứng nhận cơ sở đủ điều kiện sản xuất, ương dưỡng giống thủy sản",
                    "Giấy chứng nhận đủ điều kiện sản xuất thức ăn thủy sản",
                ),
            ),
            (
                ONE,
                5,
                (
                    "Xóa đăng ký tàu cá",
                    "Đăng ký tàu cá tạm thời",
                    "Cấp văn bản chấp thuận đóng mới, cải hoán, thuê, mua tàu cá",
                    "Cấp Giấy xác nhận đăng ký nuôi trồng thủy sản lồng bè, đối tượng thủy sản nuôi chủ lực",
                    "Xác nhận nguồn gốc loài thủy sản thuộc Phụ lục CITES",
                    "Công bố mở cảng cá loại II",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Lâm nghiệp",
        "Luật Lâm nghiệp năm 2017; Nghị định số 156/2018/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Phê duyệt phương án quản lý rừng bền vững của chủ rừng là tổ chức",
                    "Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân tỉnh quyết định thành lập",
                    "Quyết định chủ trương chuyển mục đích sử dụng rừng sang mục đích khác",
                    "Phê duyệt phương án trồng rừng thay thế",
                    "Nộp tiền trồng rừng thay thế về Quỹ bảo vệ và phát triển rừng",
                    "Thẩm định, phê duyệt hồ sơ thiết kế khai thác gỗ rừng trồng",
                    "Cho thuê môi trường rừng đặc dụng, rừng phòng hộ",
                    "Xác nhận bảng kê lâm sản",
                    "Cấp mã số cơ sở nuôi, trồng loài động vật, thực vật hoang dã nguy cấp",
                    "Giao rừng, cho thuê rừng đối với tổ chức",
                    "Thu hồi rừng của tổ chức",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Thủy lợi",
        "Luật Thủy lợi năm 2017; Nghị định số 67/2018/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Phê duyệt quy trình vận hành hồ chứa nước thuộc thẩm quyền của Ủy ban nhân dân tỉnh",
                    "Phê duyệt phương án bảo vệ đập, hồ chứa nước",
                    "Phê duyệt phương án cắm mốc chỉ giới phạm vi bảo vệ công trình thủy lợi",
                    "Thẩm định, phê duyệt đề cương, kết quả kiểm định an toàn đập, hồ chứa thủy lợi",
                    "Cấp giấy phép xả nước thải vào công trình thủy lợi",
                    "Cấp lại giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Đê điều và phòng, chống thiên tai",
        "Luật Đê điều năm 2006; Luật Phòng, chống thiên tai năm 2013",
        (
            (
                ONE,
                10,
                (
                    "Cấp phép hoạt động liên quan đến đê điều thuộc thẩm quyền của Ủy ban nhân dân tỉnh",
                    "Cấp phép sử dụng đê, kè bảo vệ đê, cống qua đê làm đường giao thông",
                    "Cấp phép xây dựng công trình đặc biệt trong phạm vi bảo vệ đê điều, bãi sông",
                    "Cấp phép khai thác đất, đá, cát, sỏi trong phạm vi bảo vệ đê điều",
                    "Thẩm định phương án bảo đảm an toàn đê điều trong quá trình thi công",
                    "Hỗ trợ khôi phục sản xuất nông nghiệp vùng bị thiệt hại do thiên tai",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Quản lý chất lượng nông lâm sản và thủy sản",
        "Luật An toàn thực phẩm năm 2010; Nghị định số 15/2018/NĐ-CP",
        (
            (
                LIC3,
                15,
                (
                    "Giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông, lâm, thủy sản",
                    "Giấy xác nhận kiến thức về an toàn thực phẩm cho chủ cơ sở sản xuất nông sản",
                ),
            ),
            (
                ONE,
                7,
                (
                    "Cấp giấy chứng nhận xuất xứ, chứng nhận lưu hành tự do sản phẩm nông sản",
                    "Kiểm tra nhà nước về chất lượng muối nhập khẩu",
                    "Xác nhận nội dung quảng cáo đối với sản phẩm nông, lâm, thủy sản",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Phát triển nông thôn",
        "Nghị định số 52/2018/NĐ-CP; Quyết định số 148/QĐ-TTg",
        (
            (
                REC,
                30,
                (
                    "nghề truyền thống",
                    "làng nghề",
                    "làng nghề truyền thống",
                    "xã đạt chuẩn nông thôn mới nâng cao",
                    "xã đạt chuẩn nông thôn mới kiểu mẫu",
                ),
            ),
            (
                ONE,
                20,
                (
                    "Đánh giá, phân hạng sản phẩm OCOP cấp tỉnh",
                    "Phê duyệt dự án, kế hoạch liên kết trong sản xuất và tiêu thụ sản phẩm nông nghiệp",
                    "Hỗ trợ đầu tư cơ sở hạ tầng vùng nguyên liệu tập trung",
                    "Hỗ trợ doanh nghiệp đầu tư vào nông nghiệp, nông thôn",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Đo đạc, bản đồ và thông tin địa lý",
        "Luật Đo đạc và bản đồ năm 2018; Nghị định số 27/2019/NĐ-CP",
        (
            (
                (("Cấp {o}", 1), ("Cấp bổ sung nội dung {o}", 0.8), ("Cấp lại {o}", 0.5)),
                15,
                (
                    "giấy phép hoạt động đo đạc và bản đồ",
                    "chứng chỉ hành nghề đo đạc và bản đồ hạng II",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Biển và hải đảo",
        "Luật Tài nguyên, môi trường biển và hải đảo năm 2015; Nghị định số 11/2021/NĐ-CP",
        (
            (
                ONE,
                25,
                (
                    "Giao khu vực biển",
                    "Công nhận khu vực biển",
                    "Gia hạn quyết định giao khu vực biển",
                    "Sửa đổi, bổ sung quyết định giao khu vực biển",
                    "Trả lại khu vực biển",
                    "Thu hồi khu vực biển",
                    "Cấp giấy phép nhận chìm ở biển",
                    "Gia hạn giấy phép nhận chìm ở biển",
                    "Cung cấp thông tin, dữ liệu tài nguyên, môi trường biển và hải đảo",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Khí tượng thủy văn",
        "Luật Khí tượng thủy văn năm 2015; Nghị định số 38/2016/NĐ-CP",
        (
            (
                (
                    ("Cấp {o}", 1),
                    ("Sửa đổi, bổ sung {o}", 0.7),
                    ("Gia hạn {o}", 0.5),
                    ("Cấp lại {o}", 0.5),
                ),
                15,
                ("giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn",),
            ),
            (
                ONE,
                10,
                (
                    "Cung cấp thông tin, dữ liệu khí tượng thủy văn",
                    "Thẩm định danh mục công trình phải quan trắc khí tượng thủy văn chuyên dùng",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Kinh tế hợp tác và trang trại",
        "Luật Hợp tác xã năm 2023; Thông tư số 02/2020/TT-BNNPTNT",
        (
            (
                ONE,
                15,
                (
                    "Hỗ trợ hợp tác xã nông nghiệp đầu tư kết cấu hạ tầng, chế biến sản phẩm",
                    "Hỗ trợ hợp tác xã nông nghiệp ứng dụng công nghệ cao",
                    "Công nhận hợp tác xã nông nghiệp ứng dụng công nghệ cao",
                    "Công nhận doanh nghiệp nông nghiệp ứng dụng công nghệ cao",
                    "Công nhận vùng nông nghiệp ứng dụng công nghệ cao",
                    "Hỗ trợ bảo hiểm nông nghiệp",
                    "Hỗ trợ liên kết sản xuất gắn với tiêu thụ sản phẩm",
                    "Phê duyệt kế hoạch khuyến nông cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Bảo vệ thực vật",
        "Luật Bảo vệ và kiểm dịch thực vật năm 2013; Thông tư số 21/2015/TT-BNNPTNT",
        (
            (
                LIC3,
                15,
                (
                    "giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật cho đại lý cấp 2",
                    "giấy chứng nhận đủ điều kiện hành nghề xử lý vật thể thuộc diện kiểm dịch thực vật",
                    "giấy phép vận chuyển vật thể thuộc diện kiểm dịch thực vật vào vùng dịch",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Cấp chứng chỉ hành nghề xử lý vật thể thuộc diện kiểm dịch thực vật",
                    "Cấp lại chứng chỉ hành nghề xử lý vật thể thuộc diện kiểm dịch thực vật",
                    "Đăng ký kiểm tra xác nhận chất lượng thuốc bảo vệ thực vật nhập khẩu",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Đất đai",
        "Luật Đất đai năm 2024; Nghị định số 101/2024/NĐ-CP; Nghị định số 102/2024/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Đăng ký đất đai lần đầu đối với tổ chức đang sử dụng đất",
                    "Đăng ký biến động do đổi tên tổ chức sử dụng đất",
                    "Đăng ký biến động do thay đổi hình thức giao đất, cho thuê đất",
                    "Chuyển hình thức thuê đất trả tiền hằng năm sang thuê đất trả tiền một lần",
                    "Xác định lại diện tích đất ở của hộ gia đình, cá nhân đã được cấp Giấy chứng nhận",
                    "Cấp Giấy chứng nhận cho tổ chức đang sử dụng đất chưa được cấp Giấy chứng nhận",
                    "Đăng ký bảo lưu quyền sử dụng đất khi chuyển đổi mục đích",
                    "Cho phép chuyển mục đích sử dụng đất trồng lúa sang mục đích phi nông nghiệp",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Môi trường",
        "Luật Bảo vệ môi trường năm 2020; Nghị định số 08/2022/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Cấp giấy chứng nhận cơ sở đáp ứng yêu cầu về bảo vệ môi trường trong nhập khẩu phế liệu",
                    "Thẩm định báo cáo đánh giá tác động môi trường điều chỉnh",
                    "Cấp mã số quản lý chất thải nguy hại",
                    "Chấp thuận phương án đồng xử lý chất thải",
                    "Xác nhận sản phẩm thân thiện môi trường",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Thủy sản",
        "Luật Thủy sản năm 2017; Nghị định số 37/2024/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp văn bản chấp thuận nuôi trồng thủy sản trên biển",
                    "Giao khu vực biển để nuôi trồng thủy sản cho tổ chức",
                    "Công nhận và giao quyền quản lý cho tổ chức cộng đồng trong bảo vệ nguồn lợi thủy sản",
                    "Cấp giấy xác nhận nguyên liệu thủy sản khai thác",
                    "Cấp giấy chứng nhận thủy sản khai thác",
                ),
            ),
        ),
    ),
    (
        "SNNMT",
        "Lâm nghiệp",
        "Luật Lâm nghiệp năm 2017; Nghị định số 91/2024/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Phê duyệt phương án khai thác thực vật rừng thông thường",
                    "Đăng ký mã số cơ sở trồng cấy nhân tạo thực vật rừng",
                    "Thẩm định, phê duyệt đề án du lịch sinh thái, nghỉ dưỡng, giải trí trong rừng đặc dụng",
                    "Miễn, giảm tiền dịch vụ môi trường rừng",
                    "Xác nhận nguồn gốc gỗ trước khi xuất khẩu",
                ),
            ),
        ),
    ),
    # Sở Y tế --------------------------------------------------------------------------------
    (
        "SYT",
        "Khám bệnh, chữa bệnh",
        "Luật Khám bệnh, chữa bệnh năm 2023; Nghị định số 96/2023/NĐ-CP",
        (
            (
                (
                    ("Cấp mới giấy phép hoạt động đối với {o}", 1),
                    ("Cấp lại giấy phép hoạt động đối với {o}", 0.5),
                    ("Điều chỉnh giấy phép hoạt động đối với {o} khi thay đổi quy mô", 0.7),
                ),
                30,
                (
                    "bệnh viện",
                    "phòng khám chuyên khoa răng hàm mặt",
                    "phòng khám chuyên khoa mắt",
                    "phòng khám chuyên khoa tai mũi họng",
                    "phòng khám chuyên khoa da liễu",
                    "phòng khám y học cổ truyền",
                    "phòng chẩn trị y học cổ truyền",
                    "phòng khám sản phụ khoa, kế hoạch hóa gia đình",
                    "phòng khám dinh dưỡng",
                    "phòng khám tư vấn và điều trị dự phòng",
                    "phòng khám, điều trị bệnh nghề nghiệp",
                    "nhà hộ sinh",
                    "cơ sở dịch vụ xét nghiệm",
                    "cơ sở dịch vụ chẩn đoán hình ảnh",
                    "cơ sở dịch vụ thẩm mỹ",
                    "cơ sở dịch vụ điều dưỡng, phục hồi chức năng",
                    "cơ sở dịch vụ tiêm, chích, thay băng, đếm mạch, đo nhiệt độ, đo huyết áp",
                    "cơ sở dịch vụ kính thuốc",
                    "trạm y tế cấp xã",
                ),
            ),
            (
                (
                    ("Cấp mới giấy phép hành nghề đối với {o}", 1),
                    ("Cấp lại giấy phép hành nghề đối với {o}", 0.5),
                    ("Gia hạn giấy phép hành nghề đối với {o}", 0.5),
                    ("Điều chỉnh giấy phép hành nghề đối với {o}", 0.7),
                ),
                20,
                (
                    "chức danh bác sỹ",
                    "chức danh y sỹ",
                    "chức danh điều dưỡng",
                    "chức danh hộ sinh",
                    "chức danh kỹ thuật y",
                    "chức danh dinh dưỡng lâm sàng",
                    "chức danh cấp cứu viên ngoại viện",
                    "chức danh tâm lý lâm sàng",
                    "lương y",
                    "người có bài thuốc gia truyền hoặc phương pháp chữa bệnh gia truyền",
                ),
            ),
            (
                ONE,
                20,
                (
                    "Công bố cơ sở khám bệnh, chữa bệnh đáp ứng yêu cầu là cơ sở thực hành",
                    "Cho phép áp dụng kỹ thuật mới, phương pháp mới trong khám bệnh, chữa bệnh",
                    "Phê duyệt danh mục kỹ thuật của cơ sở khám bệnh, chữa bệnh",
                    "Xếp cấp chuyên môn kỹ thuật đối với cơ sở khám bệnh, chữa bệnh",
                    "Cấp giấy chứng nhận lương y",
                    "Cho phép người nước ngoài khám bệnh, chữa bệnh nhân đạo theo đợt",
                    "Cho phép tổ chức khám bệnh, chữa bệnh nhân đạo lưu động",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Dược phẩm",
        "Luật Dược năm 2016 (sửa đổi năm 2024); Nghị định số 54/2017/NĐ-CP",
        (
            (
                (
                    ("Cấp giấy chứng nhận đủ điều kiện kinh doanh dược cho {o}", 1),
                    ("Cấp lại giấy chứng nhận đủ điều kiện kinh doanh dược cho {o}", 0.5),
                    ("Điều chỉnh giấy chứng nhận đủ điều kiện kinh doanh dược cho {o}", 0.7),
                ),
                20,
                (
                    "cơ sở bán buôn thuốc",
                    "nhà thuốc",
                    "quầy thuốc",
                    "tủ thuốc trạm y tế xã",
                    "cơ sở chuyên bán lẻ dược liệu, thuốc dược liệu, thuốc cổ truyền",
                    "cơ sở kinh doanh dịch vụ bảo quản thuốc",
                ),
            ),
            (
                ONE,
                15,
                (
                    "Cấp lại chứng chỉ hành nghề dược",
                    "Điều chỉnh nội dung chứng chỉ hành nghề dược",
                    "Đánh giá đáp ứng Thực hành tốt cơ sở bán lẻ thuốc",
                    "Đánh giá duy trì đáp ứng Thực hành tốt phân phối thuốc",
                    "Cho phép mua thuốc gây nghiện, thuốc hướng tâm thần, tiền chất dùng làm thuốc",
                    "Duyệt dự trù thuốc gây nghiện, thuốc hướng tâm thần cho cơ sở khám bệnh, chữa bệnh",
                    "Cấp giấy xác nhận nội dung thông tin thuốc theo hình thức hội thảo giới thiệu thuốc",
                    "Công bố cơ sở kinh doanh có tổ chức kệ thuốc",
                    "Cấp phép nhập khẩu thuốc thuộc hành lý cá nhân",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "An toàn thực phẩm và dinh dưỡng",
        "Luật An toàn thực phẩm năm 2010; Nghị định số 15/2018/NĐ-CP",
        (
            (
                CERT,
                15,
                (
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất thực phẩm bảo vệ sức khỏe",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với bếp ăn tập thể",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất nước uống đóng chai",
                ),
            ),
            (
                ONE,
                7,
                (
                    "Đăng ký bản công bố sản phẩm thực phẩm dinh dưỡng y học",
                    "Đăng ký bản công bố sản phẩm thực phẩm dùng cho chế độ ăn đặc biệt",
                    "Đăng ký bản công bố sản phẩm dinh dưỡng dùng cho trẻ đến 36 tháng tuổi",
                    "Cấp giấy chứng nhận lưu hành tự do đối với thực phẩm xuất khẩu",
                    "Cấp giấy chứng nhận y tế đối với thực phẩm xuất khẩu",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Trang thiết bị và công trình y tế",
        "Nghị định số 98/2021/NĐ-CP về quản lý trang thiết bị y tế",
        (
            (
                ONE,
                10,
                (
                    "Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D",
                    "Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A",
                    "Công bố đủ điều kiện sản xuất trang thiết bị y tế",
                    "Công bố đủ điều kiện sản xuất chế phẩm diệt côn trùng, diệt khuẩn dùng trong lĩnh vực gia dụng và y tế",
                    "Cấp giấy phép nhập khẩu chế phẩm diệt côn trùng, diệt khuẩn để nghiên cứu",
                    "Cấp giấy chứng nhận đủ điều kiện thực hiện kiểm định trang thiết bị y tế",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Y tế dự phòng",
        "Luật Phòng, chống bệnh truyền nhiễm năm 2007",
        (
            (
                ONE,
                10,
                (
                    "Công bố đủ điều kiện thực hiện khám sức khỏe lái xe",
                    "Công bố đủ điều kiện thực hiện khám sức khỏe định kỳ",
                    "Công bố cơ sở đủ điều kiện quan trắc môi trường lao động",
                    "Công bố cơ sở điều trị nghiện chất dạng thuốc phiện bằng thuốc thay thế",
                    "Cấp giấy chứng nhận đủ điều kiện xét nghiệm khẳng định các trường hợp HIV dương tính",
                    "Cấp giấy chứng nhận phòng xét nghiệm an toàn sinh học cấp III",
                    "Cấp lại giấy chứng nhận phòng xét nghiệm an toàn sinh học",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Dân số, sức khỏe sinh sản",
        "Pháp lệnh Dân số năm 2003; Nghị định số 10/2015/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Công nhận cơ sở khám bệnh, chữa bệnh được phép thực hiện kỹ thuật thụ tinh trong ống nghiệm",
                    "Công nhận cơ sở khám bệnh, chữa bệnh được phép thực hiện kỹ thuật mang thai hộ vì mục đích nhân đạo",
                    "Công nhận cơ sở được thực hiện kỹ thuật xác định lại giới tính",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Bảo trợ xã hội",
        "Nghị định số 20/2021/NĐ-CP; Nghị định số 103/2017/NĐ-CP",
        (
            (
                (
                    ("Thành lập {o}", 1),
                    ("Tổ chức lại, giải thể {o}", 0.7),
                    ("Cấp giấy phép hoạt động đối với {o}", 0.5),
                    ("Cấp lại, điều chỉnh giấy phép hoạt động đối với {o}", 0.5),
                ),
                20,
                (
                    "cơ sở trợ giúp xã hội công lập thuộc Sở Y tế",
                    "cơ sở trợ giúp xã hội ngoài công lập",
                    "cơ sở chăm sóc người cao tuổi",
                    "cơ sở chăm sóc người khuyết tật",
                    "cơ sở nuôi dưỡng, chăm sóc trẻ em có hoàn cảnh đặc biệt",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Tiếp nhận đối tượng bảo trợ xã hội có hoàn cảnh đặc biệt khó khăn vào cơ sở trợ giúp xã hội cấp tỉnh",
                    "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội cấp tỉnh",
                    "Dừng trợ giúp xã hội tại cơ sở trợ giúp xã hội cấp tỉnh",
                    "Cấp giấy chứng nhận đăng ký hoạt động cơ sở trợ giúp xã hội",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Trẻ em",
        "Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Phê duyệt kế hoạch hỗ trợ, can thiệp đối với trẻ em bị xâm hại",
                    "Chuyển trẻ em đang được chăm sóc thay thế tại cơ sở trợ giúp xã hội đến cá nhân, gia đình nhận chăm sóc thay thế",
                    "Đăng ký nhận chăm sóc thay thế cho trẻ em tại cơ sở trợ giúp xã hội",
                    "Chấm dứt việc chăm sóc thay thế cho trẻ em tại cơ sở trợ giúp xã hội",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Phòng, chống tệ nạn xã hội",
        "Luật Phòng, chống ma túy năm 2021; Nghị định số 116/2021/NĐ-CP",
        (
            (
                (
                    ("Cấp giấy phép hoạt động cai nghiện ma túy tự nguyện cho {o}", 1),
                    ("Cấp lại giấy phép hoạt động cai nghiện ma túy tự nguyện cho {o}", 0.5),
                    ("Thu hồi giấy phép hoạt động cai nghiện ma túy tự nguyện của {o}", 0.5),
                ),
                20,
                ("cơ sở cai nghiện ma túy tư nhân", "cơ sở cai nghiện ma túy công lập"),
            ),
            (
                ONE,
                10,
                (
                    "Công bố cơ sở đủ điều kiện cung cấp dịch vụ cai nghiện ma túy tự nguyện",
                    "Tiếp nhận người cai nghiện ma túy tự nguyện vào cơ sở cai nghiện công lập",
                    "Hỗ trợ học văn hóa, học nghề, trợ cấp khó khăn ban đầu cho nạn nhân bị mua bán",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Giám định y khoa",
        "Thông tư số 56/2017/TT-BYT",
        (
            (
                ONE,
                30,
                (
                    "Khám giám định lần đầu do tai nạn lao động",
                    "Khám giám định lần đầu do bệnh nghề nghiệp",
                    "Khám giám định tái phát tai nạn lao động",
                    "Khám giám định để thực hiện chế độ hưu trí đối với người lao động",
                    "Khám giám định để xác định lao động nữ không đủ sức khỏe để chăm sóc con sau khi sinh",
                    "Khám giám định thương tật lần đầu do tai nạn giao thông",
                    "Khám giám định phúc quyết mức độ khuyết tật",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Y, dược cổ truyền",
        "Luật Khám bệnh, chữa bệnh năm 2023; Thông tư số 02/2024/TT-BYT",
        (
            (
                ONE,
                15,
                (
                    "Cấp giấy chứng nhận bài thuốc gia truyền",
                    "Cấp lại giấy chứng nhận bài thuốc gia truyền",
                    "Cho phép sử dụng phương pháp chữa bệnh y học cổ truyền chưa có trong danh mục",
                    "Cấp giấy chứng nhận đủ điều kiện sơ chế, chế biến dược liệu",
                    "Công bố cơ sở nuôi trồng, thu hái dược liệu đạt thực hành tốt",
                    "Cấp phép nhập khẩu dược liệu không vì mục đích thương mại",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Kiểm soát bệnh tật và HIV/AIDS",
        "Luật Phòng, chống HIV/AIDS năm 2006 (sửa đổi năm 2020)",
        (
            (
                ONE,
                10,
                (
                    "Công bố cơ sở đủ điều kiện xét nghiệm HIV",
                    "Công bố cơ sở đủ điều kiện điều trị dự phòng trước phơi nhiễm HIV",
                    "Cấp giấy phép vận chuyển mẫu bệnh phẩm truyền nhiễm nhóm A",
                    "Công bố đủ điều kiện thực hiện khám sức khỏe cho thuyền viên",
                    "Cấp giấy chứng nhận kiểm dịch y tế đối với thi thể, hài cốt, tro cốt",
                    "Cấp giấy chứng nhận tiêm chủng quốc tế",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "An toàn thực phẩm và dinh dưỡng",
        "Luật An toàn thực phẩm năm 2010; Nghị định số 15/2018/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy xác nhận đủ điều kiện sản xuất thực phẩm bảo vệ sức khỏe theo GMP",
                    "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất phụ gia thực phẩm",
                    "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất dụng cụ chứa đựng thực phẩm",
                    "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất nước đá dùng liền",
                    "Xác nhận kiến thức về an toàn thực phẩm cho người trực tiếp chế biến thực phẩm",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Mỹ phẩm",
        "Nghị định số 93/2016/NĐ-CP; Thông tư số 06/2011/TT-BYT",
        (
            (
                ONE,
                10,
                (
                    "Cấp số tiếp nhận Phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước",
                    "Cấp giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
                    "Cấp lại giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
                    "Điều chỉnh giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm",
                    "Cấp giấy chứng nhận lưu hành tự do đối với mỹ phẩm sản xuất trong nước để xuất khẩu",
                ),
            ),
        ),
    ),
    (
        "SYT",
        "Khám bệnh, chữa bệnh",
        "Luật Khám bệnh, chữa bệnh năm 2023; Nghị định số 96/2023/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Cấp giấy phép hoạt động đối với phòng khám đa khoa khu vực",
                    "Cấp giấy phép hoạt động đối với cơ sở khám bệnh, chữa bệnh từ xa",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa phục hồi chức năng",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa tâm thần",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa ung bướu",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa ngoại",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa nhi",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa nội",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa phẫu thuật thẩm mỹ",
                    "Cấp giấy phép hoạt động đối với phòng khám chuyên khoa ngoại trú",
                ),
            ),
        ),
    ),
    # Sở Xây dựng ----------------------------------------------------------------------------
    (
        "SXD",
        "Hoạt động xây dựng",
        "Luật Xây dựng năm 2014 (sửa đổi năm 2020); Nghị định số 175/2024/NĐ-CP",
        (
            (
                (
                    ("Cấp giấy phép xây dựng mới đối với {o}", 1),
                    ("Cấp giấy phép xây dựng điều chỉnh đối với {o}", 0.7),
                    ("Gia hạn giấy phép xây dựng đối với {o}", 0.25),
                    ("Cấp lại giấy phép xây dựng đối với {o}", 0.25),
                ),
                20,
                (
                    "công trình không theo tuyến",
                    "công trình theo tuyến",
                    "công trình tôn giáo",
                    "công trình tín ngưỡng",
                    "công trình quảng cáo",
                    "tượng đài, tranh hoành tráng",
                    "dự án đầu tư xây dựng",
                ),
            ),
            (
                (
                    ("Cấp chứng chỉ hành nghề {o} lần đầu", 1),
                    ("Cấp điều chỉnh hạng chứng chỉ hành nghề {o}", 0.7),
                    ("Cấp lại chứng chỉ hành nghề {o}", 0.5),
                ),
                20,
                (
                    "khảo sát xây dựng hạng II, hạng III",
                    "thiết kế quy hoạch xây dựng hạng II, hạng III",
                    "thiết kế xây dựng công trình hạng II, hạng III",
                    "giám sát thi công xây dựng hạng II, hạng III",
                    "định giá xây dựng hạng II, hạng III",
                    "quản lý dự án đầu tư xây dựng hạng II, hạng III",
                ),
            ),
            (
                (
                    ("Cấp chứng chỉ năng lực hoạt động xây dựng lần đầu đối với tổ chức {o}", 1),
                    ("Điều chỉnh, bổ sung chứng chỉ năng lực đối với tổ chức {o}", 0.7),
                    ("Cấp lại chứng chỉ năng lực đối với tổ chức {o}", 0.5),
                ),
                20,
                (
                    "khảo sát xây dựng",
                    "lập thiết kế quy hoạch xây dựng",
                    "thiết kế, thẩm tra thiết kế xây dựng",
                    "tư vấn quản lý dự án",
                    "thi công xây dựng công trình",
                    "tư vấn giám sát thi công xây dựng",
                ),
            ),
            (
                ONE,
                20,
                (
                    "Cấp giấy phép di dời công trình",
                    "Thẩm định thiết kế xây dựng điều chỉnh triển khai sau thiết kế cơ sở",
                    "Thẩm định báo cáo nghiên cứu khả thi điều chỉnh",
                    "Cho ý kiến về kết quả đánh giá an toàn công trình",
                    "Cấp giấy phép hoạt động xây dựng cho nhà thầu nước ngoài",
                    "Điều chỉnh giấy phép hoạt động xây dựng cho nhà thầu nước ngoài",
                    "Thẩm định dự toán xây dựng công trình",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Quy hoạch xây dựng, kiến trúc",
        "Luật Quy hoạch đô thị và nông thôn năm 2024; Luật Kiến trúc năm 2019",
        (
            (
                APP,
                25,
                (
                    "nhiệm vụ quy hoạch chung đô thị",
                    "quy hoạch chung đô thị",
                    "nhiệm vụ quy hoạch phân khu đô thị",
                    "quy hoạch phân khu đô thị",
                    "nhiệm vụ quy hoạch chi tiết xây dựng",
                    "quy hoạch chi tiết xây dựng",
                    "quy hoạch chung xây dựng xã",
                    "quy chế quản lý kiến trúc",
                ),
            ),
            (
                (("Cấp {o}", 1), ("Cấp lại {o}", 0.5), ("Gia hạn {o}", 0.5)),
                15,
                ("chứng chỉ hành nghề kiến trúc", "giấy phép quy hoạch dự án đầu tư xây dựng"),
            ),
            (
                ONE,
                15,
                (
                    "Cung cấp thông tin về quy hoạch xây dựng",
                    "Cấp giấy chứng nhận quy hoạch, chứng chỉ quy hoạch",
                    "Công nhận chứng chỉ hành nghề kiến trúc của người nước ngoài",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Nhà ở và thị trường bất động sản",
        "Luật Nhà ở năm 2023; Luật Kinh doanh bất động sản năm 2023",
        (
            (
                ONE,
                30,
                (
                    "Cấp lại chứng chỉ hành nghề môi giới bất động sản",
                    "Gia hạn chứng chỉ hành nghề môi giới bất động sản",
                    "Chấp thuận chủ trương đầu tư dự án đầu tư xây dựng nhà ở",
                    "Chấp thuận chuyển nhượng toàn bộ hoặc một phần dự án bất động sản",
                    "Thuê nhà ở xã hội do Nhà nước đầu tư",
                    "Thuê mua nhà ở xã hội do Nhà nước đầu tư",
                    "Xác định giá bán, cho thuê mua nhà ở xã hội",
                    "Cho thuê nhà ở cũ thuộc tài sản công",
                    "Bán nhà ở cũ thuộc tài sản công",
                    "Công nhận chủ đầu tư dự án xây dựng nhà ở",
                    "Thẩm định giá bán, giá thuê mua nhà ở xã hội không sử dụng vốn ngân sách",
                    "Thông báo đủ điều kiện được huy động vốn cho phát triển nhà ở",
                    "Đăng ký hoạt động của sàn giao dịch bất động sản",
                    "Công nhận ban quản trị nhà chung cư",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Vật liệu xây dựng",
        "Nghị định số 09/2021/NĐ-CP về quản lý vật liệu xây dựng",
        (
            (
                ONE,
                10,
                (
                    "Tiếp nhận bản công bố hợp quy sản phẩm, hàng hóa vật liệu xây dựng",
                    "Chỉ định tổ chức thử nghiệm, giám định, kiểm định, chứng nhận vật liệu xây dựng",
                    "Cho ý kiến về dự án đầu tư sản xuất vật liệu xây dựng",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Đường bộ",
        "Luật Đường bộ năm 2024; Luật Trật tự, an toàn giao thông đường bộ năm 2024",
        (
            (
                (("Cấp {o}", 1), ("Cấp lại {o}", 0.5), ("Thu hồi {o}", 0.5)),
                5,
                (
                    "phù hiệu xe ô tô kinh doanh vận tải hành khách theo tuyến cố định",
                    "phù hiệu xe taxi",
                    "phù hiệu xe hợp đồng",
                    "phù hiệu xe ô tô vận tải hàng hóa bằng công-ten-nơ",
                    "phù hiệu xe trung chuyển",
                    "biển hiệu xe ô tô vận chuyển khách du lịch",
                ),
            ),
            (
                (("Cấp {o}", 1), ("Cấp lại {o}", 0.5), ("Cấp điều chỉnh {o}", 0.5)),
                7,
                (
                    "giấy phép đào tạo lái xe ô tô",
                    "giấy phép xe tập lái",
                    "giấy chứng nhận giáo viên dạy thực hành lái xe",
                    "giấy phép sát hạch lái xe",
                    "giấy phép liên vận giữa Việt Nam và các nước",
                ),
            ),
            (
                ONE,
                5,
                (
                    "Đổi giấy phép lái xe do cơ quan có thẩm quyền của nước ngoài cấp",
                    "Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
                    "Công bố đưa bến xe khách vào khai thác",
                    "Công bố đưa trạm dừng nghỉ vào khai thác",
                    "Chấp thuận thiết kế kỹ thuật và phương án tổ chức giao thông của nút giao đấu nối vào đường tỉnh",
                    "Gia hạn chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng đường bộ",
                    "Cấp giấy phép lưu hành xe bánh xích trên đường bộ",
                    "Cấp giấy phép vận chuyển hàng siêu trường, siêu trọng",
                    "Cấp giấy phép vận tải qua biên giới Campuchia - Lào - Việt Nam",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Đường thủy nội địa",
        "Luật Giao thông đường thủy nội địa năm 2004 (sửa đổi năm 2014)",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký lại phương tiện thủy nội địa",
                    "Xóa giấy chứng nhận đăng ký phương tiện thủy nội địa",
                    "Cấp lại giấy chứng nhận đăng ký phương tiện thủy nội địa",
                    "Cấp, cấp lại chứng chỉ chuyên môn phương tiện thủy nội địa",
                    "Công bố hoạt động cảng thủy nội địa",
                    "Thỏa thuận thông số kỹ thuật xây dựng bến thủy nội địa",
                    "Cấp giấy phép hoạt động bến khách ngang sông",
                    "Chấp thuận phương án bảo đảm an toàn giao thông đường thủy nội địa",
                    "Công bố mở luồng chuyên dùng",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Đăng kiểm",
        "Nghị định số 166/2024/NĐ-CP về kinh doanh dịch vụ kiểm định xe cơ giới",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy chứng nhận đủ điều kiện hoạt động kiểm định xe cơ giới",
                    "Cấp lại giấy chứng nhận đủ điều kiện hoạt động kiểm định xe cơ giới",
                    "Chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo",
                    "Thẩm định thiết kế xe cơ giới cải tạo",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Hạ tầng kỹ thuật",
        "Nghị định số 64/2010/NĐ-CP về quản lý cây xanh đô thị; Nghị định số 23/2016/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép chặt hạ, dịch chuyển cây xanh đô thị",
                    "Cấp giấy phép đào đường đô thị để lắp đặt đường ống, cáp ngầm",
                    "Cấp phép sử dụng tạm thời một phần hè phố không vào mục đích giao thông",
                    "Thỏa thuận đấu nối hệ thống thoát nước vào hệ thống thoát nước chung đô thị",
                    "Phê duyệt quy hoạch nghĩa trang, cơ sở hỏa táng",
                    "Thỏa thuận vị trí, hướng tuyến công trình đường dây, cáp viễn thông đi nổi",
                    "Cấp giấy phép sử dụng tạm thời lòng đường vào mục đích khác",
                    "Chấp thuận phương án chiếu sáng đô thị",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Kinh doanh vận tải",
        "Nghị định số 158/2024/NĐ-CP quy định về hoạt động vận tải đường bộ",
        (
            (
                (("Cấp {o}", 1), ("Cấp lại {o}", 0.5), ("Điều chỉnh {o}", 0.5)),
                5,
                (
                    "giấy phép kinh doanh vận tải bằng xe ô tô đối với vận tải hành khách theo tuyến cố định",
                    "giấy phép kinh doanh vận tải bằng xe buýt",
                    "giấy phép kinh doanh vận tải bằng xe taxi",
                    "giấy phép kinh doanh vận tải hàng hóa bằng xe ô tô",
                    "giấy phép kinh doanh vận tải khách du lịch bằng xe ô tô",
                ),
            ),
            (
                ONE,
                5,
                (
                    "Công bố đưa tuyến xe buýt vào khai thác",
                    "Chấp thuận khai thác tuyến vận tải hành khách cố định liên tỉnh",
                    "Ngừng khai thác tuyến, ngừng phương tiện hoạt động trên tuyến",
                    "Đăng ký khai thác tuyến vận tải hành khách liên vận quốc tế",
                    "Cấp giấy phép xe tập lái cho phương tiện của cơ sở đào tạo",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Nhà ở và thị trường bất động sản",
        "Luật Nhà ở năm 2023; Luật Kinh doanh bất động sản năm 2023",
        (
            (
                ONE,
                30,
                (
                    "Chấp thuận lựa chọn chủ đầu tư dự án xây dựng nhà ở xã hội",
                    "Xác nhận đối tượng được hưởng chính sách hỗ trợ về nhà ở xã hội",
                    "Cải tạo, xây dựng lại nhà chung cư",
                    "Phê duyệt phương án bồi thường, tái định cư khi cải tạo nhà chung cư",
                    "Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ quản lý vận hành nhà chung cư",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Hoạt động xây dựng",
        "Luật Xây dựng năm 2014 (sửa đổi năm 2020); Nghị định số 175/2024/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Công nhận tổ chức xã hội - nghề nghiệp đủ điều kiện cấp chứng chỉ hành nghề",
                    "Cấp chứng chỉ hành nghề an toàn lao động trong thi công xây dựng",
                    "Cấp giấy phép xây dựng công trình quảng cáo có thời hạn",
                    "Thẩm định điều chỉnh thiết kế xây dựng trong giai đoạn thi công",
                    "Giám định nguyên nhân sự cố công trình xây dựng",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Đường bộ",
        "Luật Đường bộ năm 2024; Nghị định số 165/2024/NĐ-CP",
        (
            (
                ONE,
                7,
                (
                    "Chấp thuận vị trí đấu nối tạm thời vào đường tỉnh",
                    "Cấp giấy phép thi công nút giao đấu nối vào đường tỉnh",
                    "Cấp phép lưu hành xe chở người bốn bánh có gắn động cơ trong phạm vi hạn chế",
                    "Chấp thuận sử dụng tạm thời một phần lòng đường, hè phố trên quốc lộ ủy thác",
                    "Cấp giấy phép đăng ký, biển số xe máy chuyên dùng",
                ),
            ),
        ),
    ),
    (
        "SXD",
        "Đăng kiểm",
        "Nghị định số 166/2024/NĐ-CP về kinh doanh dịch vụ kiểm định xe cơ giới",
        (
            (
                ONE,
                5,
                (
                    "Cấp giấy chứng nhận đăng kiểm viên xe cơ giới",
                    "Cấp lại giấy chứng nhận đăng kiểm viên xe cơ giới",
                    "Kiểm định an toàn kỹ thuật xe máy chuyên dùng",
                ),
            ),
        ),
    ),
    # Sở Tài chính ---------------------------------------------------------------------------
    (
        "STC",
        "Thành lập và hoạt động của doanh nghiệp",
        "Luật Doanh nghiệp năm 2020 (sửa đổi năm 2025); Nghị định số 168/2025/NĐ-CP",
        (
            (
                (
                    ("Đăng ký thành lập {o}", 1),
                    ("Đăng ký thay đổi người đại diện theo pháp luật của {o}", 1),
                    ("Đăng ký thay đổi vốn điều lệ của {o}", 1),
                    ("Đăng ký giải thể {o}", 1),
                ),
                3,
                (
                    "doanh nghiệp tư nhân",
                    "công ty trách nhiệm hữu hạn một thành viên",
                    "công ty trách nhiệm hữu hạn hai thành viên trở lên",
                    "công ty cổ phần",
                    "công ty hợp danh",
                ),
            ),
            (
                (
                    ("Đăng ký hoạt động {o}", 1),
                    ("Đăng ký thay đổi nội dung đăng ký hoạt động {o}", 1),
                    ("Chấm dứt hoạt động {o}", 1),
                ),
                3,
                (
                    "chi nhánh",
                    "văn phòng đại diện",
                    "địa điểm kinh doanh",
                    "chi nhánh, văn phòng đại diện của doanh nghiệp xã hội",
                ),
            ),
            (
                ONE,
                3,
                (
                    "Đăng ký đổi tên doanh nghiệp",
                    "Đăng ký thay đổi địa chỉ trụ sở chính của doanh nghiệp",
                    "Đăng ký thay đổi thành viên hợp danh",
                    "Đăng ký thay đổi chủ doanh nghiệp tư nhân trong trường hợp bán, tặng cho",
                    "Đăng ký thay đổi thành viên công ty trách nhiệm hữu hạn hai thành viên trở lên",
                    "Thông báo thay đổi ngành, nghề kinh doanh",
                    "Thông báo thay đổi thông tin cổ đông sáng lập công ty cổ phần",
                    "Thông báo thay đổi thông tin người quản lý doanh nghiệp",
                    "Thông báo thay đổi thông tin chủ sở hữu hưởng lợi của doanh nghiệp",
                    "Thông báo tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn",
                    "Chuyển đổi công ty trách nhiệm hữu hạn thành công ty cổ phần",
                    "Chuyển đổi công ty cổ phần thành công ty trách nhiệm hữu hạn",
                    "Chuyển đổi doanh nghiệp tư nhân thành công ty trách nhiệm hữu hạn",
                    "Chuyển đổi hộ kinh doanh thành doanh nghiệp",
                    "Đăng ký doanh nghiệp đối với công ty được chia, tách, hợp nhất",
                    "Cấp lại Giấy chứng nhận đăng ký doanh nghiệp",
                    "Hiệu đính thông tin đăng ký doanh nghiệp",
                    "Cập nhật, bổ sung thông tin đăng ký doanh nghiệp",
                    "Cung cấp thông tin về nội dung đăng ký doanh nghiệp",
                    "Thông báo mẫu con dấu của doanh nghiệp",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Kinh tế hợp tác",
        "Luật Hợp tác xã năm 2023; Nghị định số 92/2024/NĐ-CP",
        (
            (
                (
                    ("Đăng ký thành lập {o}", 1),
                    ("Đăng ký thay đổi nội dung đăng ký {o}", 1),
                    ("Giải thể tự nguyện {o}", 1),
                    ("Cấp lại giấy chứng nhận đăng ký {o}", 1),
                ),
                3,
                ("liên hiệp hợp tác xã", "chi nhánh, văn phòng đại diện của liên hiệp hợp tác xã"),
            ),
            (
                ONE,
                3,
                (
                    "Tạm ngừng hoạt động liên hiệp hợp tác xã",
                    "Chấm dứt tư cách pháp nhân của liên hiệp hợp tác xã",
                    "Hỗ trợ thành lập mới, tổ chức lại hợp tác xã nông nghiệp",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Đầu tư tại Việt Nam",
        "Luật Đầu tư năm 2020 (sửa đổi năm 2025); Nghị định số 31/2021/NĐ-CP",
        (
            (
                INV,
                35,
                (
                    "đối với dự án thuộc thẩm quyền của Ủy ban nhân dân tỉnh",
                    "đối với dự án của nhà đầu tư nước ngoài ngoài khu công nghiệp",
                    "đối với dự án đầu tư xây dựng khu đô thị",
                ),
            ),
            (
                ONE,
                15,
                (
                    "Chuyển nhượng dự án đầu tư",
                    "Gia hạn thời hạn hoạt động của dự án đầu tư",
                    "Giãn tiến độ thực hiện dự án đầu tư",
                    "Tạm ngừng hoạt động của dự án đầu tư",
                    "Chấm dứt hoạt động của dự án đầu tư",
                    "Cấp lại Giấy chứng nhận đăng ký đầu tư",
                    "Hiệu đính thông tin trên Giấy chứng nhận đăng ký đầu tư",
                    "Góp vốn, mua cổ phần, mua phần vốn góp của nhà đầu tư nước ngoài",
                    "Thành lập văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC",
                    "Chấm dứt hoạt động văn phòng điều hành của nhà đầu tư nước ngoài trong hợp đồng BCC",
                    "Cung cấp thông tin về dự án đầu tư",
                    "Bảo đảm đầu tư trong trường hợp không được tiếp tục áp dụng ưu đãi đầu tư",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Đầu tư theo phương thức đối tác công tư",
        "Luật Đầu tư theo phương thức đối tác công tư năm 2020; Nghị định số 35/2021/NĐ-CP",
        (
            (
                APP,
                45,
                (
                    "báo cáo nghiên cứu tiền khả thi dự án PPP",
                    "báo cáo nghiên cứu khả thi dự án PPP",
                    "đề xuất dự án PPP do nhà đầu tư lập",
                ),
            ),
            (
                ONE,
                30,
                (
                    "Quyết định chủ trương đầu tư dự án PPP thuộc thẩm quyền của Hội đồng nhân dân tỉnh",
                    "Điều chỉnh hợp đồng dự án PPP",
                    "Quyết toán vốn đầu tư công trình, hệ thống cơ sở hạ tầng dự án PPP",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Quản lý công sản",
        "Luật Quản lý, sử dụng tài sản công năm 2017; Nghị định số 151/2017/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Quyết định giao tài sản công cho cơ quan, tổ chức, đơn vị",
                    "Quyết định điều chuyển tài sản công",
                    "Quyết định bán tài sản công",
                    "Quyết định thanh lý tài sản công",
                    "Quyết định tiêu hủy tài sản công",
                    "Quyết định thu hồi tài sản công",
                    "Quyết định xử lý tài sản công trong trường hợp bị mất, bị hủy hoại",
                    "Phê duyệt đề án sử dụng tài sản công tại đơn vị sự nghiệp công lập vào mục đích kinh doanh, cho thuê",
                    "Phê duyệt đề án sử dụng tài sản công vào mục đích liên doanh, liên kết",
                    "Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị",
                    "Xác lập quyền sở hữu toàn dân đối với tài sản do tổ chức, cá nhân tự nguyện chuyển giao",
                    "Sắp xếp lại, xử lý nhà, đất thuộc sở hữu nhà nước",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Quản lý giá",
        "Luật Giá năm 2023; Nghị định số 85/2024/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Kê khai giá hàng hóa, dịch vụ thuộc danh mục kê khai giá",
                    "Hiệp thương giá",
                    "Đăng ký giá hàng hóa, dịch vụ trong thời gian bình ổn giá",
                    "Thẩm định phương án giá hàng hóa, dịch vụ do Nhà nước định giá",
                    "Cấp thẻ thẩm định viên về giá",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Tài chính ngân sách",
        "Luật Ngân sách nhà nước năm 2015 (sửa đổi năm 2025)",
        (
            (
                ONE,
                10,
                (
                    "Đăng ký mã số đơn vị có quan hệ với ngân sách",
                    "Thẩm tra quyết toán vốn đầu tư dự án hoàn thành sử dụng vốn ngân sách tỉnh",
                    "Thẩm định dự toán kinh phí mua sắm tài sản, trang thiết bị",
                    "Thẩm định phương án tự chủ tài chính của đơn vị sự nghiệp công lập",
                    "Cấp phát kinh phí hỗ trợ doanh nghiệp nhỏ và vừa",
                    "Thẩm định, phê duyệt kế hoạch lựa chọn nhà thầu",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Đấu thầu và doanh nghiệp nhà nước",
        "Luật Đấu thầu năm 2023; Luật Quản lý, đầu tư vốn nhà nước tại doanh nghiệp năm 2025",
        (
            (
                ONE,
                20,
                (
                    "Thẩm định hồ sơ mời thầu dự án đầu tư có sử dụng đất",
                    "Thẩm định kết quả lựa chọn nhà đầu tư dự án đầu tư có sử dụng đất",
                    "Giải quyết kiến nghị về lựa chọn nhà đầu tư",
                    "Phê duyệt phương án cổ phần hóa doanh nghiệp nhà nước",
                    "Phê duyệt phương án sắp xếp lại doanh nghiệp nhà nước",
                    "Giám sát tài chính doanh nghiệp nhà nước",
                    "Thẩm định báo cáo tài chính của doanh nghiệp do Ủy ban nhân dân tỉnh làm chủ sở hữu",
                    "Đánh giá, xếp loại doanh nghiệp nhà nước",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Doanh nghiệp xã hội và hộ kinh doanh",
        "Luật Doanh nghiệp năm 2020; Nghị định số 47/2021/NĐ-CP",
        (
            (
                ONE,
                3,
                (
                    "Thông báo cam kết thực hiện mục tiêu xã hội, môi trường",
                    "Thông báo thay đổi nội dung cam kết thực hiện mục tiêu xã hội, môi trường",
                    "Thông báo chấm dứt cam kết thực hiện mục tiêu xã hội, môi trường",
                    "Thông báo tiếp nhận viện trợ, tài trợ của doanh nghiệp xã hội",
                    "Chuyển đổi cơ sở bảo trợ xã hội, quỹ xã hội thành doanh nghiệp xã hội",
                    "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi từ hộ kinh doanh",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Quản lý nợ và tài chính đối ngoại",
        "Luật Quản lý nợ công năm 2017; Nghị định số 93/2018/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Thẩm định đề xuất dự án sử dụng vốn ODA, vốn vay ưu đãi nước ngoài",
                    "Phê duyệt khoản viện trợ không hoàn lại không thuộc hỗ trợ phát triển chính thức",
                    "Tiếp nhận khoản viện trợ phi chính phủ nước ngoài",
                    "Xác nhận chuyên gia nước ngoài thực hiện chương trình, dự án ODA",
                    "Vay lại vốn vay nước ngoài của Chính phủ",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Thành lập và hoạt động của doanh nghiệp",
        "Luật Doanh nghiệp năm 2020 (sửa đổi năm 2025); Nghị định số 168/2025/NĐ-CP",
        (
            (
                ONE,
                3,
                (
                    "Đăng ký thay đổi chủ sở hữu công ty trách nhiệm hữu hạn một thành viên",
                    "Đăng ký thay đổi chủ doanh nghiệp tư nhân trong trường hợp thừa kế",
                    "Đăng ký hoạt động trở lại của doanh nghiệp bị thu hồi Giấy chứng nhận đăng ký doanh nghiệp",
                    "Thông báo về việc sáp nhập công ty",
                    "Đăng ký thay đổi nội dung đăng ký doanh nghiệp theo quyết định của Tòa án",
                    "Chấm dứt tồn tại của doanh nghiệp bị sáp nhập, hợp nhất",
                    "Thông báo chào bán cổ phần riêng lẻ của công ty cổ phần không phải là công ty đại chúng",
                    "Đề nghị dừng thực hiện thủ tục đăng ký doanh nghiệp",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Quản lý công sản",
        "Luật Quản lý, sử dụng tài sản công năm 2017; Nghị định số 186/2025/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Khai thác tài sản kết cấu hạ tầng giao thông đường bộ",
                    "Phê duyệt phương án xử lý tài sản phục vụ dự án sử dụng vốn nhà nước khi dự án kết thúc",
                    "Quyết định chuyển giao tài sản công cho địa phương quản lý, xử lý",
                    "Thuê tài sản phục vụ hoạt động của cơ quan nhà nước",
                    "Phê duyệt phương án sắp xếp lại, xử lý xe ô tô công",
                ),
            ),
        ),
    ),
    (
        "STC",
        "Quản lý giá",
        "Luật Giá năm 2023; Nghị định số 85/2024/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Thẩm định giá đất cụ thể",
                    "Phê duyệt giá khởi điểm đấu giá quyền sử dụng đất",
                    "Thẩm định giá tài sản công",
                    "Định giá sản phẩm, dịch vụ công ích thủy lợi",
                ),
            ),
        ),
    ),
    # Sở Công Thương -------------------------------------------------------------------------
    (
        "SCT",
        "Lưu thông hàng hóa trong nước",
        "Luật Thương mại năm 2005; Nghị định số 105/2017/NĐ-CP; Nghị định số 83/2014/NĐ-CP",
        (
            (
                LIC,
                15,
                (
                    "giấy phép bán buôn sản phẩm thuốc lá",
                    "giấy phép sản xuất rượu công nghiệp",
                    "giấy phép bán buôn rượu",
                    "giấy chứng nhận đủ điều kiện thương nhân phân phối xăng dầu",
                    "giấy chứng nhận đủ điều kiện cửa hàng bán lẻ LPG chai",
                    "giấy chứng nhận đủ điều kiện trạm nạp LPG vào chai",
                ),
            ),
            (
                (
                    ("Cấp giấy phép lập {o}", 1),
                    ("Cấp điều chỉnh giấy phép lập {o}", 0.7),
                    ("Cấp lại giấy phép lập {o}", 0.5),
                ),
                20,
                (
                    "cơ sở bán lẻ thứ nhất của nhà đầu tư nước ngoài",
                    "cơ sở bán lẻ ngoài cơ sở bán lẻ thứ nhất",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                    "Cấp lại giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                    "Điều chỉnh giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài",
                    "Cấp giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh",
                    "Đăng ký dấu nghiệp vụ giám định thương mại",
                    "Xác nhận đăng ký hoạt động bán hàng đa cấp tại địa phương",
                    "Tiếp nhận thông báo tổ chức hội nghị, hội thảo, đào tạo về bán hàng đa cấp",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Điện",
        "Luật Điện lực năm 2024; Nghị định số 146/2025/NĐ-CP",
        (
            (
                (
                    ("Cấp giấy phép hoạt động điện lực trong lĩnh vực {o}", 1),
                    ("Sửa đổi, bổ sung giấy phép hoạt động điện lực trong lĩnh vực {o}", 0.7),
                    ("Cấp lại giấy phép hoạt động điện lực trong lĩnh vực {o}", 0.5),
                ),
                15,
                (
                    "tư vấn thiết kế công trình đường dây và trạm biến áp",
                    "tư vấn giám sát thi công công trình đường dây và trạm biến áp",
                    "tư vấn đầu tư xây dựng công trình điện",
                    "phân phối điện",
                    "bán lẻ điện",
                    "phát điện từ nguồn năng lượng tái tạo",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Huấn luyện, sát hạch an toàn điện",
                    "Thẩm định thiết kế xây dựng công trình đường dây và trạm biến áp cấp điện áp đến 35 kV",
                    "Phê duyệt phương án cấp điện cho khu công nghiệp, cụm công nghiệp",
                    "Đăng ký phát triển điện mặt trời mái nhà tự sản xuất, tự tiêu thụ",
                    "Thỏa thuận đấu nối nguồn điện vào lưới điện phân phối",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Hóa chất và an toàn kỹ thuật",
        "Luật Hóa chất năm 2025; Nghị định số 113/2017/NĐ-CP",
        (
            (
                LIC3,
                12,
                (
                    "giấy chứng nhận đủ điều kiện kinh doanh hóa chất sản xuất, kinh doanh có điều kiện",
                    "giấy chứng nhận đủ điều kiện sản xuất, kinh doanh hóa chất hạn chế sản xuất, kinh doanh",
                    "giấy phép sử dụng vật liệu nổ công nghiệp",
                    "giấy phép kinh doanh tiền chất thuốc nổ",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Xác nhận biện pháp phòng ngừa, ứng phó sự cố hóa chất",
                    "Cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp",
                    "Cấp giấy chứng nhận đủ điều kiện sản xuất, chiết nạp khí",
                    "Cấp giấy chứng nhận đủ điều kiện cửa hàng bán khí",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Xúc tiến thương mại",
        "Nghị định số 81/2018/NĐ-CP về hoạt động xúc tiến thương mại",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký sửa đổi, bổ sung nội dung chương trình khuyến mại",
                    "Thông báo thực hiện khuyến mại",
                    "Đăng ký sửa đổi, bổ sung nội dung tổ chức hội chợ, triển lãm thương mại",
                    "Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài",
                    "Cấp lại giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài",
                    "Điều chỉnh giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài",
                    "Gia hạn giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài",
                    "Chấm dứt hoạt động của văn phòng đại diện của thương nhân nước ngoài",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Xuất nhập khẩu",
        "Luật Quản lý ngoại thương năm 2017; Nghị định số 69/2018/NĐ-CP",
        (
            (
                ONE,
                7,
                (
                    "Cấp giấy chứng nhận xuất xứ hàng hóa ưu đãi mẫu D",
                    "Cấp giấy chứng nhận xuất xứ hàng hóa ưu đãi mẫu E",
                    "Cấp giấy chứng nhận xuất xứ hàng hóa ưu đãi mẫu AK",
                    "Cấp giấy phép tạm nhập, tái xuất hàng hóa",
                    "Cấp giấy phép kinh doanh tạm nhập, tái xuất hàng hóa có điều kiện",
                    "Cấp giấy phép quá cảnh hàng hóa",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Công nghiệp địa phương",
        "Nghị định số 32/2024/NĐ-CP về quản lý, phát triển cụm công nghiệp",
        (
            (
                ONE,
                20,
                (
                    "Thành lập, mở rộng cụm công nghiệp",
                    "Điều chỉnh quyết định thành lập, mở rộng cụm công nghiệp",
                    "Lựa chọn chủ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp",
                    "Hỗ trợ kinh phí khuyến công địa phương",
                    "Bình chọn sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Quản lý cạnh tranh và bảo vệ người tiêu dùng",
        "Luật Bảo vệ quyền lợi người tiêu dùng năm 2023",
        (
            (
                ONE,
                10,
                (
                    "Đăng ký hợp đồng theo mẫu, điều kiện giao dịch chung",
                    "Đăng ký lại hợp đồng theo mẫu, điều kiện giao dịch chung",
                    "Giải quyết tranh chấp giữa người tiêu dùng và tổ chức, cá nhân kinh doanh",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Kinh doanh khí và xăng dầu",
        "Nghị định số 87/2018/NĐ-CP; Nghị định số 80/2023/NĐ-CP",
        (
            (
                LIC,
                15,
                (
                    "giấy chứng nhận đủ điều kiện làm tổng đại lý kinh doanh xăng dầu",
                    "giấy chứng nhận đủ điều kiện làm đại lý bán lẻ xăng dầu",
                    "giấy chứng nhận đủ điều kiện trạm nạp LNG vào phương tiện vận tải",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Năng lượng",
        "Luật Sử dụng năng lượng tiết kiệm và hiệu quả năm 2010 (sửa đổi năm 2025)",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy chứng nhận kiểm toán viên năng lượng",
                    "Cấp lại giấy chứng nhận kiểm toán viên năng lượng",
                    "Báo cáo kế hoạch sử dụng năng lượng của cơ sở sử dụng năng lượng trọng điểm",
                    "Hỗ trợ doanh nghiệp đầu tư sử dụng năng lượng tiết kiệm và hiệu quả",
                    "Thẩm định quy hoạch phát triển điện lực cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Quản lý thương mại biên giới và thương mại điện tử",
        "Nghị định số 52/2013/NĐ-CP (sửa đổi năm 2021) về thương mại điện tử",
        (
            (
                ONE,
                7,
                (
                    "Thông báo website thương mại điện tử bán hàng",
                    "Xác nhận đăng ký thương nhân kinh doanh dịch vụ logistics",
                    "Cấp giấy phép kinh doanh vật liệu nổ công nghiệp cho thương nhân",
                    "Cấp giấy chứng nhận sản phẩm công nghiệp chủ lực cấp tỉnh",
                    "Hỗ trợ doanh nghiệp tham gia sàn thương mại điện tử",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "An toàn thực phẩm thuộc ngành Công Thương",
        "Luật An toàn thực phẩm năm 2010; Nghị định số 17/2020/NĐ-CP",
        (
            (
                CERT,
                20,
                (
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất rượu, bia",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất nước giải khát",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất sữa chế biến",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất dầu thực vật",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất bột, tinh bột",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở sản xuất bánh, mứt, kẹo",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh thực phẩm tổng hợp",
                    "giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với chợ đầu mối, chợ đấu giá nông sản",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Cấp giấy xác nhận kiến thức về an toàn thực phẩm ngành Công Thương",
                    "Kiểm tra nhà nước về an toàn thực phẩm đối với thực phẩm nhập khẩu ngành Công Thương",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Công nghiệp địa phương",
        "Nghị định số 32/2024/NĐ-CP; Nghị định số 45/2012/NĐ-CP về khuyến công",
        (
            (
                ONE,
                15,
                (
                    "Đăng ký đề án khuyến công địa phương",
                    "Nghiệm thu đề án khuyến công địa phương",
                    "Hỗ trợ đầu tư xây dựng hạ tầng kỹ thuật cụm công nghiệp",
                    "Điều chỉnh phương án phát triển cụm công nghiệp",
                    "Cho ý kiến về dự án đầu tư trong cụm công nghiệp",
                ),
            ),
        ),
    ),
    (
        "SCT",
        "Lưu thông hàng hóa trong nước",
        "Luật Thương mại năm 2005; Nghị định số 09/2018/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép kinh doanh đối với hoạt động phân phối dầu, mỡ bôi trơn",
                    "Cấp giấy phép kinh doanh đối với hoạt động phân phối gạo, đường",
                    "Cấp giấy phép kinh doanh đối với hoạt động cung cấp dịch vụ logistics",
                    "Cấp giấy phép kinh doanh đối với hoạt động bán lẻ hàng hóa qua thương mại điện tử",
                    "Gia hạn giấy phép lập cơ sở bán lẻ",
                    "Cấp giấy phép lập cơ sở bán lẻ được miễn thủ tục kiểm tra nhu cầu kinh tế",
                ),
            ),
        ),
    ),
    # Sở Tư pháp -----------------------------------------------------------------------------
    (
        "STP",
        "Công chứng",
        "Luật Công chứng năm 2024; Nghị định số 104/2025/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp lại Thẻ công chứng viên",
                    "Xóa đăng ký hành nghề và thu hồi Thẻ công chứng viên",
                    "Chuyển đổi Phòng công chứng thành Văn phòng công chứng",
                    "Hợp nhất Văn phòng công chứng",
                    "Sáp nhập Văn phòng công chứng",
                    "Chấm dứt hoạt động Văn phòng công chứng",
                    "Tạm đình chỉ hành nghề công chứng",
                    "Thành lập Hội công chứng viên",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Luật sư",
        "Luật Luật sư năm 2006 (sửa đổi năm 2012)",
        (
            (
                ONE,
                7,
                (
                    "Đăng ký hoạt động của chi nhánh của tổ chức hành nghề luật sư",
                    "Thay đổi nội dung đăng ký hoạt động của tổ chức hành nghề luật sư",
                    "Hợp nhất, sáp nhập công ty luật",
                    "Chuyển đổi Văn phòng luật sư thành công ty luật",
                    "Cấp lại Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
                    "Cấp Giấy phép thành lập chi nhánh của tổ chức hành nghề luật sư nước ngoài",
                    "Đăng ký hành nghề luật sư của luật sư nước ngoài tại Việt Nam",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Đấu giá tài sản",
        "Luật Đấu giá tài sản năm 2016 (sửa đổi năm 2024)",
        (
            (
                ONE,
                7,
                (
                    "Đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
                    "Thay đổi nội dung đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
                    "Cấp lại Giấy đăng ký hoạt động của doanh nghiệp đấu giá tài sản",
                    "Đăng ký hoạt động của chi nhánh doanh nghiệp đấu giá tài sản",
                    "Cấp Thẻ đấu giá viên",
                    "Cấp lại Thẻ đấu giá viên",
                    "Phê duyệt đủ điều kiện thực hiện hình thức đấu giá trực tuyến",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Quản tài viên",
        "Luật Phá sản năm 2014; Nghị định số 22/2015/NĐ-CP",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký hành nghề quản lý, thanh lý tài sản với tư cách cá nhân",
                    "Đăng ký hành nghề quản lý, thanh lý tài sản đối với doanh nghiệp",
                    "Thay đổi thông tin đăng ký hành nghề của doanh nghiệp quản lý, thanh lý tài sản",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Trọng tài thương mại",
        "Luật Trọng tài thương mại năm 2010",
        (
            (
                REG,
                15,
                (
                    "Trung tâm trọng tài",
                    "chi nhánh Trung tâm trọng tài",
                    "chi nhánh của tổ chức trọng tài nước ngoài tại Việt Nam",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Hòa giải thương mại, trọng tài thương mại",
        "Nghị định số 22/2017/NĐ-CP về hòa giải thương mại",
        (
            (
                REG,
                10,
                ("Trung tâm hòa giải thương mại", "chi nhánh Trung tâm hòa giải thương mại"),
            ),
            (
                ONE,
                5,
                (
                    "Đăng ký làm hòa giải viên thương mại vụ việc",
                    "Tự chấm dứt hoạt động của Trung tâm hòa giải thương mại",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Thừa phát lại",
        "Nghị định số 08/2020/NĐ-CP về tổ chức và hoạt động của Thừa phát lại",
        (
            (
                ONE,
                10,
                (
                    "Bổ nhiệm lại Thừa phát lại",
                    "Đăng ký hành nghề và cấp Thẻ Thừa phát lại",
                    "Cấp lại Thẻ Thừa phát lại",
                    "Thay đổi nội dung đăng ký hoạt động của Văn phòng Thừa phát lại",
                    "Chuyển nhượng Văn phòng Thừa phát lại",
                    "Hợp nhất, sáp nhập Văn phòng Thừa phát lại",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Trợ giúp pháp lý",
        "Luật Trợ giúp pháp lý năm 2017",
        (
            (
                ONE,
                5,
                (
                    "Yêu cầu trợ giúp pháp lý",
                    "Thay đổi người thực hiện trợ giúp pháp lý",
                    "Giải quyết khiếu nại về trợ giúp pháp lý",
                    "Lựa chọn, ký hợp đồng với tổ chức hành nghề luật sư thực hiện trợ giúp pháp lý",
                    "Cấp lại Thẻ trợ giúp viên pháp lý",
                    "Đăng ký tham gia trợ giúp pháp lý",
                    "Chấm dứt tham gia trợ giúp pháp lý",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Nuôi con nuôi",
        "Luật Nuôi con nuôi năm 2010; Nghị định số 19/2011/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Giải quyết việc người nước ngoài thường trú ở nước ngoài nhận trẻ em Việt Nam làm con nuôi",
                    "Giải quyết việc người nước ngoài cư trú ở Việt Nam nhận con nuôi",
                    "Cấp giấy phép hoạt động của văn phòng con nuôi nước ngoài",
                    "Gia hạn giấy phép hoạt động của văn phòng con nuôi nước ngoài",
                    "Ghi vào sổ đăng ký nuôi con nuôi việc nuôi con nuôi đã được giải quyết ở nước ngoài",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Hộ tịch",
        "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP",
        (
            (
                ONE,
                3,
                (
                    "Cấp bản sao trích lục hộ tịch tại Sở Tư pháp",
                    "Cấp Giấy xác nhận có quốc tịch Việt Nam để đăng ký hộ tịch",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Phổ biến, giáo dục pháp luật",
        "Luật Phổ biến, giáo dục pháp luật năm 2012",
        (
            (
                ONE,
                10,
                (
                    "Công nhận báo cáo viên pháp luật cấp tỉnh",
                    "Miễn nhiệm báo cáo viên pháp luật cấp tỉnh",
                    "Đăng ký hoạt động của Trung tâm tư vấn pháp luật",
                    "Thay đổi nội dung đăng ký hoạt động của Trung tâm tư vấn pháp luật",
                    "Cấp thẻ tư vấn viên pháp luật",
                    "Thu hồi thẻ tư vấn viên pháp luật",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Giám định tư pháp",
        "Luật Giám định tư pháp năm 2012 (sửa đổi năm 2020)",
        (
            (
                ONE,
                10,
                (
                    "Đăng ký hoạt động Văn phòng giám định tư pháp",
                    "Thay đổi, bổ sung lĩnh vực giám định của Văn phòng giám định tư pháp",
                    "Chuyển đổi loại hình Văn phòng giám định tư pháp",
                    "Cấp lại Giấy đăng ký hoạt động của Văn phòng giám định tư pháp",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Lý lịch tư pháp",
        "Luật Lý lịch tư pháp năm 2009; Nghị định số 111/2010/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp Phiếu lý lịch tư pháp số 1 qua ứng dụng định danh điện tử VNeID",
                    "Cấp Phiếu lý lịch tư pháp số 2 cho công dân Việt Nam",
                    "Cấp Phiếu lý lịch tư pháp cho người nước ngoài đã cư trú tại Việt Nam",
                    "Cập nhật, đính chính thông tin lý lịch tư pháp",
                    "Khiếu nại về việc cấp Phiếu lý lịch tư pháp",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Quốc tịch",
        "Luật Quốc tịch Việt Nam năm 2008 (sửa đổi năm 2025); Nghị định số 16/2020/NĐ-CP",
        (
            (
                ONE,
                30,
                (
                    "Thông báo có quốc tịch nước ngoài",
                    "Ghi vào sổ việc nhập quốc tịch, thôi quốc tịch Việt Nam",
                    "Cấp bản sao Giấy chứng nhận có quốc tịch Việt Nam",
                    "Xác nhận là người gốc Việt Nam đối với người đang cư trú ở trong nước",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Bồi thường nhà nước",
        "Luật Trách nhiệm bồi thường của Nhà nước năm 2017",
        (
            (
                ONE,
                30,
                (
                    "Giải quyết yêu cầu bồi thường tại cơ quan giải quyết bồi thường cấp tỉnh",
                    "Phục hồi danh dự cho người bị thiệt hại",
                    "Chi trả tiền bồi thường trong hoạt động quản lý hành chính",
                    "Giải quyết yêu cầu bồi thường trong hoạt động thi hành án hình sự",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Tư vấn pháp luật và hợp tác quốc tế về pháp luật",
        "Nghị định số 77/2008/NĐ-CP về tư vấn pháp luật; Nghị định số 113/2014/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Thành lập Chi nhánh của Trung tâm tư vấn pháp luật",
                    "Chấm dứt hoạt động của Trung tâm tư vấn pháp luật",
                    "Phê duyệt việc tổ chức hội nghị, hội thảo quốc tế về pháp luật",
                    "Cấp phép tổ chức hoạt động hợp tác quốc tế về pháp luật của tổ chức nước ngoài",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Luật sư",
        "Luật Luật sư năm 2006 (sửa đổi năm 2012)",
        (
            (
                ONE,
                7,
                (
                    "Đăng ký hoạt động của công ty luật nước ngoài",
                    "Thay đổi người đại diện theo pháp luật của chi nhánh công ty luật nước ngoài",
                    "Tạm ngừng, chấm dứt hoạt động của tổ chức hành nghề luật sư",
                    "Thu hồi Giấy đăng ký hoạt động của tổ chức hành nghề luật sư",
                    "Cấp lại Giấy đăng ký hoạt động của công ty luật nước ngoài",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Đấu giá tài sản",
        "Luật Đấu giá tài sản năm 2016 (sửa đổi năm 2024)",
        (
            (
                ONE,
                7,
                (
                    "Thu hồi Thẻ đấu giá viên",
                    "Chấm dứt hoạt động của doanh nghiệp đấu giá tài sản",
                    "Đăng ký danh sách đấu giá viên hành nghề tại doanh nghiệp đấu giá tài sản",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Trợ giúp pháp lý",
        "Luật Trợ giúp pháp lý năm 2017; Thông tư số 12/2018/TT-BTP",
        (
            (
                ONE,
                5,
                (
                    "Rút yêu cầu trợ giúp pháp lý của người được trợ giúp pháp lý",
                    "Cấp Thẻ cộng tác viên trợ giúp pháp lý",
                    "Thu hồi Thẻ cộng tác viên trợ giúp pháp lý",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Giám định tư pháp",
        "Luật Giám định tư pháp năm 2012 (sửa đổi năm 2020)",
        (
            (
                ONE,
                10,
                (
                    "Cấp lại thẻ giám định viên tư pháp",
                    "Đăng ký công bố người giám định tư pháp theo vụ việc",
                    "Thay đổi tên gọi, địa chỉ trụ sở của Văn phòng giám định tư pháp",
                ),
            ),
        ),
    ),
    (
        "STP",
        "Công chứng",
        "Luật Công chứng năm 2024; Nghị định số 104/2025/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Miễn nhiệm công chứng viên",
                    "Bổ nhiệm lại công chứng viên",
                    "Đăng ký tập sự hành nghề công chứng",
                    "Thay đổi nơi tập sự hành nghề công chứng",
                    "Đăng ký tham dự kiểm tra kết quả tập sự hành nghề công chứng",
                ),
            ),
        ),
    ),
    # Sở Nội vụ ------------------------------------------------------------------------------
    (
        "SNV",
        "Tổ chức hành chính, tổ chức phi chính phủ",
        "Nghị định số 126/2024/NĐ-CP về tổ chức, hoạt động và quản lý hội",
        (
            (
                (
                    ("Công nhận ban vận động thành lập {o}", 0.5),
                    ("Thành lập {o}", 1),
                    ("Phê duyệt điều lệ {o}", 0.5),
                    ("Chia, tách; sáp nhập; hợp nhất {o}", 1),
                    ("Đổi tên {o}", 0.5),
                    ("{o} tự giải thể", 0.5),
                ),
                30,
                ("hội có phạm vi hoạt động trong tỉnh", "hội nghề nghiệp cấp tỉnh"),
            ),
            (
                (
                    ("Cấp giấy phép thành lập và công nhận điều lệ {o}", 1),
                    (
                        "Công nhận quỹ đủ điều kiện hoạt động và công nhận thành viên hội đồng quản lý {o}",
                        0.5,
                    ),
                    ("Công nhận thay đổi, bổ sung thành viên hội đồng quản lý {o}", 0.5),
                    ("Hợp nhất, sáp nhập, chia, tách {o}", 1),
                    ("Đổi tên {o}", 0.5),
                    ("Giải thể {o}", 0.5),
                ),
                30,
                ("quỹ xã hội, quỹ từ thiện có phạm vi hoạt động trong tỉnh",),
            ),
            (
                ONE,
                20,
                (
                    "Báo cáo tổ chức đại hội nhiệm kỳ, đại hội bất thường của hội",
                    "Cho phép hội đặt văn phòng đại diện",
                    "Thành lập tổ chức hành chính thuộc Ủy ban nhân dân tỉnh",
                    "Thành lập đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân tỉnh",
                    "Tổ chức lại, giải thể đơn vị sự nghiệp công lập",
                    "Thành lập thôn mới, tổ dân phố mới",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Công chức, viên chức",
        "Luật Cán bộ, công chức năm 2025; Luật Viên chức năm 2010 (sửa đổi năm 2019)",
        (
            (
                ONE,
                30,
                (
                    "Tiếp nhận vào làm công chức",
                    "Tiếp nhận vào làm viên chức",
                    "Thi nâng ngạch công chức",
                    "Xét nâng ngạch công chức",
                    "Xét thăng hạng chức danh nghề nghiệp viên chức",
                    "Thẩm định đề án vị trí việc làm",
                    "Thẩm định điều chỉnh vị trí việc làm",
                    "Chuyển công chức cấp xã thành công chức cấp tỉnh",
                    "Tuyển dụng công chức cấp xã",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Thi đua, khen thưởng",
        "Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích thực hiện nhiệm vụ chính trị",
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh theo đợt, chuyên đề",
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích đột xuất",
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh về thành tích đối ngoại",
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho gia đình",
                    "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho doanh nghiệp, doanh nhân",
                    "Tặng Cờ thi đua của Ủy ban nhân dân tỉnh",
                    "Tặng danh hiệu Chiến sĩ thi đua cấp tỉnh",
                    "Tặng danh hiệu Tập thể lao động xuất sắc",
                    "Tặng danh hiệu Công dân ưu tú",
                    "Đề nghị tặng Huân chương Lao động",
                    "Đề nghị tặng Bằng khen của Thủ tướng Chính phủ",
                    "Đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc",
                    "Đề nghị phong tặng danh hiệu Bà mẹ Việt Nam anh hùng",
                    "Đề nghị xét tặng danh hiệu Nhà giáo nhân dân, Nhà giáo ưu tú",
                    "Đề nghị xét tặng danh hiệu Thầy thuốc nhân dân, Thầy thuốc ưu tú",
                    "Đề nghị xét tặng danh hiệu Nghệ nhân nhân dân, Nghệ nhân ưu tú",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Văn thư, lưu trữ",
        "Luật Lưu trữ năm 2024",
        (
            (
                ONE,
                10,
                (
                    "Cấp chứng chỉ hành nghề lưu trữ",
                    "Cấp lại chứng chỉ hành nghề lưu trữ",
                    "Phục vụ sử dụng tài liệu của độc giả tại phòng đọc Lưu trữ lịch sử tỉnh",
                    "Cấp bản sao và chứng thực tài liệu lưu trữ",
                    "Đăng ký tài liệu lưu trữ tư",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Tôn giáo, tín ngưỡng",
        "Luật Tín ngưỡng, tôn giáo năm 2016; Nghị định số 95/2023/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Đăng ký hoạt động tín ngưỡng của cơ sở tín ngưỡng",
                    "Đề nghị sinh hoạt tôn giáo tập trung của người nước ngoài cư trú hợp pháp",
                    "Đăng ký thuyên chuyển chức sắc, chức việc, nhà tu hành",
                    "Đề nghị tổ chức hội nghị thường niên của tổ chức tôn giáo",
                    "Đề nghị tổ chức đại hội của tổ chức tôn giáo",
                    "Đề nghị giảng đạo ngoài địa bàn phụ trách, cơ sở tôn giáo",
                    "Đề nghị thành lập, chia, tách, sáp nhập, hợp nhất tổ chức tôn giáo trực thuộc",
                    "Đăng ký người được bổ nhiệm, bầu cử, suy cử làm chức việc",
                    "Đề nghị mở lớp bồi dưỡng về tôn giáo cho người chuyên hoạt động tôn giáo",
                    "Đề nghị thay đổi tên của tổ chức tôn giáo trực thuộc",
                    "Đăng ký sửa đổi hiến chương của tổ chức tôn giáo",
                    "Thông báo về việc phong phẩm hoặc suy cử chức sắc",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Lao động, tiền lương",
        "Bộ luật Lao động năm 2019; Nghị định số 145/2020/NĐ-CP",
        (
            (
                ONE,
                7,
                (
                    "Cấp lại giấy phép hoạt động cho thuê lại lao động",
                    "Thu hồi giấy phép hoạt động cho thuê lại lao động",
                    "Rút tiền ký quỹ của doanh nghiệp cho thuê lại lao động",
                    "Đăng ký hợp đồng nhận lao động thực tập thời hạn dưới 90 ngày",
                    "Đăng ký hợp đồng cung ứng lao động đi làm việc ở nước ngoài",
                    "Hỗ trợ người lao động bị tạm hoãn thực hiện hợp đồng lao động",
                    "Xếp hạng công ty trách nhiệm hữu hạn một thành viên do Ủy ban nhân dân tỉnh làm chủ sở hữu",
                    "Phê duyệt quỹ tiền lương, thù lao thực hiện của người quản lý công ty",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "An toàn, vệ sinh lao động",
        "Luật An toàn, vệ sinh lao động năm 2015; Nghị định số 44/2016/NĐ-CP",
        (
            (
                LIC3,
                10,
                (
                    "giấy chứng nhận đủ điều kiện hoạt động huấn luyện an toàn, vệ sinh lao động hạng A",
                    "giấy chứng nhận đủ điều kiện hoạt động kiểm định kỹ thuật an toàn lao động",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Khai báo sử dụng máy, thiết bị có yêu cầu nghiêm ngặt về an toàn lao động",
                    "Hỗ trợ chi phí huấn luyện an toàn, vệ sinh lao động cho doanh nghiệp",
                    "Hỗ trợ kinh phí phục hồi chức năng lao động cho người bị tai nạn lao động",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Việc làm",
        "Luật Việc làm năm 2025; Nghị định số 152/2020/NĐ-CP",
        (
            (
                ONE,
                7,
                (
                    "Gia hạn giấy phép lao động cho người lao động nước ngoài",
                    "Chấp thuận nhu cầu sử dụng người lao động nước ngoài",
                    "Cấp lại giấy phép hoạt động dịch vụ việc làm",
                    "Gia hạn giấy phép hoạt động dịch vụ việc làm",
                    "Thông báo về việc tìm kiếm việc làm hằng tháng",
                    "Tạm dừng hưởng trợ cấp thất nghiệp",
                    "Tiếp tục hưởng trợ cấp thất nghiệp",
                    "Chuyển nơi hưởng trợ cấp thất nghiệp",
                    "Hỗ trợ học nghề cho người đang hưởng trợ cấp thất nghiệp",
                    "Hỗ trợ đào tạo, bồi dưỡng, nâng cao trình độ kỹ năng nghề để duy trì việc làm",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Người có công",
        "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020; Nghị định số 131/2021/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Công nhận và giải quyết chế độ ưu đãi người hoạt động cách mạng trước ngày 01 tháng 01 năm 1945",
                    "Công nhận và giải quyết chế độ thương binh, người hưởng chính sách như thương binh",
                    "Giải quyết chế độ ưu đãi đối với thân nhân liệt sĩ",
                    "Giải quyết chế độ ưu đãi đối với Bà mẹ Việt Nam anh hùng",
                    "Giải quyết chế độ người có công giúp đỡ cách mạng",
                    "Giải quyết chế độ người hoạt động cách mạng, kháng chiến bị địch bắt tù, đày",
                    "Giám định lại thương tật do vết thương cũ tái phát",
                    "Cấp trích lục hoặc sao hồ sơ người có công với cách mạng",
                    "Sửa đổi, bổ sung thông tin cá nhân trong hồ sơ người có công",
                    "Cấp lại Bằng Tổ quốc ghi công",
                    "Xác định danh tính hài cốt liệt sĩ còn thiếu thông tin",
                    "Di chuyển hài cốt liệt sĩ đang an táng tại nghĩa trang liệt sĩ",
                    "Hỗ trợ người có công với cách mạng về nhà ở",
                    "Thực hiện chế độ ưu đãi trong giáo dục đào tạo đối với người có công và con của họ",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Giáo dục nghề nghiệp",
        "Luật Giáo dục nghề nghiệp năm 2014; Nghị định số 143/2016/NĐ-CP",
        (
            (
                (
                    ("Thành lập {o}", 1),
                    ("Cho phép thành lập {o} tư thục", 1),
                    ("Tổ chức lại, giải thể {o}", 0.7),
                    ("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp đối với {o}", 0.5),
                ),
                20,
                ("trường trung cấp", "trung tâm giáo dục nghề nghiệp"),
            ),
            (
                ONE,
                10,
                (
                    "Đăng ký bổ sung hoạt động giáo dục nghề nghiệp",
                    "Cho phép thành lập phân hiệu của trường trung cấp",
                    "Cấp giấy chứng nhận đăng ký hoạt động liên kết đào tạo với nước ngoài",
                    "Công nhận hội đồng quản trị trường trung cấp tư thục",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Công tác dân tộc",
        "Nghị định số 05/2011/NĐ-CP về công tác dân tộc; Quyết định số 12/2018/QĐ-TTg",
        (
            (
                ONE,
                15,
                (
                    "Công nhận người có uy tín trong đồng bào dân tộc thiểu số",
                    "Đưa ra khỏi danh sách người có uy tín trong đồng bào dân tộc thiểu số",
                    "Xác nhận thành phần dân tộc thiểu số để thụ hưởng chính sách",
                    "Hỗ trợ đất ở, nhà ở cho hộ dân tộc thiểu số nghèo",
                    "Xét tặng Kỷ niệm chương Vì sự nghiệp phát triển các dân tộc",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Thanh niên",
        "Luật Thanh niên năm 2020; Nghị định số 13/2021/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Xét tặng danh hiệu Thanh niên tiêu biểu cấp tỉnh",
                    "Thành lập tổ chức thanh niên xung phong cấp tỉnh",
                    "Giải thể tổ chức thanh niên xung phong cấp tỉnh",
                    "Xác nhận phiên hiệu thanh niên xung phong cấp tỉnh",
                    "Hỗ trợ thanh niên khởi nghiệp",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Chính quyền địa phương",
        "Luật Tổ chức chính quyền địa phương năm 2025; Nghị quyết số 1211/2016/UBTVQH13",
        (
            (
                ONE,
                30,
                (
                    "Thẩm định đề án phân loại đơn vị hành chính cấp xã",
                    "Thẩm định đề án thành lập, nhập, chia, điều chỉnh địa giới đơn vị hành chính cấp xã",
                    "Thẩm định hồ sơ đặt tên, đổi tên thôn, tổ dân phố",
                    "Công nhận xã, phường đạt chuẩn tiếp cận pháp luật",
                    "Phê chuẩn kết quả bầu Chủ tịch, Phó Chủ tịch Ủy ban nhân dân cấp xã",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Quản lý lao động ngoài nước",
        "Luật Người lao động Việt Nam đi làm việc ở nước ngoài theo hợp đồng năm 2020",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký hợp đồng lao động trực tiếp giao kết",
                    "Đăng ký hợp đồng đưa người lao động đi thực tập nâng cao tay nghề dưới 90 ngày",
                    "Hỗ trợ người lao động thuộc đối tượng chính sách đi làm việc ở nước ngoài",
                    "Hỗ trợ người lao động đi làm việc ở nước ngoài về nước tạo việc làm",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Thi đua, khen thưởng",
        "Luật Thi đua, khen thưởng năm 2022; Nghị định số 98/2023/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Đề nghị tặng Huân chương Độc lập",
                    "Đề nghị tặng Huân chương Bảo vệ Tổ quốc",
                    "Đề nghị tặng Huy chương Hữu nghị",
                    "Đề nghị tặng Cờ thi đua của Chính phủ",
                    "Đề nghị tặng danh hiệu Anh hùng Lao động",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Công chức, viên chức",
        "Luật Cán bộ, công chức năm 2025; Luật Viên chức năm 2010 (sửa đổi năm 2019)",
        (
            (
                ONE,
                30,
                (
                    "Xét chuyển cán bộ, công chức cấp xã thành viên chức",
                    "Thẩm định hồ sơ tiếp nhận người có kinh nghiệm công tác vào làm công chức",
                    "Thẩm định kết quả xếp hạng chức danh nghề nghiệp viên chức",
                    "Điều động, luân chuyển công chức giữa các cơ quan thuộc tỉnh",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Người có công",
        "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020; Nghị định số 131/2021/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Giải quyết chế độ đối với thương binh đồng thời là người hưởng chế độ mất sức lao động",
                    "Công nhận đối với người bị thương trong chiến tranh không còn giấy tờ",
                    "Giải quyết chế độ ưu đãi đối với Anh hùng Lực lượng vũ trang nhân dân, Anh hùng Lao động",
                    "Tiếp nhận người có công vào cơ sở nuôi dưỡng, điều dưỡng người có công",
                    "Đính chính thông tin trên bia mộ liệt sĩ",
                ),
            ),
        ),
    ),
    (
        "SNV",
        "Văn thư, lưu trữ",
        "Luật Lưu trữ năm 2024",
        (
            (
                ONE,
                10,
                (
                    "Tiếp nhận tài liệu lưu trữ của cơ quan, tổ chức vào Lưu trữ lịch sử tỉnh",
                    "Cho phép sử dụng tài liệu lưu trữ hạn chế sử dụng",
                    "Cấp chứng chỉ hành nghề lưu trữ cho người nước ngoài",
                ),
            ),
        ),
    ),
    # Sở Khoa học và Công nghệ ---------------------------------------------------------------
    (
        "SKHCN",
        "Hoạt động khoa học và công nghệ",
        "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025",
        (
            (
                ONE,
                15,
                (
                    "Thay đổi, bổ sung nội dung giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                    "Cấp lại giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
                    "Cấp giấy chứng nhận đăng ký hoạt động văn phòng đại diện của tổ chức khoa học và công nghệ",
                    "Giao quyền sở hữu, quyền sử dụng kết quả nghiên cứu khoa học sử dụng ngân sách nhà nước",
                    "Đăng ký thông tin kết quả nhiệm vụ khoa học và công nghệ sử dụng ngân sách nhà nước",
                    "Tuyển chọn, giao trực tiếp tổ chức, cá nhân chủ trì nhiệm vụ khoa học và công nghệ cấp tỉnh",
                    "Đánh giá, nghiệm thu nhiệm vụ khoa học và công nghệ cấp tỉnh",
                    "Đăng ký hợp đồng chuyển giao công nghệ",
                    "Đăng ký gia hạn, sửa đổi, bổ sung nội dung chuyển giao công nghệ",
                    "Hỗ trợ doanh nghiệp đổi mới công nghệ",
                    "Công nhận kết quả nghiên cứu khoa học và phát triển công nghệ do tổ chức, cá nhân tự đầu tư",
                    "Xét tặng giải thưởng khoa học và công nghệ cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Tiêu chuẩn, đo lường, chất lượng",
        "Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm 2006; Luật Đo lường năm 2011",
        (
            (
                ONE,
                10,
                (
                    "Đăng ký công bố hợp quy đối với sản phẩm, hàng hóa nhóm 2",
                    "Đăng ký công bố hợp chuẩn dựa trên kết quả tự đánh giá",
                    "Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu",
                    "Chứng nhận chuẩn đo lường để kiểm định phương tiện đo nhóm 2",
                    "Chỉ định tổ chức kiểm định, hiệu chuẩn, thử nghiệm phương tiện đo",
                    "Điều chỉnh quyết định chỉ định tổ chức kiểm định, hiệu chuẩn, thử nghiệm",
                    "Cấp chứng chỉ kiểm định viên đo lường",
                    "Đăng ký tham dự Giải thưởng Chất lượng Quốc gia",
                    "Miễn giảm kiểm tra chất lượng hàng hóa nhập khẩu",
                    "Cấp mã số, mã vạch cho sản phẩm của doanh nghiệp",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Sở hữu trí tuệ",
        "Luật Sở hữu trí tuệ năm 2005 (sửa đổi năm 2022)",
        (
            (
                ONE,
                15,
                (
                    "Cấp chứng chỉ hành nghề giám định sở hữu công nghiệp",
                    "Cấp giấy chứng nhận tổ chức giám định sở hữu công nghiệp",
                    "Cấp lại giấy chứng nhận tổ chức giám định sở hữu công nghiệp",
                    "Đăng ký chủ trì thực hiện dự án phát triển tài sản trí tuệ cấp tỉnh",
                    "Cho phép sử dụng chỉ dẫn địa lý, nhãn hiệu tập thể của tỉnh",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Năng lượng nguyên tử, an toàn bức xạ",
        "Luật Năng lượng nguyên tử năm 2008; Nghị định số 142/2020/NĐ-CP",
        (
            (
                (
                    ("Cấp giấy phép {o}", 1),
                    ("Gia hạn giấy phép {o}", 0.7),
                    ("Sửa đổi, bổ sung giấy phép {o}", 0.7),
                    ("Cấp lại giấy phép {o}", 0.5),
                ),
                15,
                (
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán trong y tế",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán nha khoa",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang đo mật độ xương",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang soi hành lý",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Cấp chứng chỉ nhân viên bức xạ cho người phụ trách an toàn cơ sở X-quang chẩn đoán",
                    "Phê duyệt kế hoạch ứng phó sự cố bức xạ, hạt nhân cấp cơ sở",
                    "Khai báo thiết bị X-quang chẩn đoán trong y tế",
                    "Khai báo chất thải phóng xạ",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Bưu chính, viễn thông và báo chí",
        "Luật Báo chí năm 2016; Luật Bưu chính năm 2010; Luật Viễn thông năm 2023",
        (
            (
                LIC3,
                10,
                (
                    "giấy phép bưu chính",
                    "giấy phép thiết lập trang thông tin điện tử tổng hợp",
                    "giấy phép xuất bản bản tin",
                    "giấy phép xuất bản tài liệu không kinh doanh",
                    "giấy phép hoạt động in",
                    "giấy phép hoạt động kinh doanh nhập khẩu xuất bản phẩm",
                ),
            ),
            (
                ONE,
                7,
                (
                    "Xác nhận thông báo hoạt động bưu chính",
                    "Đăng ký hoạt động cơ sở in",
                    "Thay đổi thông tin đăng ký hoạt động cơ sở in",
                    "Đăng ký hoạt động phát hành xuất bản phẩm",
                    "Cấp giấy phép triển lãm tranh, ảnh và các hình thức thông tin khác bằng văn bản",
                    "Cho phép họp báo trong nước",
                    "Cho phép họp báo của cơ quan, tổ chức nước ngoài",
                    "Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm",
                    "Đăng ký nhập khẩu xuất bản phẩm để kinh doanh",
                    "Cấp giấy phép thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh",
                    "Cấp giấy chứng nhận đăng ký kinh doanh trò chơi điện tử G1 trên mạng",
                    "Cấp quyết định phê duyệt nội dung kịch bản trò chơi điện tử G1 trên mạng",
                    "Đăng ký thu tín hiệu truyền hình nước ngoài",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Chuyển đổi số và công nghệ thông tin",
        "Luật Công nghiệp công nghệ số năm 2025; Luật Giao dịch điện tử năm 2023",
        (
            (
                ONE,
                10,
                (
                    "Công nhận sản phẩm công nghệ số sản xuất trong nước",
                    "Xác nhận ưu đãi dự án đầu tư khu công nghệ thông tin tập trung",
                    "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
                    "Đăng ký sử dụng dịch vụ chứng thực chữ ký số chuyên dùng công vụ",
                    "Cấp chứng thư chữ ký số chuyên dùng công vụ cho cá nhân",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "An toàn bức xạ trong y tế",
        "Luật Năng lượng nguyên tử năm 2008; Thông tư số 13/2018/TT-BKHCN",
        (
            (
                (
                    ("Cấp giấy phép {o}", 1),
                    ("Gia hạn giấy phép {o}", 0.7),
                    ("Cấp lại giấy phép {o}", 0.5),
                ),
                15,
                (
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang chụp vú",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang di động",
                    "tiến hành công việc bức xạ sử dụng thiết bị chụp cắt lớp vi tính CT",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang tăng sáng truyền hình",
                    "tiến hành công việc bức xạ sử dụng thiết bị X-quang thú y",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Công nghệ cao và đổi mới sáng tạo",
        "Luật Công nghệ cao năm 2008; Nghị định số 76/2018/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Cấp giấy chứng nhận hoạt động ứng dụng công nghệ cao",
                    "Hỗ trợ doanh nghiệp khởi nghiệp đổi mới sáng tạo",
                    "Công nhận tổ chức trung gian của thị trường khoa học và công nghệ",
                    "Hỗ trợ thương mại hóa kết quả nghiên cứu khoa học",
                    "Thẩm định công nghệ dự án đầu tư",
                    "Cho ý kiến về công nghệ dự án đầu tư",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Tiêu chuẩn, đo lường, chất lượng",
        "Luật Tiêu chuẩn và quy chuẩn kỹ thuật năm 2006; Luật Đo lường năm 2011",
        (
            (
                ONE,
                10,
                (
                    "Phê duyệt mẫu phương tiện đo",
                    "Kiểm tra nhà nước về đo lường đối với phương tiện đo nhập khẩu",
                    "Cấp giấy xác nhận đăng ký hoạt động xét tặng giải thưởng chất lượng",
                    "Đăng ký hoạt động thử nghiệm, giám định, kiểm định, chứng nhận",
                    "Thay đổi, bổ sung phạm vi đăng ký hoạt động thử nghiệm",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Bưu chính, viễn thông và báo chí",
        "Luật Báo chí năm 2016; Luật Xuất bản năm 2012",
        (
            (
                ONE,
                7,
                (
                    "Cấp giấy phép xuất bản đặc san",
                    "Cấp giấy phép hoạt động kinh doanh dịch vụ in thẻ căn cước, hộ chiếu",
                    "Cấp đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu",
                    "Chuyển nhượng máy photocopy màu",
                    "Cấp giấy phép nhập khẩu thiết bị in",
                    "Thông báo cung cấp dịch vụ viễn thông công cộng tại địa phương",
                    "Thẩm định phương án xây dựng hạ tầng viễn thông thụ động",
                    "Cấp phép lắp đặt cột ăng-ten thu, phát sóng thông tin di động",
                ),
            ),
        ),
    ),
    (
        "SKHCN",
        "Hoạt động khoa học và công nghệ",
        "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025",
        (
            (
                ONE,
                15,
                (
                    "Công nhận sáng kiến cấp tỉnh",
                    "Xác định nhiệm vụ khoa học và công nghệ cấp tỉnh đặt hàng",
                    "Mua sáng chế, sáng kiến từ ngân sách tỉnh",
                    "Cấp giấy chứng nhận tổ chức khoa học và công nghệ có hoạt động hỗ trợ khởi nghiệp",
                    "Xét chọn sản phẩm khoa học và công nghệ tiêu biểu cấp tỉnh",
                ),
            ),
        ),
    ),
    # Sở Văn hóa, Thể thao và Du lịch --------------------------------------------------------
    (
        "SVHTTDL",
        "Thể dục, thể thao",
        "Luật Thể dục, thể thao năm 2006 (sửa đổi năm 2018); Nghị định số 36/2019/NĐ-CP",
        (
            (
                (
                    (
                        "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với {o}",
                        1,
                    ),
                ),
                7,
                (
                    "môn Bơi, Lặn",
                    "môn Bóng đá",
                    "môn Quần vợt",
                    "môn Billiards & Snooker",
                    "môn Cầu lông",
                    "môn Bóng bàn",
                    "môn Võ cổ truyền, Vovinam",
                    "môn Taekwondo",
                    "môn Karate",
                    "môn Judo",
                    "môn Thể dục thẩm mỹ",
                    "môn Thể dục thể hình và Fitness",
                    "môn Yoga",
                    "môn Khiêu vũ thể thao",
                    "môn Golf",
                    "môn Patin",
                    "môn Đấu kiếm thể thao",
                    "môn Lân Sư Rồng",
                    "môn Bóng rổ",
                    "môn Pickleball",
                    "môn Dù lượn và Diều bay",
                    "môn Mô tô nước trên biển",
                    "môn Leo núi thể thao",
                    "môn Quyền anh",
                ),
            ),
            (
                ONE,
                7,
                (
                    "Cấp lại giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao",
                    "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao của câu lạc bộ thể thao chuyên nghiệp",
                    "Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của tỉnh",
                    "Công nhận câu lạc bộ thể thao cơ sở",
                    "Phong cấp, phong đẳng cho vận động viên, huấn luyện viên",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Văn hóa",
        "Luật Di sản văn hóa năm 2024; Nghị định số 144/2020/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép khai quật khẩn cấp",
                    "Cấp giấy phép làm bản sao di vật, cổ vật, bảo vật quốc gia",
                    "Cấp phép cho người nước ngoài tiến hành nghiên cứu, sưu tầm di sản văn hóa phi vật thể",
                    "Cấp giấy chứng nhận đủ điều kiện kinh doanh giám định cổ vật",
                    "Cấp chứng chỉ hành nghề mua bán di vật, cổ vật, bảo vật quốc gia",
                    "Xác nhận đủ điều kiện cấp giấy phép hoạt động bảo tàng ngoài công lập",
                    "Thẩm định dự án, báo cáo kinh tế - kỹ thuật tu bổ di tích",
                    "Đăng ký di vật, cổ vật, bảo vật quốc gia",
                    "Xếp hạng di tích cấp tỉnh",
                    "Đưa di sản văn hóa phi vật thể vào Danh mục di sản văn hóa phi vật thể quốc gia",
                    "Cấp giấy phép kinh doanh dịch vụ karaoke",
                    "Điều chỉnh giấy phép kinh doanh dịch vụ karaoke",
                    "Cấp giấy phép kinh doanh dịch vụ vũ trường",
                    "Điều chỉnh giấy phép kinh doanh dịch vụ vũ trường",
                    "Tổ chức biểu diễn nghệ thuật trên địa bàn tỉnh",
                    "Tổ chức cuộc thi, liên hoan trên địa bàn tỉnh",
                    "Tổ chức cuộc thi người đẹp, người mẫu",
                    "Cấp giấy phép triển lãm mỹ thuật",
                    "Cấp giấy phép sao chép tác phẩm mỹ thuật về danh nhân văn hóa, anh hùng dân tộc",
                    "Cấp giấy phép xây dựng tượng đài, tranh hoành tráng",
                    "Tổ chức triển lãm tác phẩm nhiếp ảnh tại Việt Nam",
                    "Đưa tác phẩm nhiếp ảnh từ Việt Nam ra nước ngoài triển lãm",
                    "Thông báo sản phẩm quảng cáo trên bảng quảng cáo, băng-rôn",
                    "Cấp giấy phép thành lập văn phòng đại diện của doanh nghiệp quảng cáo nước ngoài",
                    "Cấp giấy phép phổ biến phim",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Du lịch",
        "Luật Du lịch năm 2017; Nghị định số 168/2017/NĐ-CP",
        (
            (
                (
                    ("Cấp {o}", 1),
                    ("Cấp đổi {o}", 0.5),
                    ("Cấp lại {o}", 0.5),
                    ("Thu hồi {o}", 0.5),
                ),
                10,
                (
                    "giấy phép kinh doanh dịch vụ lữ hành nội địa",
                    "thẻ hướng dẫn viên du lịch quốc tế",
                    "thẻ hướng dẫn viên du lịch nội địa",
                    "thẻ hướng dẫn viên du lịch tại điểm",
                ),
            ),
            (
                (
                    ("Công nhận {o}", 1),
                    ("Công nhận lại {o}", 0.7),
                    ("Thu hồi quyết định công nhận {o}", 0.5),
                ),
                30,
                (
                    "khách sạn hạng 1 sao, 2 sao, 3 sao",
                    "biệt thự du lịch, căn hộ du lịch hạng 3 sao",
                    "tàu thủy lưu trú du lịch hạng 1 sao, 2 sao, 3 sao",
                    "cơ sở kinh doanh dịch vụ ăn uống đạt tiêu chuẩn phục vụ khách du lịch",
                    "cơ sở kinh doanh dịch vụ mua sắm đạt tiêu chuẩn phục vụ khách du lịch",
                    "điểm du lịch",
                    "khu du lịch cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Gia đình",
        "Luật Phòng, chống bạo lực gia đình năm 2022; Nghị định số 76/2023/NĐ-CP",
        (
            (
                (
                    ("Đăng ký hoạt động {o}", 1),
                    ("Cấp lại giấy chứng nhận đăng ký hoạt động {o}", 0.5),
                    ("Đăng ký thay đổi nội dung hoạt động {o}", 0.7),
                ),
                20,
                (
                    "cơ sở trợ giúp nạn nhân bạo lực gia đình",
                    "cơ sở tư vấn về phòng, chống bạo lực gia đình",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Thư viện",
        "Luật Thư viện năm 2019; Nghị định số 93/2020/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Thông báo thành lập thư viện chuyên ngành ở cấp tỉnh",
                    "Thông báo sáp nhập, hợp nhất, chia, tách thư viện",
                    "Thông báo chấm dứt hoạt động thư viện",
                    "Công nhận thư viện đạt chuẩn cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Thể dục, thể thao",
        "Luật Thể dục, thể thao năm 2006 (sửa đổi năm 2018); Nghị định số 36/2019/NĐ-CP",
        (
            (
                (
                    (
                        "Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao đối với {o}",
                        1,
                    ),
                ),
                7,
                (
                    "môn Bóng chuyền",
                    "môn Bóng ném",
                    "môn Wushu",
                    "môn Kickboxing",
                    "môn Muay",
                    "môn Jujitsu",
                    "môn Aerobic",
                    "môn Cờ vua",
                    "môn Bắn cung",
                    "môn Lặn biển thể thao giải trí",
                    "môn Đua thuyền",
                    "môn Bóng đá bãi biển",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Nghệ thuật biểu diễn và điện ảnh",
        "Nghị định số 144/2020/NĐ-CP; Luật Điện ảnh năm 2022",
        (
            (
                ONE,
                7,
                (
                    "Tiếp nhận thông báo tổ chức biểu diễn nghệ thuật",
                    "Tổ chức biểu diễn nghệ thuật có yếu tố nước ngoài",
                    "Đưa tổ chức, cá nhân ra nước ngoài biểu diễn nghệ thuật",
                    "Tổ chức chiếu phim tại nơi công cộng có yếu tố nước ngoài",
                    "Cấp giấy phép phân loại phim do cơ sở điện ảnh thuộc địa phương sản xuất",
                    "Tổ chức liên hoan phim chuyên ngành",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Văn hóa",
        "Luật Quảng cáo năm 2012 (sửa đổi năm 2025); Luật Di sản văn hóa năm 2024",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép xây dựng màn hình chuyên quảng cáo ngoài trời",
                    "Thông báo tổ chức đoàn người thực hiện quảng cáo",
                    "Công nhận bảo vật quốc gia do tỉnh đề nghị",
                    "Cấp phép đưa di vật, cổ vật ra nước ngoài để trưng bày, triển lãm",
                    "Công nhận hội đồng quản lý bảo tàng ngoài công lập",
                    "Cấp giấy phép hoạt động bảo tàng ngoài công lập",
                ),
            ),
        ),
    ),
    (
        "SVHTTDL",
        "Du lịch",
        "Luật Du lịch năm 2017; Nghị định số 168/2017/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Công nhận khu du lịch cộng đồng",
                    "Cấp giấy chứng nhận khóa cập nhật kiến thức cho hướng dẫn viên du lịch",
                    "Cấp giấy phép thành lập văn phòng đại diện của cơ quan du lịch nước ngoài",
                    "Rút tiền ký quỹ kinh doanh dịch vụ lữ hành nội địa",
                ),
            ),
        ),
    ),
    # Sở Giáo dục và Đào tạo -----------------------------------------------------------------
    (
        "SGDĐT",
        "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
        "Luật Giáo dục năm 2019; Nghị định số 125/2024/NĐ-CP",
        (
            (
                EDU,
                20,
                (
                    "trường trung học phổ thông tư thục",
                    "trường phổ thông có nhiều cấp học có cấp học cao nhất là trung học phổ thông",
                    "trường phổ thông dân tộc nội trú",
                    "trường chuyên biệt",
                    "trung tâm giáo dục thường xuyên",
                    "trung tâm ngoại ngữ, tin học",
                    "trường trung học phổ thông có vốn đầu tư nước ngoài",
                ),
            ),
            (
                REC,
                30,
                (
                    "trường tiểu học đạt chuẩn quốc gia",
                    "trường mầm non đạt chuẩn quốc gia",
                    "trường phổ thông có nhiều cấp học đạt chuẩn quốc gia",
                    "xã đạt chuẩn phổ cập giáo dục, xóa mù chữ",
                ),
            ),
            (
                ONE,
                15,
                (
                    "Cho phép thành lập văn phòng đại diện giáo dục nước ngoài",
                    "Phê duyệt việc dạy và học bằng tiếng nước ngoài",
                    "Cấp giấy chứng nhận đăng ký hoạt động tư vấn du học",
                    "Đăng ký hoạt động tư vấn du học",
                    "Công nhận bằng tốt nghiệp trung học cơ sở do cơ sở nước ngoài cấp",
                    "Đề nghị được kinh doanh dịch vụ tư vấn du học trở lại",
                    "Xét, cấp học bổng chính sách cho học sinh trường phổ thông dân tộc nội trú",
                    "Hỗ trợ học tập đối với học sinh trung học phổ thông các dân tộc thiểu số rất ít người",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Thi, tuyển sinh",
        "Thông tư số 24/2024/TT-BGDĐT; Thông tư số 30/2024/TT-BGDĐT",
        (
            (
                ONE,
                10,
                (
                    "Xét tuyển sinh vào lớp 10 trung học phổ thông",
                    "Xét tuyển sinh vào trường trung học phổ thông chuyên",
                    "Xét đặc cách tốt nghiệp trung học phổ thông",
                    "Đăng ký dự thi chọn học sinh giỏi cấp tỉnh",
                    "Phúc khảo bài thi tuyển sinh lớp 10",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Văn bằng, chứng chỉ",
        "Thông tư số 21/2019/TT-BGDĐT ban hành Quy chế quản lý bằng tốt nghiệp, chứng chỉ",
        (
            (
                ONE,
                5,
                (
                    "Công nhận văn bằng tốt nghiệp trung học cơ sở do cơ sở nước ngoài cấp",
                    "Cấp bản sao văn bằng tốt nghiệp trung học cơ sở từ sổ gốc",
                    "Cấp văn bằng, chứng chỉ giáo dục thường xuyên",
                    "Chỉnh sửa nội dung bằng tốt nghiệp trung học phổ thông",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Giáo dục trung học",
        "Thông tư số 32/2020/TT-BGDĐT ban hành Điều lệ trường trung học",
        (
            (
                ONE,
                5,
                (
                    "Chuyển trường đối với học sinh trung học phổ thông từ tỉnh khác đến",
                    "Tiếp nhận học sinh trung học phổ thông về nước học tập",
                    "Xét miễn, giảm học phí đối với học sinh trung học phổ thông",
                    "Hỗ trợ chi phí học tập đối với học sinh trung học phổ thông",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Giáo dục dân tộc",
        "Nghị định số 116/2016/NĐ-CP; Nghị định số 66/2025/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Xét, cấp hỗ trợ tiền ăn, tiền nhà ở cho học sinh trung học phổ thông ở xã, thôn đặc biệt khó khăn",
                    "Hỗ trợ gạo cho học sinh bán trú trung học phổ thông",
                    "Chuyển đổi trường phổ thông dân tộc bán trú",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Kiểm định chất lượng giáo dục",
        "Thông tư số 18/2018/TT-BGDĐT; Thông tư số 42/2012/TT-BGDĐT",
        (
            (
                (
                    ("Đánh giá ngoài và công nhận {o} đạt kiểm định chất lượng giáo dục", 1),
                    ("Công nhận lại {o} đạt kiểm định chất lượng giáo dục", 0.7),
                ),
                30,
                (
                    "trường trung học phổ thông",
                    "trường phổ thông có nhiều cấp học",
                    "trường phổ thông dân tộc nội trú",
                    "trung tâm giáo dục thường xuyên",
                    "trường chuyên biệt",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Nhà giáo và cán bộ quản lý giáo dục",
        "Luật Nhà giáo năm 2025; Thông tư số 08/2023/TT-BGDĐT",
        (
            (
                (
                    ("Thi thăng hạng chức danh nghề nghiệp {o}", 1),
                    ("Xét thăng hạng chức danh nghề nghiệp {o}", 1),
                ),
                30,
                (
                    "giáo viên trung học phổ thông hạng II",
                    "giáo viên trung học phổ thông hạng I",
                    "giáo viên trung học cơ sở hạng I",
                    "giáo viên dự bị đại học hạng II",
                ),
            ),
            (
                ONE,
                15,
                (
                    "Tuyển dụng giáo viên trung học phổ thông",
                    "Bổ nhiệm, bổ nhiệm lại hiệu trưởng trường trung học phổ thông",
                    "Xét tặng Kỷ niệm chương Vì sự nghiệp giáo dục",
                    "Công nhận giáo viên dạy giỏi cấp tỉnh",
                    "Cấp chứng chỉ bồi dưỡng theo tiêu chuẩn chức danh nghề nghiệp giáo viên",
                ),
            ),
        ),
    ),
    (
        "SGDĐT",
        "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
        "Luật Giáo dục năm 2019; Nghị định số 125/2024/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Cho phép hoạt động giáo dục đối với cơ sở giáo dục mầm non có vốn đầu tư nước ngoài",
                    "Phê duyệt việc lựa chọn sách giáo khoa trong cơ sở giáo dục phổ thông",
                    "Cấp phép liên kết đào tạo trình độ trung cấp sư phạm",
                    "Cho phép trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên hoạt động giáo dục",
                ),
            ),
        ),
    ),
    # Ban Quản lý các khu công nghiệp --------------------------------------------------------
    (
        "BQLKCN",
        "Đầu tư trong khu công nghiệp",
        "Luật Đầu tư năm 2020; Nghị định số 35/2022/NĐ-CP về quản lý khu công nghiệp",
        (
            (
                INV,
                15,
                (
                    "trong khu công nghiệp",
                    "xây dựng và kinh doanh kết cấu hạ tầng khu công nghiệp",
                ),
            ),
            (
                ONE,
                10,
                (
                    "Chuyển nhượng dự án đầu tư trong khu công nghiệp",
                    "Giãn tiến độ thực hiện dự án đầu tư trong khu công nghiệp",
                    "Tạm ngừng, chấm dứt hoạt động dự án đầu tư trong khu công nghiệp",
                    "Cấp lại Giấy chứng nhận đăng ký đầu tư trong khu công nghiệp",
                    "Góp vốn, mua cổ phần của nhà đầu tư nước ngoài trong khu công nghiệp",
                    "Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài trong khu công nghiệp",
                    "Cấp giấy phép lập cơ sở bán lẻ trong khu công nghiệp",
                    "Cấp giấy chứng nhận xuất xứ hàng hóa cho doanh nghiệp trong khu công nghiệp",
                    "Xác nhận doanh nghiệp chế xuất",
                ),
            ),
        ),
    ),
    (
        "BQLKCN",
        "Lao động trong khu công nghiệp",
        "Bộ luật Lao động năm 2019; Nghị định số 152/2020/NĐ-CP",
        (
            (
                ONE,
                5,
                (
                    "Gia hạn giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp",
                    "Cấp lại giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp",
                    "Xác nhận người nước ngoài không thuộc diện cấp giấy phép lao động trong khu công nghiệp",
                    "Đăng ký thỏa ước lao động tập thể doanh nghiệp trong khu công nghiệp",
                    "Tiếp nhận phương án sử dụng lao động khi thay đổi cơ cấu, công nghệ",
                    "Báo cáo tình hình sử dụng lao động của doanh nghiệp trong khu công nghiệp",
                ),
            ),
        ),
    ),
    (
        "BQLKCN",
        "Xây dựng trong khu công nghiệp",
        "Luật Xây dựng năm 2014 (sửa đổi năm 2020)",
        (
            (
                (
                    ("Điều chỉnh giấy phép xây dựng {o}", 0.7),
                    ("Gia hạn giấy phép xây dựng {o}", 0.25),
                    ("Cấp lại giấy phép xây dựng {o}", 0.25),
                ),
                20,
                ("công trình trong khu công nghiệp",),
            ),
            (
                ONE,
                20,
                (
                    "Thẩm định báo cáo nghiên cứu khả thi dự án trong khu công nghiệp",
                    "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở trong khu công nghiệp",
                    "Thẩm định nhiệm vụ, đồ án quy hoạch chi tiết xây dựng khu chức năng trong khu công nghiệp",
                    "Điều chỉnh quy hoạch chi tiết khu công nghiệp",
                    "Kiểm tra công tác nghiệm thu công trình xây dựng trong khu công nghiệp",
                ),
            ),
        ),
    ),
    (
        "BQLKCN",
        "Môi trường trong khu công nghiệp",
        "Luật Bảo vệ môi trường năm 2020",
        (
            (
                ONE,
                20,
                (
                    "Cấp giấy phép môi trường cho dự án trong khu công nghiệp",
                    "Cấp điều chỉnh giấy phép môi trường cho dự án trong khu công nghiệp",
                    "Đăng ký môi trường của cơ sở trong khu công nghiệp",
                    "Thẩm định báo cáo đánh giá tác động môi trường dự án trong khu công nghiệp",
                ),
            ),
        ),
    ),
    (
        "BQLKCN",
        "Đầu tư trong khu kinh tế",
        "Luật Đầu tư năm 2020; Nghị định số 35/2022/NĐ-CP về quản lý khu công nghiệp và khu kinh tế",
        (
            (INV, 20, ("trong khu kinh tế", "trong khu công nghệ cao của tỉnh")),
            (
                (
                    ("Cấp giấy phép xây dựng {o}", 1),
                    ("Điều chỉnh giấy phép xây dựng {o}", 0.7),
                    ("Gia hạn giấy phép xây dựng {o}", 0.25),
                ),
                20,
                ("công trình trong khu kinh tế",),
            ),
            (
                ONE,
                10,
                (
                    "Cấp giấy phép lao động cho người nước ngoài làm việc trong khu kinh tế",
                    "Đăng ký nội quy lao động của doanh nghiệp trong khu kinh tế",
                    "Giao đất, cho thuê đất trong khu kinh tế",
                    "Thẩm định nhiệm vụ quy hoạch chi tiết xây dựng trong khu kinh tế",
                    "Cấp giấy chứng nhận xuất xứ hàng hóa cho doanh nghiệp trong khu kinh tế",
                    "Xác nhận ưu đãi đầu tư đối với dự án trong khu kinh tế",
                ),
            ),
        ),
    ),
    (
        "BQLKCN",
        "Thương mại trong khu công nghiệp",
        "Luật Quản lý ngoại thương năm 2017; Nghị định số 09/2018/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép kinh doanh đối với quyền nhập khẩu, quyền phân phối hàng hóa trong khu công nghiệp",
                    "Điều chỉnh giấy phép kinh doanh trong khu công nghiệp",
                    "Cấp lại giấy phép kinh doanh trong khu công nghiệp",
                    "Xác nhận hợp đồng thuê lại đất trong khu công nghiệp",
                    "Cấp giấy phép thành lập văn phòng đại diện của thương nhân nước ngoài trong khu công nghiệp",
                    "Cấp giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ trong khu công nghiệp",
                ),
            ),
        ),
    ),
    # Bảo hiểm xã hội tỉnh ------------------------------------------------------------------
    (
        "BHXH",
        "Thực hiện chính sách bảo hiểm xã hội",
        "Luật Bảo hiểm xã hội năm 2024",
        (
            (
                ONE,
                10,
                (
                    "Giải quyết hưởng chế độ dưỡng sức, phục hồi sức khỏe sau thai sản",
                    "Giải quyết hưởng chế độ dưỡng sức, phục hồi sức khỏe sau ốm đau",
                    "Giải quyết hưởng trợ cấp tử tuất",
                    "Giải quyết hưởng bảo hiểm xã hội một lần",
                    "Giải quyết hưởng trợ cấp hằng tháng đối với người không đủ điều kiện hưởng lương hưu",
                    "Giải quyết hưởng lương hưu đối với người tham gia bảo hiểm xã hội tự nguyện",
                    "Điều chỉnh, hủy quyết định, chấm dứt hưởng bảo hiểm xã hội",
                    "Chuyển nơi hưởng lương hưu, trợ cấp bảo hiểm xã hội",
                    "Giải quyết hưởng chế độ trợ cấp thai sản cho người tham gia bảo hiểm xã hội tự nguyện",
                    "Giải quyết hưởng chế độ tai nạn lao động do tái phát",
                    "Giải quyết hưởng trợ cấp phục vụ đối với người bị tai nạn lao động",
                    "Hỗ trợ chi phí khám, chữa bệnh nghề nghiệp",
                ),
            ),
        ),
    ),
    (
        "BHXH",
        "Thu bảo hiểm xã hội, bảo hiểm y tế",
        "Luật Bảo hiểm y tế năm 2008 (sửa đổi năm 2024); Quyết định số 595/QĐ-BHXH",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký đóng, cấp thẻ bảo hiểm y tế đối với người chỉ tham gia bảo hiểm y tế",
                    "Đăng ký tham gia bảo hiểm y tế hộ gia đình",
                    "Hoàn trả tiền đã đóng bảo hiểm xã hội, bảo hiểm y tế",
                    "Truy thu tiền đóng bảo hiểm xã hội, bảo hiểm y tế",
                    "Đăng ký, điều chỉnh đóng bảo hiểm tai nạn lao động, bệnh nghề nghiệp",
                    "Đăng ký đóng bảo hiểm thất nghiệp",
                    "Tạm dừng đóng vào quỹ hưu trí và tử tuất",
                ),
            ),
        ),
    ),
    (
        "BHXH",
        "Cấp sổ, thẻ",
        "Quyết định số 595/QĐ-BHXH; Quyết định số 896/QĐ-BHXH",
        (
            (
                ONE,
                5,
                (
                    "Cấp lại sổ bảo hiểm xã hội do mất, hỏng",
                    "Gộp sổ bảo hiểm xã hội",
                    "Điều chỉnh thông tin nhân thân trên sổ bảo hiểm xã hội",
                    "Cấp lại thẻ bảo hiểm y tế do mất, hỏng",
                    "Đổi thẻ bảo hiểm y tế do thay đổi nơi đăng ký khám bệnh, chữa bệnh ban đầu",
                    "Xác nhận thời gian đóng bảo hiểm xã hội",
                ),
            ),
        ),
    ),
    (
        "BHXH",
        "Giám định bảo hiểm y tế",
        "Luật Bảo hiểm y tế năm 2008 (sửa đổi năm 2024)",
        (
            (
                ONE,
                15,
                (
                    "Thanh toán trực tiếp chi phí khám bệnh, chữa bệnh bảo hiểm y tế",
                    "Ký hợp đồng khám bệnh, chữa bệnh bảo hiểm y tế với cơ sở khám bệnh, chữa bệnh",
                    "Thanh toán chi phí khám bệnh, chữa bệnh bảo hiểm y tế tại cơ sở khám bệnh, chữa bệnh",
                ),
            ),
        ),
    ),
    (
        "BHXH",
        "Thực hiện chính sách bảo hiểm xã hội",
        "Luật Bảo hiểm xã hội năm 2024",
        (
            (
                ONE,
                10,
                (
                    "Giải quyết hưởng trợ cấp hưu trí xã hội",
                    "Giải quyết chế độ đối với người lao động có thời gian làm việc ở nước ngoài",
                    "Giải quyết hưởng trợ cấp mai táng",
                    "Truy lĩnh lương hưu, trợ cấp bảo hiểm xã hội",
                    "Ủy quyền lĩnh thay lương hưu, trợ cấp bảo hiểm xã hội",
                    "Giải quyết chế độ nghỉ dưỡng sức sau tai nạn lao động",
                    "Giải quyết hưởng trợ cấp thai sản đối với lao động nam khi vợ sinh con",
                    "Giải quyết hưởng lương hưu đối với người có thời gian công tác trong quân đội",
                ),
            ),
        ),
    ),
    # Thanh tra tỉnh -------------------------------------------------------------------------
    (
        "TTr",
        "Tiếp công dân, khiếu nại, tố cáo",
        "Luật Khiếu nại năm 2011; Luật Tố cáo năm 2018; Luật Tiếp công dân năm 2013",
        (
            (
                ONE,
                30,
                (
                    "Giải quyết khiếu nại lần đầu tại cấp tỉnh",
                    "Giải quyết khiếu nại lần hai tại cấp tỉnh",
                    "Giải quyết tố cáo tại cấp tỉnh",
                    "Tiếp công dân tại cấp tỉnh",
                    "Xử lý đơn tại cấp tỉnh",
                ),
            ),
        ),
    ),
    (
        "TTr",
        "Phòng, chống tham nhũng",
        "Luật Phòng, chống tham nhũng năm 2018; Nghị định số 130/2020/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Kê khai tài sản, thu nhập",
                    "Xác minh tài sản, thu nhập",
                    "Tiếp nhận yêu cầu giải trình",
                    "Thực hiện việc giải trình",
                ),
            ),
        ),
    ),
)

# Commune level, after the district level was abolished (01/07/2025): the procedures that moved
# down from the districts, and the rest of the commune's list.
COMMUNE_FULL: tuple[tuple[str, str, tuple[Group, ...]], ...] = (
    (
        "Hộ tịch",
        "Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP",
        (
            (
                ONE,
                5,
                (
                    "Đăng ký khai tử có yếu tố nước ngoài",
                    "Đăng ký nhận cha, mẹ, con có yếu tố nước ngoài",
                    "Đăng ký giám hộ có yếu tố nước ngoài",
                    "Đăng ký lại kết hôn",
                    "Ghi vào Sổ hộ tịch việc kết hôn của công dân Việt Nam đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
                    "Ghi vào Sổ hộ tịch việc ly hôn, hủy việc kết hôn đã được giải quyết tại cơ quan có thẩm quyền của nước ngoài",
                    "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân",
                    "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc có yếu tố nước ngoài",
                ),
            ),
        ),
    ),
    (
        "Chứng thực",
        "Nghị định số 23/2015/NĐ-CP; Nghị định số 07/2025/NĐ-CP",
        (
            (
                ONE,
                2,
                (
                    "Chứng thực di chúc",
                    "Chứng thực văn bản khai nhận di sản",
                    "Chứng thực hợp đồng, giao dịch liên quan đến quyền của người sử dụng đất",
                    "Chứng thực hợp đồng, giao dịch về nhà ở",
                    "Cấp bản sao có chứng thực từ bản chính hợp đồng, giao dịch đã được chứng thực",
                ),
            ),
        ),
    ),
    (
        "Đất đai",
        "Luật Đất đai năm 2024; Nghị định số 151/2025/NĐ-CP",
        (
            (
                ONE,
                20,
                (
                    "Giao đất, cho thuê đất cho hộ gia đình, cá nhân không thông qua đấu giá",
                    "Thu hồi đất ở của hộ gia đình, cá nhân có nguy cơ sạt lở",
                    "Phê duyệt phương án bồi thường, hỗ trợ, tái định cư",
                    "Cấp đổi Giấy chứng nhận quyền sử dụng đất cho hộ gia đình, cá nhân",
                    "Đăng ký biến động quyền sử dụng đất của hộ gia đình, cá nhân",
                ),
            ),
        ),
    ),
    (
        "Xây dựng",
        "Luật Xây dựng năm 2014 (sửa đổi năm 2020)",
        (
            (
                ONE,
                10,
                (
                    "Cấp giấy phép di dời nhà ở riêng lẻ",
                    "Cấp lại giấy phép xây dựng nhà ở riêng lẻ",
                    "Điều chỉnh giấy phép xây dựng nhà ở riêng lẻ",
                    "Cấp giấy phép xây dựng công trình cấp III, cấp IV trên địa bàn xã",
                ),
            ),
        ),
    ),
    (
        "Hộ kinh doanh",
        "Nghị định số 168/2025/NĐ-CP về đăng ký doanh nghiệp",
        (
            (
                ONE,
                3,
                (
                    "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
                    "Đăng ký thành lập hợp tác xã",
                    "Đăng ký thay đổi nội dung đăng ký hợp tác xã",
                    "Giải thể tự nguyện hợp tác xã",
                    "Cấp giấy phép bán lẻ rượu",
                    "Cấp giấy phép bán lẻ sản phẩm thuốc lá",
                ),
            ),
        ),
    ),
    (
        "Giáo dục và Đào tạo",
        "Luật Giáo dục năm 2019; Nghị định số 125/2024/NĐ-CP",
        (
            (
                ONE,
                15,
                (
                    "Thành lập trường mầm non công lập",
                    "Cho phép trường mầm non hoạt động giáo dục",
                    "Thành lập trường trung học cơ sở công lập",
                    "Cho phép trường trung học cơ sở hoạt động giáo dục",
                    "Giải thể trường mầm non, trường tiểu học, trường trung học cơ sở",
                ),
            ),
        ),
    ),
    (
        "Bảo trợ xã hội",
        "Nghị định số 20/2021/NĐ-CP",
        (
            (
                ONE,
                7,
                (
                    "Thôi hưởng trợ cấp xã hội hằng tháng",
                    "Điều chỉnh mức hưởng trợ cấp xã hội hằng tháng",
                    "Tiếp nhận đối tượng cần bảo vệ khẩn cấp vào cơ sở trợ giúp xã hội cấp xã",
                    "Công nhận hộ thoát nghèo, hộ thoát cận nghèo trong năm",
                ),
            ),
        ),
    ),
    (
        "Trẻ em",
        "Luật Trẻ em năm 2016; Nghị định số 56/2017/NĐ-CP",
        (
            (
                ONE,
                10,
                (
                    "Áp dụng biện pháp can thiệp khẩn cấp hoặc tạm thời cách ly trẻ em khỏi môi trường gây tổn hại",
                    "Đăng ký nhận chăm sóc thay thế cho trẻ em không phải là người thân thích",
                ),
            ),
        ),
    ),
    (
        "Nuôi con nuôi",
        "Luật Nuôi con nuôi năm 2010",
        (
            (
                ONE,
                20,
                (
                    "Đăng ký việc nuôi con nuôi trong nước",
                    "Đăng ký lại việc nuôi con nuôi trong nước",
                ),
            ),
        ),
    ),
    (
        "Hòa giải ở cơ sở",
        "Luật Hòa giải ở cơ sở năm 2013; Nghị định số 15/2014/NĐ-CP",
        (
            (
                ONE,
                5,
                (
                    "Công nhận hòa giải viên",
                    "Thôi làm hòa giải viên",
                ),
            ),
        ),
    ),
    (
        "Người có công",
        "Pháp lệnh Ưu đãi người có công với cách mạng năm 2020",
        (
            (
                ONE,
                5,
                (
                    "Hưởng trợ cấp khi người có công đang hưởng trợ cấp ưu đãi từ trần",
                    "Thăm viếng mộ liệt sĩ",
                    "Hỗ trợ người có công đi làm phương tiện, dụng cụ trợ giúp chỉnh hình",
                ),
            ),
        ),
    ),
    (
        "Văn hóa cơ sở",
        "Nghị định số 86/2023/NĐ-CP về danh hiệu văn hóa",
        (
            (
                ONE,
                5,
                (
                    "Xét tặng danh hiệu Thôn, Tổ dân phố văn hóa",
                    "Cấp giấy phép kinh doanh dịch vụ karaoke tại xã",
                    "Thông báo thành lập thư viện đối với thư viện cộng đồng",
                ),
            ),
        ),
    ),
    (
        "Tôn giáo, tín ngưỡng",
        "Luật Tín ngưỡng, tôn giáo năm 2016",
        (
            (
                ONE,
                20,
                (
                    "Đăng ký sinh hoạt tôn giáo tập trung",
                    "Thông báo danh mục hoạt động tôn giáo đối với tổ chức có địa bàn hoạt động ở một xã",
                ),
            ),
        ),
    ),
    (
        "Thi đua, khen thưởng",
        "Luật Thi đua, khen thưởng năm 2022",
        (
            (
                ONE,
                15,
                (
                    "Tặng danh hiệu Tập thể lao động tiên tiến",
                    "Tặng danh hiệu Chiến sĩ thi đua cơ sở",
                    "Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã theo đợt, chuyên đề",
                ),
            ),
        ),
    ),
)


def _time(base: int, factor: float) -> int:
    return max(1, round(base * factor))


def _expand(groups: tuple[Group, ...]) -> Iterator[tuple[str, int]]:
    for family, base, objects in groups:
        for thing in objects:
            for pattern, factor in family:
                name = pattern.format(o=thing)
                yield name[0].upper() + name[1:], _time(base, factor)


def _known() -> set[str]:
    names = {name for _s, _f, items in PROVINCIAL for name, _t in items}
    names |= {name for _f, items in COMMUNE for name, _t in items}
    return {name.casefold() for name in names}


def provincial_items() -> list[tuple[str, str, str, str, int]]:
    """(department symbol, field, name, legal basis, working days) of the provincial procedures
    beyond the demo's catalogue, in list order, each name once."""
    seen = _known()
    rows = []
    for symbol, field, basis, groups in PROVINCIAL_FULL:
        for name, days in _expand(groups):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                rows.append((symbol, field, name, basis, days))
    return rows


def commune_items() -> list[tuple[str, str, str, int]]:
    """(field, name, legal basis, working days) of the commune-level procedures beyond the
    demo's list, in list order, each name once."""
    seen = _known()
    rows = []
    for field, basis, groups in COMMUNE_FULL:
        for name, days in _expand(groups):
            if name.casefold() not in seen:
                seen.add(name.casefold())
                rows.append((field, name, basis, days))
    return rows
