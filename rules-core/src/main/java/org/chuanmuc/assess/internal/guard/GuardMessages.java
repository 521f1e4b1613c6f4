package org.chuanmuc.assess.internal.guard;

import java.util.List;

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

    /** Longest piece of a rule file a message repeats: a message names the offending token, never more. */
    public static final int MAX_ECHO = 80;

    private GuardMessages() {
    }

    /**
     * @param message a message of the compiler, which may quote code of the rule file
     * @return the message, cut to a few lines' worth
     */
    public static String echoMessage(String message) {
        String s = String.valueOf(message);
        return visible(s.length() <= 4 * MAX_ECHO ? s : s.substring(0, 4 * MAX_ECHO) + "…", true);
    }

    /**
     * @param text a piece of a rule file, or a message that may quote one
     * @return the text, cut to {@link #MAX_ECHO} characters, its control and format characters shown as escapes
     */
    public static String echo(String text) {
        return echo(text, MAX_ECHO);
    }

    private static String echo(String text, int max) {
        String s = String.valueOf(text);
        return visible(s.length() <= max ? s : s.substring(0, max) + "…", false);
    }

    /**
     * Shows control characters (NUL, backspace, escape sequences) and format characters (right-to-left overrides,
     * zero-width spaces) as a backslash, {@code u} and four hex digits: quoted from a rule file, they could otherwise
     * hide or reorder what a terminal or a report shows of the message.
     */
    private static String visible(String s, boolean keepLineBreaks) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean hidden = (Character.isISOControl(c) && !(keepLineBreaks && c == '\n'))
                    || Character.getType(c) == Character.FORMAT;
            if (hidden && b == null) {
                b = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (hidden) {
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    // --- names and calls -------------------------------------------------------------------------------

    /** A name known to be dangerous: {@code System}, {@code getClass}, {@code drools}... */
    public static String forbiddenName(String name, Hazard hazard) {
        name = echo(name);
        return "không được dùng \"" + name + "\" trong quy tắc: " + hazard.vi()
                + " (forbidden \"" + name + "\": " + hazard.en() + ")";
    }

    /** A name that is simply not on the allow-list. */
    public static String notAllowed(String name) {
        name = echo(name);
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

    /** The str[startsWith] operator, which Drools' constraint compiler gets wrong. */
    public static String strOperator() {
        return "không dùng toán tử str[…] trong điều kiện: Drools dịch sai toán tử này và quy tắc sẽ lỗi khi chạy; viết"
                + " ma.startsWith(\"NQ4\"), ma.endsWith(\"-tam\") hoặc ma.length() (the str[…] operator may not be used:"
                + " Drools compiles it wrongly and the rule fails at run time; call startsWith, endsWith or length)";
    }

    /** A static method of an interface (List.of) in a condition, which Drools' constraint compiler gets wrong. */
    public static String interfaceStaticInCondition(String type, String method) {
        String call = echo(type) + "." + echo(method);
        return "không được gọi " + call + "(…) trong điều kiện: bộ dịch điều kiện của Drools dịch sai lời gọi này và"
                + " quy tắc sẽ lỗi khi chạy; viết các giá trị bằng in (\"a\", \"b\") hoặc gọi ở phần then ("
                + call + " may not be called in a condition: Drools compiles the call wrongly and the rule fails at run"
                + " time; list the values with in (\"a\", \"b\"), or call it in the consequence)";
    }

    /** An instance method outside the allow-list. */
    public static String methodNotAllowed(String method) {
        method = echo(method);
        return "không được gọi phương thức \"" + method + "\" trong quy tắc (method not allowed: \"" + method + "\")";
    }

    /** A call without a receiver that is not one of the rule actions. */
    public static String callNotAllowed(String name) {
        name = echo(name);
        return "không được gọi \"" + name + "(...)\" ở đây: hệ quả chỉ gọi insert, modify, update,"
                + " retract, delete (call not allowed here: \"" + name + "\")";
    }

    /** {@code insertLogical}: truth maintenance is not part of the library. */
    public static String logicalInsertNotSupported() {
        return "không dùng được \"insertLogical(...)\" (chèn logic, tự rút khi điều kiện không còn đúng): thư viện"
                + " không kèm mô-đun duy trì chân lý của Drools (drools-tms); dùng insert (insertLogical is not"
                + " supported: truth maintenance is not part of the library)";
    }

    /** {@code new} of a type that is not a model record. */
    public static String newNotAllowed(String type) {
        type = echo(type);
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

    /**
     * An escape in a string that the rule compilers do not read as the author meant.
     *
     * @param escape the backslash and the character after it, e.g. {@code \d}
     */
    public static String unreadableEscape(String escape) {
        escape = echo(escape);
        String doubled = "\\" + escape;
        return "chuỗi có ký tự thoát \"" + escape + "\" mà bộ dịch quy tắc không đọc được như ý: muốn có dấu \\ trong chuỗi"
                + " (như " + escape + " của biểu thức chính quy) thì viết hai dấu, \"" + doubled + "\" (the string has the escape \""
                + escape + "\", which the rule compilers do not read as meant: write a backslash twice, \"" + doubled + "\")";
    }

    /** A character that has no place in a rule. */
    public static String illegalCharacter(String character) {
        character = echo(character);
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

    /** An expression nested too deeply for the parsers' stacks, counting casts, prefix operators and ?: chains. */
    public static String expressionTooDeep(int max) {
        return "biểu thức lồng nhau quá " + max + " tầng, tính cả ngoặc, ép kiểu, toán tử một ngôi và chuỗi ?: (expression"
                + " nested deeper than " + max + ", counting brackets, casts, prefix operators and ?: chains)";
    }

    /** A rule file too large to check. */
    public static String tooLarge(int size, int max) {
        return "tệp quy tắc quá lớn: " + size + " ký tự, tối đa " + max + " (rule file too large: " + size
                + " characters, at most " + max + ")";
    }

    // --- structure ------------------------------------------------------------------------------------

    /** The DRL parser rejected the text; {@code detail} is Drools' own message. */
    public static String syntaxError(String detail) {
        return "lỗi cú pháp (syntax error): " + echo(detail);
    }

    /** The parser failed without a message of its own. */
    public static String unreadable(String detail) {
        return "không đọc được tệp quy tắc (cannot parse the rule file): " + echo(detail);
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
        name = echo(name);
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
        name = echo(name);
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
        type = echo(type);
        return "không được khớp mẫu kiểu \"" + type + "\": chỉ khớp được các kiểu của org.chuanmuc.model (pattern"
                + " type not allowed: \"" + type + "\")";
    }

    /** A binding without the {@code $} that tells variables from names the guard must check. */
    public static String bindingName(String name) {
        name = echo(name);
        return "tên biến \"" + name + "\" phải bắt đầu bằng \"$\" (binding \"" + name + "\" must start with \"$\")";
    }

    /** A DRL construct the guard does not know how to check. */
    public static String unsupported(String construct) {
        return "cấu trúc \"" + construct + "\" không được hỗ trợ trong quy tắc (unsupported construct \"" + construct
                + "\")";
    }

    /** A regular expression outside the subset that Java's backtracking matcher runs in linear time. */
    public static String riskyRegex(String regex, int maxChars) {
        return "biểu thức chính quy \"" + echo(regex) + "\" có thể chạy rất lâu: chỉ dùng ký tự, lớp ký tự, nhóm các"
                + " chuỗi cố định, và lượng từ đặt trên một ký tự mà phần sau không thể khớp, tối đa " + maxChars
                + " ký tự (regular expression \"" + echo(regex) + "\" may backtrack for a very long time: use"
                + " characters, classes, groups of fixed alternatives, and quantifiers on one character that what"
                + " follows cannot match, at most " + maxChars + " characters)";
    }

    /** {@code matches} against something other than a string literal. */
    public static String regexNotLiteral() {
        return "vế phải của \"matches\" phải là một chuỗi cố định (the right side of \"matches\" must be a string"
                + " literal)";
    }

    /** {@code String.format} with a computed format, a huge width, or arguments used more than once. */
    public static String formatNotSafe(int maxWidth) {
        return "String.format cần chuỗi định dạng cố định, độ rộng không quá " + maxWidth + ", mỗi đối số dùng một lần"
                + " (không dùng %1$s hay %<s) (String.format needs a literal format with widths up to " + maxWidth
                + " and each argument used once: no %1$s or %<s)";
    }

    /** {@code x instanceof T name}: a local variable, which could hold text the bounds never see. */
    public static String instanceofBinding() {
        return "không được khai báo biến bằng instanceof (pattern variables are forbidden)";
    }

    /** A code stretch too long for the parsers and compilers that recurse on it. */
    public static String segmentTooLong(int max) {
        return "đoạn mã quá dài: quá " + max + " từ tố liền nhau giữa hai dấu ; (code too long: more than " + max
                + " tokens in one stretch)";
    }

    /** Too many rules in one source, one folder or one rule set. */
    public static String tooManyRules(int count, int max) {
        return "quá nhiều quy tắc: " + count + ", tối đa " + max + " (too many rules: " + count + ", at most " + max
                + ")";
    }

    /** All rule texts together are too large. */
    public static String totalTooLarge(long size, long max) {
        return "các tệp quy tắc cộng lại quá lớn: " + size + " ký tự, tối đa " + max + " (rule files too large"
                + " together: " + size + " characters, at most " + max + ")";
    }

    /** Diagnostics beyond {@link GuardLimits#MAX_DIAGNOSTICS_PER_SOURCE}. */
    public static String moreProblems(int more) {
        return "và " + more + " lỗi khác trong tệp này (and " + more + " more problems in this file)";
    }

    /** A pattern over a Java value type without {@code from}, {@code collect} or {@code accumulate}. */
    public static String valuePatternWithoutSource(String type) {
        type = echo(type);
        return "mẫu kiểu \"" + type + "\" chỉ dùng với from, collect hoặc accumulate: bộ máy chỉ chứa sự kiện của"
                + " org.chuanmuc.model (a \"" + type + "\" pattern needs from, collect or accumulate)";
    }

    /** {@code insert(x)} where x is not a new model fact of an insertable type. */
    public static String insertNotAllowed(String what) {
        what = echo(what);
        return "chỉ được chèn sự kiện mới của org.chuanmuc.model mà quy tắc được phép tạo, không chèn \"" + what
                + "\" (only new model facts a rule may create can be inserted, not \"" + what + "\")";
    }

    /** An action of a local rule that could remove or change what the standard criteria concluded. */
    public static String localAction(String action) {
        action = echo(action);
        return "quy tắc địa phương chỉ được thêm giới hạn, nhận xét, cờ xem xét và cảnh báo: không được dùng \""
                + action + "\" (local rules may only insert caps, findings, review flags and warnings: \"" + action
                + "\" is not allowed)";
    }

    /** A local rule inserting a fact the engine or the standard criteria use as input. */
    public static String localInsert(String type) {
        type = echo(type);
        return "quy tắc địa phương chỉ được chèn RatingCap, Finding, ReviewFlag hoặc Warning, không chèn \"" + type
                + "\" (local rules may only insert RatingCap, Finding, ReviewFlag or Warning, not \"" + type + "\")";
    }

    /** A local rule raising the flag that marks an officer not rated, which only goes with {@code NotRated}. */
    public static String localReservedFlag(String code) {
        return "quy tắc địa phương không được gắn cờ \"" + code + "\": cờ này đánh dấu cán bộ không xếp loại trong năm,"
                + " chỉ đi cùng kết luận NotRated của bộ tiêu chí gốc; hãy dùng mã cờ khác (local rules may not raise the"
                + " flag \"" + code + "\", which marks an officer not rated and goes only with the base criteria's NotRated;"
                + " use another code)";
    }

    /** A rule attribute that lets a local rule cancel or reorder other rules. */
    public static String localAttribute(String name) {
        return "quy tắc địa phương không được dùng thuộc tính \"" + name + "\": nó có thể huỷ hay đảo thứ tự các quy"
                + " tắc chuẩn (local rules may not use \"" + name + "\": it can cancel or reorder standard rules)";
    }

    /** A rule whose patterns combine too many facts with no key joining them. */
    public static String joinTooWide(int degree, int max) {
        return "quy tắc ghép " + degree + " mẫu không có khoá nối (như id == $x.officerId): số tổ hợp tăng theo luỹ"
                + " thừa " + degree + " của số sự kiện, tối đa " + max + " (the rule joins " + degree
                + " patterns without a key joining them, at most " + max + ")";
    }

    /** collect or accumulate over more than one pattern. */
    public static String accumulateOverJoin() {
        return "collect và accumulate chỉ được duyệt một mẫu, không duyệt phép ghép nhiều mẫu (collect and accumulate"
                + " may range over one pattern only, not a join)";
    }

    /** A rule calling a query: queries may call themselves. */
    public static String queryCall() {
        return "không được gọi truy vấn (query) trong điều kiện: truy vấn có thể gọi đệ quy (calling a query is not"
                + " allowed: queries can recurse)";
    }

    /** A query named like a model type, which a pattern could then call. */
    public static String queryName(String name) {
        name = echo(name);
        return "truy vấn không được đặt tên trùng kiểu \"" + name + "\" (a query must not be named like the type \""
                + name + "\")";
    }

    /** An {@code or} that expands into too many rules. */
    public static String tooManySubrules(long count, int max) {
        return "điều kiện \"or\" tách quy tắc thành " + count + " quy tắc con, tối đa " + max + " (\"or\" expands the"
                + " rule into " + count + " rules, at most " + max + ")";
    }

    /** {@code rule "b" extends "a"}: conditions added across files, past the per-rule bounds. */
    public static String ruleExtends() {
        return "không được dùng \"extends\" giữa các quy tắc: hãy viết đủ điều kiện trong từng quy tắc (rule"
                + " inheritance is not supported: write each rule's conditions in full)";
    }

    /** Two rule sources with one name: the compiler would keep only the last. */
    public static String duplicateSource() {
        return "hai tệp quy tắc trùng tên: trình biên dịch chỉ giữ tệp sau, bỏ các quy tắc của tệp trước (two rule files"
                + " with the same name: the compiler would keep only the later one and drop the earlier one's rules)";
    }

    /** The compiler ran out of stack or memory on this source. */
    public static String tooComplexToCompile(String error) {
        return "tệp quy tắc quá phức tạp để biên dịch (" + error + "): hãy chia nhỏ quy tắc (the rule file is too"
                + " complex to compile: " + error + ")";
    }

    // --- parameters ------------------------------------------------------------------------------------

    /**
     * Rules read a parameter that no table row and no rule gives a value.
     *
     * @param name         the parameter
     * @param unread       parameters given a value that no rule reads, each with its place, or "" when there is none
     * @param firesWithout whether the rule may fire without the parameter (it is read under {@code not},
     *                     {@code forall}, {@code accumulate} or {@code collect}): then it is taken as absent, and
     *                     the rule does not stop firing
     */
    public static String parameterMissing(String name, String unread, boolean firesWithout) {
        name = echo(name);
        return "không có tham số \"" + name + "\": không dòng nào của bảng tham số, không quy tắc nào cho nó giá trị, nên"
                + (firesWithout ? " điều kiện đọc nó ở đây (trong not, forall, accumulate, collect hay một nhánh or)"
                        + " luôn coi như không có tham số này" : " quy tắc này sẽ không bao giờ chạy")
                + " (no parameter \"" + name + "\": no table row or rule gives it a value, so "
                + (firesWithout ? "the condition reading it here (under not, forall, accumulate, collect or a branch of"
                        + " an or) always finds it absent" : "this rule would never fire") + ")"
                + (unread.isEmpty() ? "" : "; tham số có giá trị mà không quy tắc nào đọc, có thể là tên viết sai (given a"
                + " value but read by no rule, perhaps a misspelt name): " + unread);
    }

    /**
     * Rules read a parameter that only rules that may not fire give a value: disabled, dated, or in an agenda or
     * ruleflow group.
     *
     * @param name         the parameter
     * @param givers       the rules giving it, each with its place and the attribute, e.g.
     *                     {@code bang.drl:6 (enabled false)}
     * @param firesWithout whether the rule may fire without the parameter, which it then takes as absent
     */
    public static String parameterNotSurelyGiven(String name, String givers, boolean firesWithout) {
        name = echo(name);
        return "không có tham số \"" + name + "\" luôn có giá trị: chỉ quy tắc có thể không chạy cho nó giá trị ("
                + givers + "), nên " + (firesWithout ? "điều kiện đọc nó ở đây có thể coi như không có tham số này"
                : "quy tắc này có thể không bao giờ chạy") + "; hãy cho nó giá trị ở một quy tắc không có"
                + " enabled false, date-effective, date-expires, agenda-group hay ruleflow-group (no parameter \""
                + name + "\" always has a value: only rules that may not fire give it one (" + givers.replace(" ô ",
                " cell ") + "), so " + (firesWithout ? "the condition reading it here may find it absent"
                : "this rule may never fire") + "; give it a value in a rule without enabled false, date-effective,"
                + " date-expires, agenda-group or ruleflow-group)";
    }

    /**
     * Rules read a parameter whose name looks the same as one given a value, but whose letters are other Unicode
     * characters: a letter with its accent composed in one character (NFC) or as a letter and a combining accent
     * (NFD). The engine compares names character by character: they are two parameters.
     *
     * @param name  the parameter read
     * @param there where the look-alike is given, e.g. {@code bang.drl:6}
     * @param here  the code points where the name read differs, e.g. {@code U+0061 U+0323}
     * @param other the code points where the name given differs, e.g. {@code U+1EA1}
     */
    public static String parameterComposition(String name, String there, String here, String other) {
        name = echo(name);
        return "không có tham số \"" + name + "\": tham số có giá trị ở " + there + " trông giống hệt nhưng được mã hoá"
                + " Unicode khác (ở đây " + here + ", ở đó " + other + ": chữ có dấu dựng sẵn (NFC) hay chữ và dấu"
                + " rời (NFD)), nên quy tắc coi là hai tham số; hãy gõ lại tên ở một trong hai nơi bằng cùng một bộ gõ"
                + " (no parameter \"" + name + "\": the parameter given a value at " + there.replace(" ô ", " cell ")
                + " looks the same but is encoded differently in Unicode (here " + here + ", there " + other + ":"
                + " accented letters composed (NFC) or as a letter and a combining accent (NFD)), so the rules take"
                + " them for two parameters; retype the name in one of the two places with the same keyboard)";
    }

    /**
     * The value cell of a parameter left blank.
     *
     * @param cell    the cell, e.g. {@code B10}
     * @param name    the parameter
     * @param readers the rules that read it, e.g. {@code han-muc.drl:21, han-muc.drl:36}
     */
    public static String parameterBlank(String cell, String name, String readers) {
        name = echo(name);
        return "ô " + cell + " trống nên tham số \"" + name + "\" không có giá trị, và quy tắc đọc nó (" + readers
                + ") sẽ không bao giờ chạy: hãy ghi một số vào ô (cell " + cell + " is blank, so parameter \"" + name
                + "\" has no value and the rules that read it would never fire: write a number in the cell)";
    }

    /**
     * A parameter given a value in two places: both facts are there, and the rules that read it run with each.
     *
     * @param cell  the value cell of this place, e.g. {@code B11}, or "" outside a table
     * @param name  the parameter
     * @param first where it is given first, e.g. {@code bang-quyet-dinh.xlsx[Tham số] ô B10}
     */
    public static String parameterTwice(String cell, String name, String first) {
        name = echo(name);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "tham số \"" + name + "\" được cho giá trị hai lần, ở đây và"
                + " ở " + first + ": quy tắc đọc nó sẽ chạy với cả hai giá trị; hãy giữ một (parameter \"" + name
                + "\" is given a value twice, here and at " + first.replace(" ô ", " cell ") + ": the rules that read"
                + " it would run with both values; keep one)";
    }

    /**
     * A parameter of a table whose value is not a number.
     *
     * @param cell  the value cell, e.g. {@code B10}, or "" when it cannot be told
     * @param name  the parameter
     * @param value the value as typed
     */
    public static String parameterNotNumber(String cell, String name, String value) {
        name = echo(name);
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "giá trị \"" + value + "\" của tham số \"" + name
                + "\" không phải là một số: hãy ghi một số như 20 hoặc 0.5, phần thập phân sau dấu chấm (the value \""
                + value + "\" of parameter \"" + name + "\" is not a number: write a number such as 20 or 0.5, with a"
                + " decimal point)";
    }

    /**
     * A parameter of a table written with a leading zero: Java reads a whole number such as {@code 020} as octal.
     *
     * @param cell  the value cell, e.g. {@code B10}, or "" when it cannot be told
     * @param name  the parameter
     * @param value the value as typed
     * @param plain the same number without the zero, e.g. {@code 20}
     */
    public static String parameterLeadingZero(String cell, String name, String value, String plain) {
        name = echo(name);
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "giá trị \"" + value + "\" của tham số \"" + name
                + "\" không phải là một số thập phân thông thường: có chữ số 0 thừa ở đầu, mà Java đọc số nguyên như 020 theo hệ"
                + " bát phân (020 là 16); hãy ghi " + plain + " (the value \"" + value + "\" of parameter \"" + name
                + "\" is not a plain number: it has a leading zero, and Java reads a whole number such as 020 as octal"
                + " (020 is 16); write " + plain + ")";
    }

    /**
     * A parameter of a table typed as text with points between groups of three digits: {@code 1.000} is one
     * thousand to a Vietnamese reader and 1 to Java.
     *
     * @param cell      the value cell, e.g. {@code B10}, or "" when it cannot be told
     * @param name      the parameter
     * @param value     the value as typed
     * @param thousands the value read as thousands, e.g. {@code 1000}
     * @param decimal   the value read as a decimal, e.g. {@code 1.0}
     */
    public static String parameterGrouped(String cell, String name, String value, String thousands, String decimal) {
        name = echo(name);
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "giá trị \"" + value + "\" của tham số \"" + name
                + "\" không rõ nghĩa: dấu chấm có thể ngăn cách hàng nghìn (" + thousands + ") hoặc là dấu thập phân ("
                + decimal + "); hãy ghi " + thousands + " hoặc " + decimal + ", không dùng dấu ngăn cách hàng nghìn"
                + " (the value \"" + value + "\" of parameter \"" + name + "\" is ambiguous: the point may separate"
                + " thousands (" + thousands + ") or decimals (" + decimal + "); write " + thousands + " or " + decimal
                + ", without a thousands separator)";
    }

    /**
     * A parameter of a table too large for the rules, or with more digits after the point than they keep.
     *
     * @param cell      the value cell, e.g. {@code B10}, or "" when it cannot be told
     * @param name      the parameter
     * @param value     the value as typed
     * @param max       the largest magnitude, e.g. {@code 2147483647}
     * @param decimals  the most digits after the point
     */
    public static String parameterOutOfRange(String cell, String name, String value, String max, int decimals) {
        name = echo(name);
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "giá trị \"" + value + "\" của tham số \"" + name
                + "\" nằm ngoài khoảng dùng được: hãy ghi một số từ -" + max + " đến " + max + ", không quá " + decimals
                + " chữ số sau dấu chấm (the value \"" + value + "\" of parameter \"" + name + "\" is out of range:"
                + " write a number from -" + max + " to " + max + ", with at most " + decimals + " digits after the"
                + " point)";
    }

    /**
     * A value cell formatted as a percentage for a parameter counted in percent: it shows {@code 20%} and holds
     * 0.2, while the rules read 20 for 20%.
     *
     * @param cell      the value cell, e.g. {@code B10}
     * @param name      the parameter
     * @param shown     what the cell shows, e.g. {@code 20%}
     * @param held      the number it holds, which the rules would read, e.g. {@code 0.2}
     * @param inPercent the number to write instead, e.g. {@code 20}
     */
    public static String parameterPercent(String cell, String name, String shown, String held, String inPercent) {
        name = echo(name);
        shown = echo(shown);
        return "ô " + cell + ": giá trị " + shown + " của tham số \"" + name + "\" là một phần trăm: ô định dạng phần"
                + " trăm nên giữ " + held + ", trong khi tham số này tính bằng phần trăm; hãy bỏ định dạng phần trăm"
                + " của ô và ghi " + inPercent + " (cell " + cell + ": the value " + shown + " of parameter \"" + name
                + "\" is a percentage: the cell is formatted as percent, so it holds " + held + ", while this"
                + " parameter is counted in percent; remove the percent format and write " + inPercent + ")";
    }

    /**
     * A parameter that is a share (its name holds {@code ty-le}) written above 1, i.e. above 100%: a percentage typed
     * where a fraction belongs (55 for 55%), which no count can reach.
     *
     * @param cell     the value cell, e.g. {@code H10}, or "" when it cannot be told
     * @param name     the parameter
     * @param value    the value as written, e.g. {@code 55}
     * @param fraction the value read as a percentage, e.g. {@code 0.55}
     */
    public static String parameterShareAboveOne(String cell, String name, String value, String fraction) {
        name = echo(name);
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "giá trị " + value + " của tham số \"" + name + "\" là một"
                + " tỷ lệ lớn hơn 1 (hơn 100%), không số nhiệm vụ nào đạt được: tỷ lệ viết dạng số thập phân, hãy ghi "
                + fraction + " cho " + value + "% (" + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "the value "
                + value + " of parameter \"" + name + "\" is a share above 1 (above 100%), which no count can reach: a"
                + " share is written as a fraction, write " + fraction + " for " + value + "%)";
    }

    /**
     * A share of the tasks given to a rule above 1, i.e. above 100% (a ratio column of a table, or a literal): a
     * percentage typed where a fraction belongs (95 for 95%), which no count can reach.
     *
     * @param cell     the cell, e.g. {@code D10}, or "" outside a table
     * @param value    the share as written, e.g. {@code 95} or {@code 95.0d}
     * @param percent  the share read as a percentage, as a person writes it, e.g. {@code 95}
     * @param fraction the share read as a percentage, written as a fraction, e.g. {@code 0.95}
     */
    public static String shareAboveOne(String cell, String value, String percent, String fraction) {
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "tỷ lệ " + value + " lớn hơn 1 (hơn 100%), không số nhiệm"
                + " vụ nào đạt được: tỷ lệ viết dạng số thập phân, hãy ghi " + fraction + " cho " + percent + "% ("
                + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "the share " + value + " is above 1 (above 100%),"
                + " which no count can reach: a share is written as a fraction, write " + fraction + " for " + percent
                + "%)";
    }

    /**
     * A rating level written as text that is no level: {@code RatingLevel.of} would throw whenever its rule fires,
     * and every unit it fires on would be rejected.
     *
     * @param cell   the cell that holds it, e.g. {@code F11}, or "" outside a table
     * @param value  the text
     * @param labels the levels' labels, best first
     */
    public static String levelUnknown(String cell, String value, List<String> labels) {
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "\"" + value + "\" không phải mức xếp loại, quy tắc sẽ lỗi"
                + " khi chạy ở mọi đơn vị; dùng một trong: " + String.join(", ", labels) + " ("
                + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "not a rating level, the rule would fail at run time"
                + " on every unit; use one of these four labels, or a code such as HOAN_THANH)";
    }

    /**
     * A string compared with a property whose type is an enum: Drools compares the constant with the string, never
     * equal, so the rule silently never fires (or, with {@code !=}, always does).
     */
    public static String enumComparedWithText(String cell, String type, String value, List<String> constants) {
        String constant = constants.contains(value) ? type + "." + value : type + ".<tên hằng>";
        String constantEnglish = constants.contains(value) ? type + "." + value : type + ".<NAME>";
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "thuộc tính kiểu " + type + " được so với chuỗi \""
                + echo(value) + "\": hằng số không bao giờ bằng chuỗi, nên điều kiện này không bao giờ đúng (với !="
                + " thì luôn đúng); viết " + constant + " (tên hằng: " + String.join(", ", constants) + ") ("
                + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "a property of type " + type + " compared with the"
                + " string \"" + echo(value) + "\": a constant never equals a string, so this never holds (with != it"
                + " always does); write " + constantEnglish + ")";
    }

    /**
     * A string given to an enum's {@code valueOf} that is no constant's exact name: {@code valueOf} would throw
     * whenever its rule runs, and every unit it runs on would be rejected.
     *
     * @param cell      the cell that holds it, e.g. {@code F11}, or "" outside a table
     * @param type      the enum, e.g. {@code RatingLevel}
     * @param value     the text
     * @param constants the names of the enum's constants
     * @param level     for a level's label (or its code in another case) given to {@code RatingLevel.valueOf}, that
     *                  level's constant, e.g. {@code HOAN_THANH}: {@code RatingLevel.of} reads the label; else ""
     */
    public static String constantUnknown(String cell, String type, String value, List<String> constants,
                                         String level) {
        value = echo(value);
        String of = "RatingLevel.of(\"" + value + "\")";
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "\"" + value + "\" không phải tên hằng của " + type + ", "
                + type + ".valueOf sẽ lỗi khi chạy ở mọi đơn vị; dùng đúng một trong: " + String.join(", ", constants)
                + (level.isEmpty() ? "" : "; mức xếp loại viết bằng chữ thì dùng " + of + ", hoặc RatingLevel." + level)
                + " (" + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "not the name of a constant of " + type + ", "
                + type + ".valueOf would fail at run time on every unit; use exactly one of these names"
                + (level.isEmpty() ? "" : "; for a level written as text use " + of + ", or RatingLevel." + level)
                + ")";
    }

    /**
     * A severity compared with {@code severityName} that is no severity's code: no criterion has it, and the rule
     * silently never fires.
     *
     * @param cell  the cell that holds it, e.g. {@code B13}, or "" outside a table
     * @param value the text
     * @param codes the severities' codes
     */
    public static String severityUnknown(String cell, String value, List<String> codes) {
        value = echo(value);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "\"" + value + "\" không phải mức độ, quy tắc so sánh với"
                + " nó sẽ không bao giờ chạy (" + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "unknown severity,"
                + " the rule comparing with it would never fire; expected one of " + codes + ")";
    }

    /**
     * A criterion code of a cap or a finding that the catalogue does not hold: its reasons would go out without the
     * label and citation the catalogue gives.
     *
     * @param cell the cell that holds it, e.g. {@code A10}, or "" outside a table
     * @param code the code
     */
    public static String criterionNotInCatalogue(String cell, String code) {
        code = echo(code);
        return (cell.isEmpty() ? "" : "ô " + cell + ": ") + "tiêu chí \"" + code + "\" không có trong danh mục tiêu"
                + " chí (catalogue.json), nên lý do sẽ không có tên và căn cứ: hãy sửa mã hoặc thêm tiêu chí vào danh"
                + " mục (" + (cell.isEmpty() ? "" : "cell " + cell + ": ") + "criterion \"" + code + "\" is not in the"
                + " catalogue, so its reasons would have no label or citation: correct the code or add the criterion"
                + " to catalogue.json)";
    }

    // --- reading rule folders ------------------------------------------------------------------------

    /** A link in a rule folder that leads outside it. */
    public static String linkOutside() {
        return "liên kết trỏ ra ngoài thư mục quy tắc nên không được đọc (a link leading outside the rule folder is"
                + " not read)";
    }

    /** A linked folder in a rule folder. */
    public static String linkedFolder() {
        return "thư mục liên kết không được đọc: hãy chép các tệp vào thư mục quy tắc (a linked folder is not read:"
                + " copy the files into the rule folder)";
    }

    /** A device, FIFO or socket with a rule file's name. */
    public static String notRegularFile() {
        return "không phải tệp thường (thiết bị, FIFO hay socket) nên không được đọc (not a regular file: device,"
                + " FIFO or socket, not read)";
    }

    /** A rule file larger than a rule file can be. */
    public static String fileTooLarge(long max) {
        return "tệp quy tắc quá lớn, tối đa " + max + " byte (rule file too large, at most " + max + " bytes)";
    }

    /** A rule folder whose files together are too large. */
    public static String folderTooLarge(long max) {
        return "thư mục quy tắc quá lớn: các tệp cộng lại quá " + max + " byte (rule folder too large: more than "
                + max + " bytes of rule files)";
    }

    /** A rule folder with too many rule files or entries. */
    public static String folderTooManyFiles(int max) {
        return "thư mục quy tắc có quá " + max + " tệp (rule folder has more than " + max + " files)";
    }

    /** A rule file that could not be read. */
    public static String unreadableFile(String reason) {
        return "không đọc được tệp quy tắc (cannot read the rule file): " + echo(reason);
    }

    // --- DSL -------------------------------------------------------------------------------------------

    /** A {@code [keyword]} entry, which rewrites the whole file. */
    public static String dslKeywordSection() {
        return "không hỗ trợ mục [keyword] trong tệp DSL: chỉ dùng [when], [then] hoặc [*] ([keyword] entries are not"
                + " supported: use [when], [then] or [*])";
    }

    /** A line of a DSL file that is neither an entry nor a comment, which Drools' parser would drop or join. */
    public static String dslOutsideEntry() {
        return "dòng này không phải một câu DSL: tệp .dsl chỉ chứa các câu [when], [then], [*], mỗi câu trên một dòng,"
                + " và chú thích; nếu đây là quy tắc, hãy đặt nó trong tệp .drl hoặc .dslr (this line is not a DSL"
                + " entry: a .dsl file holds only [when], [then], [*] entries, one line each, and comments; rules"
                + " belong in a .drl or .dslr file)";
    }

    /** A DSL file that starts with a byte-order mark. */
    public static String dslByteOrderMark() {
        return "tệp DSL bắt đầu bằng dấu BOM vô hình (\\uFEFF): hãy lưu lại tệp dạng UTF-8 không có BOM (the DSL file"
                + " starts with an invisible byte-order mark, \\uFEFF: save it again as UTF-8 without BOM)";
    }

    /** A DSL file without a single entry. */
    public static String dslNoEntries() {
        return "tệp DSL không có câu nào ([when], [then] hoặc [*]), có thể đang được ghi dở (DSL file has no entries,"
                + " perhaps still being written)";
    }

    /** A DSL file with too many entries. */
    public static String dslTooManyEntries(int max) {
        return "tệp DSL có quá " + max + " câu (DSL file has more than " + max + " entries)";
    }

    /** A DSL key too long. */
    public static String dslKeyTooLong(int max) {
        return "câu DSL dài quá " + max + " ký tự (DSL sentence longer than " + max + " characters)";
    }

    /** A {@code {name!function}} other than uc, lc and ucfirst. */
    public static String dslFunction(String function) {
        function = echo(function);
        return "hàm DSL \"!" + function + "\" không được hỗ trợ: chỉ dùng !uc, !lc, !ucfirst (DSL function \"!"
                + function + "\" is not supported: use !uc, !lc, !ucfirst)";
    }

    /** A DSL key that re2j cannot compile (back-references, look-around, possessive quantifiers). */
    public static String dslPattern(String key) {
        key = echo(key);
        return "câu DSL \"" + key + "\" dùng cú pháp biểu thức chính quy không được hỗ trợ (tham chiếu ngược, nhìn"
                + " trước/sau) (DSL sentence \"" + key + "\" uses unsupported regular expression syntax)";
    }

    /** The DSL parser failed without a message of its own. */
    public static String dslUnreadable(String error) {
        return "không đọc được tệp DSL (cannot parse the DSL file): " + echo(error);
    }

    /** A character Drools' DSL lexer cannot read, often a special space. */
    public static String dslLexer() {
        return "dòng này có ký tự mà trình đọc DSL không đọc được, thường là một dấu cách đặc biệt (dấu cách toàn"
                + " khổ, dấu cách không ngắt): hãy xoá dòng hoặc gõ lại (a character the DSL reader cannot read, often"
                + " a special space: delete the line or type it again)";
    }

    /** The DSL parser's own message. */
    public static String dslSyntax(String detail) {
        return "DSL: " + echo(detail);
    }

    /** A DSLR line that no sentence matches. */
    public static String dslNoMatch(String line) {
        return "câu DSL không khớp mẫu nào (no DSL sentence matches): " + echo(line);
    }

    /**
     * A DSLR rule with no {@code end}: Drools' expander does not expand it.
     *
     * @param rule         the rule's name as written after {@code rule}
     * @param nextRuleLine the 1-based line of the next rule, which the rule runs on into; 0 when it runs to the end
     *                     of the file
     */
    public static String dslRuleWithoutEnd(String rule, int nextRuleLine) {
        String where = nextRuleLine > 0 ? " trước quy tắc ở dòng " + nextRuleLine : "";
        String whereEnglish = nextRuleLine > 0 ? " before the rule at line " + nextRuleLine : "";
        return "quy tắc " + echo(rule) + " thiếu dòng end" + where + ": các câu tiếng Việt của quy tắc không được dịch"
                + " cho đến khi có end; hãy thêm end ở dòng riêng sau phần then (rule " + echo(rule) + " has no end"
                + whereEnglish + ": its sentences are not expanded until it has one; add end on a line of its own"
                + " after its then part)";
    }

    /** A DSLR rule with its end but no when or then line before it. */
    public static String dslRuleWithout(String rule, String keyword) {
        return "quy tắc " + echo(rule) + " thiếu dòng " + keyword + " trước dòng end: các câu tiếng Việt của quy tắc không"
                + " được dịch; hãy viết " + ("when".equals(keyword) ? "when ở dòng riêng trước các điều kiện"
                : "then ở dòng riêng giữa các điều kiện và các việc làm") + " (rule " + echo(rule) + " has no "
                + keyword + " line before its end: its sentences are not expanded; add " + keyword
                + " on a line of its own " + ("when".equals(keyword) ? "before its conditions"
                : "between its conditions and its actions") + ")";
    }

    /** DSLR lines with no DSL at all. */
    public static String dslNoSentences() {
        return "không có tệp DSL nào cho câu này (no DSL sentences to expand this line)";
    }

    /** A {@code -} line with no pattern above it. */
    public static String dslNoPattern() {
        return "dòng \"-\" không có mẫu nào phía trên để thêm điều kiện (no pattern above to add this constraint to)";
    }

    /** A {@code -} line in a consequence with no {@code {...}} block above it. */
    public static String dslNoModify() {
        return "dòng \"-\" không có khối {...} nào phía trên để thêm vào (no modify block above to add this to)";
    }

    /** An expansion past its work budget. */
    public static String dslTooMuchWork() {
        return "mở rộng câu DSL tốn quá nhiều công: hãy rút gọn các câu và tệp DSLR (expanding the DSL sentences takes"
                + " too much work: simplify the sentences and the file)";
    }

    /** A line that grows past its bound while sentences expand. */
    public static String dslLineTooLong(int max) {
        return "dòng sau khi mở rộng câu DSL dài quá " + max + " ký tự (a line grew past " + max
                + " characters while expanding)";
    }

    /** An expanded file past the size of a rule file. */
    public static String dslTooLarge(int max) {
        return "tệp sau khi mở rộng câu DSL quá " + max + " ký tự (the expanded file is larger than " + max
                + " characters)";
    }

    /**
     * A decision table that an empty row cuts short: Drools ends a table at its first empty rule row, so the rules
     * of the rows below it would silently not be read.
     *
     * @param table    the table's keyword cell, e.g. {@code RuleTable Kỷ luật nhà nước đến 2025}
     * @param emptyRow the empty row's number, as the spreadsheet shows it
     * @param lost     how many rows below hold conditions or actions
     * @param lostRows those rows' numbers, as ranges, e.g. {@code 13–18}
     */
    public static String tableEndsAtEmptyRow(String table, int emptyRow, int lost, String lostRows) {
        table = echo(table);
        return "hàng " + emptyRow + " của bảng \"" + table + "\" trống, mà bảng quyết định kết thúc ở hàng trống đầu"
                + " tiên: hàng " + lostRows + " bên dưới sẽ không được đọc, các quy tắc ở đó sẽ mất; để bỏ một quy tắc,"
                + " hãy xoá cả hàng (bấm chuột phải vào số hàng, chọn Xoá) thay vì xoá nội dung các ô, hoặc chuyển các"
                + " hàng bên dưới lên (row " + emptyRow + " of table \"" + table + "\" is empty, and a decision table"
                + " ends at its first empty row: " + (lost == 1 ? "row " : "rows ") + lostRows + " below it would not"
                + " be read and " + (lost == 1 ? "its rule" : "their rules") + " would be lost; to remove a rule,"
                + " delete the whole row (right-click the row number, Delete) instead of clearing its cells, or move"
                + " the rows below up)";
    }

    /**
     * A text rule file (DRL, DSLR, DSL) that is not UTF-8, at its first byte that is not.
     *
     * @param value the byte, 0 to 255
     */
    public static String notUtf8(int value) {
        String hex = String.format("0x%02X", value);
        return "tệp không phải UTF-8: byte " + hex + " ở đây không thuộc ký tự UTF-8 nào (có thể tệp được lưu theo"
                + " bảng mã khác, như Windows-1258); hãy lưu lại tệp dạng UTF-8 (không có BOM) (the file is not UTF-8:"
                + " the byte " + hex + " here is not part of any UTF-8 character, perhaps the file was saved in"
                + " another encoding such as Windows-1258; save it again as UTF-8, without BOM)";
    }

    /** A workbook whose parts inflate past their bound. */
    public static String workbookTooLarge(long max) {
        return "tệp Excel giải nén ra quá " + max + " byte (the workbook inflates to more than " + max + " bytes)";
    }

    // --- runtime bounds --------------------------------------------------------------------------------

    /** A rule inserted a fact whose text grew past the bound: the sign of a doubling loop. */
    public static String factTextTooLong(int length, int max) {
        return "quy tắc tạo sự kiện có văn bản quá dài: " + length + " ký tự, tối đa " + max
                + " (a rule produced a fact with text too long: " + length + " characters, at most " + max + ")";
    }

    /** A run-time bound a rule broke, naming the rule: the message a rejected unit's officers carry. */
    public static String inRule(String rule, String message) {
        return "quy tắc \"" + echo(rule) + "\": " + message;
    }

    /**
     * A rule's consequence threw while the rules ran.
     *
     * @param rule   the rule's name
     * @param source the file the rule came from, or null when not known
     * @param cause  the exception's class and message
     */
    public static String ruleFailed(String rule, String source, String cause) {
        return "quy tắc \"" + echo(rule) + "\"" + inFile(source) + " gây lỗi khi chạy (this rule failed at run time): " + cause;
    }

    /** @return {@code " (tệp …)"} naming a rule's file, a long path cut to its end (the file's own name); "" for none */
    private static String inFile(String source) {
        if (source == null) {
            return "";
        }
        String file = source.length() <= MAX_ECHO ? source : "…" + source.substring(source.length() - MAX_ECHO + 1);
        return " (tệp " + visible(file, false) + ")";
    }

    /**
     * A rule's condition threw while facts were matched.
     *
     * @param rule       the first rule using the condition, or null when Drools' message does not say
     * @param source     its file, or null
     * @param constraint the condition as written, or Drools' whole message
     * @param cause      the exception's class and message
     * @return the message
     */
    public static String conditionFailed(String rule, String source, String constraint, String cause) {
        String named = rule == null ? "một quy tắc" : "quy tắc \"" + echo(rule) + "\"" + inFile(source);
        return named + " gây lỗi ở điều kiện khi chạy (this rule's condition failed at run time): " + cause
                + "; điều kiện (condition): " + echo(constraint);
    }

    /** A rule inserted something that is not a fact a rule may create. */
    public static String factNotAllowed(String type) {
        return "quy tắc chèn \"" + echo(type) + "\", không phải sự kiện mà quy tắc được phép tạo (a rule inserted \""
                + echo(type) + "\", not a fact rules may create)";
    }

    /** A session past its budget of inserted facts. */
    public static String tooManyFacts(long max) {
        return "các quy tắc chèn quá " + max + " sự kiện trong một lần đánh giá (rules inserted more than " + max
                + " facts in one session)";
    }

    /** A session past its budget of inserted text. */
    public static String tooMuchText(long max) {
        return "các quy tắc chèn quá " + max + " ký tự văn bản trong một lần đánh giá (rules inserted more than " + max
                + " characters of text in one session)";
    }

    /**
     * A rule inserted a second fact of a kind that exists once per key in a session, while the first one is still
     * there: a unit's task totals ({@code UnitTasks}), an officer's score ({@code TotalScore}) or the quota ranking
     * of one group of a unit ({@code QuotaRanking}). Every rule that reads it would conclude twice (a leader would
     * get the same cap twice), and of two scores the one kept would depend on the order the rules fire. Seen in an
     * edited copy of the rules that kept an old rule beside the new one computing the same total.
     *
     * @param rule      the rule that inserted the second one
     * @param firstRule the rule that inserted the first one; the same name when one rule fired twice for the key
     * @param type      the fact's type: {@code UnitTasks}, {@code TotalScore} or {@code QuotaRanking}
     * @param id        the unit ({@code UnitTasks}, {@code QuotaRanking}) or the officer ({@code TotalScore})
     * @param group     the group of a {@code QuotaRanking}, "" for the whole unit; not read for the other types
     * @return e.g. {@code quy tắc "ND90-DV …" chèn tổng nhiệm vụ (UnitTasks) thứ hai của đơn vị "PC08", đã có từ
     *         quy tắc "DV-NV …": …}
     */
    public static String derivedTwice(String rule, String firstRule, String type, String id, String group) {
        boolean sameRule = String.valueOf(rule).equals(firstRule);
        String shownRule = echo(rule);
        String shownFirst = echo(firstRule);
        if (!sameRule && shownRule.equals(shownFirst)) {
            // two rules whose names differ only past the echo's cut ("… (đến 2025)", "… (từ 2026)"): shown longer
            shownRule = echo(rule, 4 * MAX_ECHO);
            shownFirst = echo(firstRule, 4 * MAX_ECHO);
        }
        rule = shownRule;
        firstRule = shownFirst;
        type = echo(type);
        id = echo(id);
        group = echo(group);
        String whatVi;
        String ofVi;
        String oneVi;
        String whyVi = "các quy tắc đọc nó sẽ kết luận hai lần";
        String forEn;
        String oneEn;
        String whyEn = "the rules that read it would conclude twice";
        switch (type) {
            case "UnitTasks" -> {
                whatVi = "tổng nhiệm vụ (UnitTasks)";
                ofVi = "của đơn vị \"" + id + "\"";
                oneVi = "mỗi đơn vị chỉ có một";
                forEn = "for unit \"" + id + "\"";
                oneEn = "a unit has one";
            }
            case "TotalScore" -> {
                whatVi = "tổng điểm (TotalScore)";
                ofVi = "của cán bộ \"" + id + "\"";
                oneVi = "mỗi cán bộ chỉ có một";
                whyVi += ", và điểm được giữ sẽ phụ thuộc thứ tự chạy quy tắc";
                forEn = "for officer \"" + id + "\"";
                oneEn = "an officer has one";
                whyEn += ", and the score kept would depend on the order the rules fire";
            }
            case "QuotaRanking" -> {
                whatVi = "xếp hạng hạn mức (QuotaRanking)";
                ofVi = group.isEmpty() ? "của cả đơn vị \"" + id + "\""
                        : "của nhóm \"" + group + "\" thuộc đơn vị \"" + id + "\"";
                oneVi = "mỗi nhóm của đơn vị chỉ có một";
                forEn = group.isEmpty() ? "for the whole of unit \"" + id + "\""
                        : "for group \"" + group + "\" of unit \"" + id + "\"";
                oneEn = "each group of a unit has one";
            }
            default -> {
                whatVi = "sự kiện " + type;
                ofVi = "với khoá \"" + id + (group.isEmpty() ? "" : ", " + group) + "\"";
                oneVi = "mỗi khoá chỉ có một";
                forEn = "for key \"" + id + (group.isEmpty() ? "" : ", " + group) + "\"";
                oneEn = "a key has one";
            }
        }
        return "quy tắc \"" + rule + "\" chèn " + whatVi + " thứ hai " + ofVi + ", đã có từ "
                + (sameRule ? "một lần chạy trước của chính quy tắc này" : "quy tắc \"" + firstRule + "\"") + ": "
                + oneVi + ", " + whyVi + "; "
                + (sameRule ? "hãy sửa điều kiện để quy tắc chỉ chèn một" : "hãy chỉ giữ một trong hai quy tắc")
                + " (rule \"" + rule + "\" inserted a second " + type + " " + forEn + ", "
                + (sameRule ? "after an earlier firing of the same rule inserted one"
                        : "after rule \"" + firstRule + "\" inserted the first")
                + ": " + oneEn + ", " + whyEn + "; "
                + (sameRule ? "change its conditions so that it inserts one" : "keep only one of the two rules") + ")";
    }

    /** A session with too many activations waiting at once: a join that grows too fast. */
    public static String tooManyMatches(long max) {
        return "có quá " + max + " lượt khớp quy tắc chờ chạy cùng lúc: điều kiện ghép quá nhiều sự kiện (more than "
                + max + " rule matches waiting at once: a condition combines too many facts)";
    }

    /** A session that passed its deadline. */
    public static String timeLimit(long millis, String rule) {
        return "vượt quá thời gian cho phép " + millis + " ms (time limit exceeded); quy tắc chạy nhiều nhất: " + rule;
    }

    /** The JVM ran out of memory or stack while rules ran. */
    public static String runExhausted(String error) {
        return "hết " + ("StackOverflowError".equals(error) ? "ngăn xếp" : "bộ nhớ") + " khi chạy quy tắc (" + error
                + "): đơn vị này không được đánh giá (" + error + " while rules ran: this unit is not assessed)";
    }
}
