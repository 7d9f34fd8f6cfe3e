package dev.ferry.cli;

import java.nio.file.Path;
import java.util.Map;

/** The folder of the user's Ferry files (keys.yaml, logs, the shell's history): FERRY_HOME, else ~/.ferry. */
final class FerryHome {
    private FerryHome() {}

    static Path of(Map<String, String> env) {
        return Path.of(env.getOrDefault("FERRY_HOME", System.getProperty("user.home") + "/.ferry"));
    }
}
