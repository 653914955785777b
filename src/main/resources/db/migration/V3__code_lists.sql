-- Code lists of the TOKVS report (kept by Terviseamet; rows are never deleted, only retired via retired_on).
-- Sources:
--   CLAIM_STATUS, INCIDENT_TYPE, SEVERITY, DAMAGE_TYPE, RECOVERY_TYPE: draft regulation "Kindlustusandja esitatav
--     tervishoiuteenuse osutaja kohustusliku vastutuskindlustuse aruanne" § 2(2) and its explanatory memo
--     (TOKVS § 10(2), § 12, § 19(3)/(4), § 22), seed 002.
--   RISK_PROFILE: § 4(3)/(6) of the same regulation; the memo only gives examples (suurhaiglad, hambaravi,
--     perearstiabi), the rest is a working list for Terviseamet to confirm.
--   SPECIALTY, ADDITIONAL_COMPETENCE: sotsiaalministri 28.11.2001 määrus nr 110 "Eriarstiabi erialade ja erialade
--     lisapädevuste loetelu", written from knowledge of the regulation, not from its consolidated text; to be
--     checked against Riigi Teataja before production (uncertain entries are marked below).

-- § 2(2) p 6: claim status. Every claim starts as SUBMITTED.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('CLAIM_STATUS', 'SUBMITTED',         null, 'esitatud nõue',        'submitted claim',      10),
    ('CLAIM_STATUS', 'INSURED_EVENT',     null, 'on kindlustusjuhtum',  'insured event',        20),
    ('CLAIM_STATUS', 'NOT_INSURED_EVENT', null, 'pole kindlustusjuhtum', 'not an insured event', 30);

-- § 2(2) p 7: incident type (TOKVS § 10(2)), plus BEING_SPECIFIED and OTHER, which are not allowed once the
-- claim status is INSURED_EVENT.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('INCIDENT_TYPE', 'DIAGNOSIS_OR_TREATMENT_ERROR', null, 'diagnoosimis- või raviviga',               'diagnosis or treatment error',     10),
    ('INCIDENT_TYPE', 'INFECTION',                    null, 'nakkus',                                   'infection',                        20),
    ('INCIDENT_TYPE', 'TRANSPORT',                    null, 'transport',                                'transport',                        30),
    ('INCIDENT_TYPE', 'DEVICE_FAILURE',               null, 'seadme rike',                              'device failure',                   40),
    ('INCIDENT_TYPE', 'MEDICINE_ERROR',               null, 'vale või kõlbmatu ravim või selle annus',  'wrong or unfit medicine or dose',  50),
    ('INCIDENT_TYPE', 'DOCUMENTATION_ERROR',          null, 'dokumenteerimisviga',                      'documentation error',              60),
    ('INCIDENT_TYPE', 'ORGANISATIONAL_DUTY_BREACH',   null, 'korraldusliku kohustuse rikkumine',        'breach of an organisational duty', 70),
    ('INCIDENT_TYPE', 'BEING_SPECIFIED',              null, 'täpsustamisel',                            'being specified',                  80),
    ('INCIDENT_TYPE', 'OTHER',                        null, 'muu',                                      'other',                            90);

-- § 2(2) p 8: severity of the health damage or bodily injury (TOKVS § 19(3)/(4); levels described in the annex
-- of the severity regulation), plus PENDING.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('SEVERITY', 'I',       null, 'I – väike',            'I – minor',                           10),
    ('SEVERITY', 'II',      null, 'II – keskmine kergem', 'II – moderate, lighter',              20),
    ('SEVERITY', 'III',     null, 'III – keskmine raskem', 'III – moderate, heavier',            30),
    ('SEVERITY', 'IV',      null, 'IV – raske',           'IV – serious',                        40),
    ('SEVERITY', 'V',       null, 'V – väga raske',       'V – very serious',                    50),
    ('SEVERITY', 'VI',      null, 'VI – eriti raske',     'VI – extremely serious or death',     60),
    ('SEVERITY', 'PENDING', null, 'täpsustamisel',        'being specified',                     70);

