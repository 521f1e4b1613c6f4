# Câu của bộ chuẩn, chuyển sang chỉ ghi cảnh báo: chỉ có hiệu lực với các tệp .dslr của thư mục này
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do "{lydo}"=insert(new Warning($o.id(), "{ma}", "{lydo}"));
