package cn.gov.daxiang.perf.adapter.rest.error;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns problem codes and their named arguments into sentences, in Simplified Chinese by default or
 * in English when the caller prefers it (Accept-Language). One bundle per feature area lives in
 * {@code i18n/<area>.properties} (Chinese, the default) and {@code i18n/<area>_en.properties}.
 */
@ApplicationScoped
public class ProblemMessages {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The bundles, one per feature area; a code is looked up in each in turn. */
    static final List<String> BUNDLES = List.of("i18n.problems", "i18n.security", "i18n.goals", "i18n.evaluations", "i18n.sync",
            "i18n.keyevaluations", "i18n.assessments", "i18n.evidence", "i18n.annualreport", "i18n.rectification", "i18n.library",
            "i18n.allocation", "i18n.requests", "i18n.ratelimit");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    /** The first supported language among the caller's preferences (already ordered by quality). */
    public Locale negotiate(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            if ("zh".equals(locale.getLanguage())) {
                return CHINESE;
            }
            if ("en".equals(locale.getLanguage())) {
                return ENGLISH;
            }
        }
        return CHINESE;
    }

    public String title(String code, Locale locale) {
        return lookup(code + ".title", locale).orElseGet(() -> lookup("GENERIC.title", locale).orElse(code));
    }

    public String detail(String code, Map<String, ?> arguments, Locale locale) {
        String template = lookup(code + ".detail", locale).orElseGet(() -> lookup("GENERIC.detail", locale).orElse(code));
        return fill(template, arguments);
    }

    public boolean has(String code, Locale locale) {
        return lookup(code + ".title", locale).isPresent() && lookup(code + ".detail", locale).isPresent();
    }

    static String fill(String template, Map<String, ?> arguments) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object value = arguments.get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Optional<String> lookup(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                // No fallback to the JVM's default locale: Chinese (the base bundle) is the default here.
                ResourceBundle bundle = ResourceBundle.getBundle(name, locale,
                        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException absentArea) {
                // an area without messages yet
            }
        }
        return Optional.empty();
    }
}
