[when]Lặp {x:a*+b}=$o: Officer()
[then]Cảnh báo=insert(new Warning($o.id(), "W", "x"));
