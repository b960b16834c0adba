package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * How a tenant writes: a plain note, a terse line, a text full of shorthand, all caps, a long e-mail
 * with greetings and history, or a voicemail transcript. Each renders the message's sentences (clauses
 * in lower case without a final full stop) into the text that is sent.
 */
enum TenantStyle {
    PLAIN(40, 46), TERSE(14, 18), SMS(15, 16), ALL_CAPS(5, 5), EMAIL(20, 12), VOICE(6, 3);

    private final double weightEn;
    private final double weightEs;

    TenantStyle(double weightEn, double weightEs) {
        this.weightEn = weightEn;
        this.weightEs = weightEs;
    }

    static TenantStyle draw(Random random, String language) {
        boolean es = "es".equals(language);
        return Draws.weighted(random, List.of(values()), s -> es ? s.weightEs : s.weightEn);
    }

    String render(Random random, List<String> sentences, String language, boolean repair) {
        Phrasebook words = Phrasebook.of(language);
        return switch (this) {
            case PLAIN -> plain(random, sentences, words);
            case TERSE -> String.join(", ", sentences).replaceAll("\\.$", "");
            case SMS -> Shorthand.apply(String.join(" ", sentences), language)
                    + (Draws.chance(random, 0.3) ? " " + Draws.pick(random, words.smsTails()) : "");
            case ALL_CAPS -> plain(random, sentences, words).toUpperCase(Locale.ROOT).replaceAll("[.]$", "!!");
            case EMAIL -> email(random, sentences, words, repair);
            case VOICE -> voice(random, sentences, words);
        };
    }

    private static String plain(Random random, List<String> sentences, Phrasebook words) {
        String greeting = Draws.chance(random, 0.55) ? Draws.pick(random, words.greetings()) + " " : "";
        String closer = Draws.chance(random, 0.45) ? " " + Draws.pick(random, words.closers()) : "";
        return greeting + sentences(sentences) + closer;
    }

    private static String email(Random random, List<String> sentences, Phrasebook words, boolean repair) {
        String opener = Draws.pick(random, repair ? words.repairOpeners() : words.questionOpeners());
        String availability = Draws.pick(random, repair ? words.access() : words.replyNotes());
        String trailer = Draws.chance(random, 0.2) ? "\n\n" + Draws.pick(random, words.trailers()) : "";
        return Draws.pick(random, words.salutations()) + "\n\n" + opener + "\n\n" + sentences(sentences) + "\n\n"
                + availability + "\n\n" + Draws.pick(random, words.signOffs()) + trailer;
    }

    private static String voice(Random random, List<String> sentences, Phrasebook words) {
        return Draws.pick(random, words.voiceOpeners()) + " "
                + String.join(" " + Draws.pick(random, words.fillers()) + " ", sentences).toLowerCase(Locale.ROOT)
                .replaceAll("[.?!,¿¡]", "") + " " + Draws.pick(random, words.voiceClosers());
    }

    /** Capitalised and punctuated, one after the other. */
    static String sentences(List<String> clauses) {
        return clauses.stream().map(TenantStyle::sentence).collect(Collectors.joining(" "));
    }

    private static String sentence(String clause) {
        String text = Character.toUpperCase(clause.charAt(0)) + clause.substring(1);
        if (text.startsWith("¿") && text.length() > 1) {
            text = "¿" + Character.toUpperCase(text.charAt(1)) + text.substring(2);
        }
        return text.matches("(?s).*[.?!)]$") ? text : text + ".";
    }
}
