package dev.opscore.ops.simulator.scenario;

import java.util.List;
import java.util.Map;
import java.util.Random;

/** What tenants answer after trying the steps, by outcome and language; some name what they did. */
final class ReplyTexts {

    private static final Map<TroubleshootingKind, String> FIXED_BY_KIND = Map.of(
            TroubleshootingKind.BREAKER_OR_GFCI, "pressed the reset button on the outlet by the sink and everything works now, thanks",
            TroubleshootingKind.DISPOSAL_RESET, "hit the red button under the disposal and it's grinding again, thank you!",
            TroubleshootingKind.THERMOSTAT_BATTERIES, "changed the batteries and the thermostat screen is back on, all good",
            TroubleshootingKind.CLOGGED_AERATOR, "cleaned the little screen in the faucet tip, the pressure is normal now");
    private static final List<String> FIXED_EN = List.of("That worked, thank you!", "ok tried it and it's fixed now",
            "yes that solved it, thanks so much", "Working again. Thanks for the quick help.");
    private static final List<String> NOT_FIXED_EN = List.of("Tried that, still not working.",
            "did everything you said, no luck", "Still the same after trying it, can you send someone?",
            "nope, didn't help");
    private static final List<String> FIXED_ES = List.of("Ya funciona, muchas gracias", "listo, quedó arreglado",
            "sí, con eso se arregló, gracias");
    private static final List<String> NOT_FIXED_ES = List.of("Lo intenté pero sigue igual",
            "no funciona todavía, ¿pueden mandar a alguien?", "hice lo que me dijeron y sigue sin funcionar");

    private ReplyTexts() {
    }

    static String say(Random random, TroubleshootingKind kind, boolean fixed, String language) {
        if ("es".equals(language)) {
            return Draws.pick(random, fixed ? FIXED_ES : NOT_FIXED_ES);
        }
        if (fixed && FIXED_BY_KIND.containsKey(kind) && Draws.chance(random, 0.4)) {
            return FIXED_BY_KIND.get(kind);
        }
        return Draws.pick(random, fixed ? FIXED_EN : NOT_FIXED_EN);
    }
}
