package org.qualitymonth.organization.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qualitymonth.organization.OrganizationDirectory;
import org.qualitymonth.organization.OrganizationType;
import org.qualitymonth.organization.QualityAward;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the public site; authorities and leading groups are not listed, contact data never leaves. */
@Service
@Transactional(readOnly = true)
class PublicOrganizationDirectory implements OrganizationDirectory {

    private static final String FROM = """
             from organization o
             left join region r on r.code = o.region_code
             left join region p on p.code = substr(o.region_code, 1, 2) || '0000'
            where o.type in ('ENTERPRISE', 'ASSOCIATION', 'PARK')
              and (:q = '' or o.name like :like escape '\\' or o.credit_code = upper(:q))
              and (:category = '' or o.category_code = :category)
              and (:province = '' or o.region_code like :provincePrefix)""";

    private final JdbcClient jdbc;

    PublicOrganizationDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PublicOrganization> search(String query, String categoryCode, String provinceCode, int limit) {
        return bind(jdbc.sql("select o.id, o.name, o.type, o.credit_code, o.region_code, p.name_zh_cn as province, "
                        + "r.name_zh_cn as region, o.category_code, o.quality_award" + FROM
                        + " order by o.quality_award = 'WINNER' desc, o.name limit :limit"),
                query, categoryCode, provinceCode)
                .param("limit", Math.max(1, Math.min(limit, 200)))
                .query((rs, n) -> new PublicOrganization(rs.getLong("id"), rs.getString("name"),
                        OrganizationType.valueOf(rs.getString("type")), rs.getString("credit_code"),
                        rs.getString("region_code"), rs.getString("province"), rs.getString("region"),
                        rs.getString("category_code"), QualityAward.valueOf(rs.getString("quality_award"))))
                .list();
    }

    @Override
    public long countMatches(String query, String categoryCode, String provinceCode) {
        return bind(jdbc.sql("select count(*)" + FROM), query, categoryCode, provinceCode).query(Long.class).single();
    }

    @Override
    public Map<String, Long> enterprisesByCategory() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select category_code, count(*) from organization where type = 'ENTERPRISE' and category_code is not null "
                        + "group by category_code order by category_code")
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String query, String category, String province) {
        String q = query == null ? "" : query.strip();
        String p = province != null && province.matches("\\d{2}0000") ? province : "";
        return spec.param("q", q)
                .param("like", "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("category", category == null ? "" : category)
                .param("province", p)
                .param("provincePrefix", p.isEmpty() ? "" : p.substring(0, 2) + "%");
    }
}
