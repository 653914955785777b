package ee.tokvs.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** A batch saved: each record's receipt under its number, in the order sent. */
public record BatchReceipt(boolean checkOnly, Map<String, Receipt> claims) implements ApiCalls.Answer {

    @Override
    public int status() {
        return 200;
    }

    @Override
    public BatchReceipt checkedOnly() {
        Map<String, Receipt> checked = new LinkedHashMap<>();
        claims.forEach((number, receipt) -> checked.put(number, receipt.checkedOnly()));
        return new BatchReceipt(true, checked);
    }
}
