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
