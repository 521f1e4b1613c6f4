# Ngôn ngữ quy tắc tiếng Việt của chuanmuc (DSL).
# Mỗi dòng: [when] hoặc [then] câu tiếng Việt = đoạn DRL tương ứng. {ten} là chỗ điền giá trị.
# Câu "Năm đánh giá ..." chọn giai đoạn: xếp loại công chức theo Nghị định 90/2020 (đến 2025) hoặc 335/2025
# (từ 2026); xếp loại đảng viên theo Quy định 124-QĐ/TW (đến 2024) hoặc 366-QĐ/TW (từ 2025).
# Câu "... căn cứ "..."" ghi căn cứ pháp lý (điều, khoản, điểm) vào lý do.
# Câu dài đặt trước câu ngắn nằm trong nó ("Đảng viên Không hoàn thành ..." trước "Không hoàn thành ...").
# Biến dùng chung: $p kỳ đánh giá, $o cán bộ, $s biểu hiện, $c tiêu chí trong danh mục,
# $k quyết định kỷ luật, $e đánh giá phong cách, $f phản ánh của người dân.
# Phản ánh của người dân chỉ tính những phản ánh ghi ngày trong năm đánh giá; số tiêu chí không đạt đếm mỗi tiêu chí một lần
# dù hồ sơ ghi tiêu chí đó nhiều lần.
# eval(...) trước "from" chỉ để bỏ qua nhanh cán bộ không có gì để xét (danh sách rỗng, không có tiêu chí không đạt):
# không đổi kết quả, giữ khi sửa câu.

[when]Năm đánh giá từ 2026 theo Nghị định 335/2025=$p: Period(regime == Regime.ND_335_2025)
[when]Năm đánh giá đến 2025 theo Nghị định 90/2020 và 48/2023=$p: Period(regime == Regime.ND_90_2020)
[when]Năm đánh giá đảng viên đến 2024 theo Quy định 124-QĐ/TW=$p: Period(partyRegime == PartyRegime.QD_124_2023)
[when]Năm đánh giá đảng viên từ 2025 theo Quy định 366-QĐ/TW=$p: Period(partyRegime == PartyRegime.QD_366_2025)
[when]Có kỳ đánh giá=$p: Period()
# Câu "Có cán bộ có ..." (và "Có đảng viên có ...", "Có người lãnh đạo, quản lý có ...") chỉ lấy người có ít nhất
# một mục trong danh sách đó của hồ sơ (với "có đánh giá phong cách không đạt": một đánh giá không đạt). Khi câu sau
# chỉ khớp với một mục của chính danh sách đó, kết quả như với "Có cán bộ", nhưng cán bộ không có mục nào không vào
# quy tắc nên chạy nhanh hơn. Câu so với ngưỡng ("Số ... từ tham số ... trở lên") khớp cả khi ngưỡng là 0, tức cả
# danh sách rỗng: dùng "Có cán bộ". Đặt các câu này trước "Có cán bộ".
[when]Có cán bộ có ghi nhận biểu hiện suy thoái=$o: Officer(!signs.isEmpty())
[when]Có người lãnh đạo, quản lý có ghi nhận biểu hiện suy thoái=$o: Officer(role != Role.STAFF, !signs.isEmpty())
[when]Có đảng viên có ghi nhận biểu hiện suy thoái=$o: Officer(partyMember, !signs.isEmpty())
[when]Có cán bộ có quyết định kỷ luật=$o: Officer(!disciplines.isEmpty())
[when]Có đảng viên có quyết định kỷ luật=$o: Officer(partyMember, !disciplines.isEmpty())
[when]Có cán bộ có đánh giá phong cách không đạt=$o: Officer(unmetStyleCriteria("") > 0)
[when]Có cán bộ có phản ánh của người dân=$o: Officer(!citizenFeedback.isEmpty())
[when]Có cán bộ=$o: Officer()
[when]Có đảng viên=$o: Officer(partyMember)
[when]Có người lãnh đạo, quản lý=$o: Officer(role != Role.STAFF)
[when]Cán bộ có biểu hiện suy thoái đã xác minh trong năm=eval(!$o.signs().isEmpty()) $s: SignFinding(verified, inYear($p.year)) from $o.signs $c: Criterion(code == $s.code)
[when]Cán bộ có biểu hiện suy thoái chưa xác minh trong năm=eval(!$o.signs().isEmpty()) $s: SignFinding(!verified, inYear($p.year)) from $o.signs $c: Criterion(code == $s.code)
[when]Biểu hiện có mức độ "{mucdo}"=Criterion(this == $c, severityName == "{mucdo}")
[when]Cùng biểu hiện đó đã bị phát hiện trong năm trước=exists SignFinding(code == $s.code, before($p.year)) from $o.signs
[when]Cán bộ bị kỷ luật Đảng trong năm vì vi phạm liên quan đến hoạt động công vụ=eval(!$o.disciplines().isEmpty()) $k: DisciplineRecord(system == DisciplineSystem.PARTY, relatedToDuties, decidedIn($p.year)) from $o.disciplines
[when]Cán bộ bị kỷ luật Đảng trong năm vì vi phạm không liên quan đến hoạt động công vụ=eval(!$o.disciplines().isEmpty()) $k: DisciplineRecord(system == DisciplineSystem.PARTY, !relatedToDuties, decidedIn($p.year)) from $o.disciplines
[when]Cán bộ bị kỷ luật Đảng trong năm=eval(!$o.disciplines().isEmpty()) $k: DisciplineRecord(system == DisciplineSystem.PARTY, decidedIn($p.year)) from $o.disciplines
[when]Cán bộ bị kỷ luật trong năm=eval(!$o.disciplines().isEmpty()) $k: DisciplineRecord(decidedIn($p.year)) from $o.disciplines
[when]Cán bộ có quyết định kỷ luật của năm khác=eval(!$o.disciplines().isEmpty()) $k: DisciplineRecord(!decidedIn($p.year)) from $o.disciplines
[when]Cán bộ có tiêu chí phong cách không đạt=eval($o.unmetStyleCriteria("") > 0) $e: StyleEvaluation(!met) from $o.styleEvaluations $c: Criterion(code == $e.criterion)
[when]Số tiêu chí không đạt từ tham số "{thamso}" trở lên=Parameter(name == "{thamso}", $nguong: value) eval($o.unmetStyleCriteria("") >= $nguong) accumulate(StyleEvaluation(!met, $maKhongDat: criterion) from $o.styleEvaluations; $tieuChiKhongDat: collectSet($maKhongDat); $tieuChiKhongDat.size() >= $nguong)
[when]Cán bộ bị người dân phản ánh và đã xác minh=eval(!$o.citizenFeedback().isEmpty()) Period($namPhanAnh: year) $f: CitizenFeedback(verified, kind == FeedbackKind.COMPLAINT, inYear($namPhanAnh)) from $o.citizenFeedback $c: Criterion(code == $f.criterion)
[when]Cán bộ được người dân khen ngợi=eval(!$o.citizenFeedback().isEmpty()) Period($namKhen: year) $f: CitizenFeedback(verified, kind == FeedbackKind.PRAISE, inYear($namKhen)) from $o.citizenFeedback $c: Criterion(code == $f.criterion)
[when]Số phản ánh về thái độ, ứng xử đã xác minh từ tham số "{thamso}" trở lên=Parameter(name == "{thamso}", $nguong: value) eval($o.citizenFeedback().size() >= $nguong) Period($namSoPhanAnh: year) accumulate(CitizenFeedback(verified, kind == FeedbackKind.COMPLAINT, inYear($namSoPhanAnh), criterion.startsWith("BIET-") || criterion.startsWith("PC-NV-")) from $o.citizenFeedback; $soPhanAnh: count(1); $soPhanAnh >= $nguong)

