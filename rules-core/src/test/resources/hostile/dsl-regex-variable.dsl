[when]Số hiệu {x:(a|aa)+b}=$o: Officer(id == "{x}")
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
