package org.visitprep.visit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Drafts as the summary engines write them, citing made-up record entries. */
public final class EngineDrafts {

    public static final UUID HBA1C = UUID.fromString("00000000-0000-0000-0000-00000000a1c0");
    public static final UUID GLUCOSE_BEFORE = UUID.fromString("00000000-0000-0000-0000-0000000061c0");
    public static final UUID GLUCOSE_NOW = UUID.fromString("00000000-0000-0000-0000-0000000061c1");
    public static final UUID METFORMIN = UUID.fromString("00000000-0000-0000-0000-0000000000f1");

    public static final Instant WRITTEN = Instant.parse("2026-11-30T08:00:00Z");

    private EngineDrafts() {}

    public static EngineDraft english() {
        return new EngineDraft(
                "grounded",
                null,
                WRITTEN,
                "en",
                "default",
                null,
                "{\"facts\":[\"f1\",\"f2\",\"f3\"]}",
                List.of(
                        new EngineDraft.Sentence(
                                "Your HbA1c was 7.2 % on 12 March 2026, above the 4.0–5.6 % range.",
                                List.of(HBA1C), List.of("f1"), "labs"),
                        new EngineDraft.Sentence(
                                "Your fasting glucose went from 6.1 to 7.4 mmol/L since the last visit.",
                                List.of(GLUCOSE_BEFORE, GLUCOSE_NOW),
                                List.of("f2"),
                                "changes"),
                        new EngineDraft.Sentence(
                                "Metformin 500 mg was started on 2 February 2026.",
                                List.of(METFORMIN),
                                List.of("f3"),
                                "medications")));
    }

    public static EngineDraft french() {
        return new EngineDraft(
                "llm",
                "llama-3.1-8b",
                WRITTEN,
                "fr",
                "default",
                "Le moteur d'IA n'a pas répondu à temps ; ce résumé a été rédigé par le moteur ancré.",
                null,
                List.of(
                        new EngineDraft.Sentence(
                                "Votre HbA1c était de 7,2 % le 12 mars 2026, au-dessus de l'intervalle 4,0–5,6 %.",
                                List.of(HBA1C), List.of("f1"), "labs"),
                        new EngineDraft.Sentence(
                                "Votre glycémie à jeun est passée de 6,1 à 7,4 mmol/L depuis la dernière consultation.",
                                List.of(GLUCOSE_BEFORE, GLUCOSE_NOW),
                                List.of("f2"),
                                "changes"),
                        new EngineDraft.Sentence(
                                "La metformine 500 mg a été commencée le 2 février 2026.",
                                List.of(METFORMIN),
                                List.of("f3"),
                                "medications")));
    }
}
