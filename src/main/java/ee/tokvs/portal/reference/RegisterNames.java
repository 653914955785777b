package ee.tokvs.portal.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The names of the register's organisations as one request shows them: all insurers (and, when asked, all
 * representative companies) read once, the first time a page names one, so that a list names each row's insurer
 * without a query per row. There are only a handful of each. Templates reach it as {@code inject:names}; the tag
 * {@code {#insurer code=… /}} shows an insurer as people know it.
 */
@RequestScoped
@Named("names")
public class RegisterNames {

    private List<Insurer> insurers;
    private Map<String, String> insurerNames;
    private Map<String, String> companyNames;

    /** Every insurer, by name: what a choice of insurer offers. */
    public List<Insurer> insurers() {
        if (insurers == null) {
            insurers = Insurer.listByName();
        }
        return insurers;
    }

    public boolean isInsurer(String registryCode) {
        return insurerNames().containsKey(registryCode);
    }

    /** The insurer's registered name; the code itself where the register has no such insurer. */
    public String insurer(String registryCode) {
        return insurerNames().getOrDefault(registryCode, registryCode);
    }

    /** The representative company's registered name; the code itself where the register has no such company. */
    public String company(String registryCode) {
        if (companyNames == null) {
            companyNames = byCode(() -> RepresentativeCompany.<RepresentativeCompany>listAll());
        }
        return companyNames.getOrDefault(registryCode, registryCode);
    }

    private Map<String, String> insurerNames() {
        if (insurerNames == null) {
            insurerNames = byCode(this::insurers);
        }
        return insurerNames;
    }

    private static Map<String, String> byCode(Supplier<List<? extends RegisteredOrganisation>> organisations) {
        Map<String, String> names = new LinkedHashMap<>();
        organisations.get().forEach(o -> names.put(o.registryCode, o.name));
        return names;
    }
}
