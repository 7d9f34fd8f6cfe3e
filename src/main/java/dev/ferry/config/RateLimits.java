package dev.ferry.config;

/** How hard Ferry may talk to one environment's API. */
public record RateLimits(double maxRequestsPerSecond, int maxConcurrentRequests) {
    public static final RateLimits DEFAULT = new RateLimits(5, 4);

    public RateLimits {
        if (maxRequestsPerSecond <= 0 || maxConcurrentRequests <= 0) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }
}
