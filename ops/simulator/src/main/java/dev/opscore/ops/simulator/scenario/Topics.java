package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Intent.BILLING;
import static dev.opscore.policy.Intent.COMPLAINT;
import static dev.opscore.policy.Intent.FAQ;
import static dev.opscore.policy.Intent.LEASE;
import static dev.opscore.policy.Intent.RENEWAL_INFO;
import static dev.opscore.policy.RiskFlag.FAIR_HOUSING;
import static dev.opscore.policy.RiskFlag.HARASSMENT;
import static dev.opscore.policy.RiskFlag.LEGAL;
import static dev.opscore.policy.RiskFlag.SAFETY;

import java.util.List;
import java.util.Random;

/**
 * The non-maintenance messages: billing, renewal, lease, FAQ and complaints (about 30% of all), about
 * one in eleven of them carrying a risk flag. Words that look alarming and are not ("fire alarm test",
 * a neighbour's cigarette smoke) are on purpose.
 */
final class Topics {

    static final List<Topic> ALL = List.of(
            Topic.of("billing", BILLING, 24, List.of(
                    "can you send me a receipt for this month's rent?",
                    "why was I charged a late fee when I paid on the 2nd?",
                    "I'd like to set up autopay, how do I do that?",
                    "my balance shows $75 more than my rent, what is that charge for?",
                    "when will I get my security deposit back from my old unit?",
                    "the water charge on my statement doubled this month, can someone explain it?",
                    "can I pay rent in two parts this month, half now and half on the 15th?",
                    "the payment page keeps rejecting my card when I try to pay rent"), List.of(
                    "¿me pueden mandar el recibo de la renta de este mes?",
                    "¿por qué me cobraron recargo si pagué el día 2?",
                    "¿puedo pagar la renta en dos partes este mes?",
                    "¿cuánto debo en total? no entiendo el cargo extra de este mes")),
            Topic.of("billing-legal", BILLING, 1.6, List.of(
                    "I got an eviction notice taped to my door but I paid, what is going on?",
                    "my attorney will be contacting you about the deposit you kept",
                    "I'm taking you to small claims court over the deposit deductions",
                    "I'm paying my rent into escrow until the repairs are done"), List.of(
                    "me dejaron un aviso de desalojo pero ya pagué, ¿qué está pasando?",
                    "voy a demandarlos en la corte de reclamos menores por el depósito"))
                    .flagged(LEGAL),
            Topic.of("renewal", RENEWAL_INFO, 12, List.of(
                    "when will I get my renewal offer? my lease ends in March",
                    "what would the new rent be if I renew for 12 months?",
                    "is there a better rate for a two year renewal?",
                    "what's the deadline to sign the renewal?",
                    "got the renewal letter, is the increase negotiable at all?"), List.of(
                    "¿cuándo me llega la oferta de renovación? mi contrato termina en marzo",
                    "¿cuánto sería la renta si renuevo por un año?")),
            Topic.of("lease", LEASE, 16, List.of(
                    "this is my notice, I'm moving out at the end of next month",
                    "can I add my partner to the lease?",
                    "is subletting allowed for the summer?",
                    "we want to get a cat, what is the pet policy and the deposit?",
                    "can I transfer to a two bedroom in the same building when one opens up?",
                    "how much does it cost to break the lease early? I got a job in another city",
                    "can I get an assigned parking spot added to my lease?"), List.of(
                    "quiero avisar que me mudo a fin del mes que viene",
                    "¿puedo agregar a mi pareja al contrato?",
                    "¿se permiten gatos? ¿cuánto es el depósito?")),
            Topic.of("lease-accommodation", LEASE, 1.3, List.of(
                    "I have a letter from my doctor for an emotional support dog, what do you need from me?",
                    "because of my disability I need a reasonable accommodation: a parking spot near the entrance"),
                    List.of("tengo una carta del médico para un perro de apoyo emocional, ¿qué necesito entregar?"))
                    .flagged(FAIR_HOUSING),
            Topic.of("faq", FAQ, 22, List.of(
                    "is the leasing office open on Saturdays, and until when?",
                    "which day is trash pickup?",
                    "where do packages go when I'm not home?",
                    "can my guests park in the lot overnight?",
                    "I forgot my password for the resident portal, how do I get back in?",
                    "is the gym open on holidays?",
                    "when is recycling collected?",
                    "is the fire alarm test still happening on Thursday? just want to know when to expect the noise",
                    "what time does the laundry room close?"), List.of(
                    "¿a qué hora abre la oficina el sábado?",
                    "¿cuándo recogen la basura en este edificio, martes o jueves?",
                    "¿dónde dejan los paquetes si no estoy?",
                    "si viene mi familia a quedarse el fin de semana, ¿dónde pueden dejar el carro?")),
            Topic.of("complaint", COMPLAINT, 18, List.of(
                    "whoever lives above me stomps around past 2am most nights",
                    "my neighbour's dog barks all day while they're at work",
                    "someone keeps leaving trash bags in the hallway by the stairs",
                    "cigarette smoke from next door drifts into my bedroom every night",
                    "the laundry room is filthy, lint and detergent everywhere",
                    "the guy at the front desk was really rude to me yesterday",
                    "the music from the unit below is so loud I can't sleep",
                    "the lobby hasn't been cleaned in over a week"), List.of(
                    "los vecinos de arriba hacen ruido hasta las 2 de la mañana",
                    "el perro del vecino ladra todo el día",
                    "alguien deja bolsas de basura en el pasillo")),
            Topic.of("complaint-harassment", COMPLAINT, 1.4, List.of(
                    "my neighbour across the hall keeps threatening me and left a note saying he'll 'deal with me'",
                    "the same man keeps following me from the parking garage to my door, I'm scared",
                    "a maintenance worker keeps sending me personal texts at night since he fixed my sink"), List.of(
                    "el vecino de enfrente me amenaza y me dejó una nota diciendo que 'se va a encargar de mí'"))
                    .flagged(HARASSMENT),
            Topic.of("complaint-discrimination", COMPLAINT, 1.0, List.of(
                    "the leasing agent told my friend there were no units for families with kids, that is discrimination",
                    "I believe I'm treated differently because of my religion, my requests always go last",
                    "right after I complained about the mould my rent went up, this feels like retaliation"), List.of(
                    "creo que me tratan diferente por ser inmigrante, siempre me atienden al último"))
                    .flagged(FAIR_HOUSING),
            Topic.of("complaint-violence", COMPLAINT, 0.5, List.of(
                    "I can hear screaming and things breaking next door, I think someone is getting hurt"), List.of(
                    "se oyen gritos y golpes en el apartamento de al lado, creo que están lastimando a alguien"))
                    .flagged(SAFETY),
            Topic.of("complaint-weapon", COMPLAINT, 0.3, List.of(
                    "a man with a knife was in the stairwell threatening people coming home"), List.of(
                    "había un hombre con un cuchillo en la escalera amenazando a la gente"))
                    .flagged(SAFETY, HARASSMENT),
            Topic.of("complaint-legal", COMPLAINT, 0.5, List.of(
                    "I've filed a complaint with the city housing department about how this building is run"),
                    List.of("ya puse una queja en el departamento de vivienda de la ciudad por cómo manejan el edificio"))
                    .flagged(LEGAL));

    private Topics() {
    }

    static Topic draw(Random random) {
        return Draws.weighted(random, ALL, Topic::weight);
    }

    /** A second, unflagged topic to mention after a repair: the repair stays the primary intent. */
    static Topic drawPlain(Random random) {
        return Draws.weighted(random, ALL.stream().filter(t -> t.flags().isEmpty()).toList(), Topic::weight);
    }
}
