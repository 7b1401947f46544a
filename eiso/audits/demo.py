"""Realistic content for the generated history of internal audits (past years' checklists, notes
and findings), used by the demo step `eiso/demo/steps/audits.py` at the benchmark scales."""

from __future__ import annotations

# Questions any unit is asked besides the clause questions and its procedures' steps:
# (clause number of TCVN ISO 9001:2015, question).
UNIT_QUESTIONS: tuple[tuple[str, str], ...] = (
    ("7.5", "Đơn vị có danh mục hồ sơ và lưu hồ sơ đúng nơi, đúng thời hạn quy định không?"),
    ("7.5", "Các tài liệu đang sử dụng tại đơn vị có phải là phiên bản hiện hành không?"),
    (
        "7.5",
        "Tài liệu có nguồn gốc bên ngoài (văn bản pháp luật) có được cập nhật, kiểm soát không?",
    ),
    (
        "7.2",
        "Cán bộ, công chức của đơn vị có được phổ biến, hướng dẫn các quy trình liên quan không?",
    ),
    ("7.3", "Cán bộ có nắm được chính sách chất lượng và mục tiêu chất lượng của đơn vị không?"),
    ("6.2", "Mục tiêu chất lượng của đơn vị có được xác định, theo dõi và báo cáo định kỳ không?"),
    (
        "6.1",
        "Đơn vị có nhận diện và cập nhật rủi ro, cơ hội của các quá trình mình thực hiện không?",
    ),
    ("8.5", "Hồ sơ TTHC có được giải quyết đúng thời hạn; hồ sơ trễ hạn có văn bản xin lỗi không?"),
    ("8.5", "Phiếu kiểm soát quá trình giải quyết hồ sơ có được ghi đầy đủ từng bước không?"),
    ("8.7", "Kết quả giải quyết không phù hợp có được nhận biết, xử lý và lưu hồ sơ không?"),
    ("9.1", "Sự hài lòng của người dân, tổ chức có được khảo sát, tổng hợp theo kế hoạch không?"),
    ("10.2", "Các sự không phù hợp kỳ trước có được khắc phục và kiểm tra hiệu lực không?"),
    ("7.1", "Trang thiết bị, phần mềm phục vụ công việc có được bảo đảm, bảo trì không?"),
    (
        "7.4",
        "Việc trao đổi thông tin nội bộ và với người dân có được thực hiện theo quy định không?",
    ),
    ("8.2", "Các yêu cầu về hồ sơ, phí, lệ phí có được niêm yết công khai, đầy đủ không?"),
    (
        "5.3",
        "Phân công nhiệm vụ trong đơn vị có được văn bản hóa và phổ biến đến từng người không?",
    ),
)

# Notes of a conforming answer: {n} a number of records checked, {m} a month.
CONFORMING_NOTES: tuple[str, ...] = (
    "Kiểm tra ngẫu nhiên {n} hồ sơ tháng {m}: thực hiện đúng quy định.",
    "Phỏng vấn trưởng đơn vị và chuyên viên phụ trách: nắm rõ yêu cầu, thực hiện đầy đủ.",
    "Đã xem sổ theo dõi tháng {m}: ghi chép đầy đủ, có chữ ký người thực hiện.",
    "Hồ sơ lưu đúng danh mục, dễ truy xuất; kiểm tra {n} hồ sơ không phát hiện sai sót.",
    "Đối chiếu {n} hồ sơ trên Hệ thống thông tin giải quyết TTHC: đúng thời hạn, đủ thành phần.",
    "Tài liệu sử dụng tại đơn vị đúng phiên bản hiện hành (đối chiếu danh mục tài liệu).",
    "Báo cáo định kỳ tháng {m} được lập và gửi đúng hạn.",
    "Có biên bản họp phổ biến quy trình tháng {m}, đủ chữ ký cán bộ tham dự.",
)
NOT_APPLICABLE_NOTE = "Đơn vị không thực hiện hoạt động này trong kỳ đánh giá."

