package dev.ferry;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts another JVM on the test classpath, for tests that need a second process. */
public final class ChildJvm {
    private ChildJvm() {}

    /** A process builder for {@code java -cp <test classpath> mainClass args...}; the caller starts it. */
    public static ProcessBuilder of(Class<?> mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                // Surefire runs tests from a manifest-only jar; this property holds the real classpath.
                System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
                mainClass.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
