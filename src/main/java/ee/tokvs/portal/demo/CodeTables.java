package ee.tokvs.portal.demo;

import static ee.tokvs.portal.reference.CodeList.ADDITIONAL_COMPETENCE;
import static ee.tokvs.portal.reference.CodeList.DAMAGE_TYPE;
import static ee.tokvs.portal.reference.CodeList.INCIDENT_TYPE;
import static ee.tokvs.portal.reference.CodeList.RECOVERY_TYPE;
import static ee.tokvs.portal.reference.CodeList.SEVERITY;
import static ee.tokvs.portal.reference.CodeList.SPECIALTY;

import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.reference.CodeList;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How often each code occurs, by risk profile or severity: weighted choices over the code lists, keeping
 * only codes that are active in the database.
 */
final class CodeTables {

    final String beingSpecified;
    final String other;
    final String pending;
    final String fallbackDamage;
    final Weighted recoveryType;
    final Map<String, Weighted> competences = new HashMap<>();
    private final Map<String, Set<String>> active;
    private final Map<String, Weighted> incidentTypes = new HashMap<>();
    private final Map<String, Weighted> severities = new HashMap<>();
    private final Map<String, Weighted> specialties = new HashMap<>();
    private final Map<String, Weighted> damageTypes = new HashMap<>();

    /** The active codes of every code list, as the database holds them now. */
    static CodeTables load(Connection connection) throws SQLException {
        Map<String, Set<String>> codes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select list, code from code_list_entry where retired_on is null");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                codes.computeIfAbsent(rs.getString(1), list -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return new CodeTables(codes);
    }

