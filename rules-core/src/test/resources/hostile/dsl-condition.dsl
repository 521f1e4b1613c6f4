# Mapping for dsl-condition.dslr: a condition that reads the environment.
[when]Có kỳ đánh giá=$p: Period()
[when]Máy chủ đang chạy thử=eval(System.getenv("CHUANMUC_TEST") != null)
[then]Ghi cờ=insert(new Parameter("test", 1));
