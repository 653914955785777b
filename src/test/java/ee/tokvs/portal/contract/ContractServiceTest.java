package ee.tokvs.portal.contract;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.ConflictException;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@QuarkusTest
@ActingAsPohjalaStaff
class ContractServiceTest {

    @Inject
    ContractService contracts;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** A change of the contract as its page showed it: on this day, to this sum per event. */
    static ContractForm change(Contract contract, LocalDate changeDate, String perEvent) {
        return change(changeDate, perEvent).lockVersion(contract.lockVersion).form();
    }

    static ContractBuilder change(LocalDate changeDate, String perEvent) {
        return aContract().changeDate(changeDate).sumPerEvent(perEvent);
    }

    private long events(long contractId, String action, boolean late) {
        return fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_type = 'CONTRACT'"
                + " and record_id = ? and action = ? and late = ? and actor_username = 'pohjala.staff'", contractId, action, late);
    }

    @Test
    void concludingWritesVersionOneForTheActingInsurerAndAnEventWithItsDeadline() {
        long id = contracts.conclude(aContract().changeDate(LocalDate.of(2025, 12, 23)).form()).id;

        assertEquals(1, fixtures.count(DemoData.POHJALA,
                "select count(*) from contract_version where contract_id = ? and version_no = 1 and change_kind = 'CONCLUSION'", id));
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from contract where id = ?", id));
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_id = ?"
                + " and record_type = 'CONTRACT' and business_date = '2025-12-23' and deadline = '2025-12-29'", id));
        assertEquals(1, events(id, "CONTRACT_CONCLUDED", true), "a change of December 2025 reported now is late");
    }

    @Test
    void dataReportedOnTheDayItAriseIsOnTime() {
        LocalDate today = LocalDate.now(WorkingDays.TALLINN);
        long id = contracts.conclude(aContract().changeDate(today).form()).id;
        assertEquals(1, events(id, "CONTRACT_CONCLUDED", false));
    }

    @Test
    void anAmendmentMakesVersionTwoAndRecordsWhatChanged() {
        Contract contract = contracts.conclude(aContract().form());
        contracts.change(contract.id, ChangeKind.AMENDMENT, change(contract, LocalDate.of(2025, 3, 1), "200000"));

        assertEquals(2, fixtures.count(DemoData.POHJALA, "select count(*) from contract_version where contract_id = ?", contract.id));
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from submission_event where record_id = ?"
                + " and action = 'CONTRACT_AMENDMENT' and changes @> '[{\"field\":\"sumPerEvent\",\"before\":\"100000.00\","
                + "\"after\":\"200000.00\"}]'::jsonb", contract.id));
    }

    @Test
    void theCurrentVersionIsTheSameForTheEntityAndForTheViewEveryQueryReads() {
        Contract contract = contracts.conclude(aContract().form());
        contract = contracts.change(contract.id, ChangeKind.AMENDMENT, change(contract, LocalDate.of(2025, 3, 1), "200000"));
        long id = contracts.change(contract.id, ChangeKind.EXTENSION, change(LocalDate.of(2025, 12, 1), "200000")
                .periodEnd("2026-12-31").lockVersion(contract.lockVersion).form()).id;

        long[] entityAndView = QuarkusTransaction.requiringNew().call(() -> {
            ContractVersion current = contracts.get(id).current();
            return new long[] {current.id, current.versionNo, CurrentContractVersion.<CurrentContractVersion>findById(id).versionId};
        });
        assertEquals(3, entityAndView[1]);
        assertEquals(entityAndView[0], entityAndView[2]);
        assertEquals(1, fixtures.count(DemoData.POHJALA, "select count(*) from current_contract_version where contract_id = ?"
                + " and version_id = ? and version_no = 3 and period_end = '2026-12-31'", id, entityAndView[0]));
        // the view applies the reader's row-level security: Terviseamet sees it, another insurer does not
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from current_contract_version"
                + " where contract_id = ?", id));
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from current_contract_version"
                + " where contract_id = ?", id));
    }

    @Test
    void aRefusedContractWritesNothing() {
        ContractBuilder bad = aContract().periodEnd("2024-12-31");
        RuleViolationException refused = assertThrows(RuleViolationException.class, () -> contracts.conclude(bad.form()));
        assertTrue(refused.findings().hasMessage("rule_period_end_before_start"));
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from contract where contract_number = ?",
                bad.number()));
    }

    @Test
    void aChangeFromAStalePageIsAConflictAndWritesNothing() {
        Contract contract = contracts.conclude(aContract().form());
        contracts.change(contract.id, ChangeKind.AMENDMENT, change(contract, LocalDate.of(2025, 3, 1), "200000"));

        ContractForm stale = change(contract, LocalDate.of(2025, 3, 2), "300000");
        assertThrows(ConflictException.class, () -> contracts.change(contract.id, ChangeKind.AMENDMENT, stale));
        assertEquals(2, fixtures.count(DemoData.POHJALA, "select count(*) from contract_version where contract_id = ?", contract.id));
    }

    @Test
    void anotherInsurersContractCannotBeChanged() {
        long theirs = register.contract(DemoData.LAANEMERE).id();
        ContractForm change = change(LocalDate.of(2025, 3, 1), "1").lockVersion(0).form();
        assertThrows(jakarta.ws.rs.NotFoundException.class, () -> contracts.change(theirs, ChangeKind.AMENDMENT, change));
        assertEquals(1, fixtures.count(DemoData.LAANEMERE, "select count(*) from contract_version where contract_id = ?", theirs));
    }
}
