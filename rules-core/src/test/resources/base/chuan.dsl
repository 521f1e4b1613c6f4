# Một bộ câu nhỏ giống bộ chuẩn, làm nền cho các thử nghiệm quy tắc địa phương.
[when]Có cán bộ=$o: Officer()
[when]Cán bộ có biểu hiện "{ma}" đã xác minh=SignFinding(code == "{ma}", verified) from $o.signs
[then]Xếp loại không quá "{muc}" theo tiêu chí "{ma}", lý do "{lydo}"=insert(RatingCap.state($o.id(), RatingLevel.of("{muc}"), "{ma}", "", "{lydo}"));
[then]Ghi nhận xét tiêu cực "{ma}": "{lydo}"=insert(new Finding($o.id(), FindingKind.NEGATIVE, "{ma}", "", "{lydo}"));
