package org.qualitymonth.search.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.qualitymonth.search.domain.IndexWriting;
import org.qualitymonth.search.domain.ResultDocument;
import org.qualitymonth.search.domain.ResultSearch;
import org.qualitymonth.search.domain.SearchIndex;
import org.qualitymonth.search.domain.SearchPage;
import org.qualitymonth.search.domain.SearchProperties;
import org.qualitymonth.search.domain.SearchRequest;

/**
 * The search benchmark (bench/search.sh): builds an index of generated results, then times a fixed list of Chinese
 * queries either in-process on the index (the same {@link ResultSearch} the application runs) or over HTTP with one
 * client. Usage: {@code build DIR COUNT} | {@code query DIR ROUNDS} | {@code http BASE_URL PATH ROUNDS}.
 */
public final class SearchBench {

    /**
     * Rounds of all queries run before timing starts (920 queries), so that the timed rounds meet compiled code: on
     * a freshly started application the p95 keeps falling for about the first thousand searches.
     */
    private static final int WARM_UP_ROUNDS = 40;

    /** Products, words, places, an institution, codes; with and without facets. */
    static final List<String[]> QUERIES = List.of(
            q("净化器"), q("空气净化器"), q("电饭煲"), q("智能马桶盖"), q("儿童玩具"), q("纸尿裤"), q("家具 甲醛"),
            q("杭州 电饭煲"), q("深圳 智能手机"), q("羽绒被 含绒量"), q("不锈钢锅 迁移量"), q("婴幼儿服装 pH值"),
            q("美佳牌"), q("质量科学研究院"), q("宁波康达电器有限公司"), q("温州 塑胶玩具 增塑剂"),
            q("净化器", "conclusion", "FAIL"), q("电饭煲", "province", "330000"), q("玩具", "year", "2025"),
            q("", "category", "FURNITURE"), q(first().model()), q(first().creditCode()), q(first().reportNo()));
    /** The application's default: beyond this many matches counts are estimated from a sample. */
    static final int EXACT_COUNT_LIMIT = Integer.getInteger("bench.exactCountLimit", 20_000);

    private SearchBench() {
    }

