package org.chuanmuc.assess.internal.guard;

/**
 * Every message the rule guard (and the runtime bounds that back it) shows to policy staff, in one place so
 * that wording stays consistent and tests can assert it verbatim. Each message reads
 * {@code Vietnamese reason (English reason)}.
 */
public final class GuardMessages {

    /** Why a name, package or keyword is dangerous in a rule file. */
    public enum Hazard {
        /** Reaches the JVM or the host: exit, environment, properties. */
        SYSTEM("có thể truy cập hệ thống", "system access"),
        /** Starts other programs. */
        PROCESS("có thể chạy chương trình khác", "starts processes"),
        /** Reads or writes files. */
        FILE("có thể đọc, ghi tệp", "file access"),
        /** Opens network connections or directory lookups. */
        NETWORK("có thể kết nối mạng", "network access"),
        /** Inspects or calls code reflectively, past every check. */
        REFLECTION("có thể vượt qua mọi kiểm tra bằng phản chiếu", "reflection"),
        /** Loads or defines code. */
        CLASS_LOADING("có thể nạp mã lạ", "class loading"),
        /** Starts, blocks or schedules threads. */
        THREAD("có thể tạo luồng, hẹn giờ hoặc làm treo máy", "threads and scheduling"),
        /** Reaches into the rule engine past the facts. */
        ENGINE("có thể can thiệp vào bộ máy luật", "rule engine internals"),
        /** Runs code written in a string. */
        SCRIPT("có thể chạy mã viết trong chuỗi", "script execution"),
        /** Turns bytes into arbitrary objects. */
        DESERIALIZATION("có thể tạo đối tượng tuỳ ý từ dữ liệu", "deserialization"),
        /** Raw memory access. */
        MEMORY("có thể truy cập bộ nhớ trực tiếp", "raw memory access"),
        /** Builds huge strings or collections from a short expression. */
        AMPLIFICATION("có thể tạo dữ liệu khổng lồ làm cạn bộ nhớ", "can build huge data"),
        /** Makes a rating depend on when or where it was computed. */
        NONDETERMINISM("làm kết quả phụ thuộc thời điểm chạy", "makes results depend on when they run"),
        /** Repeats without bound. */
        LOOP("có thể lặp vô hạn", "can loop forever"),
        /** Blocks other threads. */
        LOCK("có thể khoá luồng khác", "locks threads"),
        /** Throws or swallows exceptions, hiding what happened. */
        EXCEPTION("quy tắc không tự ném hay bắt ngoại lệ", "exception handling"),
        /** Declares types, members or modifiers: code beyond a rule. */
        DECLARATION("quy tắc không khai báo kiểu hay thành phần", "declarations"),
        /** Control flow other than if/else and return. */
        CONTROL_FLOW("hệ quả chỉ dùng if/else và return", "control flow beyond if/else"),
        /** Names a class or package outside the model and the allowed value types. */
        OUTSIDE_MODEL("chỉ được dùng các kiểu của org.chuanmuc.model và các kiểu giá trị cho phép",
                "only model types and allowed value types");

        private final String vi;
        private final String en;

        Hazard(String vi, String en) {
            this.vi = vi;
            this.en = en;
        }

        /** @return the Vietnamese reason */
        public String vi() {
            return vi;
        }

        /** @return the English reason */
        public String en() {
            return en;
        }
    }

    private GuardMessages() {
    }

    // --- names and calls -------------------------------------------------------------------------------

    /** A name known to be dangerous: {@code System}, {@code getClass}, {@code drools}... */
    public static String forbiddenName(String name, Hazard hazard) {
        return "không được dùng \"" + name + "\" trong quy tắc: " + hazard.vi()
                + " (forbidden \"" + name + "\": " + hazard.en() + ")";
    }

    /** A name that is simply not on the allow-list. */
    public static String notAllowed(String name) {
        return "\"" + name + "\" không có trong danh sách được phép dùng trong quy tắc (not on the rule allow-list: \""
                + name + "\")";
    }

    /** A Java keyword a rule must not use. */
    public static String forbiddenKeyword(String keyword, Hazard hazard) {
        return "không được dùng từ khoá \"" + keyword + "\" trong quy tắc: " + hazard.vi()
                + " (forbidden keyword \"" + keyword + "\": " + hazard.en() + ")";
    }