-- § 2(2) p 10 and 12: damage type of payouts and reserves (TOKVS § 12).
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('DAMAGE_TYPE', 'TREATMENT_COSTS',      null, 'ravikulud',                 'treatment costs',         10),
    ('DAMAGE_TYPE', 'INCREASED_NEEDS',      null, 'vajaduse suurenemine',      'increased needs',         20),
    ('DAMAGE_TYPE', 'TEMPORARY_INCAPACITY', null, 'ajutine töövõimetus',       'temporary incapacity',    30),
    ('DAMAGE_TYPE', 'PERMANENT_INCAPACITY', null, 'püsiv töövõimetus',         'permanent incapacity',    40),
    ('DAMAGE_TYPE', 'FUNERAL_COSTS',        null, 'matusekulu',                'funeral costs',           50),
    ('DAMAGE_TYPE', 'LOSS_OF_MAINTENANCE',  null, 'ülalpidamise äralangemine', 'loss of maintenance',     60),
    ('DAMAGE_TYPE', 'OTHER_PECUNIARY',      null, 'muu varaline kahju',        'other pecuniary damage',  70),
    ('DAMAGE_TYPE', 'NON_PECUNIARY',        null, 'mittevaraline kahju',       'non-pecuniary damage',    80);

-- § 2(2) p 11 and 13: recovery type (TOKVS § 22). Received recoveries are recorded with a minus sign.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('RECOVERY_TYPE', 'DEDUCTIBLE',         null, 'omavastutus',               'deductible',                  10),
    ('RECOVERY_TYPE', 'CAUSER_INTOXICATED', null, 'põhjustaja joobes',         'causer intoxicated',          20),
    ('RECOVERY_TYPE', 'PREMIUM_UNPAID',     null, 'kindlustusmakse tasumata',  'premium unpaid',              30),
    ('RECOVERY_TYPE', 'RISK_CONCEALED',     null, 'riskiasjaolude varjamine',  'risk circumstances concealed', 40),
    ('RECOVERY_TYPE', 'OTHER_INSURER',      null, 'teine kindlustusandja',     'another insurer',             50);

-- § 4(3)/(6): provider risk profiles. Only LARGE_HOSPITAL, DENTAL_CARE and FAMILY_MEDICINE are named in the memo;
-- the others are a proposal for Terviseamet to confirm.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('RISK_PROFILE', 'LARGE_HOSPITAL',        null, 'suur haigla',                           'large hospital',                 10),
    ('RISK_PROFILE', 'GENERAL_HOSPITAL',      null, 'üld- või kohalik haigla',               'general or local hospital',      20),
    ('RISK_PROFILE', 'SPECIALIST_OUTPATIENT', null, 'ambulatoorne eriarstiabi',              'outpatient specialist care',     30),
    ('RISK_PROFILE', 'FAMILY_MEDICINE',       null, 'perearstiabi',                          'family medicine',                40),
    ('RISK_PROFILE', 'DENTAL_CARE',           null, 'hambaravi',                             'dental care',                    50),
    ('RISK_PROFILE', 'NURSING_CARE',          null, 'õendusabi',                             'nursing care',                   60),
    ('RISK_PROFILE', 'EMERGENCY_MEDICAL',     null, 'kiirabi',                               'emergency medical service',      70),
    ('RISK_PROFILE', 'REHABILITATION',        null, 'taastusravi',                           'rehabilitation',                 80),
    ('RISK_PROFILE', 'OTHER_PROVIDER',        null, 'muu tervishoiuteenuse osutaja',         'other healthcare provider',      90);

