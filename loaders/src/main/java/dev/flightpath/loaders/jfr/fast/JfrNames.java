package dev.flightpath.loaders.jfr.fast;

import dev.flightpath.model.FrameType;

/**
 * How the class and method symbols of a JFR file become flightpath's frame names, following the
 * rules of async-profiler's converter ({@code jfr-converter --dot --norm}):
 *
 * <ul>
 *   <li>class names are dotted: {@code java/lang/String} → {@code java.lang.String};
 *   <li>array classes are Java names, never descriptors: {@code [B} → {@code byte[]},
 *       {@code [Ljava/lang/Object;} → {@code java.lang.Object[]}, {@code [[I} → {@code int[][]} (a
 *       descriptor's {@code ;} would split a folded stack);
 *   <li>hidden and lambda classes lose their per-run suffix, as {@code --norm} does:
 *       {@code Foo$$Lambda$87+0x00007fb710008a08/494317290} and {@code Foo$$Lambda/0x0000000801234}
 *       → {@code Foo$$Lambda$87} and {@code Foo$$Lambda}: a last name segment that starts with a
 *       digit is dropped, and with it a {@code +0x…} address of 16 hex digits just before it;
 *   <li>a native, C++ or kernel frame written by async-profiler is its symbol alone
 *       ({@code Thread::call_run}, {@code _start}), never {@code library.symbol}: async-profiler
 *       files the library as the frame's class and marks such methods with the descriptor
 *       {@code ()L;}.
 * </ul>
 */
public final class JfrNames {
    /** The descriptor async-profiler gives every frame that is not a Java method. */
    static final String NATIVE_SYMBOL_DESCRIPTOR = "()L;";
    /**
     * The longest name kept, in chars: a symbol of tens of MB (a damaged or hostile file) is cut to
     * this with {@link #CUT_MARK} at its end, so memory follows the names kept, not the longest string.
     */
    public static final int MAX_NAME_CHARS = 16_384;
    /** Ends a name that was cut to {@link #MAX_NAME_CHARS}. */
    public static final String CUT_MARK = "\u2026[cut]";
    /** The length of {@code +0x} and 16 hex digits. */
    private static final int ADDRESS_SUFFIX_CHARS = 19;

    private JfrNames() {
    }

    /** The name, or its first {@link #MAX_NAME_CHARS} chars ending in {@link #CUT_MARK} when longer. */
    public static String bounded(String name) {
        if (name == null || name.length() <= MAX_NAME_CHARS) {
            return name;
        }
        return name.substring(0, MAX_NAME_CHARS - CUT_MARK.length()) + CUT_MARK;
    }

    /** Whether a name was cut by {@link #bounded}. */
    public static boolean wasCut(String name) {
        return name.length() == MAX_NAME_CHARS && name.endsWith(CUT_MARK);
    }

    /** A class symbol ({@code java/lang/String}, {@code [I}, a hidden class) as a Java class name. */
    public static String className(String symbol) {
        return bounded(javaClassName(symbol));
    }

    private static String javaClassName(String symbol) {
        if (symbol == null || symbol.isEmpty()) {
            return "";
        }
        int dimensions = 0;
        while (dimensions < symbol.length() && symbol.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = dimensions == 0 ? normalised(symbol) : elementName(symbol, dimensions);
        if (dimensions == 0) {
            return element;
        }
        StringBuilder name = new StringBuilder(element.length() + 2 * dimensions).append(element);
        for (int i = 0; i < dimensions; i++) {
            name.append("[]");
        }
        return name.toString();
    }

    /**
     * The frame's name: {@code class.method}, or the symbol alone for a native frame that
     * async-profiler wrote (see the class comment).
     */
    public static String frameName(String classSymbol, String methodName, String descriptor, FrameType type) {
        return bounded(unboundedFrameName(classSymbol, methodName, descriptor, type));
    }

    private static String unboundedFrameName(String classSymbol, String methodName, String descriptor,
            FrameType type) {
        String method = methodName == null ? "" : methodName;
        if (isNativeSymbol(type, descriptor)) {
            return method;
        }
        String className = javaClassName(classSymbol);
        if (className.isEmpty()) {
            return method;
        }
        return method.isEmpty() ? className : className + "." + method;
    }

    /**
     * Whether a frame is a C/C++/kernel symbol rather than a Java method: the converter names C++ and
     * kernel frames by symbol alone, and native ones when the file is async-profiler's (the JDK's
     * recorder calls a Java {@code native} method "Native" too, and those keep their class).
     */
    public static boolean isNativeSymbol(FrameType type, String descriptor) {
        if (type == FrameType.CPP || type == FrameType.KERNEL) {
            return true;
        }
        return type == FrameType.NATIVE && NATIVE_SYMBOL_DESCRIPTOR.equals(descriptor);
    }

    private static String elementName(String symbol, int dimensions) {
        if (dimensions >= symbol.length()) {
            return symbol;
        }
        char code = symbol.charAt(dimensions);
        switch (code) {
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'Z': return "boolean";
            case 'F': return "float";
            case 'D': return "double";
            case 'L': {
                int end = symbol.endsWith(";") ? symbol.length() - 1 : symbol.length();
                return normalised(symbol.substring(dimensions + 1, end));
            }
            default: return normalised(symbol.substring(dimensions));
        }
    }

    /** Dotted, with a hidden or lambda class's generated suffix dropped. */
    private static String normalised(String name) {
        int end = name.length();
        for (int i = end - 2; i > 0; i--) {
            char c = name.charAt(i);
            if (c == '/' || c == '.') {
                char next = name.charAt(i + 1);
                if (next >= '0' && next <= '9') {
                    end = i;
                    if (i > ADDRESS_SUFFIX_CHARS && name.charAt(i - ADDRESS_SUFFIX_CHARS) == '+'
                            && name.charAt(i - ADDRESS_SUFFIX_CHARS + 1) == '0') {
                        end = i - ADDRESS_SUFFIX_CHARS;
                    }
                }
                break;
            }
        }
        return name.substring(0, end).replace('/', '.');
    }
}
