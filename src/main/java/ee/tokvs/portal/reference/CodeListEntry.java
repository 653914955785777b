package ee.tokvs.portal.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One entry of a code list. A retired entry stays valid on the records that already use it. */
@Entity
@Table(name = "code_list_entry")
public class CodeListEntry extends PanacheEntityBase {

    @Embeddable
    public record Key(@Enumerated(EnumType.STRING) @Column(name = "list") CodeList list, @Column(name = "code") String code)
            implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "label_et", nullable = false)
    public String labelEt;

    @Column(name = "label_en", nullable = false)
    public String labelEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "retired_on")
    public LocalDate retiredOn;

    public String code() {
        return key.code();
    }

    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelEt;
    }

    public String parentCodeOrNull() {
        return parentCode;
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    public static List<CodeListEntry> of(CodeList list) {
        return list("key.list = ?1 order by sortOrder, key.code", list);
    }
}
