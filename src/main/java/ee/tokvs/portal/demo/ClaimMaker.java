package ee.tokvs.portal.demo;

import static ee.tokvs.portal.claim.ClaimRules.STATUS_INSURED_EVENT;
import static ee.tokvs.portal.claim.ClaimRules.STATUS_NOT_INSURED_EVENT;
import static ee.tokvs.portal.claim.ClaimRules.STATUS_SUBMITTED;
import static ee.tokvs.portal.demo.DemoRegisterGenerator.LAW_IN_FORCE;
import static ee.tokvs.portal.demo.WorkCalendar.earlier;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Makes one insurer's claims in received-date order, spread evenly from the day the law came into force
 * to today. Each incident picks a contract in force on its date, a large hospital's far more often than a
 * dentist's.
 */
final class ClaimMaker {

    private final DemoInsurer insurer;
    private final List<PlannedContract> contracts;
    private final WorkCalendar calendar;
    private final CodeTables tables;
    private final int total;
    private final SplittableRandom random;
    /** Decision dates draw from a stream of their own, so the claims and their money stay as they were. */
    private final SplittableRandom decisions;
    private final ClaimMoney money;
    /** Per day since the law came into force, the contracts whose period covers it. */
    private final int[][] covering;
    private final int span;
    private int made;
    private int claimSeq;
    private int incidentSeq;

    ClaimMaker(DemoInsurer insurer, List<PlannedContract> contracts, WorkCalendar calendar, CodeTables tables, int total,
            SplittableRandom random) {
        this.insurer = insurer;
        this.contracts = contracts;
        this.calendar = calendar;
        this.tables = tables;
        this.total = total;
        this.random = random;
        this.decisions = new SplittableRandom(Long.parseLong(insurer.code()));
        this.money = new ClaimMoney(calendar, tables, random);
        this.span = (int) ChronoUnit.DAYS.between(LAW_IN_FORCE, calendar.today);
        this.covering = coverage();
        if (total > 0 && contracts.isEmpty()) {
            throw new IllegalStateException("insurer " + insurer.code() + " has claims but no contracts");
        }
    }

    private int[][] coverage() {
        int[] sizes = new int[span + 1];
        for (PlannedContract c : contracts) {
            for (int d = from(c); d <= to(c); d++) {
                sizes[d]++;
            }
        }
        int[][] days = new int[span + 1][];
        for (int d = 0; d <= span; d++) {
            days[d] = new int[sizes[d]];
            sizes[d] = 0;
        }
        for (int i = 0; i < contracts.size(); i++) {
            PlannedContract c = contracts.get(i);
            for (int d = from(c); d <= to(c); d++) {
                days[d][sizes[d]++] = i;
            }
        }
        return days;
    }

    private int from(PlannedContract c) {
        return (int) Math.max(0, ChronoUnit.DAYS.between(LAW_IN_FORCE, c.current().start()));
    }

    private int to(PlannedContract c) {
        return (int) Math.min(span, ChronoUnit.DAYS.between(LAW_IN_FORCE, c.current().end()));
    }

    boolean hasNext() {
        return made < total;
    }

    List<PlannedClaim> nextChunk(int size) {
        List<PlannedClaim> chunk = new ArrayList<>(size + 3);
        while (chunk.size() < size && made < total) {
            int group = random.nextDouble() < 0.04 ? random.nextInt(2, 4) : 1;
            group = Math.min(group, total - made);
            incident(group, chunk);
            made += group;
        }
        return chunk;
    }

    /** One incident (kahjujuhtum) and its claims: usually one, sometimes several injured people. */
    private void incident(int claims, List<PlannedClaim> out) {
        int day = (int) Math.min(span, (long) ((made + random.nextDouble()) * (span + 1) / total));
        LocalDate received = LAW_IN_FORCE.plusDays(day);
        int incidentDay = Math.max(0, day - reportingLag());
        if (covering[incidentDay].length == 0) {
            incidentDay = firstCoveredDay(incidentDay, day);
        }
        PlannedContract contract = pickContract(covering[incidentDay]);
        LocalDate incident = LAW_IN_FORCE.plusDays(incidentDay);
        String incidentNumber = String.format(Locale.ROOT, "%s-J-%d-%07d", insurer.prefix(), incident.getYear(), ++incidentSeq);
        String profile = contract.provider.riskProfile();
        String properType = tables.incidentType(profile).pick(random);
        for (int k = 0; k < claims; k++) {
            PlannedClaim claim = new PlannedClaim();
            claim.contract = contract;
            claim.incident = incident;
            claim.incidentNumber = incidentNumber;
            claim.received = k == 0 ? received : earlier(calendar.today, received.plusDays(random.nextInt(0, 31)));
            claim.number = String.format(Locale.ROOT, "%s-N-%d-%07d", insurer.prefix(), claim.received.getYear(), ++claimSeq);
            describe(claim, profile, properType);
            money.add(claim);
            out.add(claim);
        }
    }

