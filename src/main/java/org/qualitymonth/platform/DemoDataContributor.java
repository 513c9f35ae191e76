package org.qualitymonth.platform;

/**
 * A module's part of the demo data, run once on the first start of an empty database, in ascending
 * {@link #order()}, each in its own transaction. Generators use the given seed so two runs produce the same data.
 */
public interface DemoDataContributor {

    int order();

    void seed(long seed, int scale);
}