    CodeTables(Map<String, Set<String>> active) {
        this.active = active;
        beingSpecified = required(INCIDENT_TYPE, "BEING_SPECIFIED");
        other = required(INCIDENT_TYPE, "OTHER");
        pending = required(SEVERITY, ClaimRules.SEVERITY_PENDING);
        fallbackDamage = required(DAMAGE_TYPE, "TREATMENT_COSTS");
        recoveryType = weighted(RECOVERY_TYPE, "DEDUCTIBLE", 55, "OTHER_INSURER", 15, "PREMIUM_UNPAID", 10,
                "RISK_CONCEALED", 10, "CAUSER_INTOXICATED", 10);
        Weighted proper = weighted(INCIDENT_TYPE, "DIAGNOSIS_OR_TREATMENT_ERROR", 45, "ORGANISATIONAL_DUTY_BREACH", 14,
                "INFECTION", 12, "MEDICINE_ERROR", 10, "DOCUMENTATION_ERROR", 8, "DEVICE_FAILURE", 7, "TRANSPORT", 4);
        incidentTypes.put("", proper);
        incidentTypes.put("EMERGENCY_MEDICAL", weighted(INCIDENT_TYPE, "DIAGNOSIS_OR_TREATMENT_ERROR", 40,
                "TRANSPORT", 30, "ORGANISATIONAL_DUTY_BREACH", 15, "MEDICINE_ERROR", 10, "DEVICE_FAILURE", 5));
        incidentTypes.put("NURSING_CARE", weighted(INCIDENT_TYPE, "ORGANISATIONAL_DUTY_BREACH", 35, "INFECTION", 25,
                "MEDICINE_ERROR", 20, "DIAGNOSIS_OR_TREATMENT_ERROR", 15, "DOCUMENTATION_ERROR", 5));
        incidentTypes.put("DENTAL_CARE", weighted(INCIDENT_TYPE, "DIAGNOSIS_OR_TREATMENT_ERROR", 75, "INFECTION", 8,
                "DEVICE_FAILURE", 7, "DOCUMENTATION_ERROR", 5, "MEDICINE_ERROR", 5));

        Weighted minor = weighted(SEVERITY, "I", 45, "II", 35, "III", 14, "IV", 4, "V", 1.5, "VI", 0.5);
        Weighted hospital = weighted(SEVERITY, "I", 20, "II", 27, "III", 27, "IV", 15, "V", 7, "VI", 4);
        severities.put("", weighted(SEVERITY, "I", 30, "II", 31, "III", 23, "IV", 10, "V", 4, "VI", 2));
        severities.put("DENTAL_CARE", minor);
        severities.put("FAMILY_MEDICINE", minor);
        severities.put("LARGE_HOSPITAL", hospital);
        severities.put("GENERAL_HOSPITAL", hospital);
        severities.put("EMERGENCY_MEDICAL", hospital);

        specialties.put("LARGE_HOSPITAL", weighted(SPECIALTY, "GENERAL_SURGERY", 14, "ORTHOPAEDICS", 12,
                "OBSTETRICS_GYNAECOLOGY", 10, "INTERNAL_MEDICINE", 8, "EMERGENCY_MEDICINE", 8,
                "ANAESTHESIOLOGY_INTENSIVE_CARE", 6, "CARDIOLOGY", 5, "ONCOLOGY", 5, "NEUROSURGERY", 4, "NEUROLOGY", 4,
                "UROLOGY", 4, "PAEDIATRICS", 4, "CARDIOTHORACIC_SURGERY", 3, "VASCULAR_SURGERY", 3, "RADIOLOGY", 3,
                "PAEDIATRIC_SURGERY", 2, "OPHTHALMOLOGY", 2, "OTORHINOLARYNGOLOGY", 2, "PSYCHIATRY", 2,
                "PLASTIC_RECONSTRUCTIVE_SURGERY", 2, "GASTROENTEROLOGY", 2, "INFECTIOUS_DISEASES", 2, "NURSING", 2,
                "PULMONOLOGY", 1, "NEPHROLOGY", 1, "HAEMATOLOGY", 1));
        specialties.put("GENERAL_HOSPITAL", weighted(SPECIALTY, "GENERAL_SURGERY", 18, "INTERNAL_MEDICINE", 14,
                "OBSTETRICS_GYNAECOLOGY", 10, "ORTHOPAEDICS", 10, "EMERGENCY_MEDICINE", 10,
                "ANAESTHESIOLOGY_INTENSIVE_CARE", 4, "PAEDIATRICS", 4, "NURSING", 4, "NEUROLOGY", 3, "GERIATRICS", 3,
                "CARDIOLOGY", 3, "RADIOLOGY", 2, "PSYCHIATRY", 2));
        specialties.put("SPECIALIST_OUTPATIENT", weighted(SPECIALTY, "OPHTHALMOLOGY", 15,
                "OBSTETRICS_GYNAECOLOGY", 12, "DERMATOVENEREOLOGY", 10, "OTORHINOLARYNGOLOGY", 10, "ORTHOPAEDICS", 10,
                "PLASTIC_RECONSTRUCTIVE_SURGERY", 8, "PSYCHIATRY", 6, "CARDIOLOGY", 5, "UROLOGY", 5, "ENDOCRINOLOGY", 4,
                "NEUROLOGY", 4, "GASTROENTEROLOGY", 4, "RADIOLOGY", 4, "PAEDIATRICS", 4, "RHEUMATOLOGY", 3,
                "OCCUPATIONAL_HEALTH", 3, "LABORATORY_MEDICINE", 2, "ORAL_MAXILLOFACIAL_SURGERY", 2,
                "CLINICAL_GENETICS", 1));
        specialties.put("FAMILY_MEDICINE", weighted(SPECIALTY, "FAMILY_MEDICINE", 92, "NURSING", 8));
        specialties.put("DENTAL_CARE", weighted(SPECIALTY, "DENTISTRY", 90, "ORAL_MAXILLOFACIAL_SURGERY", 10));
        specialties.put("NURSING_CARE", weighted(SPECIALTY, "NURSING", 80, "GERIATRICS", 20));
        specialties.put("EMERGENCY_MEDICAL", weighted(SPECIALTY, "EMERGENCY_MEDICINE", 95,
                "ANAESTHESIOLOGY_INTENSIVE_CARE", 5));
        specialties.put("REHABILITATION", weighted(SPECIALTY, "PHYSIATRY_REHABILITATION", 85, "ORTHOPAEDICS", 10,
                "NEUROLOGY", 5));
        specialties.put("", weighted(SPECIALTY, "PSYCHIATRY", 25, "LABORATORY_MEDICINE", 20, "RADIOLOGY", 20,
                "OCCUPATIONAL_HEALTH", 20, "PATHOLOGY", 10, "CLINICAL_MICROBIOLOGY", 5));

        competence("PAEDIATRICS", "PAEDIATRICS_ALLERGOLOGY", 3, "NEONATOLOGY", 3, "PAEDIATRIC_NEUROLOGY", 2,
                "PAEDIATRIC_CARDIOLOGY", 1, "PAEDIATRIC_NEPHROLOGY", 1, "PAEDIATRIC_ENDOCRINOLOGY", 1);
        competence("PSYCHIATRY", "CHILD_ADOLESCENT_PSYCHIATRY", 1);
        competence("INTERNAL_MEDICINE", "INTERNAL_MEDICINE_ALLERGOLOGY", 1);
        competence("RADIOLOGY", "NUCLEAR_MEDICINE", 1);
        competence("ANAESTHESIOLOGY_INTENSIVE_CARE", "PAIN_MEDICINE", 1);
        competence("NEUROLOGY", "CLINICAL_NEUROPHYSIOLOGY", 1);
        competence("OTORHINOLARYNGOLOGY", "PHONIATRICS", 1);

        damageTypes.put(ClaimRules.SEVERITY_I, weighted(DAMAGE_TYPE, "TREATMENT_COSTS", 60, "TEMPORARY_INCAPACITY", 20,
                "OTHER_PECUNIARY", 12, "INCREASED_NEEDS", 8));
        damageTypes.put(ClaimRules.SEVERITY_PENDING, damageTypes.get(ClaimRules.SEVERITY_I));
        Weighted moderate = weighted(DAMAGE_TYPE, "TREATMENT_COSTS", 35, "NON_PECUNIARY", 30,
                "TEMPORARY_INCAPACITY", 18, "INCREASED_NEEDS", 9, "OTHER_PECUNIARY", 8);
        damageTypes.put("II", moderate);
        damageTypes.put("III", moderate);
        Weighted serious = weighted(DAMAGE_TYPE, "TREATMENT_COSTS", 25, "NON_PECUNIARY", 25,
                "TEMPORARY_INCAPACITY", 15, "PERMANENT_INCAPACITY", 15, "INCREASED_NEEDS", 12, "OTHER_PECUNIARY", 8);
        damageTypes.put("IV", serious);
        damageTypes.put("V", serious);
        damageTypes.put("VI", weighted(DAMAGE_TYPE, "NON_PECUNIARY", 25, "LOSS_OF_MAINTENANCE", 20,
                "FUNERAL_COSTS", 15, "TREATMENT_COSTS", 15, "PERMANENT_INCAPACITY", 10, "INCREASED_NEEDS", 8,
                "OTHER_PECUNIARY", 7));
    }