-- § 2(2) p 9: medical specialty (määrus nr 110, § 1), in the regulation's alphabetical order.
-- Uncertain (verify against the consolidated text): whether the rehabilitation specialty is named
-- "füsiaatria ja taastusravi" or "taastusravi ja füsiaatria"; whether cardiothoracic surgery is one specialty
-- (kardiotorakaalkirurgia) or split into torakaalkirurgia and kardiovaskulaarkirurgia; whether geriaatria,
-- kliiniline mikrobioloogia, kohtuarstiteadus and näo-lõualuukirurgia are in this regulation's list.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('SPECIALTY', 'ANAESTHESIOLOGY_INTENSIVE_CARE', null, 'anestesioloogia ja intensiivravi', 'anaesthesiology and intensive care',   10),
    ('SPECIALTY', 'DERMATOVENEREOLOGY',             null, 'dermatoveneroloogia',              'dermatovenereology',                   20),
    ('SPECIALTY', 'ENDOCRINOLOGY',                  null, 'endokrinoloogia',                  'endocrinology',                        30),
    ('SPECIALTY', 'EMERGENCY_MEDICINE',             null, 'erakorraline meditsiin',           'emergency medicine',                   40),
    ('SPECIALTY', 'PHYSIATRY_REHABILITATION',       null, 'füsiaatria ja taastusravi',        'physical and rehabilitation medicine', 50),
    ('SPECIALTY', 'GASTROENTEROLOGY',               null, 'gastroenteroloogia',               'gastroenterology',                     60),
    ('SPECIALTY', 'GERIATRICS',                     null, 'geriaatria',                       'geriatrics',                           70),  -- uncertain
    ('SPECIALTY', 'HAEMATOLOGY',                    null, 'hematoloogia',                     'haematology',                          80),
    ('SPECIALTY', 'INFECTIOUS_DISEASES',            null, 'infektsioonhaigused',              'infectious diseases',                  90),
    ('SPECIALTY', 'CARDIOLOGY',                     null, 'kardioloogia',                     'cardiology',                          100),
    ('SPECIALTY', 'CARDIOTHORACIC_SURGERY',         null, 'kardiotorakaalkirurgia',           'cardiothoracic surgery',              110),  -- uncertain name
    ('SPECIALTY', 'CLINICAL_GENETICS',              null, 'kliiniline geneetika',             'clinical genetics',                   120),
    ('SPECIALTY', 'CLINICAL_MICROBIOLOGY',          null, 'kliiniline mikrobioloogia',        'clinical microbiology',               130),  -- uncertain
    ('SPECIALTY', 'FORENSIC_MEDICINE',              null, 'kohtuarstiteadus',                 'forensic medicine',                   140),  -- uncertain
    ('SPECIALTY', 'LABORATORY_MEDICINE',            null, 'laborimeditsiin',                  'laboratory medicine',                 150),
    ('SPECIALTY', 'PAEDIATRIC_SURGERY',             null, 'lastekirurgia',                    'paediatric surgery',                  160),
    ('SPECIALTY', 'NEPHROLOGY',                     null, 'nefroloogia',                      'nephrology',                          170),
    ('SPECIALTY', 'NEUROSURGERY',                   null, 'neurokirurgia',                    'neurosurgery',                        180),
    ('SPECIALTY', 'NEUROLOGY',                      null, 'neuroloogia',                      'neurology',                           190),
    ('SPECIALTY', 'ORAL_MAXILLOFACIAL_SURGERY',     null, 'näo-lõualuukirurgia',              'oral and maxillofacial surgery',      200),  -- uncertain
    ('SPECIALTY', 'OPHTHALMOLOGY',                  null, 'oftalmoloogia',                    'ophthalmology',                       210),
    ('SPECIALTY', 'ONCOLOGY',                       null, 'onkoloogia',                       'oncology',                            220),
    ('SPECIALTY', 'ORTHOPAEDICS',                   null, 'ortopeedia',                       'orthopaedics',                        230),
    ('SPECIALTY', 'OTORHINOLARYNGOLOGY',            null, 'otorinolarüngoloogia',             'otorhinolaryngology',                 240),
    ('SPECIALTY', 'PATHOLOGY',                      null, 'patoloogia',                       'pathology',                           250),
    ('SPECIALTY', 'PAEDIATRICS',                    null, 'pediaatria',                       'paediatrics',                         260),
    ('SPECIALTY', 'PLASTIC_RECONSTRUCTIVE_SURGERY', null, 'plastika- ja rekonstruktiivkirurgia', 'plastic and reconstructive surgery', 270),
    ('SPECIALTY', 'PSYCHIATRY',                     null, 'psühhiaatria',                     'psychiatry',                          280),
    ('SPECIALTY', 'PULMONOLOGY',                    null, 'pulmonoloogia',                    'pulmonology',                         290),
    ('SPECIALTY', 'RADIOLOGY',                      null, 'radioloogia',                      'radiology',                           300),
    ('SPECIALTY', 'RHEUMATOLOGY',                   null, 'reumatoloogia',                    'rheumatology',                        310),
    ('SPECIALTY', 'INTERNAL_MEDICINE',              null, 'sisehaigused',                     'internal medicine',                   320),
    ('SPECIALTY', 'OBSTETRICS_GYNAECOLOGY',         null, 'sünnitusabi ja günekoloogia',      'obstetrics and gynaecology',          330),
    ('SPECIALTY', 'OCCUPATIONAL_HEALTH',            null, 'töötervishoid',                    'occupational health',                 340),
    ('SPECIALTY', 'UROLOGY',                        null, 'uroloogia',                        'urology',                             350),
    ('SPECIALTY', 'VASCULAR_SURGERY',               null, 'veresoontekirurgia',               'vascular surgery',                    360),
    ('SPECIALTY', 'GENERAL_SURGERY',                null, 'üldkirurgia',                      'general surgery',                     370);

