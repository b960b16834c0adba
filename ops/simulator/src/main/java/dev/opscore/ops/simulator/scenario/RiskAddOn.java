package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.RiskFlag.FAIR_HOUSING;
import static dev.opscore.policy.RiskFlag.HARASSMENT;
import static dev.opscore.policy.RiskFlag.LEGAL;

import dev.opscore.policy.RiskFlag;
import java.util.List;
import java.util.Random;

/**
 * A sentence a tenant adds to a repair request or a follow-up that brings a risk flag without
 * changing the intent: a legal threat, a discrimination claim, a threat from a neighbour.
 */
enum RiskAddOn {

    LEGAL_THREAT(LEGAL, 8, List.of(
            "if this isn't fixed by Friday I'm withholding rent",
            "I've already called the city housing inspector about this",
            "my lawyer says you have 14 days to make this repair",
            "I'm keeping a record of all of this for small claims court"), List.of(
            "si no lo arreglan esta semana voy a retener la renta",
            "ya llamé al inspector de vivienda de la ciudad",
            "mi abogado dice que tienen 14 días para arreglarlo")),
    DISCRIMINATION(FAIR_HOUSING, 1.5, List.of(
            "honestly it feels like our requests get ignored because we're the only immigrant family on the floor",
            "I asked months ago for grab bars as a disability accommodation and that's still not done either"), List.of(
            "siento que ignoran nuestros reportes porque somos la única familia latina del piso")),
    THREATS(HARASSMENT, 1.5, List.of(
            "also the guy next door keeps threatening me in the hallway and I'm afraid to go out",
            "and the neighbour upstairs screamed that he'd make me regret complaining"), List.of(
            "además el vecino de al lado me amenaza cada vez que me ve"));

    private final RiskFlag flag;
    private final double weight;
    private final Wording en;
    private final Wording es;

    RiskAddOn(RiskFlag flag, double weight, List<String> en, List<String> es) {
        this.flag = flag;
        this.weight = weight;
        this.en = new Wording("", List.of(), en);
        this.es = new Wording("", List.of(), es);
    }

    static RiskAddOn draw(Random random) {
        return Draws.weighted(random, List.of(values()), a -> a.weight);
    }

    RiskFlag flag() {
        return flag;
    }

    String say(Random random, String language) {
        return ("es".equals(language) ? es : en).say(random);
    }
}
