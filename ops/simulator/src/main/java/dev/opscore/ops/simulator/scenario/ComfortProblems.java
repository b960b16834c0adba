package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Category.ELECTRICAL;
import static dev.opscore.policy.Category.HVAC;
import static dev.opscore.policy.Priority.EMERGENCY;
import static dev.opscore.policy.Priority.ROUTINE;
import static dev.opscore.policy.Priority.URGENT;
import static dev.opscore.policy.RiskFlag.SAFETY;

import java.util.List;

/**
 * Heating, cooling and power. A chirping detector is URGENT and not a hazard; sparks, burning and a
 * sounding CO alarm are EMERGENCY with SAFETY; no heat in the cold is EMERGENCY without it.
 */
final class ComfortProblems {

    private ComfortProblems() {
    }

    static List<Problem> all() {
        return List.of(
                Problem.of("radiator-cold", HVAC, ROUTINE, 200, 3.5).in(Season.WINTER)
                        .en("the cold radiator", List.of("bedroom", "living room", "kids' room"),
                                "the radiator in the {place} only gets lukewarm, the rest of the apartment is warm",
                                "the {place} radiator stays cold while the others work fine")
                        .es("el radiador frío", List.of("el cuarto", "la sala"),
                                "el radiador de {place} apenas se calienta, los demás sí funcionan"),
                Problem.of("no-heat-cold", HVAC, EMERGENCY, 700, 0.6).in(Season.WINTER)
                        .en("the heating", List.of(),
                                "no heat at all and it's 52 degrees inside",
                                "the heating is completely dead and it's freezing, the kids are sleeping in their coats",
                                "heat has been off since last night, we can see our breath in here")
                        .es("la calefacción", List.of(),
                                "no hay calefacción y hace un frío terrible dentro del apartamento",
                                "la calefacción no prende desde anoche y nos estamos congelando"),
                Problem.of("heat-weak", HVAC, URGENT, 400, 2.5).in(Season.WINTER)
                        .en("the weak heat", List.of(),
                                "the heat is barely working, it's 61 in here even with the thermostat on 72",
                                "heating is way too weak, the apartment never warms up past 60")
                        .es("la calefacción", List.of(),
                                "la calefacción casi no calienta, el apartamento no pasa de 16 grados"),
                Problem.of("pipes-banging", HVAC, ROUTINE, 150, 2).in(Season.WINTER)
                        .en("the banging pipes", List.of(),
                                "the heating pipes bang really loudly every morning around 5",
                                "loud clanking from the radiator whenever the heat kicks on")
                        .es("el ruido de los tubos", List.of(),
                                "los tubos de la calefacción hacen un ruido fuertísimo todas las mañanas"),
                Problem.of("ac-out", HVAC, URGENT, 450, 5).in(Season.SUMMER)
                        .en("the AC", List.of(),
                                "the AC stopped working and it's 88 degrees inside",
                                "air conditioner only blows warm air, it's unbearable in here")
                        .es("el aire acondicionado", List.of(),
                                "el aire acondicionado dejó de funcionar y hace muchísimo calor"),
                Problem.of("ac-dripping", HVAC, ROUTINE, 200, 2).in(Season.SUMMER)
                        .en("the dripping AC", List.of(),
                                "water is dripping out of the wall AC unit onto the floor")
                        .es("el aire que gotea", List.of(),
                                "el aire acondicionado está goteando agua al piso"),
                Problem.of("thermostat-blank", HVAC, ROUTINE, 120, 3)
                        .fixableBy(TroubleshootingKind.THERMOSTAT_BATTERIES)
                        .en("the thermostat", List.of(),
                                "the thermostat screen went blank and I can't change the temperature",
                                "thermostat display is dead, nothing happens when I press the buttons")
                        .es("el termostato", List.of(),
                                "la pantalla del termostato se apagó y no puedo cambiar la temperatura"),
                Problem.of("bath-fan", HVAC, ROUTINE, 150, 2)
                        .en("the bathroom fan", List.of(),
                                "the bathroom exhaust fan stopped working, the mirror stays fogged for an hour",
                                "bathroom fan makes a grinding noise and barely spins")
                        .es("el extractor del baño", List.of(),
                                "el extractor del baño dejó de funcionar"),
                Problem.of("outlets-dead", ELECTRICAL, ROUTINE, 150, 4)
                        .fixableBy(TroubleshootingKind.BREAKER_OR_GFCI)
                        .en("the dead outlets", List.of("kitchen", "bathroom", "bedroom", "living room"),
                                "the outlets in the {place} stopped working",
                                "nothing works when I plug it into the {place} outlets, no power on that wall",
                                "two outlets in the {place} are dead, no sparks or anything, they just don't work")
                        .es("los enchufes", List.of("la cocina", "el baño", "el cuarto", "la sala"),
                                "los enchufes de {place} dejaron de funcionar",
                                "no hay corriente en los enchufes de {place}"),
                Problem.of("light-fixture", ELECTRICAL, ROUTINE, 120, 3)
                        .en("the light fixture", List.of("hallway", "kitchen", "bathroom", "bedroom"),
                                "the {place} ceiling light won't turn on, I already tried a new bulb",
                                "the light fixture in the {place} flickers and then goes out")
                        .es("la lámpara", List.of("el pasillo", "la cocina", "el baño", "el cuarto"),
                                "la lámpara del techo de {place} no prende aunque le cambié el foco"),
                Problem.of("switch-loose", ELECTRICAL, ROUTINE, 100, 2)
                        .en("the light switch", List.of("hallway", "kitchen", "bedroom"),
                                "the light switch in the {place} is loose and doesn't do anything")
                        .es("el apagador", List.of("el pasillo", "la cocina", "el cuarto"),
                                "el apagador de {place} está flojo y no funciona"),
                Problem.of("breaker-trips", ELECTRICAL, ROUTINE, 200, 1.5)
                        .fixableBy(TroubleshootingKind.BREAKER_OR_GFCI)
                        .en("the breaker", List.of(),
                                "the breaker keeps tripping whenever I run the microwave and the toaster together",
                                "the breaker for the bedroom flips off every couple of days")
                        .es("el breaker", List.of(),
                                "se bota el breaker cada vez que uso el microondas"),
                Problem.of("detector-chirp", ELECTRICAL, URGENT, 80, 2.5)
                        .en("the chirping detector", List.of(),
                                "the smoke detector in the hallway keeps chirping every minute",
                                "smoke alarm beeps every 30 seconds, I think it needs a battery and I can't reach it",
                                "the CO detector is chirping, not alarming, just a short beep now and then")
                        .es("el detector de humo", List.of(),
                                "el detector de humo está pitando cada minuto",
                                "la alarma de humo hace bip a cada rato, creo que es la batería"),
                Problem.of("sparking", ELECTRICAL, EMERGENCY, 400, 0.5).flagged(SAFETY)
                        .en("the sparking outlet", List.of("kitchen", "bedroom", "living room"),
                                "the {place} outlet sparked when I plugged in the kettle and now there's a burning smell",
                                "sparks came out of the light switch in the {place} and the wall plate is hot",
                                "smoke is coming out of an outlet in the {place}, I turned off the breaker")
                        .es("el enchufe que echó chispas", List.of("la cocina", "el cuarto", "la sala"),
                                "el enchufe de {place} sacó chispas y ahora huele a quemado"),
                Problem.of("power-out", ELECTRICAL, EMERGENCY, 400, 0.3)
                        .en("the power", List.of(),
                                "power is out in my whole apartment but the hallway lights are on",
                                "we have no electricity at all in the unit, the neighbours still have power")
                        .es("la luz", List.of(),
                                "no hay luz en todo el apartamento pero los vecinos sí tienen"),
                Problem.of("co-alarm", ELECTRICAL, EMERGENCY, 300, 0.25).flagged(SAFETY)
                        .en("the CO alarm", List.of(),
                                "the carbon monoxide alarm is going off and won't stop, my head hurts",
                                "CO alarm is sounding in the bedroom, we opened the windows and went outside")
                        .es("la alarma de monóxido", List.of(),
                                "la alarma de monóxido de carbono está sonando sin parar y nos duele la cabeza"));
    }
}
