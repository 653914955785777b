package ee.tokvs.portal.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/**
 * The names of the register's organisations as one request shows them (one picture of {@link ReferenceCache} for the
 * whole request), so that a list names each row's insurer without a query per row. Templates reach it as
 * {@code inject:names}; the tag {@code {#insurer code=… /}} shows an insurer as people know it.
 */
@RequestScoped
@Named("names")
public class RegisterNames {

    @Inject
    ReferenceCache cache;

    private ReferenceData data;

    /** Every insurer, by name: what a choice of insurer offers. */
    public List<ReferenceData.RegisteredName> insurers() {
        return data().insurers();
    }

    public boolean isInsurer(String registryCode) {
        return data().insurerNames().containsKey(registryCode);
    }

    /** The insurer's registered name; the code itself where the register has no such insurer. */
    public String insurer(String registryCode) {
        return data().insurerNames().getOrDefault(registryCode, registryCode);
    }

    /** The representative company's registered name; the code itself where the register has no such company. */
    public String company(String registryCode) {
        return data().companies().getOrDefault(registryCode, registryCode);
    }

    private ReferenceData data() {
        if (data == null) {
            data = cache.current();
        }
        return data;
    }
}
