package ee.tokvs.portal.claim;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeListEntry;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the load bench changed in the claim list's queries (issue #19): the count and the sums of paid and reserved read
 * straight from the summaries when nothing narrows the list, through the claims found otherwise, both the same,
 * net of corrections and the insurer's own only; each row of every page with its own claim's sums (read for the page's
 * claims alone); and a coded column sorted in its code list's order through a join.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ClaimListQueriesTest {

    @Inject
    ClaimService claims;

    @Inject
    Register register;

    @Test
    void theWholeListSumsWhatTheFoundClaimsSumNetAndOwnOnly() {
        BigDecimal[] before = sums(new ClaimFilter());
        int countBefore = search(new ClaimFilter()).total();
        Register.Saved claim = register.claim(DemoData.POHJALA);
        register.add(DemoData.POHJALA, claim.id(), aPayout().amount("1200.00"));
        register.add(DemoData.POHJALA, claim.id(), aReserve().amount("5000.00"));
        register.add(DemoData.POHJALA, claim.id(), aReserve().amount("3000.00"));
        Register.Saved other = register.claim(DemoData.LAANEMERE);
        register.add(DemoData.LAANEMERE, other.id(), aPayout().amount("777.00"));
        register.add(DemoData.LAANEMERE, other.id(), aReserve().amount("888.00"));
        QuarkusTransaction.requiringNew().run(() -> {
            Claim stored = claims.get(claim.id());
            ItemForm reason = new ItemForm();
            reason.correctionReason = "a wrong amount";
            reason.lockVersion = String.valueOf(stored.lockVersion);
            long payout = Payout.<Payout>list("claim.id", claim.id()).get(0).id;
            claims.correct(claim.id(), ItemForm.Kind.PAYOUT, payout, reason);
        });

        BigDecimal[] whole = sums(new ClaimFilter());
        ClaimFilter everySince2000 = new ClaimFilter();
        everySince2000.receivedFrom = "2000-01-01";
        assertEquals(List.of(whole), List.of(sums(everySince2000)), "the whole list's sums as those of the claims found");
        assertEquals(search(everySince2000).total(), search(new ClaimFilter()).total(), "the count as the claims found");
        assertEquals(countBefore + 1, search(new ClaimFilter()).total(), "Pohjala's new claim, not Läänemere's");
        // the payout reversed nets to nothing; of the reserves only the latest stands; Läänemere's money is not here
        assertEquals(List.of(before[0], before[1].add(new BigDecimal("3000.00"))), List.of(whole));
    }

    @Test
    void eachRowOnEveryPageCarriesItsOwnClaimsSums() {
        Register.Saved contract = register.contract(DemoData.POHJALA);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < ClaimSearch.PAGE_SIZE + 2; i++) {
            ids.add(register.claim(DemoData.POHJALA, aClaim().contract(contract.number())).id());
        }
        register.add(DemoData.POHJALA, ids.get(0), aPayout().amount("30.00"));
        register.add(DemoData.POHJALA, ids.get(ids.size() - 1), aPayout().amount("10.00"));
        register.add(DemoData.POHJALA, ids.get(ids.size() - 1), aReserve().amount("20.00"));
        Map<Long, List<BigDecimal>> expected = new HashMap<>();
        ids.forEach(id -> expected.put(id, euros(BigDecimal.ZERO, BigDecimal.ZERO)));
        expected.put(ids.get(0), euros(new BigDecimal("30.00"), BigDecimal.ZERO));
        expected.put(ids.get(ids.size() - 1), euros(new BigDecimal("10.00"), new BigDecimal("20.00")));

        for (String sort : List.of("received", "paid", "-reserved")) {
            ClaimFilter filter = new ClaimFilter();
            filter.contractNumber = contract.number();
            filter.sort = sort;
            Map<Long, List<BigDecimal>> shown = new HashMap<>();
            for (String page : List.of("0", "1")) {
                filter.page = page;
                search(filter).rows().forEach(r -> shown.put(r.claim().id, euros(r.paid(), r.reserved())));
            }
            assertEquals(expected, shown, "every claim once over both pages with its sums, sorted by " + sort);
        }
    }

    /** Sums compared by value (a claim without money reads as a plain 0). */
    private static List<BigDecimal> euros(BigDecimal paid, BigDecimal reserved) {
        return List.of(paid.stripTrailingZeros(), reserved.stripTrailingZeros());
    }

    @Test
    void aCodedColumnSortsInItsCodeListsOrderBothWays() {
        Register.Saved contract = register.contract(DemoData.POHJALA);
        for (String severity : List.of("III", "I", "VI", "II")) {
            register.claim(DemoData.POHJALA, aClaim().contract(contract.number()).insured(severity));
        }
        List<String> inListOrder = QuarkusTransaction.requiringNew().call(() -> CodeListEntry.of(CodeList.SEVERITY)
                .stream().map(CodeListEntry::code).filter(List.of("III", "I", "VI", "II")::contains).toList());
        ClaimFilter filter = new ClaimFilter();
        filter.contractNumber = contract.number();
        filter.sort = "severity";
        assertEquals(inListOrder, severities(filter));
        filter.sort = "-severity";
        List<String> reversed = new ArrayList<>(inListOrder);
        Collections.reverse(reversed);
        assertEquals(reversed, severities(filter));
    }

    private static List<String> severities(ClaimFilter filter) {
        return search(filter).rows().stream().map(r -> r.claim().severity).toList();
    }

    private static BigDecimal[] sums(ClaimFilter filter) {
        ClaimSearch.Result result = search(filter);
        return new BigDecimal[] {result.paid(), result.reserved()};
    }

    private static ClaimSearch.Result search(ClaimFilter filter) {
        return QuarkusTransaction.requiringNew().call(() -> new ClaimSearch(filter, LocalDate.of(2026, 12, 1),
                text -> text == null ? null : LocalDate.parse(text), groups -> List.of()).run());
    }
}
