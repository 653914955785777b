package ee.tokvs.portal.bench;

import ee.tokvs.portal.bench.LoadFigures.Kind;
import ee.tokvs.portal.bench.LoadFigures.Times;
import ee.tokvs.portal.browser.DemoAccount;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code ./portal bench load [users] [minutes]}: simulated people on a running portal (the demo register) over HTTP,
 * each with a session of their own logged in through Keycloak as a demo account, several sessions per account: most
 * are insurers' staff and admins browsing and changing claims, one in ten an analyst of Terviseamet on the dashboards
 * ({@link LoadUser}). A think time of a second between requests on average (each drawn from half a second to one and a
 * half, so that the users do not click in step). After an unmeasured warm-up (until the portal's JIT
 * compiler has settled, {@link PortalCompiler}), two runs of the same length: without, then with a
 * claims upload of 3,000 rows running all the time ({@link LoadUpload}). Reports per run the requests, throughput and
 * errors, each page kind's p50/p95/p99, and the portal's heap after each minute (after a full collection, when its pid
 * is given). Not a {@code @QuarkusTest}: it only talks to the portal at {@code bench.url}. It reports errors and
 * asserts nothing about them or about speed; it fails only if a login fails.
 */
@Tag("bench")
class LoadBench {

    private static final URI PORTAL = URI.create(System.getProperty("bench.url", "http://127.0.0.1:8080/"));
    private static final int USERS = Integer.getInteger("bench.users", 50);
    private static final double MINUTES = Double.parseDouble(System.getProperty("bench.minutes", "2"));
    private static final long THINK_MILLIS = Long.getLong("bench.think", 1000);
    private static final int UPLOAD_ROWS = Integer.getInteger("bench.rows", 3000);
    /** Unmeasured work first, at least this long, then until the portal's JIT compiler has settled (below). */
    private static final long WARM_UP_MILLIS = 1000 * Long.getLong("bench.warmup", 60);
    /**
     * The warm-up goes on in rounds of this length while the portal compiled more than {@link #SETTLED} of each, at
     * most {@link #WARM_UP_MAX_MILLIS} in all: a portal just started spends some minutes of processor compiling, on
     * the processors it serves with, which a portal that has run for a while no longer does.
     */
    private static final long SETTLE_ROUND_MILLIS = 30_000;
    private static final double SETTLED = 0.05;
    private static final long WARM_UP_MAX_MILLIS = 60_000 * Long.getLong("bench.warmup.max", 15);
    /** The accounts insurer sessions cycle through: the staff twice as often as their admins. */
    private static final List<DemoAccount> INSURER_ACCOUNTS = List.of(DemoAccount.POHJALA_STAFF,
            DemoAccount.LAANEMERE_STAFF, DemoAccount.POHJALA_ADMIN, DemoAccount.POHJALA_STAFF,
            DemoAccount.LAANEMERE_STAFF, DemoAccount.LAANEMERE_ADMIN);

    /** How the warm-up went: its length, and the share of its last round the portal spent compiling (null: unknown). */
    private record WarmUp(LoadFigures figures, double seconds, Double compiling) {
    }

    /** What one run measured. */
    private record Run(String name, double seconds, LoadFigures figures, List<Double> heap, Integer uploads) {
    }

    @Test
    void peopleAtWork() throws Exception {
        PortalHeap heap = new PortalHeap(PORTAL, pid());
        List<LoadUser> users = users();
        ExecutorService pool = Executors.newFixedThreadPool(USERS + 1);
        try {
            // one after another: Keycloak's brute-force protection refuses concurrent logins of one account
            users.forEach(LoadUser::logIn);
            WarmUp warmUp = warmUp(pool, users);
            double heapBefore = heap.megabytes();
            Run quiet = run("without upload", pool, users, heap, false);
            Run busy = run("with a " + String.format("%,d", UPLOAD_ROWS) + "-row claims upload running", pool, users,
                    heap, true);
            report(users, warmUp, heapBefore, heap.collects(), List.of(quiet, busy));
        } finally {
            pool.shutdownNow();
        }
    }

    /** Unmeasured work: {@link #WARM_UP_MILLIS}, then rounds until the JIT compiler has settled (if it can be seen). */
    private static WarmUp warmUp(ExecutorService pool, List<LoadUser> users) throws Exception {
        LoadFigures figures = new LoadFigures();
        long started = System.nanoTime();
        work(pool, users, figures, WARM_UP_MILLIS);
        Long pid = pid();
        if (pid == null) {
            return new WarmUp(figures, (System.nanoTime() - started) / 1e9, null);
        }
        PortalCompiler compiler = new PortalCompiler(pid);
        double share;
        do {
            double compiledBefore = compiler.seconds();
            long roundStarted = System.nanoTime();
            work(pool, users, figures, SETTLE_ROUND_MILLIS);
            share = (compiler.seconds() - compiledBefore) / ((System.nanoTime() - roundStarted) / 1e9);
        } while (share > SETTLED && System.nanoTime() - started < WARM_UP_MAX_MILLIS * 1_000_000);
        return new WarmUp(figures, (System.nanoTime() - started) / 1e9, share);
    }

    /** Every user works for {@code millis}; returns when the last has stopped. */
    private static void work(ExecutorService pool, List<LoadUser> users, LoadFigures figures, long millis)
            throws Exception {
        long end = System.nanoTime() + millis * 1_000_000;
        waitFor(submitAll(pool, users, user -> user.work(figures, end)));
    }