    /** A fully qualified class name outside the allow-list, such as {@code java.lang.Runtime}. */
    public static String fullyQualifiedName(String name, Hazard hazard) {
        return "không được dùng tên đầy đủ \"" + name + "\" trong quy tắc: " + hazard.vi()
                + " (forbidden qualified name \"" + name + "\": " + hazard.en() + ")";
    }

    /** A static method of an allowed type that is not itself allowed. */
    public static String staticMethodNotAllowed(String type, String method) {
        return "không được gọi \"" + type + "." + method + "\" trong quy tắc (method not allowed: \"" + type + "."
                + method + "\")";
    }

    /** An instance method outside the allow-list. */
    public static String methodNotAllowed(String method) {
        return "không được gọi phương thức \"" + method + "\" trong quy tắc (method not allowed: \"" + method + "\")";
    }

    /** A call without a receiver that is not one of the rule actions. */
    public static String callNotAllowed(String name) {
        return "không được gọi \"" + name + "(...)\" ở đây: hệ quả chỉ gọi insert, insertLogical, modify, update,"
                + " retract, delete (call not allowed here: \"" + name + "\")";
    }

    /** {@code new} of a type that is not a model record. */
    public static String newNotAllowed(String type) {
        return "không được tạo đối tượng \"" + type + "\" trong quy tắc: chỉ tạo được bản ghi của org.chuanmuc.model"
                + " (cannot create \"" + type + "\": only model records)";
    }

    /** {@code new T[n]}. */
    public static String arrayCreation() {
        return "không được tạo mảng trong quy tắc: có thể làm cạn bộ nhớ (array creation is forbidden: can exhaust"
                + " memory)";
    }

    /** {@code new T(...) { ... }}. */
    public static String anonymousClass() {
        return "không được khai báo lớp ẩn danh trong quy tắc (anonymous classes are forbidden)";
    }

    // --- operators and characters ----------------------------------------------------------------------

    /** {@code ->}. */
    public static String lambda() {
        return "không được dùng biểu thức lambda \"->\" trong quy tắc (lambdas are forbidden)";
    }

    /** {@code ::}. */
    public static String methodReference() {
        return "không được dùng tham chiếu phương thức \"::\" trong quy tắc (method references are forbidden)";
    }

    /** {@code =}, {@code +=}, {@code ++}... */
    public static String assignment(String operator) {
        return "không được gán giá trị bằng \"" + operator + "\" trong quy tắc: quy tắc chỉ chèn hoặc cập nhật sự kiện"
                + " (assignment \"" + operator + "\" is forbidden: rules only insert or update facts)";
    }

    /** {@code @name} in code or on a rule. */
    public static String annotation(String name) {
        return "không được dùng chú thích \"@" + name + "\" trong tệp quy tắc: Drools chạy nội dung của nó khi biên dịch"
                + " (annotation \"@" + name + "\" is forbidden: Drools evaluates it at compile time)";
    }

    /** {@code @{...}}: MVEL template interpolation. */
    public static String mvelTemplate() {
        return "không được dùng \"@{...}\" của MVEL trong quy tắc: đó là mã được chạy khi sinh mã (forbidden MVEL"
                + " template \"@{...}\": it runs code while code is generated)";
    }

    /** {@code #}: MVEL inline cast or a comment style DRL no longer has. */
    public static String hash() {
        return "không được dùng ký tự \"#\" trong quy tắc, hãy chú thích bằng // (forbidden \"#\": use // for comments)";
    }

    /** {@code [}: arrays, MVEL inline collections, OOPath. */
    public static String bracket() {
        return "không được dùng \"[\" trong quy tắc: mảng, tập hợp nội tuyến MVEL và OOPath không được phép"
                + " (forbidden \"[\": arrays, MVEL inline collections and OOPath)";
    }

    /** MVEL's {@code .?} null-safe navigation. */
    public static String mvelNullSafe() {
        return "không được dùng \".?\" của MVEL trong quy tắc, hãy dùng \"!.\" (forbidden MVEL \".?\": use \"!.\")";
    }

    /** {@code ;} or braces inside a condition: more than one expression. */
    public static String notInCondition(String token) {
        return "không được dùng \"" + token + "\" trong điều kiện: điều kiện chỉ là một biểu thức (forbidden \""
                + token + "\" in a condition: a condition is one expression)";
    }

