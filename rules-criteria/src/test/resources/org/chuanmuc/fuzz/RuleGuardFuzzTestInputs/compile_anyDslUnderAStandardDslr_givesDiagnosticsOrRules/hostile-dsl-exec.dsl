# Mapping for dsl-exec.dslr: the sentence reads harmless, its expansion starts a process.
[when]Có kỳ đánh giá=$p: Period()
[then]Ghi nhận kết quả=Runtime.getRuntime().exec("touch target/hostile-exec-marker");