[then]Đảng viên Không hoàn thành nhiệm vụ theo tiêu chí "{ma}", căn cứ "{cancu}", lý do biểu hiện "{lydo}"=insert(RatingCap.party($o.id(), RatingLevel.KHONG_HOAN_THANH, "{ma}", "{cancu}", "{lydo}: " + $c.code() + " " + $c.label()));
[then]Đảng viên Không hoàn thành nhiệm vụ theo tiêu chí "{ma}", căn cứ "{cancu}", lý do kỷ luật "{lydo}"=insert(RatingCap.party($o.id(), RatingLevel.KHONG_HOAN_THANH, "{ma}", "{cancu}", "{lydo}: " + $k.summary()));
[then]Không hoàn thành nhiệm vụ theo tiêu chí "{ma}", căn cứ "{cancu}", lý do biểu hiện "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "{ma}", "{cancu}", "{lydo}: " + $c.code() + " " + $c.label()));
[then]Không hoàn thành nhiệm vụ theo tiêu chí "{ma}", căn cứ "{cancu}", lý do kỷ luật "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.KHONG_HOAN_THANH, "{ma}", "{cancu}", "{lydo}: " + $k.summary()));
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}"));
[then]Xếp loại không quá "{muc}" theo tiêu chí của biểu hiện, lý do "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), $c.code(), "", "{lydo}: " + $c.label() + $s.evidenceNote()));
[then]Xếp loại đảng viên không quá "{muc}" theo tiêu chí "{ma}", lý do "{lydo}"=insert(RatingCap.party($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}"));
[then]Xếp loại đảng viên không quá "{muc}" theo tiêu chí "{ma}", lý do biểu hiện "{lydo}"=insert(RatingCap.party($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}: " + $c.code() + " " + $c.label()));
[then]Xếp loại đảng viên không quá "{muc}" theo tiêu chí "{ma}", lý do kỷ luật "{lydo}"=insert(RatingCap.party($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}: " + $k.summary()));
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do biểu hiện "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}: " + $c.code() + " " + $c.label()));
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do số tiêu chí "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}: " + $tieuChiKhongDat.size()));
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do số phản ánh "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}: " + $soPhanAnh));
[then]Đề nghị hội đồng xem xét, mã "{ma}", lý do biểu hiện "{lydo}"=insert(new ReviewFlag($o.id(), "{ma}", "{lydo}: " + $c.code() + " " + $c.label()));
[then]Đề nghị hội đồng xem xét, mã "{ma}", lý do kỷ luật "{lydo}"=insert(new ReviewFlag($o.id(), "{ma}", "{lydo}: " + $k.summary()));
[then]Cảnh báo sớm, mã "{ma}", lý do số phản ánh "{lydo}"=insert(new Warning($o.id(), "{ma}", "{lydo}: " + $soPhanAnh));
[then]Ghi lý do "{loai}" theo tiêu chí của biểu hiện: "{lydo}"=insert(new Finding($o.id(), FindingKind.{loai}, $c.code(), "", "{lydo}: " + $c.label()));
[then]Ghi lý do "{loai}" theo tiêu chí "{ma}", kỷ luật: "{lydo}"=insert(new Finding($o.id(), FindingKind.{loai}, "{ma}", "", "{lydo}: " + $k.summary()));