    /** {@code \}{@code u0041}: decoded by Java before it reads the code, so it can hide anything. */
    public static String unicodeEscape() {
        return "không được dùng mã thoát Unicode \"\\u\" trong tệp quy tắc: Java giải mã nó trước khi đọc mã, có thể"
                + " che giấu mã độc (forbidden Unicode escape \"\\u\": Java decodes it before reading the code)";
    }

    /** {@code """ ... """}: read differently by Java and MVEL. */
    public static String textBlock() {
        return "không được dùng khối văn bản \"\"\" trong quy tắc (text blocks are forbidden)";
    }

    /** A string or character literal that does not end on its line. */
    public static String unterminatedString() {
        return "chuỗi chưa được đóng trên cùng dòng (unterminated string)";
    }

    /** A block comment that never ends. */
    public static String unterminatedComment() {
        return "chú thích /* chưa được đóng (unterminated comment)";
    }

    /** A character that has no place in a rule. */
    public static String illegalCharacter(String character) {
        return "ký tự không hợp lệ \"" + character + "\" trong quy tắc (illegal character \"" + character + "\")";
    }

    /** An identifier with a zero-width or control character, which Java ignores. */
    public static String invisibleCharacter() {
        return "tên chứa ký tự vô hình mà Java bỏ qua (identifier contains an invisible character)";
    }

    /** Brackets nested too deeply for the parsers' stacks. */
    public static String nestedTooDeep(int max) {
        return "ngoặc lồng nhau quá " + max + " tầng (brackets nested deeper than " + max + ")";
    }

    /** A rule file too large to check. */
    public static String tooLarge(int size, int max) {
        return "tệp quy tắc quá lớn: " + size + " ký tự, tối đa " + max + " (rule file too large: " + size
                + " characters, at most " + max + ")";
    }

    // --- structure ------------------------------------------------------------------------------------

    /** The DRL parser rejected the text; {@code detail} is Drools' own message. */
    public static String syntaxError(String detail) {
        return "lỗi cú pháp (syntax error): " + detail;
    }

    /** The parser failed without a message of its own. */
    public static String unreadable(String detail) {
        return "không đọc được tệp quy tắc (cannot parse the rule file): " + detail;
    }

    /** The guard itself failed on this text: the file is rejected rather than let through unchecked. */
    public static String guardFailed(String detail) {
        return "không kiểm tra được tệp quy tắc nên không dùng nó (the guard could not check this file, so it is"
                + " rejected): " + detail;
    }

    /** {@code package java.lang;} and other packages that belong to the platform or the library. */
    public static String packageNotAllowed(String name) {
        return "tên gói \"" + name + "\" không được phép: trùng gói của hệ thống hoặc thư viện (package \"" + name
                + "\" is not allowed: it belongs to the platform or the library)";
    }

    /** An import outside the allow-list. */
    public static String importNotAllowed(String target, Hazard hazard) {
        return "không được import \"" + target + "\": " + hazard.vi() + " (import not allowed: \"" + target + "\": "
                + hazard.en() + ")";
    }

    /** {@code import static} and {@code import function}. */
    public static String functionImport(String target) {
        return "không được import hàm \"" + target + "\": hãy gọi Kiểu.phươngThức(...) (function imports are"
                + " forbidden: \"" + target + "\")";
    }

    /** {@code import accumulate}. */
    public static String accumulateImport(String target) {
        return "không được import hàm tích luỹ \"" + target + "\": đó là mã Java tuỳ ý (custom accumulate functions"
                + " are forbidden: \"" + target + "\")";
    }

    /** {@code global}. */
    public static String global(String name) {
        return "không được khai báo biến toàn cục \"" + name + "\" (globals are forbidden: \"" + name + "\")";
    }

    /** {@code function}. */
    public static String function(String name) {
        return "không được khai báo hàm \"" + name + "\" trong tệp quy tắc: hàm là mã Java tuỳ ý (function"
                + " declarations are forbidden: \"" + name + "\" is arbitrary Java)";
    }

    /** {@code declare} of a type, an enum, an entry point or a window. */
    public static String declaration(String what) {
        return "không được dùng \"declare " + what + "\": quy tắc chỉ dùng các kiểu của org.chuanmuc.model"
                + " (declarations are forbidden: \"" + what + "\")";
    }

