package org.qualitymonth.organization.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes demo organisations with plain JDBC: authorities one by one (their ids are needed), enterprises in batches. */
class DemoOrganizationWriter {

    private final JdbcClient jdbc;
    private final List<Object[]> batch = new ArrayList<>();

    DemoOrganizationWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long authority(Long parent, String name, String region, String level, String parentPath) {
        return authority(parent, name, region, level, parentPath, false);
    }

    long authority(Long parent, String name, String region, String level, String parentPath, boolean demonstrationCity) {
        long id = insert(parent, "AUTHORITY", level, name, null, region, demonstrationCity);
        setPath(id, parent == null ? "/" + id + "/" : parentPath + id + "/");
        return id;
    }

    void leadingGroup(long parent, String name, String region, String parentPath) {
        long id = insert(parent, "LEADING_GROUP", null, name, null, region, false);
        setPath(id, parentPath + id + "/");
    }

    void association(long parent, String name, String parentPath, Random random) {
        long id = insert(parent, "ASSOCIATION", null, name, DemoNames.creditCode("51", "100000", random), "110000", false);
        setPath(id, parentPath + id + "/");
    }

    /** Queues an enterprise or park; its parent and path are resolved in {@link #fixPaths()}. */
    void queue(String type, String name, String creditCode, String region, String category, String award,
               boolean central, String size, String address, String contact, String phone) {
        batch.add(new Object[] {type, name, creditCode, region, category, award, central, size, address, contact, phone});
        if (batch.size() >= 500) {
            flush();
        }
    }

    void flush() {
        for (Object[] row : batch) {
            jdbc.sql("""
                    insert into organization (type, name, credit_code, region_code, category_code, quality_award,
                      central_enterprise, size_class, address, contact_person, contact_phone, path)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')""").params(row).update();
        }
        batch.clear();
    }

    /** Hangs every unplaced organisation under the authority of its county, else its city, else its province. */
    void fixPaths() {
        jdbc.sql("""
                update organization o set parent_id = a.id, path = a.path || o.id || '/'
                from organization a
                where o.path = '' and a.type = 'AUTHORITY' and a.region_code = (
                    select x.region_code from organization x
                    where x.type = 'AUTHORITY' and x.region_code in
                          (o.region_code, substr(o.region_code, 1, 4) || '00', substr(o.region_code, 1, 2) || '0000')
                    order by x.region_code desc limit 1)""").update();
    }

    private long insert(Long parent, String type, String level, String name, String creditCode, String region, boolean demo) {
        return jdbc.sql("""
                insert into organization (parent_id, type, authority_level, name, credit_code, region_code, demonstration_city, path)
                values (?, ?, ?, ?, ?, ?, ?, '') returning id""")
                .params(parent, type, level, name, creditCode, region, demo).query(Long.class).single();
    }

    private void setPath(long id, String path) {
        jdbc.sql("update organization set path = ? where id = ?").params(path, id).update();
    }
}
