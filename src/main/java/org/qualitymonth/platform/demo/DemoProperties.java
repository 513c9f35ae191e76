package org.qualitymonth.platform.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled generate demo data on the first start of an empty database
 * @param seed    fixed seed: the same seed gives the same data
 * @param scale   multiplies the number of enterprises (1 = about 2,000), for load tests
 */
@ConfigurationProperties("qm.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20260901") long seed,
                      @DefaultValue("1") int scale) {
}
