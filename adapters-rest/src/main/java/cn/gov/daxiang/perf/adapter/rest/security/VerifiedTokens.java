package cn.gov.daxiang.perf.adapter.rest.security;

import io.smallrye.jwt.auth.principal.JWTCallerPrincipal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Tokens whose signature, issuer, audience and times the JWT layer has verified, by their exact text: a client sends
 * the same token with every request, and checking its RS256 signature again each time was a quarter of the CPU of a
 * read (BigInteger arithmetic, JIT C1). The text covers the signature, so the same text verifies the same way; only
 * time can change the answer, and only towards refusal, at {@code exp}. An entry therefore serves until the token's
 * {@code exp} (before the layer's own limit, {@code exp} plus the clock skew) and at most {@link #MAX_AGE_SECONDS}
 * after its verification, so that a changed verification key takes effect within that time. Only accepted tokens
 * are kept: a bad one is verified (and refused) every time. At most {@code capacity} entries: when full, the expired
 * ones are dropped, and if none were, the new token is simply not kept.
 */
final class VerifiedTokens {

    /** How long a verification is reused at most. */
    static final long MAX_AGE_SECONDS = 60;

    private record Entry(JWTCallerPrincipal principal, long usableUntil) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final int capacity;
    private final LongSupplier epochSeconds;

    VerifiedTokens(int capacity, LongSupplier epochSeconds) {
        this.capacity = capacity;
        this.epochSeconds = epochSeconds;
    }

    /** The principal verified earlier for exactly this token text, or null. */
    JWTCallerPrincipal find(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (epochSeconds.getAsLong() >= entry.usableUntil()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.principal();
    }

    /** Keeps a principal the JWT layer has just verified from this token text. */
    void keep(String token, JWTCallerPrincipal principal) {
        long now = epochSeconds.getAsLong();
        long usableUntil = Math.min(principal.getExpirationTime(), now + MAX_AGE_SECONDS);
        if (usableUntil <= now) {
            return;
        }
        if (entries.size() >= capacity) {
            entries.values().removeIf(e -> now >= e.usableUntil());
            if (entries.size() >= capacity) {
                return;
            }
        }
        entries.put(token, new Entry(principal, usableUntil));
    }

    int size() {
        return entries.size();
    }
}
