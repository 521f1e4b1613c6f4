# Khoá câu là biểu thức chính quy: (a+)+c quay lui theo hàm mũ trên bộ khớp của Java
[when]Mã (a+)+c=$o: Officer()
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
