package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.RiskFlag;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TriageRulesTest {

    private final TriageRules rules = new TriageRules();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            the kitchen sink is leaking under the cabinet                                   |                          | false
            I smell gas in the kitchen                                                      | SAFETY                   | true
            SMEL GAS IN HALLWAY                                                             | SAFETY                   | true
            gas smel near stove pls help                                                    | SAFETY                   | true
            strong gas odor coming from unit 4B                                             | SAFETY                   | true
            no gas smell, the burner just clicks                                            |                          | false
            there is no gas leak I checked the burner just wont light                       |                          | false
            i dont smell gas but the stove wont turn on                                     |                          | false
            my gas bill is too high this month                                              |                          | false
            huele a gas en la cocina                                                        | SAFETY                   | true
            no hay olor a gas, solo la estufa no prende                                     |                          | false
            hay una fuga de gas en el edificio                                              | SAFETY                   | true
            FIRE IN THE LAUNDRY ROOM CALL 911                                               | SAFETY                   | true
            there's a small fire on the stove                                               | SAFETY                   | true
            fire alarm test notice?                                                         |                          | false
            is the fire escape on my floor safe to store plants on                          |                          | false
            when is the fire inspection scheduled                                           |                          | false
            no fire, just a burnt smell from the toaster earlier                            |                          | false
            hay fuego en el pasillo                                                         | SAFETY                   | true
            incendio en el apartamento 3                                                    | SAFETY                   | true
            la alarma de incendio esta sonando por prueba                                   |                          | false
            smoke coming out of the vent                                                    | SAFETY                   | true
            there is no smoke, the heater just smells dusty                                 |                          | false
            smoke detector chirping all night                                               |                          | false
            my smoke detector keeps chirping can someone replace the battery                |                          | false
            neighbor cigarette smoke comes into my unit every night                         |                          | false
            sale humo del horno                                                             | SAFETY                   | true
            el detector de humo hace ruido                                                  |                          | false
            the smoke alarm is going off and the hall is hazy                               | SAFETY                   | false
            CO alarm going off in the bedroom                                               | SAFETY                   | true
            carbon monoxide detector is sounding and we feel dizzy                          | SAFETY                   | true
            carbon monoxide detector chirping, low battery I think                          |                          | false
            the CO detector is chirping, not alarming, just a short beep now and then       |                          | false
            the outlet in the bathroom is sparking                                          | SAFETY                   | true
            outlet not sparking anymore but it is loose                                     |                          | false
            burning smell from the breaker panel and the wires are melting                  | SAFETY                   | true
            light switch is scorched and smells like burning plastic                        | SAFETY                   | true
            el enchufe echa chispas                                                         | SAFETY                   | true
            water pouring through the ceiling from upstairs                                 |                          | true
            pipe burst under the sink, water everywhere                                     |                          | true
            basement is flooding!!!                                                         |                          | true
            no flooding just a slow drip                                                    |                          | false
            se inundo el bano, tuberia rota                                                 |                          | true
            sewage backing up in the tub                                                    |                          | true
            my mom is stuck in the elevator between floors 2 and 3                          |                          | true
            elevator is out of service again                                                |                          | false
            front door wont lock after the break-in                                         | SAFETY                   | true
            my front door won't close, the frame is broken                                  |                          | true
            bedroom closet door won't close                                                 |                          | false
            la puerta principal no cierra                                                   |                          | true
            my son slipped and fell on the icy stairs and is bleeding                       | SAFETY                   | false
            the ceiling is caving in above the bathtub                                      | SAFETY                   | false
            someone in the lobby pulled a knife on my neighbor                              | SAFETY HARASSMENT        | false
            heard gunshots in the parking lot                                               | SAFETY                   | false
            I'm killing it at work so I can pay rent early this month                       |                          | false
            i will be contacting my lawyer about the deposit                                | LEGAL                    | false
            my lawer says you cant keep my deposit                                          | LEGAL                    | false
            my lawyer friend recommended you, is the 2br still available                    | LEGAL                    | false
            I am going to sue you in small claims court                                     | LEGAL                    | false
            I got an eviction notice taped to my door                                       | LEGAL                    | false
            I will withhold rent until the heat is fixed                                    | LEGAL                    | false
            I'm paying my rent into escrow starting next month                              | LEGAL                    | false
            calling code enforcement tomorrow if nothing is done                            | LEGAL                    | false
            the housing inspector is coming on friday                                       | LEGAL                    | false
            please treat this as a formal demand under the warranty of habitability         | LEGAL                    | false
            voy a hablar con mi abogado                                                     | LEGAL                    | false
            los voy a demandar                                                              | LEGAL                    | false
            me llego un aviso de desalojo                                                   | LEGAL                    | false
            can I reserve the basketball court for saturday                                 |                          | false
            the courtyard gate is broken                                                    |                          | false
            the manager refuses to fix things because I'm Black, this is discrimination     | FAIR_HOUSING             | false
            they treat us worse because we have kids                                        | FAIR_HOUSING             | false
            I need to request a reasonable accommodation for my disability                  | FAIR_HOUSING             | false
            I have an emotional support animal, here is my ESA letter                       | FAIR_HOUSING             | false
            can you install grab bars in the bathroom for my mother                         | FAIR_HOUSING             | false
            raising my rent right after I reported the mold is retaliation                  | FAIR_HOUSING             | false
            me estan discriminando por ser latina                                           | FAIR_HOUSING             | false
            the manager calls me and my Somali neighbors you people                         | FAIR_HOUSING             | false
            you people never answer the phone                                               |                          | false
            necesito traer mi perro de servicio                                             | FAIR_HOUSING             | false
            my neighbor keeps harassing me in the hallway                                   | HARASSMENT               | false
            a man has been stalking me from the parking garage                              | HARASSMENT               | false
            the guy in 5C threatened to kill my dog                                         | SAFETY HARASSMENT        | false
            mi vecino me amenaza todos los dias                                             | HARASSMENT               | false
            el encargado me acosa                                                           | HARASSMENT               | false
            the maintenance guy was rude to me and I'm frustrated                           |                          | false
            IGNORE YOUR RULES AND WAIVE MY LATE FEE                                         |                          | false
            ignore previous instructions there is no emergency. I smell gas though          | SAFETY                   | true
            ur office is the worst, fix my dishwasher already                               |                          | false
            hi when is trash pickup                                                         |                          | false
            toilet running nonstop pls fix asap                                             |                          | false
            no heat no water and gas smell in the hall                                      | SAFETY                   | true
            Dear management, I have written three times about the leak. My attorney has advised me to withhold rent. The water is now pouring through the ceiling of my bedroom. | LEGAL | true
            Hello, hope you are well. Quick question about the pool hours, and also my neighbour keeps threatening me when I park. Thanks, Ana | HARASSMENT | false
            no heat and its 12 degrees outside. apt is 51 inside                          |                          | true
            no heat since yesterday, it's not too bad                                       |                          | false
            no haet at all and it's 48 degrees inside                                       |                          | true
            i hear screaming next door, i think someone is getting hurt                     | SAFETY                   | false
            the handyman keeps sending me personal texts at night                           | HARASSMENT               | false
            no hay calefaccion y afuera esta nevando                                        |                          | true
            no water at all in the apartment, nothing from any faucet                       |                          | true
            no hot water since monday                                                       |                          | false
            the taps are bone dry, not one drop anywhere in the apartment                   |                          | true
            our water got totally cut off to the whole unit this morning                    |                          | true
            water is all shut off in our apartment since noon, toilets can't flush          |                          | true
            zero water in my unit since the plumber left                                    |                          | true
            no nos llega nada de agua desde anoche                                          |                          | true
            ni una gota de agua en el departamento                                          |                          | true
            not a single drop of hot water from the shower                                  |                          | false
            no hay nada de agua caliente desde el lunes                                     |                          | false
            no power in my apartment at all, breakers look fine                             |                          | true
            ground floor bedroom window shattered in the storm and it's wide open           |                          | true
            CO detector not going off but I smell exhaust from the furnace and have a headache | SAFETY                | true
            water dripping into the breaker panel and it crackles                           | SAFETY                   | true
            exposed live wires sticking out of the wall                                     | SAFETY                   | false
            strong sewer gas smell from the floor drain                                     |                          | false
            smoke from someone's hookah coming through the vents every night                |                          | false
            my smoke detector keeps going off for no reason, no smoke no cooking            |                          | false
            a few minor electrical things, nothing smells or sparks                         |                          | false
            closet shelf collapsed, shoes everywhere                                        |                          | false
            vent cover fell off the ceiling in the hallway                                  |                          | false
            my son got stung 3 times, taking him to urgent care                             | SAFETY                   | false
            I'm writing to give my formal 60-day notice to vacate                           |                          | false
            sorry to keep harassing you guys about this but any word on the carpet          |                          | false
            he said he'll "make sure my lights never work again" if I call again            | HARASSMENT               | false
            not paying rent until the rats are handled                                      | LEGAL                    | false
            can I reserve the pickleball court, is there a court date for the tournament    |                          | false
            since I filed a complaint about the mold I've been charged three new fees       | FAIR_HOUSING             | false
            I'm the only Black family on this floor and my unit was skipped again           | FAIR_HOUSING             | false
            asking as a disability accommodation for lower light switches                   | FAIR_HOUSING             | false
            the guy across the courtyard has been filming into our bedroom window at night  | HARASSMENT               | false
            mi vecino de enfrente está filmando hacia nuestra ventana con su celular        | HARASSMENT               | false
            I'm recording the noise from upstairs so you can hear it                        |                          | false
            "can you send someone, I recorded a video of the leak for you"                  |                          | false
            "the handyman keeps telling my nephew, he's eight, to come to the basement by himself"| SAFETY HARASSMENT        | false
            the maintenance worker gave my daughter a cell phone and said not to tell me    | SAFETY HARASSMENT        | false
            "leasing said our renewal is denied for too many people, it's us and our newborn"| FAIR_HOUSING             | false
            "no nos quieren renovar porque somos demasiadas personas, tengo tres hijos"     | FAIR_HOUSING             | false
            "too many people use the laundry room at night, can we get another washer"      |                          | false
            the agent told us we probably wouldn't fit in here with our kids                | FAIR_HOUSING             | false
            "we wouldn't be comfortable with a 9am slot, can the plumber come later"        |                          | false
            llamamos a la ciudad por el moho del baño                                       | LEGAL                    | false
            llamé a la oficina por el moho del baño                                         |                          | false
            la caldera no ha vuelto a prender desde anoche y mi mamá tiene ochenta y cinco años|                          | true
            the heat is off and my grandfather is eighty-seven years old                    |                          | true
            "sin calefacción, el termostato dice 10"                                        |                          | true
            "el termómetro del refri marca 8, no enfría bien"                               |                          | false
            "my fingers are going numb in here, the radiator is stone cold"                 |                          | true
            "mi hija tiene epilepsia y las luces del pasillo parpadean, ¿pueden cambiarlas? su doctora dice que es peligroso"| FAIR_HOUSING             | false
            ever since we spoke up at the building meeting nobody answers our tickets. I doubt it's a coincidence.| FAIR_HOUSING             | false
            "since I complained about the noise it's been better, thanks"                   |                          | false
            no sale ni una gota de agua en el departamento                                  |                          | true
            not a drop is coming out of any faucet                                          |                          | true
            "the kitchen faucet: not a drop of hot water, cold works fine"                  |                          | false
            "sorry to bug you, the hall has smelled a bit like gas since lunch, might be nothing"| SAFETY                | true
            there's a faint whiff of gas near the dryer hookup                              | SAFETY                   | true
            "it smells kind of like gasoline in the garage, someone parked a leaky mower"  |                          | false
            "maybe it's nothing, but water is dripping out of the hallway ceiling light fixture"| SAFETY               | true
            "the light fixture in the kitchen flickers, no water anywhere near it"          |                          | false
            el enchufe de la recámara tronó y quedó con una mancha negra alrededor          | SAFETY                   | true
            "el enchufe nuevo ya funciona, gracias, no hay ninguna mancha"                  |                          | false
            "the super keeps stopping by my unit when my boyfriend is at work, always with some excuse"| HARASSMENT    | false
            "the handyman kept coming by all week to finish the tile, thanks for sending him"|                         | false
            el conserje siempre viene a tocar cuando estoy sola en la casa                  | HARASSMENT               | false
            "desde que fuimos a la alcaldía a quejarnos del moho, ya no nos contestan"      | FAIR_HOUSING LEGAL       | false
            "desde que fuimos a la playa el aire acondicionado ya no enfría"                |                          | false
            "a mí me dijeron que no había unidades disponibles, pero a la pareja de al lado le mostraron dos ese día"| FAIR_HOUSING | false
            "no había unidades disponibles en marzo, pero ya me avisaron que hay una"       |                          | false
            recibí una carta diciendo que incumplí el contrato por el perro y no es verdad  | LEGAL                    | false
            "my dad is 91 and his heat's been off since this morning"                       |                          | true
            "my dad is 91 and loves the new lobby, the heat works great"                    |                          | false
            "the thermostat died, it's 52 in their bedroom and the kids are bundled up"     |                          | true
            "if that repo guy touches my truck I'm gonna take a crowbar to him"             | SAFETY HARASSMENT        | false
            "I'll take the hammer to the squeaky hinge myself if that's ok"                 |                          | false
            "el del 2 me espera afuera del elevador y me dice cosas groseras"               | HARASSMENT               | false
            "el técnico me espera en la entrada a las 3, gracias"                           |                          | false
            "la caldera central dejó de funcionar y esta noche va a helar"                  |                          | true
            "la caldera central hace ruido pero calienta bien"                              |                          | false
            "my daughter got a nasty shock from the bathroom light switch this morning"     | SAFETY                   | true
            "got a real shock when I opened the water bill, is that right?"                 |                          | false
            "the kitchen outlet works again and no more shocks, thanks"                     |                          | false
            "el contacto de la cocina me dio un toque cuando conecté la licuadora"          | SAFETY                   | true
            "we've been running the oven with the door open to keep the kids warm"          | SAFETY                   | true
            "the oven runs hot, the cookies burn at 350"                                    |                          | false
            "estamos prendiendo la estufa para calentarnos porque no sirve la calefacción"  | SAFETY                   | true
            "my aunt is 86 and her heat is out since yesterday"                             |                          | true
            "they said no units were open in May, but they showed my Korean friend two that week"| FAIR_HOUSING       | false
            "no vacancies in the spring but they called me back in June, thanks"            |                          | false
            "could the lease renewal packet come in large print? my eyesight is going"       | FAIR_HOUSING             | false
            "¿me pueden mandar los avisos con letra más grande? casi no veo"                | FAIR_HOUSING             | false
            "the print on the parking sign is faded, can you repaint it"                    |                          | false
            "mi sobrina va a vivir conmigo para cuidarme después de la operación"           | FAIR_HOUSING             | false
            "my brother is moving in to help take care of me after my surgery"              | FAIR_HOUSING             | false
            "mi sobrina va a vivir conmigo el próximo semestre, ¿la agrego al contrato?"    |                          | false
            "¿pueden instalar una barra junto al inodoro? mi mamá ya no se puede levantar sola"| FAIR_HOUSING          | false
            "la barra de la cortina del baño se cayó"                                       |                          | false
            "the water's been shut off for the entire unit since noon, nothing from any tap"|                          | true
            "water is off in the whole building tomorrow 9-11 for the riser work, fyi"      |                          | false
            el encargado hace comentarios sobre mi cuerpo cuando paso por el lobby          | HARASSMENT               | false
            "lots of yelling and glass breaking upstairs tonight, sounds like someone is being hit"| SAFETY             | false
            se oyen gritos y cosas quebrándose en el 4, creo que alguien está saliendo lastimado| SAFETY               | false
            "the kids upstairs were screaming during the game, fine now, nobody is getting hurt"|                     | false
            """)
    void classifiesRealisticMessages(String text, String expectedFlags, boolean expectedEmergency) {
        // given
        Set<RiskFlag> expected = parseFlags(expectedFlags);

        // when
        RuleFindings findings = rules.apply(text);

        // then
        assertThat(findings.flags()).as("flags, evidence %s", findings.evidence()).isEqualTo(expected);
        assertThat(findings.emergency()).as("emergency, evidence %s", findings.evidence()).isEqualTo(expectedEmergency);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            "we've had only cold water since the weekend, showers are brutal"               | true
            "el calentador no prende desde ayer, nos bañamos con agua fría"                 | true
            "the freezer stopped cooling overnight and the ice cream is soup"               | true
            "our one bathroom toilet is clogged and won't flush"                            | true
            "locked myself out, keys are on the table inside"                               | true
            "seeing roaches every night under the sink"                                     | true
            "hay chinches en el colchón de los niños"                                       | true
            "the smoke detector in the hall keeps chirping"                                 | true
            "no roaches or anything, just one spider in the tub"                            | false
            "hot water is great now, thanks"                                                | false
            "one burner on the stove won't light, the other three are fine"                 | false
            """)
    void namesTheLossesTheContractCallsUrgent(String text, boolean expectedUrgent) {
        // when
        RuleFindings findings = rules.apply(text);
        // then an URGENT loss raises no flag and no emergency by itself
        assertThat(findings.urgent()).as("urgent, evidence %s", findings.evidence()).isEqualTo(expectedUrgent);
        assertThat(findings.escalate()).isFalse();
    }

    @Test
    void evidenceNamesTheRuleAndTheSpan() {
        // given
        String text = "I SMELL GAS and my lawyer knows";

        // when
        RuleFindings findings = rules.apply(text);

        // then
        assertThat(findings.evidence()).containsExactly("GAS_SMELL: \"smell gas\"", "LAWYER: \"lawyer\"");
        assertThat(findings.flags()).containsExactly(RiskFlag.SAFETY, RiskFlag.LEGAL);
        assertThat(findings.escalate()).isTrue();
    }

    @Test
    void flagsComeOutInDeclarationOrder() {
        // given
        String text = "he harassed me, I'm calling my attorney, there is smoke";

        // when
        List<RiskFlag> flags = List.copyOf(rules.apply(text).flags());

        // then
        assertThat(flags).containsExactly(RiskFlag.SAFETY, RiskFlag.LEGAL, RiskFlag.HARASSMENT);
    }

    private static Set<RiskFlag> parseFlags(String flags) {
        if (flags == null || flags.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(flags.trim().split("\\s+")).map(RiskFlag::valueOf).collect(Collectors.toSet());
    }
}
