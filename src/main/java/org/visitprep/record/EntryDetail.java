package org.visitprep.record;

/** What is specific to an entry's kind: the values of an observation, the period of a medication, and so on. */
public sealed interface EntryDetail
        permits PatientDetail,
                ObservationDetail,
                MedicationDetail,
                ConditionDetail,
                AllergyDetail,
                ImmunizationDetail,
                ProcedureDetail,
                EncounterDetail,
                DiagnosticReportDetail,
                FinancialDetail,
                OtherDetail {}
