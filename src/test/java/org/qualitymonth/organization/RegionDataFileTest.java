package org.qualitymonth.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped GB/T 2260 file is complete and consistent before it ever reaches the database. */
class RegionDataFileTest {

    @Test
    void holdsEveryProvinceAndCityWithConsistentParents() throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/data/regions/gb2260.csv"), StandardCharsets.UTF_8))) {
            assertThat(reader.readLine()).isEqualTo("code,parent_code,level,name_zh_cn,name_zh_tw,name_en");
            reader.lines().forEach(line -> {
                String[] cells = line.split(",", -1);
                assertThat(cells).as(line).hasSize(6);
                assertThat(rows.put(cells[0], cells)).as("duplicate " + cells[0]).isNull();
            });
        }
        long provinces = rows.values().stream().filter(r -> r[2].equals("PROVINCE")).count();
        long cities = rows.values().stream().filter(r -> r[2].equals("CITY")).count();
        assertThat(provinces).isEqualTo(34);
        assertThat(cities).isGreaterThanOrEqualTo(333);
        for (String[] row : rows.values()) {
            assertThat(row[0]).matches("[1-9]\\d{5}");
            if (!row[2].equals("PROVINCE")) {
                assertThat(rows).as("parent of " + row[0]).containsKey(row[1]);
            }
        }
        assertThat(rows.get("330100")[3]).isEqualTo("杭州市");
        assertThat(rows.get("330000")[5]).isEqualTo("Zhejiang");
        assertThat(rows.get("320100")[4]).isEqualTo("南京市");
    }
}
