package dev.ferry.render;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Infers {@code model.provider} from a model name, for the {@code model: gpt-4.1} shorthand. */
final class ModelProviders {
    private record Rule(String prefix, String provider) {}

    private static final List<Rule> RULES = List.of(
            new Rule("gpt-", "openai"), new Rule("o1", "openai"), new Rule("o3", "openai"), new Rule("o4", "openai"),
            new Rule("chatgpt-", "openai"), new Rule("claude-", "anthropic"), new Rule("gemini-", "google"),
            new Rule("llama", "groq"), new Rule("mixtral", "groq"), new Rule("deepseek", "deep-seek"),
            new Rule("grok-", "xai"), new Rule("mistral", "mistral"));

    private ModelProviders() {}

    static Optional<String> providerOf(String model) {
        String lower = model.toLowerCase(Locale.ROOT);
        return RULES.stream().filter(rule -> lower.startsWith(rule.prefix())).map(Rule::provider).findFirst();
    }

    static String known() {
        return "gpt-*, o1/o3/o4*, claude-*, gemini-*, llama*, mixtral*, deepseek*, grok-*, mistral*";
    }
}
