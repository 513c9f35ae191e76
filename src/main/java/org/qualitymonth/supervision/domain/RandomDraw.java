package org.qualitymonth.supervision.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * A draw anyone can re-run: each candidate code gets the SHA-256 of {@code seed + "|" + code}; the
 * {@code n} candidates with the smallest hashes (as hex text) are drawn, listed in that order. With the
 * published seed and candidate list, {@code printf '%s' "seed|330000" | sha256sum} reproduces every rank.
 */
public final class RandomDraw {

    private RandomDraw() {
    }

    public static List<String> draw(String seed, List<String> candidates, int n) {
        if (n < 1 || n > candidates.size()) {
            throw new IllegalArgumentException("cannot draw " + n + " of " + candidates.size());
        }
        return candidates.stream().distinct()
                .sorted(Comparator.comparing((String code) -> rank(seed, code)).thenComparing(Comparator.naturalOrder()))
                .limit(n).toList();
    }

    public static String rank(String seed, String code) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest((seed + "|" + code).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
