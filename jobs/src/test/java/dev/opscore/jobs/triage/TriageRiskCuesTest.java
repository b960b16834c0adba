package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.RiskFlag;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Risk read from cues rather than keywords (issue 9): phrasings written for this test, none of
 * them in the corpus, with the hard negatives each cue must leave alone.
 */
class TriageRiskCuesTest {

    private final TriageRules rules = new TriageRules();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # threats inside a complaint or a billing dispute
            one more bogus fee on my ledger and you will all regret it                         | HARASSMENT               | false
            charge me that parking fine again and you're going to regret it                    | HARASSMENT               | false
            tell the super he'd better watch his back when he comes by                          | HARASSMENT               | false
            I know where you live, so think twice before you fine me again                      | HARASSMENT               | false
            keep ignoring my texts and I'll make you pay for this                               | HARASSMENT               | false
            if that woman parks in my spot again I'll break her jaw                             | SAFETY HARASSMENT        | false
            next time the kid upstairs stomps I'm gonna mess him up                             | SAFETY HARASSMENT        | false
            my neighbour said he would smash my face in if I call the office again              | SAFETY HARASSMENT        | false
            this late fee is a joke and someone is going to get hurt over it                    | SAFETY HARASSMENT        | false
            la administradora me cobro otra vez el recargo, te vas a arrepentir                 | HARASSMENT               | false
            sigan cobrandome de mas y ya veras                                                  | HARASSMENT               | false
            le dije al vecino que me las va a pagar por rayar mi carro                          | HARASSMENT               | false
            si vuelves a tocar mi puerta te voy a romper la cara                                | SAFETY HARASSMENT        | false
            # frustration is not a threat
            this is ridiculous, I'm so done with this building                                  |                          | false
            this water bill is killing me, can I pay in two parts                               |                          | false
            the new gym is great, you're killing it with the renovations                        |                          | false
            I'm dying to know when the pool opens                                               |                          | false
            I'll fight this fee, it was already paid in March                                   |                          | false
            you won't regret renewing, said the leasing agent                                   |                          | false
            the railing on the back stairs is loose, someone is going to get hurt               |                          | false
            can you make them pay the deposit back within 30 days                               |                          | false
            # a staff member's attention to a child
            the maintenance man keeps staring at my 9 year old daughter when she gets off the bus | SAFETY HARASSMENT      | false
            the porter asked my son to come inside his office alone and gave him candy          | SAFETY HARASSMENT        | false
            el de mantenimiento le toma fotos a mi hija en la piscina                           | SAFETY HARASSMENT        | false
            the super took pictures of my kids in the playground without asking                | SAFETY HARASSMENT        | false
            the handyman fixed my son's bike, really kind of him                                |                          | false
            # a neighbour nobody has seen, and a smell
            we haven't seen the lady in 5D for over a week and there's a smell of decay in the hall | SAFETY               | false
            nobody has seen mr lopez in ten days, his mail is piling up and we're worried       | SAFETY                   | false
            no hemos visto a la vecina del 2B desde hace una semana y sale olor a muerto de su puerta | SAFETY             | false
            that horror movie had the smell of death in every scene, anyway when is the pool open |                        | false
            I haven't seen any roaches in a week, the spray worked                              |                          | false
            # reasonable accommodations asked as ordinary questions
            could I get a parking space closer to the entrance? I have a disability placard     | FAIR_HOUSING             | false
            my dad has a handicap tag now, is there a spot near the lobby door                  | FAIR_HOUSING             | false
            is it ok if a live-in aide stays with me starting next month                        | FAIR_HOUSING             | false
            my therapist wrote a letter for my cat, can I get an exception to the no pets rule  | FAIR_HOUSING             | false
            my doctor recommends a ground floor unit after my knee surgery, is one opening up   | FAIR_HOUSING             | false
            is it possible to move to an elevator building? because of my condition the stairs are too much | FAIR_HOUSING  | false
            can someone install grab bars by my tub                                             | FAIR_HOUSING             | false
            tengo carta de mi medico para mi perro de apoyo, la regla dice no mascotas          | FAIR_HOUSING             | false
            mi medico recomienda que me cambie a un apartamento en planta baja                  | FAIR_HOUSING             | false
            mi cuidadora que vive conmigo necesita un pase de estacionamiento                   | FAIR_HOUSING             | false
            necesito un lugar cerca de la entrada, tengo placa de discapacitado                 | FAIR_HOUSING             | false
            can I switch to a different parking spot, mine is always blocked by a truck         |                          | false
            I have a doctor's appointment friday, can the plumber come monday                   |                          | false
            # legal cues without a lawyer
            I won't be paying rent until the bathroom ceiling is repaired                       | LEGAL                    | false
            starting in June my rent goes into an escrow account until the mold is fixed        | LEGAL                    | false
            if the heat isn't back by friday I'm calling the city on you                        | LEGAL                    | false
            I'm going to report this to the housing inspector                                   | LEGAL                    | false
            I dispute the lease violation notice you left, the bike isn't mine                  | LEGAL                    | false
            got a pay or quit notice this morning, I paid on the 3rd                            | LEGAL                    | false
            you sent me a cure or quit letter about the dog, why                                | LEGAL                    | false
            the tenant's union is going to hear about this                                      | LEGAL                    | false
            no voy a pagar la renta hasta que arreglen el techo                                 | LEGAL                    | false
            voy a llamar al inspector de vivienda si no vienen                                  | LEGAL                    | false
            should I call the city about the bulk trash pickup                                  |                          | false
            got the notice about trash day moving to thursday, thanks                           |                          | false
            # implicit emergencies: vulnerable people without heat, water or power
            the heat is out and my 81-year-old mother lives with me                              |                          | true
            no heat since last night and we have a newborn                                      |                          | true
            the power is out and my husband is on oxygen                                        | SAFETY                   | true
            no tenemos agua y mi abuela esta enferma en cama                                    |                          | true
            no hot water again and we have a baby, please send someone this week                |                          | false
            # cold inside
            the radiators are on but we can see our breath in the living room                   |                          | true
            it's 54 degrees inside and the thermostat is set to 70                              |                          | true
            its 50 in here, I can't feel my fingers                                             |                          | true
            the boiler is off for the whole building and it will be 24 tonight                   |                          | true
            the fridge is at 45 degrees inside, milk went bad                                   |                          | false
            # electrical, ceiling, entry, water
            there's a scorch mark around the outlet behind the couch and a burnt plastic smell  | SAFETY                   | true
            the extension cord for the space heater is hot to the touch                          | SAFETY                   | true
            the power strip is melting, no rush but wanted you to know                          | SAFETY                   | true
            a chunk of ceiling plaster fell on my daughter's bed last night                      | SAFETY                   | true
            the bedroom ceiling is sagging over the bed and cracking                             | SAFETY                   | true
            someone was trying to open my first floor bedroom window, the latch is broken       | SAFETY                   | true
            rain is pouring through the hallway ceiling on the top floor                         |                          | true
            se cayo un pedazo de yeso del techo sobre la cama del nino                           | SAFETY                   | true
            sorry to bother you, whenever you get a chance, the outlet has a scorch mark         | SAFETY                   | true
            the switch plate is scorched but it's been like that for years, not urgent          | SAFETY                   | true
            the light switch burned out, bulb works in the other lamp                           |                          | false
            fire alarm test notice?                                                             |                          | false
            """)
    void readsRiskFromCues(String text, String expectedFlags, boolean expectedEmergency) {
        // given
        Set<RiskFlag> expected = parseFlags(expectedFlags);

        // when
        RuleFindings findings = rules.apply(text);

        // then
        assertThat(findings.flags()).as("flags, evidence %s", findings.evidence()).isEqualTo(expected);
        assertThat(findings.emergency()).as("emergency, evidence %s", findings.evidence()).isEqualTo(expectedEmergency);
    }

    private static Set<RiskFlag> parseFlags(String flags) {
        if (flags == null || flags.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(flags.trim().split("\\s+")).map(RiskFlag::valueOf).collect(Collectors.toSet());
    }
}
