package ee.tokvs.portal.contract;

import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The set path writes what was judged only if the contracts are still as judged: a form's amendment in between makes
 * the whole set fail as a conflict, with nothing of it written, as the entity's version does for a single save.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ContractSetWriteTest {

    @Inject
    ContractService contracts;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Test
    void aContractAmendedByAFormWhileTheSetWasJudgedFailsTheWholeSetAndTheFormsSaveStands() {
        Register.Saved theirs = register.contract(DemoData.POHJALA);
        String fresh = RegisterFixtures.unique("SW");

        OptimisticLockException conflict = assertThrows(OptimisticLockException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Contract.getEntityManager().unwrap(Session.class).doWork(connection -> {
                    ContractState before;
                    try (PreparedStatement query = connection.prepareStatement("select " + ContractStates.COLUMNS
                            + " from contract k where k.contract_number = ?")) {
                        query.setString(1, theirs.number());
                        try (ResultSet rs = query.executeQuery()) {
                            rs.next();
                            before = ContractStates.read(rs);
                        }
                    }
                    ContractSetWrite write = contracts.setWrite(connection);
                    ContractSave ours = contracts.judgeChange(before, ChangeKind.AMENDMENT,
                            aContract().sums("100000", "400000").changeDate("2025-06-12").form(), code -> true);
                    write.saved(1, ours);
                    write.contract(1, ours.after());
                    ContractSave concluded = contracts.judgeConclude(aContract().number(fresh).form(), number -> false,
                            code -> true);
                    write.saved(2, concluded);
                    write.contract(2, concluded.after());

                    // Someone amends the same contract by form, and commits, before the set is written.
                    register.change(DemoData.POHJALA, theirs.id(), ChangeKind.AMENDMENT,
                            aContract().sums("100000", "500000").changeDate("2025-06-11"));

                    write.write();
                })));

        // Met at the contract's version, before its version number could clash with the form's.
        assertEquals("a contract of the set was saved by someone else meanwhile", conflict.getMessage());
        assertEquals(2, fixtures.count(DemoData.POHJALA, "select count(*) from contract_version where contract_id = ?",
                theirs.id()), "the form's amendment stands, and only it");
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from contract where contract_number = ?",
                fresh), "nothing of the set is written");
    }
}
