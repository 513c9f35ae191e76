package org.qualitymonth.campaign;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 10 key consumer-goods categories of the campaign plan (§3(1)), in the plan's order. Names are
 * message keys ({@code category.<CODE>}) so they read in every language.
 */
public enum ProductCategory {
    AIR_PURIFIER, RICE_COOKER, SMART_TOILET_SEAT, SMARTPHONE, BABY_DIAPER,
    TOY, CHILDREN_CLOTHING, COOKWARE, BEDDING, FURNITURE;

    public String messageKey() {
        return "category." + name();
    }

    public static Optional<ProductCategory> fromCode(String code) {
        return Arrays.stream(values()).filter(c -> c.name().equals(code)).findFirst();
    }
}