    private static List<LoadUser> users() {
        List<LoadUser> users = new ArrayList<>();
        int analysts = Math.max(1, USERS / 10);
        for (int i = 0; i < USERS; i++) {
            DemoAccount account = i < analysts ? DemoAccount.TA_ANALYST
                    : INSURER_ACCOUNTS.get(i % INSURER_ACCOUNTS.size());
            users.add(new LoadUser(PORTAL, account, i, THINK_MILLIS));
        }
        return users;
    }

    /**
     * Every user works until the run's end; the upload, if any, runs beside them and counts into the same errors.
     * The heap is read after each whole minute and at the end.
     */
    private static Run run(String name, ExecutorService pool, List<LoadUser> users, PortalHeap heap, boolean withUpload)
            throws Exception {
        LoadFigures figures = new LoadFigures();
        LoadUpload uploads = withUpload ? new LoadUpload(PORTAL, UPLOAD_ROWS, figures) : null;
        Future<?> uploading = null;
        if (uploads != null) {
            uploads.prepare();
            uploading = pool.submit(uploads::run);
        }
        long started = System.nanoTime();
        long end = started + (long) (MINUTES * 60e9);
        figures.startMeasuring();
        List<Future<?>> working = submitAll(pool, users, user -> user.work(figures, end));
        List<Double> heapAfterMinute = new ArrayList<>();
        for (long minute = 1; started + minute * 60_000_000_000L < end; minute++) {
            // a reading at each whole minute is what the soak reports: a schedule, not a wait for some state
            Thread.sleep(Math.max(0, (started + minute * 60_000_000_000L - System.nanoTime()) / 1_000_000));
            heapAfterMinute.add(heap.megabytes());
        }
        waitFor(working);
        figures.stopMeasuring();
        double seconds = (System.nanoTime() - started) / 1e9;
        if (uploads != null) {
            uploads.stop();
            uploading.get();
        }
        heapAfterMinute.add(heap.megabytes());
        return new Run(name, seconds, figures, heapAfterMinute, uploads == null ? null : uploads.finished());
    }

    private static void report(List<LoadUser> users, WarmUp warmUp, double heapBefore, boolean collected,
            List<Run> runs) {
        long analysts = users.stream().filter(LoadUser::isAnalyst).count();
        BenchReport report = new BenchReport("load")
                .line("%d users (%d insurer staff and admins over %d accounts, %d Terviseamet analysts),"
                        + " %d ms think time (%d-%d ms), %.1f min per run, at %s", USERS, USERS - analysts,
                        users.stream().filter(u -> !u.isAnalyst()).map(LoadUser::account).distinct().count(), analysts,
                        THINK_MILLIS, LoadUser.shortestThink(THINK_MILLIS),
                        LoadUser.shortestThink(THINK_MILLIS) + THINK_MILLIS, MINUTES, PORTAL)
                .line("warm-up: every user logged in and worked %.0f s unmeasured, %d errors; heap then %.0f MB",
                        warmUp.seconds(), warmUp.figures().errors(), heapBefore)
                .line("  %s", warmUp.compiling() == null ? "the portal's JIT compiler not watched (no pid)"
                        : String.format("the portal's JIT compiler %s: %.1f %% of the last %d s spent compiling",
                                warmUp.compiling() <= SETTLED ? "settled" : "NOT settled within the warm-up's limit",
                                100 * warmUp.compiling(), SETTLE_ROUND_MILLIS / 1000));
        for (Run run : runs) {
            LoadFigures f = run.figures();
            report.line("").line("run %s: %,d requests in %.0f s, %.1f req/s, %d errors%s", run.name(), f.requests(),
                    run.seconds(), f.requests() / run.seconds(), f.errors(),
                    run.uploads() == null ? "" : String.format(", %d uploads finished", run.uploads()))
                    .line("  %-30s %7s %9s %9s %9s", "page kind", "count", "p50 ms", "p95 ms", "p99 ms");
            for (Map.Entry<Kind, Times> kind : f.byKind().entrySet()) {
                Times t = kind.getValue();
                report.line("  %-30s %7d %9.1f %9.1f %9.1f", kind.getKey().label, t.count(), t.p50(), t.p95(), t.p99());
            }
            report.line("  heap after each minute%s: %s MB",
                    collected ? " (after a full collection)" : " (garbage included)",
                    String.join(", ", run.heap().stream().map(mb -> String.format("%.0f", mb)).toList()));
            f.firstErrors().forEach(error -> report.line("  error: %s", error));
        }
        warmUp.figures().firstErrors().forEach(error -> report.line("warm-up error: %s", error));
        report.write();
    }

    private static Long pid() {
        String pid = System.getProperty("bench.pid", "");
        return pid.isBlank() ? null : Long.valueOf(pid.trim());
    }

    private static List<Future<?>> submitAll(ExecutorService pool, List<LoadUser> users,
            java.util.function.Consumer<LoadUser> task) {
        List<Future<?>> futures = new ArrayList<>();
        users.forEach(user -> futures.add(pool.submit(() -> task.accept(user))));
        return futures;
    }

    private static void waitFor(List<Future<?>> futures) throws Exception {
        for (Future<?> future : futures) {
            future.get();
        }
    }
}
