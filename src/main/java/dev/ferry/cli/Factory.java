package dev.ferry.cli;

import java.util.Map;
import picocli.CommandLine;

/** Creates commands with the process environment and terminal injected, so that tests decide both. */
final class Factory implements CommandLine.IFactory {
    private final Map<String, String> env;
    private final Terminal terminal;

    Factory(Map<String, String> env, Terminal terminal) {
        this.env = Map.copyOf(env);
        this.terminal = terminal;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
        K instance = CommandLine.defaultFactory().create(type);
        if (instance instanceof NeedsContext command) {
            command.setContext(env, terminal);
        }
        return instance;
    }

    /** Commands that read the process environment or the terminal implement this. */
    interface NeedsContext {
        void setContext(Map<String, String> env, Terminal terminal);
    }
}
