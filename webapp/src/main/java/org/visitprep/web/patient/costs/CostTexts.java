package org.visitprep.web.patient.costs;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.ResourceBundle;

/** The page's words and amounts in the patient's language. */
final class CostTexts {

    private static final String BUNDLE = "org.visitprep.web.patient.costs.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    CostTexts(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(
                BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    Locale locale() {
        return locale;
    }

    String text(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    /** An amount in its currency ("$1,250.00", "1 250,00 $US"); "" names no currency, then the bare number. */
    String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return text("amount.none");
        }
        NumberFormat format;
        try {
            format = currency.isEmpty()
                    ? NumberFormat.getNumberInstance(locale)
                    : NumberFormat.getCurrencyInstance(locale);
            if (!currency.isEmpty()) {
                format.setCurrency(Currency.getInstance(currency));
            }
        } catch (IllegalArgumentException unknown) {
            format = NumberFormat.getNumberInstance(locale);
            format.setMinimumFractionDigits(2);
            return format.format(amount) + " " + currency;
        }
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }
}
