import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many parallel HTTP clients: either sign-ups spread over the given activities (POST JSON to the public
 * sign-up API, a new phone number each) or, as the baseline, the same number of GETs of one path.
 * Prints requests/s, status counts and latency median/p95.
 * Usage: java bench/SignupLoad.java BASE_URL THREADS REQUESTS (signup ID,ID,... | get PATH)
 */
public class SignupLoad {

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int threads = Integer.parseInt(args[1]);
        int requests = Integer.parseInt(args[2]);
        boolean signup = args[3].equals("signup");
        long[] activities = signup ? Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray() : new long[0];
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < 200; i++) { // warm-up with requests that change nothing
            client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/editions/current")).build(), HttpResponse.BodyHandlers.discarding());
        }
        AtomicInteger next = new AtomicInteger();
        AtomicInteger[] statuses = new AtomicInteger[600];
        Arrays.setAll(statuses, i -> new AtomicInteger());
        long[] latencies = new long[requests];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = signup
                            ? HttpRequest.newBuilder(URI.create(base + "/api/v1/activities/" + activities[i % activities.length] + "/signups"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString(
                                            "{\"name\":\"压测" + i + "\",\"contact\":\"1" + String.format("%010d", 3_000_000_000L + i) + "\"}"))
                                    .build()
                            : HttpRequest.newBuilder(URI.create(base + args[4])).build();
                    long sent = System.nanoTime();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    latencies[i] = System.nanoTime() - sent;
                    statuses[status].incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        Arrays.sort(latencies);
        StringBuilder counts = new StringBuilder();
        for (int s = 0; s < statuses.length; s++) {
            if (statuses[s].get() > 0) {
                counts.append(' ').append(s).append('=').append(statuses[s].get());
            }
        }
        System.out.printf("%d requests in %.2f s: %.0f requests/s, latency median %.1f ms p95 %.1f ms, status%s%n", requests, seconds,
                requests / seconds, latencies[requests / 2] / 1e6, latencies[(int) (requests * 0.95)] / 1e6, counts);
    }
}
