package org.qualitymonth.shared;

/**
 * A GB/T 2260 six-digit administrative division code: province {@code xx0000}, city {@code xxxx00},
 * county otherwise. Only the format is checked here; whether the code exists is the region table's answer.
 */
public record RegionCode(String value) {

    public RegionCode {
        if (!isWellFormed(value)) {
            throw BusinessException.invalid("region.format");
        }
    }

    public static boolean isWellFormed(String candidate) {
        return candidate != null && candidate.matches("[1-9]\\d{5}") && !candidate.startsWith("00", 0);
    }

    public Level level() {
        if (value.endsWith("0000")) {
            return Level.PROVINCE;
        }
        return value.endsWith("00") ? Level.CITY : Level.COUNTY;
    }

    public String provinceCode() {
        return value.substring(0, 2) + "0000";
    }

    public enum Level { PROVINCE, CITY, COUNTY }
}