    Weighted incidentType(String profile) {
        return incidentTypes.getOrDefault(profile, incidentTypes.get(""));
    }

    Weighted severity(String profile) {
        return severities.getOrDefault(profile, severities.get(""));
    }

    Weighted specialty(String profile) {
        return specialties.getOrDefault(profile, specialties.get(""));
    }

    Weighted damage(String severity) {
        return damageTypes.getOrDefault(severity, damageTypes.get(ClaimRules.SEVERITY_I));
    }

    private String required(CodeList list, String code) {
        if (!active.getOrDefault(list.name(), Set.of()).contains(code)) {
            throw new IllegalStateException("code list " + list + " has no active code " + code);
        }
        return code;
    }

    private void competence(String specialty, Object... pairs) {
        Weighted w = Weighted.of(active.getOrDefault(ADDITIONAL_COMPETENCE.name(), Set.of()), pairs);
        if (!w.isEmpty()) {
            competences.put(specialty, w);
        }
    }

    private Weighted weighted(CodeList list, Object... pairs) {
        Weighted w = Weighted.of(active.getOrDefault(list.name(), Set.of()), pairs);
        if (w.isEmpty()) {
            throw new IllegalStateException("code list " + list + " has none of the codes the demo data uses");
        }
        return w;
    }
}
