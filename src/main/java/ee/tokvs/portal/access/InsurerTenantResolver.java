package ee.tokvs.portal.access;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.quarkus.hibernate.orm.runtime.tenant.TenantResolver;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Hibernate's discriminator multi-tenancy: every entity with a {@code @TenantId} column is filtered to,
 * and stamped with, the acting insurer. Terviseamet's read-only view is Hibernate's "root" tenant.
 */
@PersistenceUnitExtension
@RequestScoped
public class InsurerTenantResolver implements TenantResolver {

    @Inject
    ActingInsurer actingInsurer;

    @Override
    public String getDefaultTenantId() {
        return ActingInsurer.NOBODY;
    }

    @Override
    public String resolveTenantId() {
        return actingInsurer.tenant();
    }

    @Override
    public boolean isRoot(String tenantId) {
        return ActingInsurer.ALL_READ_ONLY.equals(tenantId);
    }
}
