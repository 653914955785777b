package ee.tokvs.portal.claim;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A claim's money at a glance: paid, reserved (the current estimate per damage type), incurred (paid plus
 * reserved), recovered (negative) and outstanding recoveries; in total and per damage type. Net of corrections:
 * payouts and recoveries summed with their reversals, estimates only those not reversed.
 */
public record ClaimTotals(BigDecimal paid, BigDecimal reserved, BigDecimal incurred, BigDecimal recovered,
        BigDecimal outstandingRecoveries, List<ByDamageType> byDamageType) {

    /** One damage type's line. */
    public record ByDamageType(String damageType, BigDecimal paid, BigDecimal reserved, BigDecimal incurred) {
    }

    public static ClaimTotals of(Claim claim) {
        Map<String, BigDecimal> paid = new TreeMap<>();
        claim.payouts.forEach(p -> paid.merge(p.damageType, p.amount, BigDecimal::add));
        Map<String, BigDecimal> reserved = new TreeMap<>();
        currentReserves(claim).forEach(r -> reserved.put(r.damageType, r.amount));
        Map<String, BigDecimal> outstanding = new LinkedHashMap<>();
        currentOutstanding(claim).forEach(o -> outstanding.put(o.recoveryType, o.amount));

        TreeMap<String, ByDamageType> lines = new TreeMap<>();
        for (String type : union(paid, reserved)) {
            BigDecimal p = paid.getOrDefault(type, BigDecimal.ZERO);
            BigDecimal r = reserved.getOrDefault(type, BigDecimal.ZERO);
            if (p.signum() == 0 && !reserved.containsKey(type)) {
                continue; // its payouts reversed, nothing paid
            }
            lines.put(type, new ByDamageType(type, scaled(p), scaled(r), scaled(p.add(r))));
        }
        BigDecimal totalPaid = sum(paid.values());
        BigDecimal totalReserved = sum(reserved.values());
        return new ClaimTotals(totalPaid, totalReserved, scaled(totalPaid.add(totalReserved)),
                sum(claim.recoveries.stream().map(r -> r.amount).toList()), sum(outstanding.values()),
                List.copyOf(lines.values()));
    }

    /**
     * The latest reserve per damage type: by the date it was set, then by the order it was entered; a reserve corrected
     * away (reversed) and its reversal are no estimate.
     */
    public static List<Reserve> currentReserves(Claim claim) {
        Map<String, Reserve> latest = new TreeMap<>();
        MoneyRow.standing(claim.reserves).stream()
                .sorted(Comparator.comparing((Reserve r) -> r.setOn).thenComparing(r -> r.id))
                .forEach(r -> latest.put(r.damageType, r));
        return List.copyOf(latest.values());
    }

    public static List<OutstandingRecovery> currentOutstanding(Claim claim) {
        Map<String, OutstandingRecovery> latest = new TreeMap<>();
        MoneyRow.standing(claim.outstandingRecoveries).stream()
                .sorted(Comparator.comparing((OutstandingRecovery o) -> o.setOn).thenComparing(o -> o.id))
                .forEach(o -> latest.put(o.recoveryType, o));
        return List.copyOf(latest.values());
    }

    private static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> keys = new java.util.TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static BigDecimal sum(java.util.Collection<BigDecimal> values) {
        return scaled(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.setScale(2);
    }
}
