# Mapping for dsl-write-file.dslr: a "note" that writes a file.
[when]Có kỳ đánh giá=$p: Period()
[then]Lưu ghi chú {text}=java.nio.file.Files.writeString(java.nio.file.Path.of("target/hostile-marker-dsl"), "{text}");
