package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Random;

/** How a tenant asks about a repair they reported: STATUS_UPDATE, with the problem's category. */
final class FollowUps {

    private static final List<String> EN = List.of(
            "any update on {subject}? nobody has come yet",
            "just checking when someone is coming for {subject}",
            "is the technician still coming today for {subject}?",
            "following up on {subject} I reported a few days ago",
            "what's the status of the work order for {subject}?",
            "did you get my message about {subject}? haven't heard back");
    private static final List<String> ES = List.of(
            "¿hay alguna novedad sobre {subject}? todavía no ha venido nadie",
            "quería saber cuándo vienen por {subject}",
            "¿sigue en pie la visita del técnico para {subject}?");

    private FollowUps() {
    }

    static String say(Random random, String language, Problem problem) {
        String subject = problem.wording(language).subject();
        return Draws.pick(random, "es".equals(language) ? ES : EN).replace("{subject}", subject);
    }
}
