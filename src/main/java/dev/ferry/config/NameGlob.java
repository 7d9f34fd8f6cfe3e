package dev.ferry.config;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Matches live names against the globs of ignore rules: {@code *} is any run of characters and
 * {@code ?} one character; everything else is literal, slashes included.
 */
public final class NameGlob {
    private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

    private NameGlob() {}

    public static boolean matches(String glob, String name) {
        return COMPILED.computeIfAbsent(glob, NameGlob::compile).matcher(name).matches();
    }

    private static Pattern compile(String glob) {
        StringBuilder regex = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : glob.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    regex.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                regex.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            regex.append(Pattern.quote(literal.toString()));
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
