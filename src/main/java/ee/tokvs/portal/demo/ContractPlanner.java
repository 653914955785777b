package ee.tokvs.portal.demo;

import static ee.tokvs.portal.demo.DemoRegisterGenerator.LAW_IN_FORCE;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.PlannedContract.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/** Plans every insurer's contracts, and how many of the claims each insurer gets. Nothing is written here. */
final class ContractPlanner {

    /** Insured sums, per event and aggregate per period, in euros. */
    static final long[][] SUM_TIERS = {{100_000, 300_000}, {250_000, 750_000}, {500_000, 2_000_000}};

    private ContractPlanner() {
    }

    /**
     * Each provider holds a chain of (mostly) yearly contracts from its first start until the next one would
     * be concluded after today; now and then it moves to another insurer at renewal. The first provider of
     * each insurer is insured from the day the law came into force, so every day has a contract to claim under.
     */
    static List<List<PlannedContract>> plan(List<DemoProviders.Provider> providers, List<DemoInsurer> insurers,
            WorkCalendar calendar, SplittableRandom random) {
        double[] share = new double[insurers.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = 1.0 / (i + 1);
        }
        List<List<PlannedContract>> byInsurer = new ArrayList<>();
        insurers.forEach(i -> byInsurer.add(new ArrayList<>()));
        for (int p = 0; p < providers.size(); p++) {
            DemoProviders.Provider provider = providers.get(p);
            boolean anchor = p < insurers.size();
            int insurer = anchor ? p : pick(share, random);
            LocalDate start = anchor ? LAW_IN_FORCE : firstStart(calendar.today, random);
            int tier = tierFor(provider.riskProfile(), random);
            while (true) {
                LocalDate changeDate = calendar.workingDayOnOrBefore(start.minusDays(random.nextDouble() < 0.15 ? 0 : random.nextInt(1, 31)));
                if (changeDate.isAfter(calendar.today)) {
                    break;
                }
                LocalDate end = random.nextDouble() < 0.92 ? start.plusYears(1).minusDays(1) : start.plusMonths(6).minusDays(1);
                PlannedContract contract = new PlannedContract(provider,
                        new Version(1, ChangeKind.CONCLUSION, changeDate, start, end, tier, SUM_TIERS[tier][1]));
                contract.second = secondVersion(contract.first, calendar, random);
                byInsurer.get(insurer).add(contract);
                if (!anchor && random.nextDouble() < 0.04) {
                    break; // the provider closed or left the market
                }
                if (!anchor && random.nextDouble() < 0.08) {
                    insurer = pick(share, random);
                }
                if (random.nextDouble() < 0.08 && tier < SUM_TIERS.length - 1) {
                    tier++;
                }
                start = contract.current().end().plusDays(1);
            }
        }
        for (int i = 0; i < insurers.size(); i++) {
            List<PlannedContract> contracts = byInsurer.get(i);
            contracts.sort(Comparator.comparing((PlannedContract c) -> c.first.changeDate()).thenComparing(c -> c.provider.code()));
            for (int n = 0; n < contracts.size(); n++) {
                PlannedContract c = contracts.get(n);
                c.number = String.format(Locale.ROOT, "%s-%d-%06d", insurers.get(i).prefix(), c.first.start().getYear(), n + 1);
            }
        }
        return byInsurer;
    }

    /** Claims per insurer in proportion to its insured, risk-weighted days. */
    static int[] shareClaims(int claims, List<List<PlannedContract>> byInsurer, WorkCalendar calendar) {
        double[] weight = new double[byInsurer.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            for (PlannedContract c : byInsurer.get(i)) {
                weight[i] += c.provider.claimWeight() * calendar.coveredDays(c.current());
            }
            total += weight[i];
        }
        int[] share = new int[weight.length];
        int given = 0;
        int largest = 0;
        for (int i = 0; i < weight.length; i++) {
            share[i] = total == 0 ? 0 : (int) Math.floor(claims * weight[i] / total);
            given += share[i];
            largest = weight[i] > weight[largest] ? i : largest;
        }
        share[largest] += claims - given;
        return share;
    }

    private static LocalDate firstStart(LocalDate today, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.40) {
            return LAW_IN_FORCE;
        }
        if (u < 0.88) {
            LocalDate start = LAW_IN_FORCE.plusDays(random.nextInt(1, 365));
            return random.nextBoolean() ? start.withDayOfMonth(1) : start;
        }
        // providers that opened later
        long days = Math.max(1, ChronoUnit.DAYS.between(LAW_IN_FORCE.plusYears(1), today));
        return LAW_IN_FORCE.plusYears(1).plusDays(random.nextLong(days));
    }

    private static int tierFor(String profile, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (profile) {
            case "LARGE_HOSPITAL" -> 2;
            case "GENERAL_HOSPITAL", "EMERGENCY_MEDICAL" -> u < 0.7 ? 2 : 1;
            case "SPECIALIST_OUTPATIENT" -> u < 0.6 ? 1 : u < 0.9 ? 0 : 2;
            default -> u < 0.8 ? 0 : 1;
        };
    }

    /** About one contract in five is amended (higher sums) or extended (later end) during its period. */
    private static Version secondVersion(Version first, WorkCalendar calendar, SplittableRandom random) {
        if (random.nextDouble() >= 0.22) {
            return null;
        }
        LocalDate from = first.start().isAfter(first.changeDate()) ? first.start() : first.changeDate();
        LocalDate to = first.end().isBefore(calendar.today) ? first.end().minusDays(1) : calendar.today;
        if (from.isAfter(to)) {
            return null;
        }
        LocalDate changeDate = calendar.workingDayWithin(from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1)), from, to);
        if (random.nextBoolean()) {
            LocalDate end = first.end().plusMonths(random.nextInt(1, 7));
            return new Version(2, ChangeKind.EXTENSION, changeDate, first.start(), end, first.tier(), first.aggregate());
        }
        if (first.tier() < SUM_TIERS.length - 1) {
            int tier = first.tier() + 1;
            return new Version(2, ChangeKind.AMENDMENT, changeDate, first.start(), first.end(), tier, SUM_TIERS[tier][1]);
        }
        return new Version(2, ChangeKind.AMENDMENT, changeDate, first.start(), first.end(), first.tier(), first.aggregate() * 3 / 2);
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double sum = Arrays.stream(weights).sum();
        double u = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
