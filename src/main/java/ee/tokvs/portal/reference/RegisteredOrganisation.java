package ee.tokvs.portal.reference;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** What every organisation in the reference data has: its business-registry code and its registered name. */
@MappedSuperclass
public abstract class RegisteredOrganisation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "registry_code", nullable = false, unique = true)
    public String registryCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    /** A registry code and a name as typed into a register's form, read; null where not given. */
    record Typed(String code, String name) {
    }

    /**
     * Reads both for any register (insurers, representative companies): both required, the code with a valid check
     * digit; findings at {@code registryCode} and {@code name}.
     */
    static Typed read(Findings findings, String rawCode, String rawName) {
        String code = Fields.required(findings, InsurerService.CODE, rawCode);
        String name = Fields.required(findings, InsurerService.NAME, rawName);
        if (code != null && !RegistryCode.isValid(code)) {
            findings.add(ReferenceRules.REGISTRY_CODE_INVALID.atField(InsurerService.CODE, code));
        }
        return new Typed(code, name);
    }
}
