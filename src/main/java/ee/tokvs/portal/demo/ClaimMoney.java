package ee.tokvs.portal.demo;

import static ee.tokvs.portal.claim.ClaimRules.NON_PECUNIARY;
import static ee.tokvs.portal.claim.ClaimRules.PERMANENT_INCAPACITY;
import static ee.tokvs.portal.claim.ClaimRules.STATUS_INSURED_EVENT;
import static ee.tokvs.portal.claim.ClaimRules.STATUS_SUBMITTED;
import static ee.tokvs.portal.demo.WorkCalendar.earlier;

import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.demo.PlannedClaim.Item;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The money of one claim: payouts over its handling, sometimes recoveries and outstanding recoveries, and
 * reserves while it is open; non-pecuniary compensation stays within the severity's cap (TOKVS §19).
 * Draws from the claim maker's random stream, in the order it always has.
 */
record ClaimMoney(WorkCalendar calendar, CodeTables tables, SplittableRandom random) {

    /** Adds the payouts, recoveries, reserves and outstanding recoveries a claim like this one would have by now. */
    void add(PlannedClaim claim) {
        boolean open = claim.finished == null;
        LocalDate last = open ? calendar.today : claim.finished;
        if (claim.status.equals(STATUS_INSURED_EVENT)) {
            payouts(claim, last);
            if (random.nextDouble() < 0.08) {
                recoveries(claim, last);
            }
            if (random.nextDouble() < (claim.recoveries.isEmpty() ? 0.02 : 0.3)) {
                outstanding(claim, last);
            }
        }
        boolean reserved = claim.status.equals(STATUS_INSURED_EVENT) ? random.nextDouble() < 0.95
                : claim.status.equals(STATUS_SUBMITTED) && random.nextDouble() < 0.7;
        if (open && reserved) {
            reserves(claim);
        }
    }

