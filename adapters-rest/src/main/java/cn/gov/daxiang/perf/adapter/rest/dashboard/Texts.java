package cn.gov.daxiang.perf.adapter.rest.dashboard;

import cn.gov.daxiang.perf.domain.shared.Labelled;
import io.quarkus.qute.TemplateData;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The dashboard's words in one language: Chinese first (messages.properties), English switchable
 * (messages_en.properties). Coded values keep the domain's Chinese label unless English has its own.
 */
@TemplateData
public final class Texts {

    private static final String BUNDLE = "dashboard.messages";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Language language;
    private final ResourceBundle bundle;

    Texts(Language language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(BUNDLE, language.locale(), Texts.class.getClassLoader(), NO_FALLBACK);
    }

    public Language language() {
        return language;
    }

    /** The text of a key; a missing key shows itself, so that a gap is seen rather than hidden. */
    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text of a key with its {0}, {1} ... filled in. */
    public String format(String key, Object... arguments) {
        // Years and counts as written, not grouped ("2024", never "2,024"): every argument goes in as text.
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = String.valueOf(arguments[i]);
        }
        return new MessageFormat(get(key), language.locale()).format(texts);
    }

    /** A coded value's label: the domain's Chinese one, or the English one where English has it. */
    public String label(Labelled value) {
        if (value == null) {
            return "";
        }
        String key = "label." + ((Enum<?>) value).getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.label();
    }

    /** The two languages the dashboard speaks. */
    public enum Language {
        ZH(Locale.SIMPLIFIED_CHINESE, "zh-CN"), EN(Locale.ENGLISH, "en");

        private final Locale locale;
        private final String tag;

        Language(Locale locale, String tag) {
            this.locale = locale;
            this.tag = tag;
        }

        public Locale locale() {
            return locale;
        }

        /** The page's lang attribute. */
        public String tag() {
            return tag;
        }

        /** "en" is English; anything else, or nothing, Chinese. */
        public static Language of(String code) {
            return "en".equalsIgnoreCase(code) ? EN : ZH;
        }
    }
}
