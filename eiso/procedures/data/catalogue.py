"""The demo province's TTHC catalogue as plain data: fields (lĩnh vực) of each department with
real-looking procedures and their legal processing times, and the commune-level list.

A time is a number of working days, or a string "<n>h" for working hours. Names follow the
published lists of provincial departments after the 2025 reorganisation (they are demo data,
not the official catalogue). The generator gives them stable codes in list order.
"""

from __future__ import annotations

# (department symbol, field, [(name, time), ...])
PROVINCIAL: tuple[tuple[str, str, tuple[tuple[str, int | str], ...]], ...] = (
    (
        "SGDĐT",
        "Văn bằng, chứng chỉ",
        (
            ("Cấp bản sao văn bằng, chứng chỉ từ sổ gốc", 1),
            ("Chỉnh sửa nội dung văn bằng, chứng chỉ", 5),
            ("Công nhận văn bằng tốt nghiệp các cấp học phổ thông do cơ sở nước ngoài cấp", 20),
            ("Cấp bằng tốt nghiệp trung học phổ thông", 15),
            ("Xác minh văn bằng, chứng chỉ theo đề nghị của cơ quan, tổ chức", 5),
            ("Cấp lại văn bằng, chứng chỉ bị hư hỏng do lỗi của cơ quan cấp", 5),
        ),
    ),
    (
        "SGDĐT",
        "Giáo dục trung học",
        (
            ("Chuyển trường đối với học sinh trung học phổ thông", 3),
            ("Tiếp nhận học sinh trung học phổ thông Việt Nam về nước", 5),
            ("Tiếp nhận học sinh người nước ngoài cấp trung học phổ thông", 5),
            ("Xin học lại tại trường khác đối với học sinh trung học", 3),
            ("Cho phép trường trung học phổ thông hoạt động giáo dục", 20),
            ("Sáp nhập, chia, tách trường trung học phổ thông", 20),
            ("Thành lập trường trung học phổ thông công lập", 20),
        ),
    ),
    (
        "SGDĐT",
        "Giáo dục và Đào tạo thuộc hệ thống giáo dục quốc dân",
        (
            ("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp", 10),
            ("Cho phép trung tâm ngoại ngữ, tin học hoạt động giáo dục", 15),
            ("Cấp phép tổ chức dạy thêm, học thêm ngoài nhà trường", 10),
            ("Công nhận trường trung học đạt chuẩn quốc gia", 30),
            ("Cho phép thành lập trung tâm hỗ trợ phát triển giáo dục hòa nhập", 20),
            ("Phê duyệt liên kết giáo dục với nước ngoài", 20),
        ),
    ),
    (
        "SGDĐT",
        "Thi, tuyển sinh",
        (
            ("Đăng ký dự thi tốt nghiệp trung học phổ thông", 5),
            ("Phúc khảo bài thi tốt nghiệp trung học phổ thông", 10),
            ("Xét tuyển sinh vào trường phổ thông dân tộc nội trú", 10),
            ("Đăng ký dự thi cấp chứng chỉ ứng dụng công nghệ thông tin", 5),
        ),
    ),
    (
        "STP",
        "Công chứng",
        (
            ("Bổ nhiệm công chứng viên", 20),
            ("Đăng ký hành nghề và cấp Thẻ công chứng viên", 10),
            ("Thành lập Văn phòng công chứng", 20),
            ("Đăng ký hoạt động Văn phòng công chứng", 10),
            ("Thay đổi nội dung đăng ký hoạt động của Văn phòng công chứng", 5),
            ("Chuyển nhượng Văn phòng công chứng", 20),
        ),
    ),
    (
        "STP",
        "Lý lịch tư pháp",
        (
            (
                "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú tại Việt Nam",
                10,
            ),
            ("Cấp Phiếu lý lịch tư pháp cho cơ quan tiến hành tố tụng", 10),
            ("Cấp Phiếu lý lịch tư pháp cho cơ quan nhà nước, tổ chức chính trị - xã hội", 10),
        ),
    ),
    (
        "STP",
        "Quốc tịch",
        (
            ("Xin nhập quốc tịch Việt Nam", 115),
            ("Xin trở lại quốc tịch Việt Nam ở trong nước", 85),
            ("Xin thôi quốc tịch Việt Nam ở trong nước", 65),
            ("Cấp Giấy xác nhận có quốc tịch Việt Nam ở trong nước", 5),
            ("Cấp Giấy xác nhận là người gốc Việt Nam ở trong nước", 5),
        ),
    ),
    (
        "STP",
        "Luật sư",
        (
            ("Đăng ký hoạt động của tổ chức hành nghề luật sư", 10),
            ("Thay đổi người đại diện theo pháp luật của Văn phòng luật sư, công ty luật", 10),
            ("Đăng ký hành nghề luật sư với tư cách cá nhân", 7),
            ("Thành lập chi nhánh của tổ chức hành nghề luật sư", 10),
        ),
    ),
    (
        "STP",
        "Giám định tư pháp",
        (
            ("Bổ nhiệm giám định viên tư pháp", 20),
            ("Miễn nhiệm giám định viên tư pháp", 10),
            ("Cấp phép thành lập Văn phòng giám định tư pháp", 30),
        ),
    ),
    (
        "STP",
        "Bồi thường nhà nước",
        (
            (
                "Giải quyết yêu cầu bồi thường tại cơ quan trực tiếp quản lý người thi hành công vụ",
                30,
            ),
            ("Xác định cơ quan giải quyết bồi thường", 5),
        ),
    ),
    (
        "SNNMT",
        "Đất đai",
        (
            ("Đăng ký đất đai, tài sản gắn liền với đất lần đầu cho tổ chức", 20),
            ("Đăng ký biến động quyền sử dụng đất, quyền sở hữu tài sản gắn liền với đất", 10),
            ("Cấp đổi Giấy chứng nhận quyền sử dụng đất", 7),
            ("Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất", 10),
            ("Giao đất, cho thuê đất không thông qua đấu giá", 20),
            ("Chuyển mục đích sử dụng đất phải được cơ quan nhà nước có thẩm quyền cho phép", 15),
            ("Gia hạn sử dụng đất ngoài khu công nghệ cao, khu kinh tế", 7),
            ("Thu hồi đất do chấm dứt việc sử dụng đất theo pháp luật", 20),
            ("Cung cấp thông tin, dữ liệu đất đai", 3),
            ("Đính chính Giấy chứng nhận đã cấp", 10),
        ),
    ),
    (
        "SNNMT",
        "Môi trường",
        (
            ("Cấp giấy phép môi trường", 30),
            ("Cấp đổi giấy phép môi trường", 15),
            ("Thẩm định báo cáo đánh giá tác động môi trường", 30),
            ("Vận hành thử nghiệm công trình xử lý chất thải", 10),
            ("Chấp thuận tách đấu nối khỏi hệ thống xử lý nước thải tập trung", 10),
        ),
    ),
    (
        "SNNMT",
        "Tài nguyên nước",
        (
            ("Cấp giấy phép khai thác nước dưới đất", 30),
            ("Cấp giấy phép khai thác, sử dụng nước mặt", 30),
            ("Gia hạn, điều chỉnh giấy phép khai thác nước dưới đất", 25),
            ("Cấp giấy phép hành nghề khoan nước dưới đất quy mô vừa và nhỏ", 10),
        ),
    ),
    (
        "SNNMT",
        "Trồng trọt và bảo vệ thực vật",
        (
            ("Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", 15),
            ("Cấp lại giấy chứng nhận đủ điều kiện buôn bán thuốc bảo vệ thực vật", 7),
            ("Cấp giấy chứng nhận đủ điều kiện buôn bán phân bón", 10),
            ("Công nhận cây đầu dòng, vườn cây đầu dòng", 30),
        ),
    ),
    (
        "SNNMT",
        "Chăn nuôi và thú y",
        (
            ("Cấp giấy chứng nhận đủ điều kiện chăn nuôi trang trại quy mô lớn", 15),
            ("Cấp giấy chứng nhận cơ sở an toàn dịch bệnh động vật", 10),
            ("Cấp chứng chỉ hành nghề thú y", 5),
            ("Kiểm dịch động vật, sản phẩm động vật vận chuyển ra khỏi địa bàn tỉnh", 1),
            ("Cấp giấy chứng nhận đủ điều kiện buôn bán thuốc thú y", 15),
        ),
    ),
    (
        "SNNMT",
        "Thủy lợi",
        (
            ("Cấp giấy phép cho các hoạt động trong phạm vi bảo vệ công trình thủy lợi", 10),
            (
                "Cấp gia hạn, điều chỉnh giấy phép hoạt động trong phạm vi bảo vệ công trình thủy lợi",
                7,
            ),
            ("Phê duyệt phương án ứng phó thiên tai cho công trình, vùng hạ du đập", 15),
        ),
    ),
    (
        "SXD",
        "Hoạt động xây dựng",
        (
            ("Cấp giấy phép xây dựng mới đối với công trình cấp đặc biệt, cấp I, cấp II", 20),
            ("Cấp giấy phép sửa chữa, cải tạo công trình", 20),
            ("Gia hạn giấy phép xây dựng", 5),
            ("Cấp lại giấy phép xây dựng", 5),
            ("Thẩm định báo cáo nghiên cứu khả thi đầu tư xây dựng", 30),
            ("Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở", 30),
            ("Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III", 20),
            ("Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III", 20),
            ("Kiểm tra công tác nghiệm thu hoàn thành công trình", 10),
        ),
    ),
    (
        "SXD",
        "Nhà ở và thị trường bất động sản",
        (
            ("Cấp chứng chỉ hành nghề môi giới bất động sản", 10),
            ("Thông báo nhà ở hình thành trong tương lai đủ điều kiện được bán, cho thuê mua", 15),
            ("Thuê nhà ở công vụ", 30),
            ("Mua bán nhà ở xã hội do Nhà nước đầu tư", 30),
        ),
    ),
    (
        "SXD",
        "Đường bộ",
        (
            ("Cấp giấy phép lái xe", 10),
            ("Đổi giấy phép lái xe do ngành Giao thông vận tải cấp", 5),
            ("Cấp lại giấy phép lái xe", 10),
            ("Cấp phù hiệu xe kinh doanh vận tải", 2),
            ("Cấp giấy phép kinh doanh vận tải bằng xe ô tô", 5),
            ("Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn", 2),
            (
                "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng đường bộ",
                7,
            ),
            ("Cấp giấy phép thi công công trình trên đường bộ đang khai thác", 7),
        ),
    ),
    (
        "SXD",
        "Đường thủy nội địa",
        (
            ("Đăng ký phương tiện thủy nội địa lần đầu", 3),
            ("Cấp giấy chứng nhận khả năng chuyên môn thuyền trưởng, máy trưởng hạng ba", 10),
            ("Công bố hoạt động bến thủy nội địa", 5),
        ),
    ),
    (
        "SYT",
        "Khám bệnh, chữa bệnh",
        (
            ("Cấp giấy phép hành nghề khám bệnh, chữa bệnh", 20),
            ("Cấp lại giấy phép hành nghề khám bệnh, chữa bệnh", 10),
            ("Cấp giấy phép hoạt động đối với phòng khám đa khoa", 30),
            ("Cấp giấy phép hoạt động đối với phòng khám chuyên khoa", 30),
            (
                "Điều chỉnh giấy phép hoạt động khi thay đổi quy mô, phạm vi hoạt động chuyên môn",
                20,
            ),
            (
                "Cấp giấy phép hoạt động đối với cơ sở dịch vụ cấp cứu, hỗ trợ vận chuyển người bệnh",
                30,
            ),
        ),
    ),
    (
        "SYT",
        "Dược phẩm",
        (
            ("Cấp chứng chỉ hành nghề dược", 20),
            ("Cấp giấy chứng nhận đủ điều kiện kinh doanh dược cho cơ sở bán lẻ thuốc", 20),
            ("Điều chỉnh nội dung giấy chứng nhận đủ điều kiện kinh doanh dược", 10),
            ("Cho phép hủy thuốc gây nghiện, thuốc hướng tâm thần", 7),
            ("Cấp giấy xác nhận nội dung quảng cáo thuốc", 10),
        ),
    ),
    (
        "SYT",
        "An toàn thực phẩm và dinh dưỡng",
        (
            ("Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm", 20),
            ("Đăng ký bản công bố sản phẩm thực phẩm bảo vệ sức khỏe", 7),
            ("Cấp giấy xác nhận nội dung quảng cáo thực phẩm", 10),
        ),
    ),
    (
        "SYT",
        "Y tế dự phòng",
        (
            ("Công bố cơ sở đủ điều kiện tiêm chủng", 10),
            ("Cấp giấy chứng nhận phòng xét nghiệm an toàn sinh học cấp I, cấp II", 30),
            ("Cấp giấy chứng nhận bệnh nghề nghiệp", 15),
        ),
    ),
    (
        "SNV",
        "Lao động, tiền lương",
        (
            ("Đăng ký nội quy lao động của doanh nghiệp", 7),
            ("Đăng ký thỏa ước lao động tập thể", 5),
            ("Cấp giấy phép hoạt động cho thuê lại lao động", 20),
            ("Gia hạn giấy phép hoạt động cho thuê lại lao động", 10),
        ),
    ),
    (
        "SNV",
        "Việc làm",
        (
            ("Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam", 5),
            ("Cấp lại giấy phép lao động cho người lao động nước ngoài", 3),
            ("Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép lao động", 3),
            ("Giải quyết hưởng trợ cấp thất nghiệp", 20),
            ("Cấp giấy phép hoạt động dịch vụ việc làm của doanh nghiệp", 7),
        ),
    ),
    (
        "SNV",
        "Người có công",
        (
            ("Giải quyết chế độ trợ cấp thờ cúng liệt sĩ", 12),
            ("Cấp giấy xác nhận thân nhân của người có công", 5),
            ("Di chuyển hồ sơ người có công với cách mạng", 5),
            (
                "Công nhận và giải quyết chế độ người hoạt động kháng chiến bị nhiễm chất độc hóa học",
                20,
            ),
        ),
    ),
    (
        "SNV",
        "Công chức, viên chức",
        (
            ("Thi tuyển công chức", 60),
            ("Xét tuyển viên chức", 60),
            ("Thăng hạng chức danh nghề nghiệp viên chức", 30),
        ),
    ),
    (
        "SNV",
        "Tôn giáo, tín ngưỡng",
        (
            ("Đăng ký hoạt động tín ngưỡng", 15),
            ("Đề nghị tổ chức cuộc lễ ngoài cơ sở tôn giáo", 20),
            ("Thông báo thuyên chuyển chức sắc, chức việc, nhà tu hành", 15),
        ),
    ),
    (
        "SCT",
        "Lưu thông hàng hóa trong nước",
        (
            ("Cấp giấy phép bán lẻ sản phẩm thuốc lá", 10),
            ("Cấp giấy phép bán buôn rượu", 10),
            ("Cấp giấy chứng nhận đủ điều kiện cửa hàng bán lẻ xăng dầu", 15),
            ("Cấp giấy phép thành lập cơ sở bán lẻ của nhà đầu tư nước ngoài", 15),
        ),
    ),
    (
        "SCT",
        "Điện",
        (
            ("Cấp giấy phép hoạt động phát điện đối với nhà máy điện quy mô dưới 3 MW", 15),
            ("Cấp giấy phép hoạt động bán lẻ điện đến cấp điện áp 0,4 kV", 15),
            ("Cấp thẻ kiểm tra viên điện lực", 5),
        ),
    ),
    (
        "SCT",
        "Hóa chất và an toàn kỹ thuật",
        (
            (
                "Cấp giấy chứng nhận đủ điều kiện sản xuất hóa chất sản xuất, kinh doanh có điều kiện",
                12,
            ),
            ("Cấp giấy chứng nhận đủ điều kiện kinh doanh khí", 15),
            ("Huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp", 5),
        ),
    ),
    (
        "SCT",
        "Xúc tiến thương mại",
        (
            ("Đăng ký thực hiện khuyến mại theo hình thức mang tính may rủi", 5),
            ("Đăng ký tổ chức hội chợ, triển lãm thương mại", 5),
        ),
    ),
    (
        "SKHCN",
        "Hoạt động khoa học và công nghệ",
        (
            (
                "Đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ không sử dụng ngân sách nhà nước",
                10,
            ),
            ("Cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ", 15),
            ("Cấp giấy chứng nhận doanh nghiệp khoa học và công nghệ", 7),
            ("Thẩm định cơ sở khoa học của dự án đầu tư ứng dụng công nghệ", 15),
        ),
    ),
    (
        "SKHCN",
        "Tiêu chuẩn, đo lường, chất lượng",
        (
            ("Đăng ký công bố hợp quy sản phẩm, hàng hóa", 5),
            ("Chứng nhận chuẩn đo lường để kiểm định phương tiện đo", 10),
            ("Kiểm tra nhà nước về chất lượng hàng hóa nhập khẩu", 1),
            ("Đăng ký tham dự sơ tuyển, xét tặng Giải thưởng Chất lượng quốc gia", 20),
        ),
    ),
    (
        "SKHCN",
        "Năng lượng nguyên tử, an toàn bức xạ",
        (
            (
                "Cấp giấy phép tiến hành công việc bức xạ sử dụng thiết bị X-quang chẩn đoán trong y tế",
                15,
            ),
            ("Cấp chứng chỉ nhân viên bức xạ", 10),
            ("Gia hạn giấy phép tiến hành công việc bức xạ", 10),
        ),
    ),
    (
        "SKHCN",
        "Bưu chính, viễn thông và báo chí",
        (
            ("Cấp giấy phép bưu chính nội tỉnh", 20),
            ("Cấp giấy phép xuất bản bản tin", 15),
            ("Cấp giấy phép hoạt động in xuất bản phẩm", 15),
            ("Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp", 10),
        ),
    ),
    (
        "STC",
        "Đầu tư tại Việt Nam",
        (
            ("Chấp thuận chủ trương đầu tư của Ủy ban nhân dân cấp tỉnh", 35),
            (
                "Cấp giấy chứng nhận đăng ký đầu tư đối với dự án không thuộc diện chấp thuận chủ trương đầu tư",
                15,
            ),
            ("Điều chỉnh giấy chứng nhận đăng ký đầu tư", 10),
            ("Gia hạn thời hạn hoạt động của dự án đầu tư", 20),
        ),
    ),
    (
        "STC",
        "Thành lập và hoạt động của doanh nghiệp",
        (
            ("Đăng ký thành lập công ty trách nhiệm hữu hạn một thành viên", 3),
            ("Đăng ký thành lập công ty cổ phần", 3),
            ("Đăng ký thay đổi người đại diện theo pháp luật của doanh nghiệp", 3),
            ("Thông báo tạm ngừng kinh doanh", 3),
            ("Giải thể doanh nghiệp", 5),
            ("Đăng ký hoạt động chi nhánh, văn phòng đại diện", 3),
            ("Cấp lại giấy chứng nhận đăng ký doanh nghiệp", "24h"),
        ),
    ),
    (
        "STC",
        "Quản lý công sản",
        (
            ("Quyết định mua sắm tài sản công phục vụ hoạt động của cơ quan, tổ chức, đơn vị", 15),
            ("Quyết định thanh lý tài sản công", 15),
            ("Quyết định điều chuyển tài sản công", 15),
        ),
    ),
    (
        "SVHTTDL",
        "Văn hóa",
        (
            ("Cấp giấy phép phổ biến phim", 15),
            ("Tổ chức biểu diễn nghệ thuật trên địa bàn", 5),
            ("Cấp giấy phép tổ chức triển lãm mỹ thuật", 7),
            ("Cấp giấy phép kinh doanh dịch vụ karaoke", 5),
            ("Cấp giấy phép hoạt động của bảo tàng ngoài công lập", 30),
        ),
    ),
    (
        "SVHTTDL",
        "Thể dục, thể thao",
        (
            ("Cấp giấy chứng nhận đủ điều kiện kinh doanh hoạt động thể thao", 7),
            ("Đăng cai tổ chức giải thi đấu vô địch từng môn thể thao của tỉnh", 10),
        ),
    ),
    (
        "SVHTTDL",
        "Du lịch",
        (
            ("Cấp thẻ hướng dẫn viên du lịch nội địa", 10),
            ("Cấp giấy phép kinh doanh dịch vụ lữ hành nội địa", 10),
            ("Công nhận hạng cơ sở lưu trú du lịch 1 sao, 2 sao, 3 sao", 30),
            ("Công nhận điểm du lịch", 30),
        ),
    ),
    (
        "STP",
        "Trợ giúp pháp lý",
        (
            ("Yêu cầu trợ giúp pháp lý", 2),
            ("Thay đổi người thực hiện trợ giúp pháp lý", 3),
            ("Đăng ký tham gia trợ giúp pháp lý của tổ chức hành nghề luật sư", 7),
        ),
    ),
    (
        "STP",
        "Thừa phát lại",
        (
            ("Bổ nhiệm Thừa phát lại", 20),
            ("Thành lập Văn phòng Thừa phát lại", 20),
            ("Đăng ký hành nghề và cấp Thẻ Thừa phát lại", 7),
        ),
    ),
    (
        "STP",
        "Hòa giải thương mại, trọng tài thương mại",
        (
            ("Đăng ký làm hòa giải viên thương mại vụ việc", 5),
            ("Đăng ký hoạt động của Trung tâm hòa giải thương mại", 15),
            ("Đăng ký hoạt động của chi nhánh Trung tâm trọng tài", 15),
        ),
    ),
    (
        "SNNMT",
        "Lâm nghiệp",
        (
            ("Phê duyệt phương án quản lý rừng bền vững của chủ rừng là tổ chức", 25),
            ("Chuyển loại rừng đối với khu rừng do Ủy ban nhân dân cấp tỉnh xác lập", 30),
            ("Xác nhận nguồn gốc lâm sản", 3),
        ),
    ),
    (
        "SNNMT",
        "Thủy sản",
        (
            ("Cấp giấy chứng nhận cơ sở đủ điều kiện nuôi trồng thủy sản", 10),
            ("Cấp giấy phép khai thác thủy sản", 6),
            ("Đăng ký tàu cá", 3),
            ("Xác nhận đăng ký nuôi trồng thủy sản lồng bè", 5),
        ),
    ),
    (
        "SNNMT",
        "Đo đạc, bản đồ và thông tin địa lý",
        (
            ("Cung cấp thông tin, dữ liệu, sản phẩm đo đạc và bản đồ", 2),
            ("Cấp chứng chỉ hành nghề đo đạc và bản đồ hạng II", 15),
        ),
    ),
    (
        "SNNMT",
        "Khí tượng thủy văn",
        (
            ("Cấp giấy phép hoạt động dự báo, cảnh báo khí tượng thủy văn", 15),
            ("Cung cấp thông tin, dữ liệu khí tượng thủy văn", 3),
        ),
    ),
    (
        "SXD",
        "Quy hoạch xây dựng, kiến trúc",
        (
            ("Thẩm định nhiệm vụ quy hoạch chi tiết dự án đầu tư xây dựng", 15),
            ("Thẩm định đồ án quy hoạch chi tiết xây dựng", 25),
            ("Cấp giấy phép quy hoạch dự án đầu tư xây dựng", 30),
            ("Cấp chứng chỉ hành nghề kiến trúc", 15),
        ),
    ),
    (
        "SXD",
        "Đăng kiểm",
        (
            ("Cấp giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo", 3),
            ("Thẩm định thiết kế xe cơ giới cải tạo", 5),
        ),
    ),
    (
        "SYT",
        "Trang thiết bị và công trình y tế",
        (
            ("Công bố đủ điều kiện mua bán trang thiết bị y tế thuộc loại B, C, D", 3),
            ("Công bố tiêu chuẩn áp dụng đối với trang thiết bị y tế thuộc loại A", 3),
        ),
    ),
    (
        "SYT",
        "Mỹ phẩm",
        (
            ("Cấp số tiếp nhận phiếu công bố sản phẩm mỹ phẩm sản xuất trong nước", 3),
            ("Cấp giấy chứng nhận đủ điều kiện sản xuất mỹ phẩm", 30),
        ),
    ),
    (
        "SYT",
        "Giám định y khoa",
        (
            (
                "Khám giám định mức độ khuyết tật đối với trường hợp Hội đồng xác định mức độ khuyết tật không đưa ra được kết luận",
                30,
            ),
            ("Khám giám định thương tật lần đầu do tai nạn lao động", 30),
        ),
    ),
    (
        "SNV",
        "Thi đua, khen thưởng",
        (
            ("Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", 20),
            ("Tặng danh hiệu Tập thể lao động xuất sắc", 20),
            ("Tặng Cờ thi đua của Ủy ban nhân dân tỉnh", 20),
            ("Tặng thưởng Bằng khen theo đợt hoặc chuyên đề", 20),
        ),
    ),
    (
        "SNV",
        "Văn thư, lưu trữ",
        (
            ("Cấp chứng chỉ hành nghề lưu trữ", 15),
            ("Phục vụ việc sử dụng tài liệu của độc giả tại phòng đọc Lưu trữ lịch sử", 2),
        ),
    ),
    (
        "SNV",
        "Giáo dục nghề nghiệp",
        (
            ("Cấp giấy chứng nhận đăng ký hoạt động giáo dục nghề nghiệp trình độ sơ cấp", 10),
            ("Thành lập trung tâm giáo dục nghề nghiệp tư thục", 15),
            ("Công nhận giám đốc trung tâm giáo dục nghề nghiệp tư thục", 10),
        ),
    ),
    (
        "SCT",
        "Xuất nhập khẩu",
        (
            ("Cấp giấy chứng nhận xuất xứ hàng hóa mẫu D", 1),
            ("Cấp giấy phép kinh doanh cho tổ chức kinh tế có vốn đầu tư nước ngoài", 10),
        ),
    ),
    (
        "SCT",
        "Công nghiệp địa phương",
        (
            ("Cấp giấy chứng nhận sản phẩm công nghiệp nông thôn tiêu biểu cấp tỉnh", 30),
            ("Hỗ trợ kinh phí khuyến công địa phương", 20),
        ),
    ),
    (
        "BQLKCN",
        "Đầu tư trong khu công nghiệp",
        (
            ("Cấp giấy chứng nhận đăng ký đầu tư dự án trong khu công nghiệp", 15),
            ("Điều chỉnh giấy chứng nhận đăng ký đầu tư dự án trong khu công nghiệp", 10),
            ("Chấm dứt hoạt động dự án đầu tư trong khu công nghiệp", 15),
            ("Cấp giấy xác nhận ưu đãi dự án sản xuất sản phẩm công nghiệp hỗ trợ", 15),
        ),
    ),
    (
        "BQLKCN",
        "Lao động trong khu công nghiệp",
        (
            ("Cấp giấy phép lao động cho người nước ngoài làm việc trong khu công nghiệp", 5),
            ("Đăng ký nội quy lao động của doanh nghiệp trong khu công nghiệp", 7),
            ("Báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài", 10),
        ),
    ),
    (
        "BQLKCN",
        "Xây dựng trong khu công nghiệp",
        (
            ("Cấp giấy phép xây dựng công trình trong khu công nghiệp", 20),
            ("Thẩm định thiết kế cơ sở dự án trong khu công nghiệp", 20),
        ),
    ),
    (
        "BHXH",
        "Thu bảo hiểm xã hội, bảo hiểm y tế",
        (
            ("Đăng ký tham gia bảo hiểm xã hội, bảo hiểm y tế bắt buộc lần đầu", 5),
            ("Đăng ký tham gia bảo hiểm xã hội tự nguyện", 5),
            ("Điều chỉnh thông tin đóng bảo hiểm xã hội", 5),
        ),
    ),
    (
        "BHXH",
        "Cấp sổ, thẻ",
        (
            ("Cấp lại, đổi, điều chỉnh thông tin trên sổ bảo hiểm xã hội, thẻ bảo hiểm y tế", 5),
            ("Cấp thẻ bảo hiểm y tế cho người chỉ tham gia bảo hiểm y tế", 5),
        ),
    ),
    (
        "BHXH",
        "Thực hiện chính sách bảo hiểm xã hội",
        (
            ("Giải quyết hưởng lương hưu", 10),
            ("Giải quyết hưởng trợ cấp một lần", 10),
            ("Giải quyết hưởng chế độ thai sản", 6),
            ("Giải quyết hưởng chế độ ốm đau", 6),
            ("Giải quyết hưởng trợ cấp tai nạn lao động, bệnh nghề nghiệp", 10),
        ),
    ),
)

