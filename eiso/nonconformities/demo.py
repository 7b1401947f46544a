"""Realistic content for the demo nonconformities, corrective actions and improvement proposals of
a Vietnamese public agency (used by the demo step `eiso/demo/steps/nonconformities.py`)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NcSpec:
    source: str
    clause: str  # clause number of TCVN ISO 9001:2015
    severity: str
    description: str
    evidence: str
    correction: str
    whys: tuple[str, ...]
    root_cause: str
    actions: tuple[str, ...]


SPECS: tuple[NcSpec, ...] = (
    NcSpec(
        "internal_audit",
        "7.5.3",
        "minor",
        "Một số hồ sơ TTHC lưu trữ không có phiếu kiểm soát quá trình giải quyết hồ sơ theo quy định.",
        "Kiểm tra ngẫu nhiên 30 hồ sơ quý II: 04 hồ sơ thiếu phiếu kiểm soát.",
        "Bổ sung phiếu kiểm soát cho 04 hồ sơ; nhắc nhở cán bộ tiếp nhận.",
        (
            "Cán bộ tiếp nhận không in phiếu kiểm soát khi tiếp nhận trực tiếp",
            "Hệ thống một cửa không tự động in phiếu với hồ sơ tiếp nhận trực tiếp",
            "Quy trình chưa quy định rõ bước in và kèm phiếu kiểm soát",
        ),
        "Quy trình tiếp nhận chưa quy định bước lập và kèm phiếu kiểm soát quá trình.",
        (
            "Sửa đổi quy trình tiếp nhận, bổ sung bước in phiếu kiểm soát",
            "Tập huấn lại cho cán bộ bộ phận một cửa",
        ),
    ),
    NcSpec(
        "internal_audit",
        "7.5.2",
        "minor",
        "Biểu mẫu đang sử dụng tại phòng không đúng phiên bản hiện hành của quy trình.",
        "Tờ khai mẫu BM.02 lần ban hành 1 vẫn được phát cho công dân.",
        "Thu hồi biểu mẫu cũ, thay bằng biểu mẫu lần ban hành 2.",
        (
            "Phòng không nhận được thông báo thay đổi biểu mẫu",
            "Danh sách phân phối tài liệu chưa cập nhật khi thay đổi nhân sự",
        ),
        "Danh sách phân phối tài liệu không được cập nhật khi có thay đổi nhân sự.",
        ("Rà soát, cập nhật danh sách phân phối tài liệu toàn cơ quan",),
    ),
    NcSpec(
        "internal_audit",
        "9.1.3",
        "major",
        "Chưa phân tích, đánh giá kết quả thực hiện mục tiêu chất lượng 6 tháng đầu năm.",
        "Không có báo cáo đánh giá mục tiêu chất lượng 6 tháng.",
        "Thư ký ISO tổng hợp số liệu, lập báo cáo bổ sung.",
        (
            "Không có người được giao tổng hợp số liệu mục tiêu",
            "Quyết định phân công nhiệm vụ Ban chỉ đạo ISO chưa nêu việc này",
        ),
        "Chưa phân công trách nhiệm theo dõi, đánh giá mục tiêu chất lượng định kỳ.",
        ("Bổ sung phân công trong quyết định kiện toàn Ban chỉ đạo ISO",),
    ),
    NcSpec(
        "complaint",
        "8.5.1",
        "minor",
        "Công dân phản ánh hồ sơ đăng ký hộ kinh doanh trả kết quả chậm 03 ngày, không nhận "
        "được phiếu xin lỗi và hẹn lại ngày trả kết quả.",
        "Phản ánh qua đường dây nóng ngày 14/5; hồ sơ số 000.00.12.H33-260514-0021.",
        "Gửi phiếu xin lỗi, trả kết quả cho công dân.",
        (
            "Hồ sơ chuyển phòng chuyên môn bị chậm 02 ngày",
            "Không có sổ giao nhận hồ sơ giữa bộ phận một cửa và phòng",
            "Quy trình không quy định thời hạn bàn giao hồ sơ nội bộ",
        ),
        "Quy trình không quy định thời hạn và hình thức bàn giao hồ sơ nội bộ.",
        (
            "Bổ sung thời hạn bàn giao hồ sơ nội bộ vào quy trình",
            "Lập sổ điện tử theo dõi giao nhận hồ sơ",
        ),
    ),
    NcSpec(
        "dost_inspection",
        "4.4",
        "major",
        "Đoàn kiểm tra của Sở KH&CN: chưa cập nhật vào HTQLCL 05 TTHC mới được công bố.",
        "Biên bản kiểm tra ngày 12/8: 05 TTHC theo Quyết định công bố tháng 3 chưa có quy trình.",
        "Lập kế hoạch xây dựng quy trình cho 05 TTHC.",
        (
            "Không theo dõi các quyết định công bố TTHC mới",
            "Chưa có người được giao rà soát văn bản bên ngoài",
        ),
        "Chưa phân công rà soát định kỳ các quyết định công bố TTHC để cập nhật HTQLCL.",
        (
            "Xây dựng quy trình cho 05 TTHC mới",
            "Giao Văn phòng rà soát quyết định công bố TTHC hằng tháng",
        ),
    ),
    NcSpec(
        "overdue_dossiers",
        "8.5.1",
        "minor",
        "Tỷ lệ hồ sơ giải quyết đúng hạn quý III đạt 91%, thấp hơn mục tiêu 98%.",
        "Số liệu Hệ thống thông tin giải quyết TTHC quý III: 27/300 hồ sơ trễ hạn.",
        "Rà soát, giải quyết dứt điểm các hồ sơ đang trễ hạn.",
        (
            "Hồ sơ liên thông chờ ý kiến cơ quan phối hợp",
            "Không có cơ chế nhắc hạn với cơ quan phối hợp",
        ),
        "Chưa có cơ chế theo dõi, đôn đốc cơ quan phối hợp trong hồ sơ liên thông.",
        ("Ban hành quy chế phối hợp, nhắc hạn tự động với cơ quan phối hợp",),
    ),
    NcSpec(
        "process_monitoring",
        "7.1.5",
        "minor",
        "Chưa đo lường sự hài lòng của người dân, tổ chức theo kế hoạch.",
        "Kế hoạch khảo sát quý II chưa thực hiện.",
        "Tổ chức khảo sát bổ sung trong tháng.",
        ("Phiếu khảo sát chưa được cập nhật theo mẫu mới",),
        "Chưa giao đầu mối cập nhật phiếu khảo sát sự hài lòng.",
        ("Cập nhật phiếu khảo sát, khảo sát trực tuyến hằng quý",),
    ),
    NcSpec(
        "management_review",
        "6.1",
        "minor",
        "Sổ theo dõi rủi ro và cơ hội không được cập nhật sau khi thay đổi quy trình.",
        "Biên bản xem xét của lãnh đạo: 03 quy trình sửa đổi chưa đánh giá lại rủi ro.",
        "Đánh giá lại rủi ro cho 03 quy trình.",
        ("Thay đổi quy trình không kèm yêu cầu đánh giá lại rủi ro",),
        "Thủ tục kiểm soát thông tin dạng văn bản không yêu cầu đánh giá lại rủi ro khi sửa đổi.",
        ("Sửa thủ tục kiểm soát tài liệu: bổ sung đánh giá lại rủi ro khi sửa đổi",),
    ),
)

VERIFICATION_EVIDENCE = (
    "Kiểm tra 30 hồ sơ phát sinh sau khi thực hiện hành động: không lặp lại sự không phù hợp.",
    "Đối chiếu số liệu 02 tháng sau thời hạn: chỉ tiêu đạt theo mục tiêu.",
    "Phỏng vấn cán bộ và kiểm tra hồ sơ: đã áp dụng đúng quy trình sửa đổi.",
)
NOT_EFFECTIVE_EVIDENCE = "Tháng sau vẫn còn 02 hồ sơ lặp lại lỗi; cần phân tích lại nguyên nhân."

PROPOSALS: tuple[tuple[str, str, str], ...] = (
    (
        "Nhắn tin SMS thông báo kết quả giải quyết hồ sơ",
        "Gửi tin nhắn tự động cho công dân khi hồ sơ có kết quả hoặc cần bổ sung.",
        "Giảm thời gian chờ, giảm số cuộc gọi hỏi kết quả, tăng sự hài lòng.",
    ),
    (
        "Số hóa sổ theo dõi giao nhận hồ sơ",
        "Thay sổ giấy giao nhận hồ sơ giữa các phòng bằng bảng theo dõi trên hệ thống.",
        "Truy vết hồ sơ nhanh, phát hiện sớm hồ sơ có nguy cơ trễ hạn.",
    ),
    (
        "Mua thêm máy tính cho bộ phận một cửa",
        "Trang bị 02 máy tính mới thay máy cũ hay hỏng.",
        "Tiếp nhận hồ sơ nhanh hơn.",
    ),
    (
        "Ki-ốt tra cứu thủ tục hành chính tại sảnh",
        "Đặt màn hình tra cứu TTHC, biểu mẫu, lệ phí tại khu vực tiếp nhận.",
        "Công dân tự tra cứu, giảm hồ sơ phải bổ sung.",
    ),
)
REJECT_REASON = "Chưa bố trí được kinh phí trong năm; xem xét lại khi lập dự toán năm sau."

# History (benchmark scales: past years) ---------------------------------------------------------
# Texts may hold {d} (day of detection, dd/mm/yyyy), {q} (quarter, I–IV), {n} (a small count).

# Analyses of internal audit findings: (correction, whys, root cause, actions).
AUDIT_ANALYSES: tuple[tuple[str, tuple[str, ...], str, tuple[str, ...]], ...] = (
    (
        "Bổ sung ngay các hồ sơ, chữ ký còn thiếu; nhắc nhở cán bộ liên quan.",
        (
            "Cán bộ không kiểm tra lại hồ sơ trước khi lưu",
            "Quy trình không có bước kiểm tra hồ sơ trước khi lưu",
        ),
        "Quy trình chưa quy định bước kiểm tra, ký xác nhận hồ sơ trước khi lưu.",
        (
            "Sửa đổi quy trình: bổ sung bước kiểm tra hồ sơ trước khi lưu",
            "Phổ biến quy trình sửa đổi cho toàn bộ cán bộ đơn vị",
        ),
    ),
    (
        "Thu hồi tài liệu, biểu mẫu hết hiệu lực; thay bằng phiên bản hiện hành.",
        (
            "Đơn vị không nhận được thông báo ban hành phiên bản mới",
            "Danh sách phân phối tài liệu chưa cập nhật theo nhân sự mới",
        ),
        "Việc phân phối tài liệu sửa đổi chưa được kiểm soát theo danh sách cập nhật.",
        ("Cập nhật danh sách phân phối, phân phối tài liệu qua hệ thống điện tử",),
    ),
    (
        "Lập báo cáo bổ sung, trình lãnh đạo đơn vị.",
        (
            "Không có người được giao theo dõi, tổng hợp số liệu",
            "Phân công nhiệm vụ trong đơn vị chưa nêu việc này",
        ),
        "Chưa phân công cụ thể người theo dõi, tổng hợp và báo cáo định kỳ.",
        (
            "Bổ sung phân công nhiệm vụ theo dõi, báo cáo định kỳ",
            "Lập lịch nhắc việc báo cáo trên phần mềm",
        ),
    ),
    (
        "Gửi văn bản xin lỗi, hẹn lại thời gian trả kết quả cho các hồ sơ còn thiếu.",
        (
            "Cán bộ không biết hồ sơ đã quá hạn",
            "Phần mềm một cửa chưa bật cảnh báo hồ sơ sắp đến hạn",
        ),
        "Chưa sử dụng chức năng cảnh báo hạn giải quyết hồ sơ của phần mềm một cửa.",
        ("Bật cảnh báo hạn trên phần mềm một cửa, giao trưởng đơn vị theo dõi hằng tuần",),
    ),
    (
        "Sắp xếp lại hồ sơ lưu theo danh mục hồ sơ của đơn vị.",
        ("Danh mục hồ sơ chưa cập nhật khi thay đổi quy trình",),
        "Khi sửa đổi quy trình không rà soát lại danh mục hồ sơ của đơn vị.",
        ("Rà soát, ban hành lại danh mục hồ sơ; bổ sung yêu cầu rà soát khi sửa quy trình",),
    ),
    (
        "Đánh giá lại rủi ro, cập nhật sổ theo dõi rủi ro và cơ hội của đơn vị.",
        ("Thay đổi quy trình không kèm yêu cầu đánh giá lại rủi ro",),
        "Thủ tục kiểm soát tài liệu không yêu cầu đánh giá lại rủi ro khi sửa đổi quy trình.",
        ("Sửa thủ tục kiểm soát tài liệu: bổ sung bước đánh giá lại rủi ro",),
    ),
)

# Nonconformities of other sources found in past years.
HISTORY_SPECS: tuple[NcSpec, ...] = (
    NcSpec(
        "complaint",
        "8.5.1",
        "minor",
        "Công dân phản ánh hồ sơ nộp ngày {d} trả kết quả chậm, không nhận được phiếu xin lỗi "
        "và hẹn lại ngày trả kết quả.",
        "Phản ánh qua đường dây nóng ngày {d}; đã xác minh trên Hệ thống thông tin giải quyết TTHC.",
        "Gửi phiếu xin lỗi, trả kết quả cho công dân.",
        (
            "Hồ sơ chuyển phòng chuyên môn bị chậm",
            "Không có sổ giao nhận hồ sơ giữa bộ phận một cửa và phòng",
            "Quy trình không quy định thời hạn bàn giao hồ sơ nội bộ",
        ),
        "Quy trình không quy định thời hạn và hình thức bàn giao hồ sơ nội bộ.",
        (
            "Bổ sung thời hạn bàn giao hồ sơ nội bộ vào quy trình",
            "Lập sổ điện tử theo dõi giao nhận hồ sơ",
        ),
    ),
    NcSpec(
        "complaint",
        "7.4",
        "minor",
        "Phản ánh trên Cổng Dịch vụ công: cán bộ hướng dẫn thành phần hồ sơ không đầy đủ, công "
        "dân phải đi lại {n} lần.",
        "Phản ánh trên Cổng Dịch vụ công quốc gia ngày {d}, kèm ảnh phiếu hướng dẫn.",
        "Liên hệ xin lỗi công dân, hướng dẫn đầy đủ một lần bằng văn bản.",
        (
            "Cán bộ hướng dẫn bằng lời, không dùng phiếu hướng dẫn",
            "Phiếu hướng dẫn chưa có cho TTHC mới công bố",
        ),
        "Chưa có phiếu hướng dẫn thành phần hồ sơ cho các TTHC mới được công bố.",
        ("Lập phiếu hướng dẫn cho toàn bộ TTHC của đơn vị, niêm yết tại quầy",),
    ),
    NcSpec(
        "complaint",
        "9.1.2",
        "minor",
        "Kết quả khảo sát quý {q}: tỷ lệ hài lòng về thái độ phục vụ thấp hơn mục tiêu.",
        "Tổng hợp phiếu khảo sát quý {q}: {n}% phiếu chưa hài lòng về thái độ phục vụ.",
        "Lãnh đạo đơn vị nhắc nhở, tổ chức họp rút kinh nghiệm.",
        (
            "Cán bộ mới chưa được hướng dẫn quy tắc ứng xử",
            "Chưa có kế hoạch bồi dưỡng kỹ năng giao tiếp",
        ),
        "Chưa tổ chức bồi dưỡng quy tắc ứng xử cho cán bộ mới tại bộ phận tiếp nhận.",
        ("Tổ chức lớp bồi dưỡng kỹ năng giao tiếp, quy tắc ứng xử",),
    ),
    NcSpec(
        "overdue_dossiers",
        "8.5.1",
        "minor",
        "Tỷ lệ hồ sơ TTHC giải quyết đúng hạn quý {q} thấp hơn mục tiêu 98%.",
        "Số liệu Hệ thống thông tin giải quyết TTHC đến ngày {d}: {n} hồ sơ trễ hạn.",
        "Rà soát, giải quyết dứt điểm các hồ sơ đang trễ hạn.",
        (
            "Hồ sơ liên thông chờ ý kiến cơ quan phối hợp",
            "Không có cơ chế nhắc hạn với cơ quan phối hợp",
        ),
        "Chưa có cơ chế theo dõi, đôn đốc cơ quan phối hợp trong hồ sơ liên thông.",
        ("Ban hành quy chế phối hợp, nhắc hạn tự động với cơ quan phối hợp",),
    ),
    NcSpec(
        "overdue_dossiers",
        "8.5.1",
        "minor",
        "{n} hồ sơ trả kết quả trễ hạn trong tháng, chưa có văn bản xin lỗi người dân.",
        "Báo cáo tình hình giải quyết TTHC ngày {d}.",
        "Gửi văn bản xin lỗi, hẹn lại thời gian trả kết quả cho các hồ sơ trễ hạn.",
        (
            "Cán bộ thụ lý nghỉ phép, không bàn giao hồ sơ",
            "Đơn vị chưa có quy định bàn giao công việc khi vắng mặt",
        ),
        "Chưa quy định việc bàn giao hồ sơ đang giải quyết khi cán bộ vắng mặt.",
        (
            "Ban hành quy định bàn giao hồ sơ khi vắng mặt",
            "Phân công người thay thế cho từng vị trí thụ lý",
        ),
    ),
    NcSpec(
        "process_monitoring",
        "7.1.5",
        "minor",
        "Chưa đo lường sự hài lòng của người dân, tổ chức quý {q} theo kế hoạch.",
        "Kế hoạch khảo sát quý {q} chưa thực hiện (kiểm tra ngày {d}).",
        "Tổ chức khảo sát bổ sung trong tháng.",
        ("Phiếu khảo sát chưa được cập nhật theo mẫu mới",),
        "Chưa giao đầu mối cập nhật phiếu khảo sát sự hài lòng.",
        ("Cập nhật phiếu khảo sát, khảo sát trực tuyến hằng quý",),
    ),
    NcSpec(
        "process_monitoring",
        "6.2",
        "minor",
        "Mục tiêu chất lượng quý {q} của đơn vị không đạt, chưa có biện pháp xử lý.",
        "Báo cáo theo dõi mục tiêu chất lượng ngày {d}.",
        "Lập kế hoạch biện pháp để đạt mục tiêu trong quý sau.",
        (
            "Mục tiêu đặt cao hơn năng lực thực tế",
            "Khi xây dựng mục tiêu không phân tích số liệu năm trước",
        ),
        "Mục tiêu chất lượng được xây dựng không dựa trên phân tích số liệu thực hiện.",
        ("Hướng dẫn xây dựng mục tiêu dựa trên số liệu; rà soát lại mục tiêu của đơn vị",),
    ),
    NcSpec(
        "management_review",
        "6.1",
        "minor",
        "Sổ theo dõi rủi ro và cơ hội không được cập nhật sau khi thay đổi quy trình.",
        "Biên bản họp xem xét của lãnh đạo ngày {d}: {n} quy trình sửa đổi chưa đánh giá lại "
        "rủi ro.",
        "Đánh giá lại rủi ro cho các quy trình đã sửa đổi.",
        ("Thay đổi quy trình không kèm yêu cầu đánh giá lại rủi ro",),
        "Thủ tục kiểm soát thông tin dạng văn bản không yêu cầu đánh giá lại rủi ro khi sửa đổi.",
        ("Sửa thủ tục kiểm soát tài liệu: bổ sung đánh giá lại rủi ro khi sửa đổi",),
    ),
    NcSpec(
        "management_review",
        "9.3",
        "minor",
        "Đầu vào họp xem xét của lãnh đạo thiếu kết quả thực hiện mục tiêu và ý kiến người dân.",
        "Hồ sơ họp xem xét của lãnh đạo ngày {d}.",
        "Bổ sung báo cáo đầu vào, trình lãnh đạo xem xét.",
        ("Thư ký ISO không có danh mục đầu vào bắt buộc",),
        "Chưa có mẫu báo cáo đầu vào họp xem xét của lãnh đạo theo điều 9.3.2.",
        ("Ban hành mẫu báo cáo đầu vào họp xem xét của lãnh đạo",),
    ),
    NcSpec(
        "dost_inspection",
        "4.4",
        "major",
        "Đoàn kiểm tra của Sở KH&CN: chưa cập nhật vào HTQLCL {n} TTHC mới được công bố.",
        "Biên bản kiểm tra ngày {d}: {n} TTHC mới công bố chưa có quy trình.",
        "Lập kế hoạch xây dựng quy trình cho các TTHC mới.",
        (
            "Không theo dõi các quyết định công bố TTHC mới",
            "Chưa có người được giao rà soát văn bản bên ngoài",
        ),
        "Chưa phân công rà soát định kỳ các quyết định công bố TTHC để cập nhật HTQLCL.",
        (
            "Xây dựng quy trình cho các TTHC mới",
            "Giao Văn phòng rà soát quyết định công bố TTHC hằng tháng",
        ),
    ),
    NcSpec(
        "other",
        "7.5.3",
        "minor",
        "Thất lạc {n} hồ sơ lưu trữ khi chuyển kho lưu trữ của đơn vị.",
        "Biên bản kiểm kê kho lưu trữ ngày {d}.",
        "Tìm kiếm, phục hồi bản sao hồ sơ từ hệ thống điện tử.",
        ("Không lập biên bản giao nhận khi chuyển kho", "Chưa số hóa hồ sơ lưu trữ"),
        "Việc di chuyển hồ sơ lưu trữ không có biên bản giao nhận, hồ sơ chưa được số hóa.",
        ("Quy định lập biên bản khi di chuyển hồ sơ", "Số hóa hồ sơ lưu trữ của đơn vị"),
    ),
)
# Weights of HISTORY_SPECS when drawing another source's nonconformity.
HISTORY_WEIGHTS: tuple[int, ...] = (14, 8, 6, 14, 10, 8, 8, 4, 4, 2, 4)

PROPOSAL_ACTION_NOTE = "Đã triển khai, đánh giá kết quả sau 03 tháng áp dụng."
