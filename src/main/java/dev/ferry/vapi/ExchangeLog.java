package dev.ferry.vapi;

/**
 * Where the client's debug lines go. Lines arrive already redacted; production writes them to SLF4J at
 * debug level, and tests capture them to prove no secret gets through.
 */
interface ExchangeLog {

    /** Whether lines are wanted at all, so bodies are not redacted and formatted for nothing. */
    boolean isEnabled();

    void write(String line);

    static ExchangeLog slf4j() {
        return Slf4jExchangeLog.INSTANCE;
    }
}
