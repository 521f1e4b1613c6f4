#/ debug: display result and usage
#/ result
#/ usage
# Các dòng "#/" trên làm bộ mở rộng của Drools in ra đầu ra chuẩn; ở đây chúng bị bỏ qua.
[when]Cán bộ có phản ánh "{loai}"=$o: Officer() exists CitizenFeedback(verified, kind == FeedbackKind.{loai}) from $o.citizenFeedback
[then]Cảnh báo "{ma}": "{lydo}"=insert(new Warning($o.id(), "{ma}", "{lydo}"));