-- Not specialties of määrus nr 110 (which covers eriarstiabi only), added because claims arise in these fields too.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('SPECIALTY', 'DENTISTRY',       null, 'hambaarstiabi', 'dental care',     380),
    ('SPECIALTY', 'FAMILY_MEDICINE', null, 'perearstiabi',  'family medicine', 390),
    ('SPECIALTY', 'NURSING',         null, 'õendusabi',     'nursing care',    400);

-- § 2(2) p 9: additional competences (lisapädevused, määrus nr 110), parent_code = the SPECIALTY code.
-- Only PAEDIATRICS_ALLERGOLOGY is corroborated by a published specialty code ("pediaatria allergoloogia
-- lisapädevusega"); the others are from recollection and must be checked against the regulation's consolidated
-- text before production. Entries not known with reasonable confidence were left out rather than guessed.
insert into code_list_entry (list, code, parent_code, label_et, label_en, sort_order) values
    ('ADDITIONAL_COMPETENCE', 'PAEDIATRICS_ALLERGOLOGY',       'PAEDIATRICS',       'allergoloogia',                'allergology (paediatrics)',        10),
    ('ADDITIONAL_COMPETENCE', 'NEONATOLOGY',                   'PAEDIATRICS',       'neonatoloogia',                'neonatology',                      20),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PAEDIATRIC_NEUROLOGY',          'PAEDIATRICS',       'lasteneuroloogia',             'paediatric neurology',             30),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PAEDIATRIC_CARDIOLOGY',         'PAEDIATRICS',       'lastekardioloogia',            'paediatric cardiology',            40),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PAEDIATRIC_NEPHROLOGY',         'PAEDIATRICS',       'lastenefroloogia',             'paediatric nephrology',            50),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PAEDIATRIC_ENDOCRINOLOGY',      'PAEDIATRICS',       'lasteendokrinoloogia',         'paediatric endocrinology',         60),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'CHILD_ADOLESCENT_PSYCHIATRY',   'PSYCHIATRY',        'laste- ja noorukitepsühhiaatria', 'child and adolescent psychiatry', 70),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'INTERNAL_MEDICINE_ALLERGOLOGY', 'INTERNAL_MEDICINE', 'allergoloogia',                'allergology (internal medicine)',  80),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'NUCLEAR_MEDICINE',              'RADIOLOGY',         'nukleaarmeditsiin',            'nuclear medicine',                 90),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PAIN_MEDICINE',                 'ANAESTHESIOLOGY_INTENSIVE_CARE', 'valuravi',        'pain medicine',                   100),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'CLINICAL_NEUROPHYSIOLOGY',      'NEUROLOGY',         'kliiniline neurofüsioloogia',  'clinical neurophysiology',        110),  -- to verify
    ('ADDITIONAL_COMPETENCE', 'PHONIATRICS',                   'OTORHINOLARYNGOLOGY', 'foniaatria',                 'phoniatrics',                     120);  -- to verify