    private int firstCoveredDay(int from, int to) {
        for (int d = from; d <= to; d++) {
            if (covering[d].length > 0) {
                return d;
            }
        }
        for (int d = from; d >= 0; d--) {
            if (covering[d].length > 0) {
                return d;
            }
        }
        throw new IllegalStateException("insurer " + insurer.code() + " has no contract in force by day " + to);
    }

    /** Days from the incident to the claim: mostly weeks, sometimes years (a complication found late). */
    private int reportingLag() {
        double u = random.nextDouble();
        if (u < 0.45) {
            return random.nextInt(0, 15);
        }
        if (u < 0.75) {
            return random.nextInt(15, 91);
        }
        if (u < 0.92) {
            return random.nextInt(91, 366);
        }
        return random.nextInt(366, 1001);
    }

    private PlannedContract pickContract(int[] candidates) {
        PlannedContract chosen = null;
        for (int tries = 0; tries < 400; tries++) {
            chosen = contracts.get(candidates[random.nextInt(candidates.length)]);
            if (random.nextDouble() * DemoProviders.MAX_CLAIM_WEIGHT < chosen.provider.claimWeight()) {
                break;
            }
        }
        return chosen;
    }

    private void describe(PlannedClaim claim, String profile, String properType) {
        long age = ChronoUnit.DAYS.between(claim.received, calendar.today);
        double submitted = age < 30 ? 0.85 : age < 90 ? 0.5 : age < 180 ? 0.25 : age < 365 ? 0.08 : 0.03;
        double u = random.nextDouble();
        claim.status = u < submitted ? STATUS_SUBMITTED
                : random.nextDouble() < 55.0 / 85.0 ? STATUS_INSURED_EVENT : STATUS_NOT_INSURED_EVENT;
        claim.incidentType = switch (claim.status) {
            case STATUS_SUBMITTED -> random.nextDouble() < 0.4 ? tables.beingSpecified : properType;
            case STATUS_NOT_INSURED_EVENT -> {
                double v = random.nextDouble();
                yield v < 0.15 ? tables.other : v < 0.25 ? tables.beingSpecified : properType;
            }
            default -> properType;
        };
        double pending = switch (claim.status) {
            case STATUS_SUBMITTED -> 0.6;
            case STATUS_NOT_INSURED_EVENT -> 0.12;
            default -> 0.04;
        };
        claim.severity = random.nextDouble() < pending ? tables.pending : tables.severity(profile).pick(random);
        claim.specialty = claim.status.equals(STATUS_SUBMITTED) && random.nextDouble() < 0.1 ? null
                : tables.specialty(profile).pick(random);
        Weighted competences = claim.specialty == null ? null : tables.competences.get(claim.specialty);
        claim.competence = competences != null && random.nextDouble() < 0.1 ? competences.pick(random) : null;
        boolean finished = switch (claim.status) {
            case STATUS_NOT_INSURED_EVENT -> random.nextDouble() < (age > 60 ? 0.9 : 0.4);
            case STATUS_INSURED_EVENT -> {
                double p = age > 365 ? 0.65 : age > 180 ? 0.4 : age > 60 ? 0.15 : 0.03;
                if (claim.severity.equals("V") || claim.severity.equals("VI")) {
                    p *= 0.5; // serious cases run long: periodic payouts, disputes
                }
                yield random.nextDouble() < p;
            }
            default -> false;
        };
        if (finished) {
            int handling = claim.status.equals(STATUS_NOT_INSURED_EVENT) ? random.nextInt(14, 121) : random.nextInt(45, 541);
            claim.finished = calendar.workingDayWithin(earlier(calendar.today, claim.received.plusDays(handling)),
                    claim.received, calendar.today);
        }
        if (!claim.status.equals(STATUS_SUBMITTED)) {
            // a decision within weeks (a refusal sooner), never after the end of handling or today
            LocalDate last = claim.finished != null ? claim.finished : calendar.today;
            int days = claim.status.equals(STATUS_NOT_INSURED_EVENT) ? decisions.nextInt(5, 61) : decisions.nextInt(10, 121);
            claim.decided = calendar.workingDayWithin(earlier(last, claim.received.plusDays(days)), claim.received, last);
        }
    }
}
