package ee.tokvs.portal.dashboard;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.agroal.api.security.SimplePassword;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TmpTiming {
    @Test
    void time() throws Exception {
        AgroalDataSource ds = AgroalDataSource.from(new AgroalDataSourceConfigurationSupplier()
                .connectionPoolConfiguration(cp -> cp.maxSize(4).connectionFactoryConfiguration(cf -> cf
                        .jdbcUrl("jdbc:postgresql://127.0.0.1:5432/tokvs_test_e").principal(new NamePrincipal("tokvs_app"))
                        .credential(new SimplePassword("tokvs_app")).jdbcProperty("options", "-c tokvs.insurer=*"))));
        DashboardQueries q = new DashboardQueries();
        q.dataSource = ds;
        LocalDate today = LocalDate.of(2026, 11, 30);
        Map<String, String> views = new java.util.LinkedHashMap<>();
        views.put("default", "");
        views.put("received month", "basis=RECEIVED&grain=MONTH");
        views.put("surgery V VI", "specialtyGroup=SURGICAL&severity=V&severity=VI&grain=QUARTER");
        views.put("one insurer V", "insurer=10000018&severity=V");
        views.put("last12", "period=LAST_12_MONTHS");
        for (var view : views.entrySet()) {
            Map<String, List<String>> params = new java.util.HashMap<>();
            if (!view.getValue().isEmpty()) {
                for (String part : view.getValue().split("&")) {
                    String[] kv = part.split("=");
                    params.computeIfAbsent(kv[0], k -> new java.util.ArrayList<>()).add(kv[1]);
                }
            }
            DashboardFilter f = DashboardFilter.read(params::get, today, x -> { });
            Map<String, Supplier<Object>> qs = new java.util.LinkedHashMap<>();
            qs.put("key", () -> q.keyFigures(f));
            qs.put("counts", () -> q.counts(f));
            qs.put("money", () -> q.money(f));
            qs.put("outcomes", () -> q.outcomes(f));
            qs.put("rates", () -> q.ratesByRiskProfile(f));
            qs.put("compliance", () -> q.compliance(f));
            qs.put("trend", () -> q.complianceTrend(f));
            qs.put("quality", () -> q.dataQuality(f, today));
            StringBuilder line = new StringBuilder(view.getKey() + ":");
            for (var e : qs.entrySet()) {
                e.getValue().get();
                long best = Long.MAX_VALUE;
                for (int i = 0; i < 3; i++) {
                    long t = System.nanoTime();
                    e.getValue().get();
                    best = Math.min(best, (System.nanoTime() - t) / 1_000_000);
                }
                line.append(" ").append(e.getKey()).append("=").append(best);
            }
            System.out.println("TIMING " + line);
        }
        System.out.println("TIMING key " + q.keyFigures(DashboardFilter.read(p -> null, today, x -> { })));
        System.out.println("TIMING outcomes " + q.outcomes(DashboardFilter.read(p -> null, today, x -> { })));
    }
}
