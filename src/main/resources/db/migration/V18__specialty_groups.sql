-- Specialty groups (erialarühmad) for the dashboards: a question like "serious claims in surgery" means every surgical
-- specialty together. Terviseamet's reference data, as the code lists; each specialty of the SPECIALTY list
-- (määrus nr 110, and the three care types of V3) belongs to exactly one group (SpecialtyGroupsTest).
create table specialty_group (
    code       text primary key,
    label_et   text not null,
    label_en   text not null,
    sort_order int  not null
);

create table specialty_group_member (
    specialty  text primary key,
    group_code text not null references specialty_group (code)
);

insert into specialty_group (code, label_et, label_en, sort_order) values
    ('SURGICAL',       'kirurgilised erialad',            'surgical specialties',             10),
    ('INTERNAL',       'sisehaiguste erialad',            'internal medicine specialties',    20),
    ('ACUTE_CARE',     'erakorraline ja intensiivravi',   'emergency and intensive care',     30),
    ('MOTHER_CHILD',   'ema ja lapse tervis',             'mother and child health',          40),
    ('MENTAL_NEURO',   'psühhiaatria ja neuroloogia',     'psychiatry and neurology',         50),
    ('DIAGNOSTIC',     'diagnostilised erialad',          'diagnostic specialties',           60),
    ('PRIMARY_OTHER',  'esmatasand, õendus ja muu',       'primary, nursing and other care',  70);

insert into specialty_group_member (specialty, group_code) values
    ('GENERAL_SURGERY', 'SURGICAL'), ('CARDIOTHORACIC_SURGERY', 'SURGICAL'), ('PAEDIATRIC_SURGERY', 'SURGICAL'),
    ('NEUROSURGERY', 'SURGICAL'), ('ORAL_MAXILLOFACIAL_SURGERY', 'SURGICAL'), ('ORTHOPAEDICS', 'SURGICAL'),
    ('OTORHINOLARYNGOLOGY', 'SURGICAL'), ('PLASTIC_RECONSTRUCTIVE_SURGERY', 'SURGICAL'), ('UROLOGY', 'SURGICAL'),
    ('VASCULAR_SURGERY', 'SURGICAL'), ('OPHTHALMOLOGY', 'SURGICAL'),
    ('INTERNAL_MEDICINE', 'INTERNAL'), ('CARDIOLOGY', 'INTERNAL'), ('ENDOCRINOLOGY', 'INTERNAL'),
    ('GASTROENTEROLOGY', 'INTERNAL'), ('HAEMATOLOGY', 'INTERNAL'), ('INFECTIOUS_DISEASES', 'INTERNAL'),
    ('NEPHROLOGY', 'INTERNAL'), ('PULMONOLOGY', 'INTERNAL'), ('RHEUMATOLOGY', 'INTERNAL'), ('ONCOLOGY', 'INTERNAL'),
    ('GERIATRICS', 'INTERNAL'), ('DERMATOVENEREOLOGY', 'INTERNAL'),
    ('EMERGENCY_MEDICINE', 'ACUTE_CARE'), ('ANAESTHESIOLOGY_INTENSIVE_CARE', 'ACUTE_CARE'),
    ('OBSTETRICS_GYNAECOLOGY', 'MOTHER_CHILD'), ('PAEDIATRICS', 'MOTHER_CHILD'),
    ('PSYCHIATRY', 'MENTAL_NEURO'), ('NEUROLOGY', 'MENTAL_NEURO'),
    ('RADIOLOGY', 'DIAGNOSTIC'), ('LABORATORY_MEDICINE', 'DIAGNOSTIC'), ('PATHOLOGY', 'DIAGNOSTIC'),
    ('CLINICAL_MICROBIOLOGY', 'DIAGNOSTIC'), ('CLINICAL_GENETICS', 'DIAGNOSTIC'), ('FORENSIC_MEDICINE', 'DIAGNOSTIC'),
    ('FAMILY_MEDICINE', 'PRIMARY_OTHER'), ('NURSING', 'PRIMARY_OTHER'), ('DENTISTRY', 'PRIMARY_OTHER'),
    ('OCCUPATIONAL_HEALTH', 'PRIMARY_OTHER'), ('PHYSIATRY_REHABILITATION', 'PRIMARY_OTHER');
