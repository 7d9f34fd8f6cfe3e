package dev.ferry.vapi;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The production {@link ExchangeLog}: debug lines of the {@code dev.ferry.vapi} logger. */
final class Slf4jExchangeLog implements ExchangeLog {
    static final Slf4jExchangeLog INSTANCE = new Slf4jExchangeLog();
    private static final Logger LOG = LoggerFactory.getLogger("dev.ferry.vapi");

    private Slf4jExchangeLog() {}

    @Override
    public boolean isEnabled() {
        return LOG.isDebugEnabled();
    }

    @Override
    public void write(String line) {
        LOG.debug("{}", line);
    }
}