# Commune level (UBND cấp xã): every commune and ward has these in scope.
COMMUNE: tuple[tuple[str, tuple[tuple[str, int | str], ...]], ...] = (
    (
        "Hộ tịch",
        (
            ("Đăng ký khai sinh", "8h"),
            ("Đăng ký kết hôn", "8h"),
            ("Đăng ký khai tử", "8h"),
            ("Đăng ký nhận cha, mẹ, con", 3),
            ("Đăng ký giám hộ", 3),
            ("Đăng ký lại khai sinh", 5),
            ("Thay đổi, cải chính, bổ sung thông tin hộ tịch", 3),
            ("Cấp giấy xác nhận tình trạng hôn nhân", 3),
            ("Đăng ký khai sinh kết hợp nhận cha, mẹ, con", 3),
            ("Đăng ký khai sinh có yếu tố nước ngoài", 3),
            ("Đăng ký kết hôn có yếu tố nước ngoài", 10),
            ("Trích lục hộ tịch bản sao", "8h"),
        ),
    ),
    (
        "Chứng thực",
        (
            ("Cấp bản sao từ sổ gốc", "8h"),
            ("Chứng thực bản sao từ bản chính giấy tờ, văn bản", "8h"),
            ("Chứng thực chữ ký trong các giấy tờ, văn bản", "8h"),
            ("Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản", 2),
            ("Chứng thực văn bản thỏa thuận phân chia di sản", 2),
            ("Chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch", 2),
        ),
    ),
    (
        "Đất đai",
        (
            ("Hòa giải tranh chấp đất đai", 30),
            ("Đăng ký biến động đất đai do đổi tên người sử dụng đất", 10),
            ("Xác nhận nguồn gốc đất, thời điểm sử dụng đất", 10),
            ("Cấp giấy chứng nhận quyền sử dụng đất lần đầu cho hộ gia đình, cá nhân", 20),
            ("Chuyển mục đích sử dụng đất nông nghiệp sang đất ở", 15),
        ),
    ),
    (
        "Xây dựng",
        (
            ("Cấp giấy phép xây dựng nhà ở riêng lẻ", 15),
            ("Cấp giấy phép sửa chữa, cải tạo nhà ở riêng lẻ", 15),
            ("Gia hạn giấy phép xây dựng nhà ở riêng lẻ", 5),
        ),
    ),
    (
        "Bảo trợ xã hội",
        (
            ("Trợ cấp xã hội hằng tháng đối với đối tượng bảo trợ xã hội", 10),
            ("Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội", 5),
            ("Xác định, xác định lại mức độ khuyết tật và cấp giấy xác nhận khuyết tật", 25),
            ("Công nhận hộ nghèo, hộ cận nghèo phát sinh trong năm", 15),
            ("Đăng ký hoạt động cơ sở trợ giúp xã hội dưới 10 đối tượng", 5),
        ),
    ),
    (
        "Giáo dục và Đào tạo",
        (
            ("Chuyển trường đối với học sinh tiểu học", 3),
            ("Chuyển trường đối với học sinh trung học cơ sở", 3),
            ("Thành lập nhóm trẻ, lớp mẫu giáo độc lập", 15),
            ("Cho phép trường tiểu học hoạt động giáo dục", 20),
            ("Xét, duyệt chính sách hỗ trợ đối với trẻ mẫu giáo", 10),
        ),
    ),
    (
        "Y tế",
        (
            (
                "Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm đối với cơ sở kinh doanh dịch vụ ăn uống",
                15,
            ),
            ("Hỗ trợ chi phí khám bệnh, chữa bệnh cho người nghèo", 10),
        ),
    ),
    (
        "Hộ kinh doanh",
        (
            ("Đăng ký thành lập hộ kinh doanh", 3),
            ("Đăng ký thay đổi nội dung đăng ký hộ kinh doanh", 3),
            ("Tạm ngừng hoạt động hộ kinh doanh", 3),
            ("Chấm dứt hoạt động hộ kinh doanh", 3),
        ),
    ),
    (
        "Người có công",
        (
            ("Giải quyết trợ cấp mai táng phí đối với người có công", 5),
            ("Cấp giấy giới thiệu đi thăm viếng mộ liệt sĩ", 3),
        ),
    ),
    (
        "Văn hóa cơ sở",
        (
            ("Xét tặng danh hiệu Gia đình văn hóa hằng năm", 5),
            ("Thông báo tổ chức lễ hội cấp xã", 5),
            ("Đăng ký hoạt động thư viện tư nhân có vốn sách ban đầu từ 500 bản", 5),
        ),
    ),
    (
        "Nông nghiệp",
        (
            ("Hỗ trợ khôi phục sản xuất vùng bị thiệt hại do thiên tai, dịch bệnh", 10),
            ("Phê duyệt kế hoạch khuyến nông địa phương", 15),
        ),
    ),
    (
        "Liên thông",
        (
            (
                "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
                5,
            ),
            (
                "Liên thông đăng ký khai tử, xóa đăng ký thường trú, hưởng chế độ tử tuất, trợ cấp mai táng",
                5,
            ),
        ),
    ),
    (
        "Thi đua, khen thưởng",
        (
            ("Tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã", 20),
            ("Tặng danh hiệu Lao động tiên tiến", 20),
        ),
    ),
    (
        "Tiếp công dân, khiếu nại, tố cáo",
        (
            ("Giải quyết khiếu nại lần đầu tại cấp xã", 30),
            ("Giải quyết tố cáo tại cấp xã", 30),
            ("Tiếp công dân tại cấp xã", 1),
        ),
    ),
)