# Evidence of a nonconforming answer ({n}, {m} as above).
NC_EVIDENCE: tuple[str, ...] = (
    "Sổ theo dõi hồ sơ tháng {m} thiếu chữ ký người nhận kết quả ở {n} hồ sơ kiểm tra.",
    "Đơn vị còn sử dụng biểu mẫu lần ban hành cũ đã hết hiệu lực ở {n} hồ sơ.",
    "Phiếu kiểm soát quá trình giải quyết hồ sơ không ghi thời gian chuyển bước ở {n} hồ sơ.",
    "Mục tiêu chất lượng quý gần nhất chưa được đo lường và báo cáo đúng hạn.",
    "Danh mục hồ sơ của đơn vị chưa cập nhật theo quy trình mới ban hành.",
    "{n} hồ sơ trễ hạn tháng {m} chưa có văn bản xin lỗi và hẹn lại thời gian trả kết quả.",
    "Không có hồ sơ phổ biến quy trình sửa đổi cho cán bộ mới của đơn vị.",
    "Rủi ro của quá trình chưa được đánh giá lại sau khi sửa đổi quy trình tháng {m}.",
    "Kết quả khảo sát sự hài lòng tháng {m} chưa được tổng hợp, báo cáo lãnh đạo.",
    "Văn bản pháp luật áp dụng trong quy trình đã hết hiệu lực nhưng chưa được cập nhật.",
    "Hồ sơ lưu trữ tháng {m} không sắp xếp theo danh mục, không truy xuất được {n} hồ sơ.",
    "Thành phần hồ sơ tiếp nhận thiếu so với quy định ở {n} hồ sơ kiểm tra.",
)
MAJOR_EVIDENCE: tuple[str, ...] = (
    "Quy trình của đơn vị không được thực hiện: bước thẩm định bị bỏ qua ở {n} hồ sơ tháng {m}.",
    "Đơn vị chưa khắc phục sự không phù hợp của kỳ đánh giá trước; lỗi lặp lại ở {n} hồ sơ.",
    "Không lưu hồ sơ giải quyết TTHC tháng {m}; không chứng minh được việc thực hiện quy trình.",
)
OBSERVATIONS: tuple[str, ...] = (
    "Nên sắp xếp hồ sơ lưu theo năm để dễ truy xuất.",
    "Có thể số hóa phiếu kiểm soát quá trình trên Hệ thống thông tin giải quyết TTHC.",
    "Nên bổ sung biển chỉ dẫn tại khu vực tiếp nhận hồ sơ.",
    "Một số hồ sơ ghi ngày tháng chưa thống nhất cách viết; nên hướng dẫn lại.",
    "Sổ theo dõi còn ghi tay; nên chuyển sang theo dõi trên phần mềm.",
    "Danh mục tài liệu bên ngoài nên bổ sung cột ngày hết hiệu lực.",
)
IMPROVEMENTS: tuple[str, ...] = (
    "Có thể gửi tin nhắn tự động cho người dân khi hồ sơ đến hạn trả kết quả.",
    "Có thể lập bảng theo dõi tiến độ hồ sơ chung cho toàn đơn vị.",
    "Nên tổ chức trao đổi kinh nghiệm giữa các bộ phận tiếp nhận hồ sơ.",
    "Có thể rút gọn biểu mẫu tờ khai bằng cách bỏ các trường trùng lặp.",
)
STRENGTHS: tuple[str, ...] = (
    "Lãnh đạo đơn vị quan tâm, trực tiếp tham gia buổi đánh giá.",
    "Cán bộ nắm vững quy trình, hồ sơ được lưu đúng nơi quy định.",
    "Tỷ lệ hồ sơ giải quyết đúng hạn cao, không có phản ánh của người dân.",
    "Đơn vị chủ động số hóa hồ sơ, tra cứu nhanh trên phần mềm.",
    "Các sự không phù hợp kỳ trước được khắc phục đầy đủ, có hồ sơ minh chứng.",
)
CONCLUSIONS: tuple[str, ...] = (
    "HTQLCL của các đơn vị được đánh giá được duy trì phù hợp; các điểm không phù hợp được "
    "khắc phục theo kế hoạch.",
    "HTQLCL được áp dụng và duy trì có hiệu lực; đề nghị các đơn vị khắc phục các điểm không "
    "phù hợp trong thời hạn 30 ngày.",
    "Các đơn vị thực hiện cơ bản đúng quy trình; cần tăng cường kiểm soát hồ sơ và cập nhật "
    "tài liệu khi có thay đổi.",
)
AUDITEES = (
    "Trưởng đơn vị và chuyên viên phụ trách hồ sơ",
    "Phó trưởng đơn vị, cán bộ phụ trách ISO của đơn vị",
    "Trưởng đơn vị, công chức tiếp nhận và giải quyết hồ sơ",
)
