package org.visitprep.visit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.visitprep.lab.LabFlag;
import org.visitprep.lab.LocalizedText;
import org.visitprep.summary.draft.DraftSummary;
import org.visitprep.summary.draft.Engine;
import org.visitprep.summary.draft.FallbackNote;
import org.visitprep.summary.draft.FallbackReason;
import org.visitprep.summary.facts.FactsSnapshot;
import org.visitprep.summary.facts.MedicationEvent;
import org.visitprep.summary.facts.MedicationFact;
import org.visitprep.summary.facts.MustMention;
import org.visitprep.summary.facts.RangeBasis;
import org.visitprep.summary.facts.RangeUsed;
import org.visitprep.summary.facts.Reading;
import org.visitprep.summary.facts.ResultFact;
import org.visitprep.summary.facts.ResultReason;
import org.visitprep.summary.facts.ReviewWindow;
import org.visitprep.summary.grounded.GroundedEngine;

/**
 * Drafts as the summary engines write them, from three facts about made-up record entries: an HbA1c above the
 * laboratory's range and a new medicine (both must be mentioned: sentences 1 and 2, under "needs attention"), and a
 * fasting glucose that rose (sentence 3).
 */
public final class EngineDrafts {

    public static final UUID PATIENT = UUID.fromString("00000000-0000-0000-0000-0000000a11ce");
    public static final UUID HBA1C = UUID.fromString("00000000-0000-0000-0000-00000000a1c0");
    public static final UUID GLUCOSE_BEFORE = UUID.fromString("00000000-0000-0000-0000-0000000061c0");
    public static final UUID GLUCOSE_NOW = UUID.fromString("00000000-0000-0000-0000-0000000061c1");
    public static final UUID METFORMIN = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    public static final Instant WRITTEN = Instant.parse("2026-11-30T08:00:00Z");

    public static final ResultFact HBA1C_HIGH = new ResultFact(
            "Fa1c00001",
            "http://loinc.org|4548-4",
            new LocalizedText("Hemoglobin A1c", "Hémoglobine A1c"),
            new Reading(HBA1C, new BigDecimal("7.2"), "%", "%", 1, LocalDate.of(2026, 3, 12)),
            null,
            new RangeUsed(
                    new BigDecimal("4.0"), true, new BigDecimal("5.6"), true, "%", RangeBasis.RECORD, null, null, null),
            LabFlag.HIGH,
            List.of(ResultReason.OUT_OF_RANGE));

    public static final MedicationFact METFORMIN_STARTED = new MedicationFact(
            "Fmed00001",
            MedicationEvent.STARTED,
            "Metformin 500 MG Oral Tablet",
            LocalDate.of(2026, 2, 2),
            "active",
            null,
            null,
            List.of(METFORMIN));

    public static final ResultFact GLUCOSE_ROSE = new ResultFact(
            "Fglu00001",
            "http://loinc.org|1558-6",
            new LocalizedText("Fasting glucose", "Glycémie à jeun"),
            new Reading(GLUCOSE_NOW, new BigDecimal("7.4"), "mmol/L", "mmol/L", 1, LocalDate.of(2026, 11, 1)),
            new Reading(GLUCOSE_BEFORE, new BigDecimal("6.1"), "mmol/L", "mmol/L", 1, LocalDate.of(2026, 6, 3)),
            null,
            LabFlag.UNKNOWN,
            List.of(ResultReason.CHANGED));

    public static final FactsSnapshot FACTS = new FactsSnapshot(
            PATIENT,
            ReviewWindow.lastTwelveMonths(LocalDate.of(2026, 12, 7), ZoneOffset.UTC),
            "female",
            "60-69",
            WRITTEN,
            List.of(HBA1C_HIGH, GLUCOSE_ROSE, METFORMIN_STARTED),
            List.of(
                    new MustMention(HBA1C_HIGH.id(), MustMention.Reason.OUT_OF_RANGE),
                    new MustMention(METFORMIN_STARTED.id(), MustMention.Reason.MEDICINE_CHANGE)));

    private EngineDrafts() {}

    /** The grounded engine's English draft. */
    public static DraftSummary english() {
        return new GroundedEngine(Clock.fixed(WRITTEN, ZoneOffset.UTC)).write(FACTS, Locale.ENGLISH);
    }

    /** A French draft as a language model wrote it, with a note about an earlier timeout. */
    public static DraftSummary french() {
        DraftSummary grounded = new GroundedEngine(Clock.fixed(WRITTEN, ZoneOffset.UTC)).write(FACTS, Locale.FRENCH);
        return new DraftSummary(
                grounded.patientId(),
                grounded.locale(),
                grounded.sentences(),
                grounded.disclaimer(),
                Engine.LLM,
                "llama-3.1-8b",
                WRITTEN,
                FACTS,
                FallbackNote.of(FallbackReason.TIMEOUT, Locale.FRENCH),
                null);
    }
}
