package dev.opscore.jobs.triage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opscore.policy.RiskFlag;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Risk stated through cues rather than keywords, English and Spanish, with the false alarms that must stay quiet. */
class TriageRiskCuesSecondSetTest {

    private final TriageRules rules = new TriageRules();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # threats inside a complaint or billing dispute
            charge me one more late fee and you'll all regret it                                   | HARASSMENT          | false
            keep ignoring my emails, you will regret this                                          | HARASSMENT          | false
            tell the office manager to watch her back                                              | HARASSMENT          | false
            I know where you live, fix my sink                                                     | HARASSMENT          | false
            if this fee isn't reversed someone is going to get hurt                                | SAFETY HARASSMENT   | false
            I'll make you pay for every penny of this deposit                                      | HARASSMENT          | false
            refund me or you won't like what happens next                                          | HARASSMENT          | false
            if that leasing agent calls me again I'll break her jaw                                | SAFETY HARASSMENT   | false
            one more notice on my door and I will smash his face in                                | SAFETY HARASSMENT   | false
            I'm going to beat that super up when I see him                                         | SAFETY HARASSMENT   | false
            I'm gonna mess him up if he touches my car again                                       | SAFETY HARASSMENT   | false
            otro cargo mas y te vas a arrepentir                                                   | HARASSMENT          | false
            si no me devuelven el deposito se van a arrepentir                                     | HARASSMENT          | false
            sigan cobrandome de mas y ya veras                                                     | HARASSMENT          | false
            al encargado le voy a romper la cara                                                   | SAFETY HARASSMENT   | false
            te voy a romper los dientes si vuelves a entrar                                        | SAFETY HARASSMENT   | false
            me las vas a pagar por esta multa                                                      | HARASSMENT          | false
            tell your manager I know where she lives                                               | HARASSMENT          | false
            I swear I'll knock his teeth out if he comes in my unit again                          | SAFETY HARASSMENT   | false
            ya van a ver lo que les pasa si no me regresan mi dinero                               | HARASSMENT          | false
            this is ridiculous, the fee makes no sense                                             |                     | false
            honestly you guys are useless, fix the dishwasher                                      |                     | false
            this bill is killing me, can I get a payment plan                                      |                     | false
            dying to know when the pool opens                                                      |                     | false
            esto es ridiculo, el cargo no tiene sentido                                            |                     | false
            you'll regret not coming to the pool party, it was great                               |                     | false
            I'll make you pay the invoice by friday, promise                                       |                     | false
            watch your step, the lobby floor was just mopped                                       |                     | false
            someone is going to get hurt on these icy steps if nobody salts them                   |                     | false
            # staff attention to a child
            the maintenance man keeps giving my daughter candy and asking her to come inside       | SAFETY HARASSMENT   | false
            your handyman was taking pictures of my son at the playground                          | SAFETY HARASSMENT   | false
            the super told my 9 year old girl to keep a secret and it made her uncomfortable       | SAFETY HARASSMENT   | false
            el de mantenimiento le regala dulces a mi hija y quiere estar a solas con ella         | SAFETY HARASSMENT   | false
            the porter keeps hugging my 7 year old and calling her his girlfriend                  | SAFETY HARASSMENT   | false
            el conserje le toma fotos a mi hija cuando juega en el patio                           | SAFETY HARASSMENT   | false
            the contractor fixed the ceiling in my son's room, when is he back                     |                     | false
            the maintenance guy fixed the faucet in my son's bathroom                              |                     | false
            # a neighbour not seen for days, smell of decay
            we haven't seen the old man in 4B for five days and there's a terrible smell from his door | SAFETY          | false
            nobody has heard from my neighbour in a week, her mail is piling up and it smells like something died | SAFETY | false
            no hemos visto a la vecina en varios dias y sale un olor horrible de su puerta         | SAFETY              | false
            hace una semana que no la vemos y hay mal olor en el pasillo                           | SAFETY              | false
            my elderly neighbor hasn't answered her door in a week and there's a bad smell         | SAFETY              | false
            haven't seen mrs. lopez in 3 days and flies are at her window                          | SAFETY              | false
            la senora del 2B no ha salido en una semana y huele muy feo                            | SAFETY              | false
            haven't heard from maintenance in days about the drain smell                           |                     | false
            # reasonable accommodations asked politely
            could I get a parking spot near the entrance, I have a disability placard              | FAIR_HOUSING        | false
            is there a handicap space closer to my building                                        | FAIR_HOUSING        | false
            my mother's caregiver would need to live with us, is that allowed                      | FAIR_HOUSING        | false
            can my live-in aide be added without paying extra rent                                 | FAIR_HOUSING        | false
            my therapist wrote a letter for my emotional support cat                               | FAIR_HOUSING        | false
            I know it's a no-pets building but my doctor says I need my dog                        | FAIR_HOUSING        | false
            my doctor recommends a ground floor unit after my knee surgery                         | FAIR_HOUSING        | false
            is there any way to move to a unit with an elevator, I can't do the stairs with my cane | FAIR_HOUSING       | false
            would it be possible to put grab bars by the toilet                                    | FAIR_HOUSING        | false
            my husband uses a wheelchair, can we get a ramp at the back door                       | FAIR_HOUSING        | false
            for medical reasons I need an exception to the pet rule                                | FAIR_HOUSING        | false
            tengo un animal de apoyo emocional, necesito la carta?                                 | FAIR_HOUSING        | false
            mi medico recomienda que me cambie a la planta baja                                    | FAIR_HOUSING        | false
            mi mama usa silla de ruedas y necesita una rampa                                       | FAIR_HOUSING        | false
            necesito que mi cuidadora se quede a vivir conmigo                                     | FAIR_HOUSING        | false
            my son will be moving in as my full-time caregiver                                     | FAIR_HOUSING        | false
            could I switch to a downstairs apartment, my arthritis makes the stairs hard           | FAIR_HOUSING        | false
            mi hijo tiene autismo y necesitamos un perro de asistencia                             | FAIR_HOUSING        | false
            tengo placa de discapacitado, hay estacionamiento cerca de la entrada?                 | FAIR_HOUSING        | false
            is there guest parking near the entrance for my party                                  |                     | false
            can I get a second parking spot for my truck                                           |                     | false
            can I get a parking spot closer to the entrance, the walk is long                      |                     | false
            my grandmother is visiting next week, is there guest parking                           |                     | false
            the ramp to the garage is icy                                                          |                     | false
            I called the city about the pothole on our street                                      |                     | false
            haven't seen the maintenance guy in days, is my ticket still open                      |                     | false
            the hot water is off and I have a newborn, please fix soon                             |                     | false
            my laptop charger got hot                                                              |                     | false
            a piece of the ceiling paint flaked off                                                |                     | false
            # legal: withholding, inspectors, notices, legal aid, tenants' union
            I'm not paying rent this month until the mold is fixed                                 | LEGAL               | false
            we're holding back our rent until the window gets repaired                             | LEGAL               | false
            I called 311 about the roaches since nobody here responds                              | LEGAL               | false
            I'm going to file a complaint with the city                                            | LEGAL               | false
            I filed a complaint with the city about the landlord                                   | LEGAL               | false
            the building inspector should see this mess                                            | LEGAL               | false
            I want to dispute the lease violation notice you left, I never had a dog               | LEGAL               | false
            I got a 3-day pay or quit notice but I paid on time                                    | LEGAL               | false
            I'm meeting with legal aid on tuesday about my deposit                                 | LEGAL               | false
            our tenants union is organising a meeting about the rent increase                      | LEGAL               | false
            no voy a pagar la renta hasta que arreglen la calefaccion                              | LEGAL               | false
            voy a llamar al inspector de la ciudad                                                 | LEGAL               | false
            me dejaron un aviso de desalojo                                                        | LEGAL               | false
            ya hable con un abogado                                                                | LEGAL               | false
            vamos a poner una demanda                                                              | LEGAL               | false
            not paying until the leak is fixed                                                     | LEGAL               | false
            I received a notice saying I violated my lease, I want to contest it                   | LEGAL               | false
            got a pay-or-quit on my door this morning                                              | LEGAL               | false
            voy a reportarlos a la ciudad                                                          | LEGAL               | false
            no pienso pagar la renta hasta que arreglen el techo                                   | LEGAL               | false
            the pest inspector is coming tomorrow, should I move the furniture                     |                     | false
            can I pay rent with a card this month                                                  |                     | false
            # implicit emergencies: vulnerable occupants without heat, water or power
            the heat is out and my 81-year-old mother lives with me                                |                     | true
            no heat since last night and we have a newborn                                         |                     | true
            power went out and my dad is on home oxygen                                            | SAFETY              | true
            we have no water and I'm 8 months pregnant                                             |                     | true
            sorry to bother, no rush, but the heater died and my grandmother is staying with us    |                     | true
            no hay calefaccion y mi abuela de 85 anos vive conmigo                                 |                     | true
            no hot water today and I have a baby, when can someone come                            |                     | false
            se fue la luz y mi bebe necesita su nebulizador                                        | SAFETY              | true
            we have no electricity and my grandfather uses an oxygen concentrator                  | SAFETY              | true
            sin luz y mi esposa esta embarazada                                                    |                     | true
            # dangerously cold indoors
            I can't feel my fingers, it's that cold in the living room                             |                     | true
            we can see our breath in the kitchen                                                   |                     | true
            it's 54 degrees inside the apartment                                                   |                     | true
            the thermostat reads 49 this morning                                                   |                     | true
            it's 50 in here and nobody answers                                                     |                     | true
            hace 12 grados dentro del apartamento                                                  |                     | true
            the boiler is off for the whole building and it's supposed to be freezing tonight      |                     | true
            todo el edificio esta sin calefaccion y esta helando                                   |                     | true
            my kids are sleeping in their coats, the radiators do nothing                          |                     | true
            it is 52 in my apartment right now                                                     |                     | true
            I left $50 inside the envelope for the parking pass                                    |                     | false
            the thermostat is set to 70, is that okay                                              |                     | false
            # people at risk: elevators, forced doors, assaults, injuries, gunfire
            stuck in the lift with my two kids and the alarm button does nothing                   | SAFETY              | true
            my dad is trapped in the elevator, he's 88 years old                                   | SAFETY              | true
            estoy atrapada en el ascensor con mi bebe                                              | SAFETY              | true
            my mom is stuck in the elevator on the way up                                          |                     | true
            my ex kicked in my front door last night, it won't lock now                            | SAFETY              | true
            forzaron la puerta y ya no cierra                                                      | SAFETY              | true
            the kids broke my door handle, can you replace it                                      |                     | false
            my roommate threatened me with a baseball bat                                          | SAFETY HARASSMENT   | false
            the man in 2C shoved my wife down the stairs                                           | SAFETY HARASSMENT   | false
            I have a restraining order against my ex and he keeps showing up                       | HARASSMENT          | false
            mi ex me golpeo y tengo orden de proteccion                                            | SAFETY HARASSMENT   | false
            my father fell down the stairs in the lobby and fractured his wrist                    | SAFETY              | false
            anoche hubo una balacera en el estacionamiento                                         | SAFETY              | false
            the lady in 3A keeps yelling racial slurs at my kids                                   | FAIR_HOUSING HARASSMENT | false
            the 3 day notice says I have an unauthorized pet but it's my approved ESA              | LEGAL FAIR_HOUSING  | false
            the balcony is pulling away from the wall                                              | SAFETY              | true
            a step broke on the back stairs                                                        |                     | true
            my note on the door is gone, did the plumber come                                      |                     | false
            # electrical, structural, security and water cues
            there's a scorch mark around the outlet by the bed                                     | SAFETY              | true
            no rush but the bedroom outlet smells like burnt plastic                               | SAFETY              | true
            the space heater cord is hot to the touch                                              | SAFETY              | true
            the extension cord behind the tv is melting                                            | SAFETY              | true
            el cable de la extension esta muy caliente                                             | SAFETY              | true
            huele a plastico quemado en el enchufe                                                 | SAFETY              | true
            a chunk of ceiling plaster fell on my bed last night                                   | SAFETY              | true
            the ceiling over the crib is sagging                                                   |                     | true
            se cayo un pedazo del techo en la cama de mi hijo                                      | SAFETY              | true
            someone was trying to open our first floor window, the latch is broken                 | SAFETY              | true
            alguien intento abrir la ventana de la planta baja                                     |                     | true
            rain is pouring through the hallway ceiling on the third floor                         |                     | true
            esta lloviendo dentro del pasillo                                                      |                     | true
            a chunk of plaster fell into the empty tub, nobody was hurt                            |                     | false
            the lobby ceiling tile is stained and sagging a little                                 |                     | false
            a falling branch nearly hit my car in the lot, can you trim the tree                   |                     | false
            there is a hairline crack in the ceiling paint                                         |                     | false
            the ceiling fan wobbles                                                                |                     | false
            the outlet cover plate is black, can it be white                                       |                     | false
            reminder: fire alarm test notice for friday                                            |                     | false
            notice about trash day moving to thursday                                              |                     | false
            I'm killing it at work so rent will be early                                           |                     | false
            I hurt my back carrying groceries up the broken stairs                                 | SAFETY              | false
            she fell on the ice and hurt her leg                                                   | SAFETY              | false
            he didn't threaten me, he's just loud                                                  |                     | false
            there's a spider the size of my hand, please evict it                                  |                     | false
            the neighbours smoke cigarettes on the balcony                                         |                     | false
            tengo miedo por mis hijos, hay ratas en el patio                                       |                     | false
            I'd like to file a formal complaint about the noise                                    |                     | false
            """)
    void readsRiskFromCues(String text, String expectedFlags, boolean expectedEmergency) {
        // given
        Set<RiskFlag> expected = expectedFlags == null ? Set.of()
                : Arrays.stream(expectedFlags.trim().split("\\s+")).map(RiskFlag::valueOf).collect(Collectors.toSet());
        // when
        RuleFindings findings = rules.apply(text);
        // then
        assertThat(findings.flags()).as("flags, evidence %s", findings.evidence()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(findings.emergency()).as("emergency, evidence %s", findings.evidence()).isEqualTo(expectedEmergency);
    }
}