    /** {@code unit}. */
    public static String ruleUnit(String name) {
        return "không được dùng rule unit \"" + name + "\" (rule units are not supported)";
    }

    /** {@code timer}, {@code calendars}, {@code duration}. */
    public static String attributeForbidden(String name, Hazard hazard) {
        return "không được dùng thuộc tính \"" + name + "\": " + hazard.vi() + " (attribute \"" + name
                + "\" is forbidden: " + hazard.en() + ")";
    }

    /** An attribute the guard does not know. */
    public static String attributeUnknown(String name) {
        return "thuộc tính \"" + name + "\" không được hỗ trợ (unsupported attribute \"" + name + "\")";
    }

    /** An attribute whose value is code where a literal is required. */
    public static String attributeValue(String name, String expectedVi, String expectedEn) {
        return "giá trị của thuộc tính \"" + name + "\" phải là " + expectedVi + " (value of \"" + name
                + "\" must be " + expectedEn + ")";
    }

    /** {@code then[name]} and {@code if (...) do[name]}. */
    public static String namedConsequence() {
        return "không được dùng hệ quả có tên hay nhánh điều kiện do[...]/break[...] (named consequences and"
                + " conditional branches are not supported)";
    }

    /** {@code accumulate(..., init(...), action(...), reverse(...), result(...))}. */
    public static String inlineAccumulate() {
        return "không được viết mã init/action/reverse/result trong accumulate: hãy dùng count, sum, min, max, average,"
                + " collectList, collectSet (inline accumulate code is forbidden: use the built-in functions)";
    }

    /** An accumulate function outside the allow-list. */
    public static String accumulateFunction(String name) {
        return "không được dùng hàm tích luỹ \"" + name + "\" (accumulate function not allowed: \"" + name + "\")";
    }

    /** {@code from entry-point "x"}. */
    public static String entryPoint(String name) {
        return "không được dùng entry-point \"" + name + "\": thư viện chỉ chèn sự kiện vào luồng mặc định (entry"
                + " points are not supported: \"" + name + "\")";
    }

    /** {@code over window:...} and {@code from window}. */
    public static String window() {
        return "không được dùng cửa sổ trượt (over window) trong quy tắc (sliding windows are not supported)";
    }

    /** A pattern on a type outside the model. */
    public static String patternType(String type) {
        return "không được khớp mẫu kiểu \"" + type + "\": chỉ khớp được các kiểu của org.chuanmuc.model (pattern"
                + " type not allowed: \"" + type + "\")";
    }

    /** A binding without the {@code $} that tells variables from names the guard must check. */
    public static String bindingName(String name) {
        return "tên biến \"" + name + "\" phải bắt đầu bằng \"$\" (binding \"" + name + "\" must start with \"$\")";
    }

    /** A DRL construct the guard does not know how to check. */
    public static String unsupported(String construct) {
        return "cấu trúc \"" + construct + "\" không được hỗ trợ trong quy tắc (unsupported construct \"" + construct
                + "\")";
    }

    /** A regular expression that may backtrack for a very long time. */
    public static String riskyRegex(String regex, int maxUnbounded) {
        return "biểu thức chính quy \"" + regex + "\" có thể chạy rất lâu: không lồng lượng từ, không tham chiếu ngược,"
                + " tối đa " + maxUnbounded + " lượng từ không giới hạn (regular expression \"" + regex
                + "\" may backtrack for a very long time)";
    }

    /** {@code matches} against something other than a string literal. */
    public static String regexNotLiteral() {
        return "vế phải của \"matches\" phải là một chuỗi cố định (the right side of \"matches\" must be a string"
                + " literal)";
    }

    /** {@code String.format} with a computed format or a huge width. */
    public static String formatNotSafe(int maxWidth) {
        return "String.format cần chuỗi định dạng cố định với độ rộng không quá " + maxWidth + " (String.format needs a"
                + " literal format with widths up to " + maxWidth + ")";
    }

    // --- runtime bounds --------------------------------------------------------------------------------

    /** A rule inserted a fact whose text grew past the bound: the sign of a doubling loop. */
    public static String factTextTooLong(int length, int max) {
        return "quy tắc tạo sự kiện có văn bản quá dài: " + length + " ký tự, tối đa " + max
                + " (a rule produced a fact with text too long: " + length + " characters, at most " + max + ")";
    }
}
