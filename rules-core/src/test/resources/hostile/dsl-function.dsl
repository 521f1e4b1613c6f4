[when]Có cán bộ {x}=$o: Officer(name == "{x!a?System/b}")
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
