package ee.tokvs.portal.claim;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.ActingAsPohjalaStaff;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.junit.jupiter.api.Test;

/**
 * The set path writes what was judged only if the claims are still as judged: a form's save in between makes the
 * whole set fail as a conflict, with nothing of it written, as the entity's version does for a single save.
 */
@QuarkusTest
@ActingAsPohjalaStaff
class ClaimSetWriteTest {

    @Inject
    ClaimService claims;

    @Inject
    Register register;

    @Inject
    RegisterFixtures fixtures;

    @Test
    void aClaimSavedByAFormWhileTheSetWasJudgedFailsTheWholeSetAndTheFormsSaveStands() {
        String contract = register.contract(DemoData.POHJALA).number();
        Register.Saved theirs = register.claim(DemoData.POHJALA, aClaim().contract(contract));
        String fresh = RegisterFixtures.unique("SW");

        assertThrows(OptimisticLockException.class, () -> QuarkusTransaction.requiringNew().run(() ->
                Claim.getEntityManager().unwrap(Session.class).doWork(connection -> {
                    ClaimState before = ClaimStates.byNumber(connection, List.of(theirs.number())).get(theirs.number());
                    Map<String, ClaimContract> contracts = ClaimStates.contracts(connection, List.of(contract));
                    ClaimSetWrite write = claims.setWrite(connection);
                    ClaimSave ours = claims.judgeChange(before, aClaim().number(theirs.number()).contract(contract)
                            .severity("III").changeDate("2025-06-12").form(), contracts::get);
                    write.saved(1, theirs.number(), null, ours);
                    write.claim(1, ours.after());
                    ClaimSave created = claims.judgeCreate(aClaim().number(fresh).contract(contract).form(),
                            contracts::get, number -> false);
                    write.saved(2, fresh, null, created);
                    write.claim(2, created.after());

                    // Someone saves the same claim by form, and commits, before the set is written.
                    register.change(DemoData.POHJALA, theirs.id(), aClaim().number(theirs.number()).contract(contract)
                            .severity("IV").changeDate("2025-06-11"));

                    write.write();
                })));

        assertEquals("IV", fixtures.asInsurer(DemoData.POHJALA, connection -> DatabaseSessions.text(connection,
                "select severity from claim where id = ?", theirs.id())), "the form's save stands");
        assertEquals(0, fixtures.count(DemoData.POHJALA, "select count(*) from claim where claim_number = ?", fresh),
                "nothing of the set is written");
    }
}