    private void payouts(PlannedClaim claim, LocalDate last) {
        int n = pickCount(0.4, 0.3, 0.2);
        LocalDate from = earlier(last, claim.received.plusDays(7));
        LocalDate[] dates = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            dates[i] = calendar.workingDayWithin(between(from, last), from, last);
        }
        Arrays.sort(dates);
        long cap = capCents(claim.severity);
        long nonPecuniary = 0;
        Weighted types = tables.damage(claim.severity);
        for (LocalDate date : dates) {
            String type = types.pick(random);
            if (type.equals(NON_PECUNIARY) && cap - nonPecuniary < 5_000) {
                type = tables.fallbackDamage;
            }
            if (type.equals(NON_PECUNIARY)) {
                long remaining = cap - nonPecuniary;
                long cents = Math.max(5_000, remaining * random.nextInt(30, 101) / 100 / 1_000 * 1_000);
                cents = Math.min(cents, remaining);
                nonPecuniary += cents;
                claim.payouts.add(new Item(date, type, cents));
            } else if (type.equals(PERMANENT_INCAPACITY) && random.nextBoolean()) {
                int general = random.nextDouble() < 0.15 ? 100 : random.nextInt(40, 100);
                int event = Math.max(5, general * random.nextInt(25, 101) / 100);
                claim.payouts.add(new Item(date, type, amount(type, claim.severity), general, event));
            } else {
                claim.payouts.add(new Item(date, type, amount(type, claim.severity)));
            }
        }
    }

    /** A plausible payout in cents: treatment costs hundreds to thousands, loss of maintenance far more. */
    private long amount(String damageType, String severity) {
        boolean serious = severity.equals("IV") || severity.equals("V") || severity.equals("VI");
        return switch (damageType) {
            case "TREATMENT_COSTS" -> logUniform(80, serious ? 25_000 : 6_000);
            case "INCREASED_NEEDS" -> logUniform(150, serious ? 12_000 : 4_000);
            case "TEMPORARY_INCAPACITY" -> logUniform(200, serious ? 15_000 : 8_000);
            case PERMANENT_INCAPACITY -> logUniform(3_000, 60_000);
            case "FUNERAL_COSTS" -> logUniform(1_500, 6_000);
            case "LOSS_OF_MAINTENANCE" -> logUniform(3_000, 50_000);
            default -> logUniform(50, 2_500);
        };
    }

    private long logUniform(double fromEuros, double toEuros) {
        double euros = Math.exp(Math.log(fromEuros) + random.nextDouble() * (Math.log(toEuros) - Math.log(fromEuros)));
        return Math.max(1, Math.round(euros * 100));
    }

    private void recoveries(PlannedClaim claim, LocalDate last) {
        LocalDate from = claim.payouts.get(0).date();
        long paid = claim.payouts.stream().mapToLong(Item::cents).sum();
        int n = random.nextDouble() < 0.2 ? 2 : 1;
        for (int i = 0; i < n; i++) {
            String type = tables.recoveryType.pick(random);
            long cents = type.equals("DEDUCTIBLE")
                    ? new long[] {10_000, 20_000, 30_000, 50_000, 100_000}[random.nextInt(5)]
                    : Math.max(5_000, paid * random.nextInt(20, 101) / 100);
            LocalDate date = calendar.workingDayWithin(between(from, last), from, last);
            claim.recoveries.add(new Item(date, type, -cents));
        }
        claim.recoveries.sort(Comparator.comparing(Item::date));
    }

    private void outstanding(PlannedClaim claim, LocalDate last) {
        String type = tables.recoveryType.pick(random);
        long cents = random.nextDouble() < 0.05 ? 0 : logUniform(100, 5_000);
        LocalDate date = calendar.workingDayWithin(between(claim.received, last), claim.received, last);
        claim.outstanding.add(new Item(date, type, cents));
    }

    /** The current estimate per damage type, sometimes with an earlier estimate before it. */
    private void reserves(PlannedClaim claim) {
        LocalDate today = calendar.today;
        int types = random.nextDouble() < 0.35 ? 2 : 1;
        Weighted damage = tables.damage(claim.severity);
        Set<String> used = new HashSet<>();
        long cap = capCents(claim.severity);
        long nonPecuniaryLeft = cap - claim.payouts.stream()
                .filter(p -> p.type().equals(NON_PECUNIARY)).mapToLong(Item::cents).sum();
        for (int t = 0; t < types * 3 && used.size() < types; t++) {
            String type = damage.pick(random);
            if (type.equals(NON_PECUNIARY) && nonPecuniaryLeft < 10_000) {
                type = tables.fallbackDamage;
            }
            if (!used.add(type)) {
                continue;
            }
            long estimate = type.equals(NON_PECUNIARY)
                    ? Math.max(10_000, nonPecuniaryLeft * random.nextInt(30, 101) / 100 / 10_000 * 10_000)
                    : roundHundreds(reserveAmount(type, claim.severity));
            LocalDate first = calendar.workingDayWithin(earlier(today, claim.received.plusDays(random.nextInt(0, 31))),
                    claim.received, today);
            if (random.nextDouble() < 0.3 && first.isBefore(today)) {
                LocalDate second = calendar.workingDayWithin(between(first.plusDays(1), today), first.plusDays(1), today);
                long earlier = type.equals(NON_PECUNIARY) ? estimate
                        : roundHundreds(estimate * random.nextInt(50, 151) / 100);
                long revised = random.nextDouble() < 0.1 ? 0 : estimate;
                claim.reserves.add(new Item(first, type, earlier));
                claim.reserves.add(new Item(second, type, revised));
            } else {
                claim.reserves.add(new Item(first, type, estimate));
            }
        }
    }

    private long reserveAmount(String damageType, String severity) {
        return switch (damageType) {
            case PERMANENT_INCAPACITY -> logUniform(10_000, 150_000);
            case "LOSS_OF_MAINTENANCE" -> logUniform(20_000, 200_000);
            case "FUNERAL_COSTS" -> logUniform(2_000, 6_000);
            case "OTHER_PECUNIARY" -> logUniform(200, 5_000);
            default -> amount(damageType, severity) * 2;
        };
    }

    private static long roundHundreds(long cents) {
        return Math.max(10_000, Math.round(cents / 10_000.0) * 10_000);
    }

    private int pickCount(double one, double two, double three) {
        double u = random.nextDouble();
        return u < one ? 1 : u < one + two ? 2 : u < one + two + three ? 3 : 4;
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    /** The cap of ClaimRules in cents; none (0) for severities without non-pecuniary compensation. */
    private static long capCents(String severity) {
        BigDecimal cap = ClaimRules.NON_PECUNIARY_CAP.get(severity);
        return cap == null ? 0 : cap.movePointRight(2).longValueExact();
    }
}
