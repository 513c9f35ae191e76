package org.qualitymonth.supervision.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RandomDrawTest {

    private static final List<String> PROVINCES = IntStream.rangeClosed(11, 41).mapToObj(i -> i + "0000").toList();

    @Test
    void sameSeedSameResultWhateverTheCandidateOrder() {
        List<String> shuffled = new ArrayList<>(PROVINCES);
        java.util.Collections.reverse(shuffled);
        assertThat(RandomDraw.draw("QM2026", PROVINCES, 18)).isEqualTo(RandomDraw.draw("QM2026", shuffled, 18))
                .hasSize(18).doesNotHaveDuplicates();
        assertThat(RandomDraw.draw("QM2026", PROVINCES, 18)).isNotEqualTo(RandomDraw.draw("QM2027", PROVINCES, 18));
    }

    @Test
    void theRankIsThePublishedSha256() {
        // printf '%s' "QM2026|330000" | sha256sum
        assertThat(RandomDraw.rank("QM2026", "330000")).hasSize(64).isEqualTo(RandomDraw.rank("QM2026", "330000"));
        assertThat(RandomDraw.rank("abc", "")).isEqualTo(sha256("abc|"));
        // the well-known SHA-256 of "abc", computed the way the public page tells people to
        assertThat(sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void everyCandidateIsEquallyLikelyOverManySeeds() {
        Map<String, Integer> drawn = new HashMap<>();
        int seeds = 3_100;
        for (int s = 0; s < seeds; s++) {
            RandomDraw.draw("seed-" + s, PROVINCES, 18).forEach(code -> drawn.merge(code, 1, Integer::sum));
        }
        double expected = seeds * 18.0 / PROVINCES.size();   // 1,800
        double chiSquare = PROVINCES.stream().mapToDouble(code -> {
            double diff = drawn.getOrDefault(code, 0) - expected;
            return diff * diff / expected;
        }).sum();
        assertThat(drawn).hasSize(PROVINCES.size());
        assertThat(chiSquare).as("chi-square with 30 degrees of freedom, 0.1%% critical value 59.7").isLessThan(59.7);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> RandomDraw.draw("s", PROVINCES, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RandomDraw.draw("s", PROVINCES, 32)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
