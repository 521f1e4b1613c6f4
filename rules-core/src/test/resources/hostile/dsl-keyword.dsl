[keyword]khi=when
[when]Có cán bộ=$o: Officer()
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
