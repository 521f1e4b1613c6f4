[when]Tên {v}=$o: Officer(name == {v})
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