    /** Exits when done or failed: Hibernate Search's worker threads would keep a failed run waiting for ever. */
    public static void main(String[] args) {
        try {
            switch (args[0]) {
                case "build" -> build(Path.of(args[1]), Long.parseLong(args[2]));
                case "query" -> query(Path.of(args[1]), Integer.parseInt(args[2]));
                case "http" -> http(args[1], args[2], Integer.parseInt(args[3]));
                default -> throw new IllegalArgumentException(args[0]);
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Adds documents until the index holds {@code count}: a build can be resumed, or grown in steps. */
    private static void build(Path dir, long count) {
        SearchIndex index = Boolean.getBoolean("bench.plainAnalysis") ? new SearchIndex(dir)
                : new SearchIndex(dir, MemoizedChineseAnalysis.class);
        long from = new ResultSearch(index, Clock.systemUTC(), new SearchProperties(dir.toString(), 1000, EXACT_COUNT_LIMIT)).indexed();
        GeneratedResults generator = new GeneratedResults(20261201L + from);
        IndexWriting writing = IndexWriting.rebuild(index);
        long started = System.nanoTime();
        List<ResultDocument> batch = new ArrayList<>(5000);
        for (long n = from; n < count; n++) {
            batch.add(generator.next(n));
            if (batch.size() == 5000) {
                writing.add(batch);
                batch = new ArrayList<>(5000);
            }
            if ((n + 1) % 500_000 == 0) {
                System.out.printf("  %,d documents, %.0f s%n", n + 1, (System.nanoTime() - started) / 1e9);
            }
        }
        writing.add(batch);
        writing.finish();
        index.markCurrent();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("added %,d documents (index now %,d) in %.0f s (%.0f documents/s), heap used %d MB%n",
                count - from, count, seconds, (count - from) / seconds, (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
        index.destroy();
    }

    /** The first generated document, whose codes the code queries look for. */
    private static ResultDocument first() {
        return new GeneratedResults(20261201L).next(0);
    }

    private static void query(Path dir, int rounds) {
        SearchIndex index = new SearchIndex(dir);
        ResultSearch search = new ResultSearch(index, Clock.systemUTC(), new SearchProperties(dir.toString(), 1000, EXACT_COUNT_LIMIT));
        System.out.printf("index holds %,d documents%n", search.indexed());
        long[] hits = new long[QUERIES.size()];
        boolean[] estimated = new boolean[QUERIES.size()];
        List<Long> times = new ArrayList<>();
        List<List<Long>> perQuery = new ArrayList<>();
        QUERIES.forEach(q -> perQuery.add(new ArrayList<>()));
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                long start = System.nanoTime();
                SearchPage page = search.search(request(QUERIES.get(i)));
                hits[i] = page.total();
                estimated[i] = page.estimated();
                if (round >= 0) {
                    times.add(System.nanoTime() - start);
                    perQuery.get(i).add(System.nanoTime() - start);
                }
            }
        }
        for (int i = 0; i < QUERIES.size(); i++) {
            System.out.printf("  %-40s %s%,10d hits   median %6.1f ms%n", String.join(" ", QUERIES.get(i)),
                    estimated[i] ? "~" : " ", hits[i], median(perQuery.get(i)) / 1e6);
        }
        report("in-process ResultSearch on the Lucene index", times);
        index.destroy();
    }

    private static void http(String base, String path, int rounds) throws Exception {
        List<Long> times = new ArrayList<>();
        List<List<Long>> perQuery = new ArrayList<>();
        QUERIES.forEach(q -> perQuery.add(new ArrayList<>()));
        for (int round = -WARM_UP_ROUNDS; round < rounds; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                String[] query = QUERIES.get(i);
                StringBuilder url = new StringBuilder(base + path + "?q=" + URLEncoder.encode(query[0], StandardCharsets.UTF_8));
                if (query.length > 1) {
                    url.append('&').append(query[1]).append('=').append(query[2]);
                }
                long start = System.nanoTime();
                get(url.toString());
                if (round >= 0) {
                    times.add(System.nanoTime() - start);
                    perQuery.get(i).add(System.nanoTime() - start);
                }
            }
        }
        for (int i = 0; i < QUERIES.size(); i++) {
            System.out.printf("  %-40s median %6.1f ms%n", String.join(" ", QUERIES.get(i)), median(perQuery.get(i)) / 1e6);
        }
        report("HTTP GET " + path + ", one client", times);
        List<Long> baseline = new ArrayList<>();
        for (int n = -20; n < times.size(); n++) {
            long start = System.nanoTime();
            get(base + "/css/app.css");
            if (n >= 0) {
                baseline.add(System.nanoTime() - start);
            }
        }
        report("baseline: HTTP GET of a static file, same client", baseline);
    }

    /**
     * One GET on a kept-alive HTTP/1.1 connection, body read to its end. {@link HttpURLConnection} rather than
     * {@code java.net.http.HttpClient}: the latter hands every exchange between threads and, asked for HTTP/2 over
     * plain HTTP, offers an upgrade each time, which added 1-4 ms per request to what was measured.
     */
    private static void get(String url) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        if (connection.getResponseCode() != 200) {
            throw new IllegalStateException(connection.getResponseCode() + " for " + url);
        }
        try (InputStream body = connection.getInputStream()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static SearchRequest request(String[] query) {
        String category = null;
        String province = null;
        String conclusion = null;
        String year = null;
        if (query.length > 1) {
            switch (query[1]) {
                case "category" -> category = query[2];
                case "province" -> province = query[2];
                case "conclusion" -> conclusion = query[2];
                default -> year = query[2];
            }
        }
        return SearchRequest.of(query[0], category, province, conclusion, year, null);
    }

    private static double median(List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static void report(String what, List<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-52s median %7.1f ms   p95 %7.1f ms   max %7.1f ms   (%d queries)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6,
                sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static String[] q(String... parts) {
        return Arrays.copyOf(parts, parts.length);
    }
}
