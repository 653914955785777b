package ee.tokvs.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL itself keeps insurers apart, whatever SQL reaches it: a contract saved as its insurer's user would, then
 * attacked with plain SQL as another tenant ({@link RegisterFixtures}), which is the point of this test.
 */
@QuarkusTest
class RowLevelSecurityTest {

    private static final String A = DemoData.POHJALA;
    private static final String B = DemoData.LAANEMERE;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    long contractOfA;

    @BeforeEach
    void aContractOfInsurerA() {
        contractOfA = register.contract(A).id();
    }

    @Test
    void theOwnerSeesItsContract() {
        assertEquals(1, fixtures.count(A, "select count(*) from contract where id = ?", contractOfA));
        assertEquals(1, fixtures.count(A, "select count(*) from contract_version where contract_id = ?", contractOfA));
    }

    @Test
    void anotherInsurerSeesNothingEvenWithoutAFilter() {
        assertEquals(0, fixtures.count(B, "select count(*) from contract where id = ?", contractOfA));
        assertEquals(0, fixtures.count(B, "select count(*) from contract_version where contract_id = ?", contractOfA));
        assertEquals(0, fixtures.count(B, "select count(*) from contract where insurer_code = ?", A));
    }

    @Test
    void anotherInsurerCannotChangeOrDeleteIt() {
        assertEquals(0, fixtures.update(B, "update contract set contract_number = 'stolen' where id = ?", contractOfA));
        assertEquals(0, fixtures.update(B, "delete from contract where id = ?", contractOfA));
        assertEquals(1, fixtures.count(A, "select count(*) from contract where id = ? and contract_number <> 'stolen'", contractOfA));
    }

    @Test
    void noInsurerCanWriteRowsInAnotherInsurersName() {
        assertThrows(IllegalStateException.class, () -> fixtures.update(B,
                "insert into contract (insurer_code, contract_number) values (?, ?)", A, RegisterFixtures.unique("X")));
    }

    @Test
    void terviseametReadsEveryInsurerButWritesNothing() {
        assertEquals(1, fixtures.count(ActingInsurer.ALL_READ_ONLY, "select count(*) from contract where id = ?", contractOfA));
        assertEquals(0, fixtures.update(ActingInsurer.ALL_READ_ONLY,
                "update contract set contract_number = 'x' where id = ?", contractOfA));
        assertThrows(IllegalStateException.class, () -> fixtures.update(ActingInsurer.ALL_READ_ONLY,
                "insert into contract (insurer_code, contract_number) values (?, ?)", A, RegisterFixtures.unique("X")));
    }

    @Test
    void aConnectionActingForNobodySeesNothing() {
        assertEquals(0, fixtures.count(ActingInsurer.NOBODY, "select count(*) from contract where id = ?", contractOfA));
    }

    @Test
    void contractVersionsCannotBeRewritten() {
        assertThrows(IllegalStateException.class, () -> fixtures.update(A,
                "update contract_version set sum_per_event = 1 where contract_id = ?", contractOfA));
    }
}
