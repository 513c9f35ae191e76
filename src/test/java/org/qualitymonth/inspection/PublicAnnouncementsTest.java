package org.qualitymonth.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.qualitymonth.support.IntegrationTest;
import org.qualitymonth.support.TestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.json.JsonMapper;

/** The public list, its downloads and feed, an announcement, a manufacturer's history and the exclusion of unpublished plans. */
@IntegrationTest
class PublicAnnouncementsTest {

    private static final String PUBLISHED = " from insp_result r join insp_sample s on s.id = r.sample_id"
            + " join insp_plan p on p.id = s.plan_id where p.announced_on <= current_date";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    TestData data;

    private long count(String condition, Object... params) {
        return jdbc.sql("select count(*)" + PUBLISHED + condition).params(List.of(params)).query(Long.class).single();
    }

    @Test
    void theListCountsWhatTheDatabaseHoldsForEachFilter() throws Exception {
        long failedCookers = count(" and s.category = 'RICE_COOKER' and r.conclusion = 'FAIL' and p.year = 2026");
        assertThat(failedCookers).isPositive();
        mvc.perform(get("/announcements").param("category", "RICE_COOKER").param("conclusion", "FAIL").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("共 " + n(failedCookers) + " 条结果")));
        String institution = jdbc.sql("select r.institution" + PUBLISHED + " and r.institution is not null limit 1")
                .query(String.class).single();
        long zhejiangByInstitution = count(" and s.region_code like '33%' and r.institution = ?", institution);
        mvc.perform(get("/announcements").param("region", "330000").param("institution", institution))
                .andExpect(content().string(Matchers.containsString("共 " + n(zhejiangByInstitution) + " 条结果")));
        String product = jdbc.sql("select s.product_name" + PUBLISHED + " order by r.id limit 1").query(String.class).single();
        String word = product.substring(0, Math.min(3, product.length()));
        long matching = count(" and (s.product_name ilike ? or s.manufacturer_name ilike ? or s.model ilike ?)",
                "%" + word + "%", "%" + word + "%", "%" + word + "%");
        mvc.perform(get("/announcements").param("q", word)).andExpect(content().string(Matchers.anyOf(
                Matchers.containsString("共 " + n(matching) + " 条结果"), Matchers.containsString("超过 1,000 条结果"))));
        if (matching > 1_000) {
            mvc.perform(get("/announcements").param("q", word)).andExpect(content().string(Matchers.containsString("超过 1,000 条结果")));
        }
    }

    @Test
    void theCsvParsesBackToTheSameRecordsAsTheJsonAndThePage() throws Exception {
        String[] filter = {"category", "TOY", "region", "330000", "sort", "productName"};
        byte[] csvBytes = mvc.perform(get("/announcements/results.csv").params(params(filter)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csvBytes, 0, 3, StandardCharsets.ISO_8859_1)).isEqualTo("\u00EF\u00BB\u00BF");
        List<Map<String, String>> fromCsv = csv(new String(csvBytes, 3, csvBytes.length - 3, StandardCharsets.UTF_8));
        String body = mvc.perform(get("/api/v1/announcements/results").params(params(filter))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<Map<String, String>> fromJson = new ArrayList<>();
        json.readTree(body).forEach(node -> {
            Map<String, String> row = new LinkedHashMap<>();
            node.properties().forEach(e -> row.put(e.getKey(), e.getValue().isNull() ? ""
                    : e.getValue().isArray() ? lines(e.getValue()) : e.getValue().asString()));
            fromJson.add(row);
        });
        assertThat(fromCsv).hasSize((int) count(" and s.category = 'TOY' and s.region_code like '33%'")).isNotEmpty();
        assertThat(fromCsv).isEqualTo(fromJson);
        // every failed result carries its items with clause, measured and required value, as recorded; the whole
        // download spans several of the chunks in which the items are read
        byte[] allCsv = mvc.perform(get("/announcements/results.csv")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        List<Map<String, String>> all = csv(new String(allCsv, 3, allCsv.length - 3, StandardCharsets.UTF_8));
        assertThat(all).hasSize((int) count("")).hasSizeGreaterThan(2_000);
        Map<String, String> recorded = new java.util.HashMap<>();
        jdbc.sql("select result_id, string_agg(concat_ws(' | ', item, coalesce(clause, ''), coalesce(measured, ''),"
                + " coalesce(required, '')), E'\\n' order by position) from insp_failed_item group by result_id")
                .query(rs -> {
                    recorded.put(rs.getString(1), rs.getString(2));
                });
        assertThat(all).filteredOn(row -> row.get("conclusion").equals("FAIL")).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get("failedItemDetails")).isEqualTo(recorded.getOrDefault(row.get("resultId"), "")))
                .anySatisfy(row -> assertThat(row.get("failedItemDetails")).contains(" | "));
        assertThat(all).filteredOn(row -> row.get("conclusion").equals("PASS"))
                .allSatisfy(row -> assertThat(row.get("failedItemDetails")).isEmpty());
        String page = mvc.perform(get("/announcements").params(params(filter))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        for (Map<String, String> row : fromCsv.subList(0, Math.min(20, fromCsv.size()))) {
            assertThat(page).contains(row.get("manufacturerName"));
        }
        assertThat(fromCsv).allSatisfy(row -> assertThat(row.get("category")).isEqualTo("TOY"));
    }

    @Test
    void theAtomFeedIsWellFormedWithTheLatestAnnouncementsFirst() throws Exception {
        byte[] feed = mvc.perform(get("/announcements/feed.atom")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andReturn().getResponse().getContentAsByteArray();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed));
        var entries = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        List<String> titles = jdbc.sql("select title from insp_plan where announced_on <= current_date "
                + "order by announced_on desc, id desc").query(String.class).list();
        assertThat(entries.getLength()).isEqualTo(titles.size());
        Element first = (Element) entries.item(0);
        assertThat(first.getElementsByTagNameNS("*", "title").item(0).getTextContent()).isEqualTo(titles.get(0));
        assertThat(first.getElementsByTagNameNS("*", "id").item(0).getTextContent()).matches("http://localhost(:\\d+)?/announcements/plans/\\d+");
    }

    @Test
    void anAnnouncementShowsItsInstitutionsAndFailedItems() throws Exception {
        var failed = jdbc.sql("select s.plan_id, s.product_name, f.item from insp_failed_item f join insp_result r on r.id = f.result_id"
                        + " join insp_sample s on s.id = r.sample_id join insp_plan p on p.id = s.plan_id"
                        + " where p.announced_on <= current_date order by r.id limit 1")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String institution = jdbc.sql("select r.institution from insp_result r join insp_sample s on s.id = r.sample_id "
                + "where s.plan_id = ? and r.institution is not null limit 1").param(Long.parseLong(failed[0])).query(String.class).single();
        mvc.perform(get("/announcements/plans/" + failed[0])).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(failed[2])))
                .andExpect(content().string(Matchers.containsString(institution)));
    }

    @Test
    void aManufacturerHistoryListsAllItsPublishedResults() throws Exception {
        String code = jdbc.sql("select s.manufacturer_credit_code" + PUBLISHED + " and s.manufacturer_credit_code is not null"
                + " group by 1 order by count(*) desc limit 1").query(String.class).single();
        long results = count(" and s.manufacturer_credit_code = ?", code);
        String page = mvc.perform(get("/announcements/enterprises/" + code)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("<div class=\"stat-value\">" + results + "</div>");
        mvc.perform(get("/announcements/enterprises/91330100MA2XXXXX0X")).andExpect(status().isNotFound());
    }

    @Test
    void anUnannouncedPlanStaysOffThePublicSiteUntilItsAuthorityPublishesIt() throws Exception {
        long plan = jdbc.sql("select id from insp_plan where announced_on is null and authority_path is not null "
                + "and exists (select 1 from insp_sample s where s.plan_id = insp_plan.id) order by id limit 1").query(Long.class).single();
        String title = jdbc.sql("select title from insp_plan where id = ?").param(plan).query(String.class).single();
        mvc.perform(get("/announcements/plans/" + plan)).andExpect(status().isNotFound());
        mvc.perform(get("/announcements").param("q", "")).andExpect(content().string(Matchers.not(Matchers.containsString(title))));
        String authority = jdbc.sql("select u.username from app_user u join insp_plan p on p.authority_id = u.organization_id "
                + "where p.id = ? order by u.id limit 1").param(plan).query(String.class).single();
        mvc.perform(post("/console/inspection/plans/" + plan + "/announce").with(csrf()).with(user(data.user(authority)))
                .param("on", "2026-12-01")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/announcements/plans/" + plan)).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString(title)));
        mvc.perform(post("/console/inspection/plans/" + plan + "/announce").with(csrf()).with(user(data.user("hangzhou.admin")))
                .param("on", "2026-12-01")).andExpect(status().isNotFound());
    }

    /** A count as the Chinese pages print it, with thousands separators. */
    static String n(long count) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.SIMPLIFIED_CHINESE).format(count);
    }

    /** The JSON's failed items in the CSV cell's form: one line each, four parts. */
    private static String lines(tools.jackson.databind.JsonNode items) {
        List<String> lines = new ArrayList<>();
        items.forEach(item -> lines.add(String.join(" | ", List.of("item", "clause", "measured", "required").stream()
                .map(part -> item.get(part).isNull() ? "" : item.get(part).asString()).toList())));
        return String.join("\n", lines);
    }

    static org.springframework.util.MultiValueMap<String, String> params(String... pairs) {
        var map = new org.springframework.util.LinkedMultiValueMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.add(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static List<Map<String, String>> csv(String text) {
        List<Map<String, String>> rows = new ArrayList<>();
        List<String> header = null;
        for (CsvRecord record : CsvReader.builder().ofCsvRecord(text)) {
            if (header == null) {
                header = record.getFields();
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                row.put(header.get(i), record.getField(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
