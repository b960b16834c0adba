package dev.opscore.ops.simulator.scenario;

import static dev.opscore.ops.simulator.scenario.Noise.of;

import dev.opscore.policy.Intent;
import dev.opscore.policy.Priority;
import dev.opscore.policy.RiskFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Composes one tenant message and its ground truth: issues drawn from the catalogues, put into
 * words, maybe a second issue, a risk add-on or some noise, then the tenant's style, typos and, now and
 * then, a line that tries to instruct the system. All from the one {@code Random} it is given.
 */
final class MessageComposer {

    static final double SECOND_ISSUE = 0.08;
    static final double RISK_ADD_ON = 0.02;
    static final double FOLLOW_UP_THREAT = 0.04;
    static final double INJECTION = 0.01;

    private final Problems problems;

    MessageComposer(Problems problems) {
        this.problems = problems;
    }

    /** A new repair request, sometimes with a second problem or a question beside it. */
    Composed repair(Random random, String language) {
        Problem problem = problems.draw(random);
        List<Part> parts = new ArrayList<>(List.of(Part.repair(problem, problem.wording(language).say(random))));
        if (Draws.chance(random, SECOND_ISSUE)) {
            parts.add(Draws.chance(random, 0.5) ? secondRepair(random, language, problem)
                    : secondTopic(random, language));
        }
        return finish(random, language, parts, Draws.chance(random, RISK_ADD_ON));
    }

    /** Billing, renewal, lease, FAQ or a complaint; a safety complaint may mention a minor repair too. */
    Composed other(Random random, String language) {
        Topic topic = Topics.draw(random);
        List<Part> parts = new ArrayList<>(List.of(Part.topic(topic, topic.wording(language).say(random))));
        if (topic.flags().contains(RiskFlag.SAFETY) && Draws.chance(random, 0.3)) {
            Problem minor = problems.drawMinor(random);
            parts.add(Part.repair(minor, minor.wording(language).say(random)));
        }
        return finish(random, language, parts, false);
    }

    /** A tenant asking about a repair they reported. */
    Composed followUp(Random random, String language, Problem reported) {
        List<Part> parts = List.of(Part.followUp(reported, FollowUps.say(random, language, reported)));
        return finish(random, language, parts, Draws.chance(random, FOLLOW_UP_THREAT));
    }

    private Part secondRepair(Random random, String language, Problem first) {
        Problem other = problems.drawOther(random, first);
        return Part.repair(other, other.wording(language).say(random));
    }

    private static Part secondTopic(Random random, String language) {
        Topic topic = Topics.drawPlain(random);
        return Part.topic(topic, topic.wording(language).say(random));
    }

    private static Composed finish(Random random, String language, List<Part> given, boolean addOn) {
        List<Part> parts = new ArrayList<>(given);
        if (parts.size() > 1 && Draws.chance(random, 0.35)) {
            parts.add(parts.remove(0));
        }
        List<String> sentences = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            String clause = parts.get(i).clause();
            sentences.add(i == 0 ? clause : Draws.pick(random, of(Noise.CONNECTORS_EN, Noise.CONNECTORS_ES, language))
                    + " " + clause);
        }
        Part primary = Labels.primary(parts);
        decorate(random, language, primary, sentences);
        Set<RiskFlag> extra = EnumSet.noneOf(RiskFlag.class);
        if (addOn) {
            RiskAddOn line = RiskAddOn.draw(random);
            sentences.add(line.say(random, language));
            extra.add(line.flag());
        }
        boolean repair = primary.problem() != null;
        String text = style(random, language, sentences, repair);
        return new Composed(text, Labels.truth(parts, extra, language),
                primary.intent() == Intent.MAINTENANCE_INTAKE ? primary.problem() : null);
    }

    /** When it started, understatement, drama or sarcasm: words around a repair that change nothing. */
    private static void decorate(Random random, String language, Part primary, List<String> sentences) {
        if (primary.intent() != Intent.MAINTENANCE_INTAKE) {
            return;
        }
        if (Draws.chance(random, 0.25)) {
            String when = Draws.pick(random, of(Noise.WHEN_EN, Noise.WHEN_ES, language));
            sentences.add(("es".equals(language) ? "empezó " : "it started ") + when);
        }
        double roll = random.nextDouble();
        if (roll < 0.04 && primary.priority() != Priority.EMERGENCY) {
            sentences.set(0, Draws.pick(random, of(Noise.UNDERSTATEMENT_EN, Noise.UNDERSTATEMENT_ES, language))
                    + " " + sentences.get(0));
        } else if (roll < 0.07 && primary.priority() == Priority.ROUTINE) {
            sentences.add(Draws.pick(random, of(Noise.DRAMA_EN, Noise.DRAMA_ES, language)));
        } else if (roll < 0.09) {
            sentences.add(Draws.pick(random, of(Noise.SARCASM_EN, Noise.SARCASM_ES, language)));
        }
    }

    private static String style(Random random, String language, List<String> sentences, boolean repair) {
        TenantStyle style = TenantStyle.draw(random, language);
        String text = style.render(random, sentences, language, repair);
        double typoChance = style == TenantStyle.SMS ? 0.45 : style == TenantStyle.TERSE ? 0.3 : 0.15;
        if (Draws.chance(random, typoChance)) {
            text = Typos.inject(random, text, 1 + random.nextInt(2));
        }
        if ("es".equals(language) && Draws.chance(random, 0.4)) {
            text = Noise.withoutAccents(text);
        }
        if (Draws.chance(random, INJECTION)) {
            text = text + "\n" + Draws.pick(random, of(Noise.INJECTIONS_EN, Noise.INJECTIONS_ES, language));
        }
        return text;
    }
}
