package org.visitprep.web.patient.record;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One value of a series on a day. */
public record ChartPoint(LocalDate day, BigDecimal value) {}
