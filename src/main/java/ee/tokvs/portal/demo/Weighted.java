package ee.tokvs.portal.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/** A weighted choice among codes. */
final class Weighted {

    private final String[] codes;
    private final double[] cumulative;

    private Weighted(String[] codes, double[] cumulative) {
        this.codes = codes;
        this.cumulative = cumulative;
    }

    /** From pairs of code and weight, keeping the codes in {@code allowed}. */
    static Weighted of(Set<String> allowed, Object... pairs) {
        List<String> codes = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            String code = (String) pairs[i];
            if (allowed.contains(code)) {
                sum += ((Number) pairs[i + 1]).doubleValue();
                codes.add(code);
                sums.add(sum);
            }
        }
        return new Weighted(codes.toArray(String[]::new), sums.stream().mapToDouble(Double::doubleValue).toArray());
    }

    boolean isEmpty() {
        return codes.length == 0;
    }

    String pick(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return codes[i];
            }
        }
        return codes[codes.length - 1];
    }
}
