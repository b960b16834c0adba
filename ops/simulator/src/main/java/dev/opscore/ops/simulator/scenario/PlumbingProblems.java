package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Category.PLUMBING;
import static dev.opscore.policy.Priority.EMERGENCY;
import static dev.opscore.policy.Priority.ROUTINE;
import static dev.opscore.policy.Priority.URGENT;

import java.util.List;

/** Water: drips to burst pipes. A burst pipe or water through a ceiling is EMERGENCY without SAFETY. */
final class PlumbingProblems {

    private PlumbingProblems() {
    }

    static List<Problem> all() {
        return List.of(
                Problem.of("faucet-drip", PLUMBING, ROUTINE, 150, 7)
                        .en("the dripping faucet", List.of("kitchen", "bathroom", "bathtub", "laundry room"),
                                "the {place} faucet keeps dripping",
                                "there's a constant drip from the {place} tap, even when it's turned all the way off",
                                "the {place} faucet drips day and night and it's driving me nuts",
                                "dripping faucet in the {place}, you can hear it from the bedroom")
                        .es("la llave que gotea", List.of("la cocina", "el baño", "la tina"),
                                "la llave de {place} gotea todo el tiempo",
                                "el grifo de {place} no para de gotear aunque lo cierro bien"),
                Problem.of("slow-drain", PLUMBING, ROUTINE, 180, 6)
                        .en("the slow drain", List.of("bathroom sink", "tub", "shower", "kitchen sink"),
                                "the {place} drains super slowly",
                                "water sits in the {place} for ages before it goes down",
                                "the {place} takes like ten minutes to empty")
                        .es("el desagüe lento", List.of("el lavamanos", "la tina", "la ducha", "el fregadero"),
                                "{place} tarda muchísimo en desaguar",
                                "el agua se queda estancada en {place} un buen rato"),
                Problem.of("running-toilet", PLUMBING, ROUTINE, 160, 5)
                        .en("the running toilet", List.of(),
                                "the toilet keeps running after every flush",
                                "our toilet won't stop filling, I have to jiggle the handle each time",
                                "toilet tank hisses and refills on its own every few minutes")
                        .es("el inodoro que se queda corriendo", List.of(),
                                "cada vez que le jalo al inodoro se queda corriendo el agua",
                                "el tanque del baño se llena solo cada rato y hace ruido"),
                Problem.of("only-toilet-clogged", PLUMBING, URGENT, 200, 3)
                        .en("the clogged toilet", List.of(),
                                "our only toilet is clogged and the plunger isn't doing anything",
                                "the toilet is completely blocked and won't flush, it's the only bathroom in the apartment",
                                "toilet won't go down at all and we only have the one")
                        .es("el inodoro tapado", List.of(),
                                "el único inodoro que tenemos está tapado y no baja ni con el destapador",
                                "el baño está totalmente tapado y es el único del apartamento"),
                Problem.of("no-hot-water", PLUMBING, URGENT, 350, 4)
                        .en("the hot water", List.of(),
                                "no hot water since this morning",
                                "only cold water coming out of every tap, I think the water heater died",
                                "we've had no hot water for two days now, can't shower")
                        .es("el agua caliente", List.of(),
                                "no tenemos agua caliente desde esta mañana",
                                "solo sale agua fría de todas las llaves, creo que se dañó el calentador"),
                Problem.of("low-pressure", PLUMBING, ROUTINE, 120, 3)
                        .fixableBy(TroubleshootingKind.CLOGGED_AERATOR)
                        .en("the low water pressure", List.of("kitchen", "bathroom"),
                                "low water pressure at the {place} faucet",
                                "the {place} tap barely trickles, pressure is really weak",
                                "weak water pressure in the {place} sink only, the shower is fine")
                        .es("la poca presión del agua", List.of("la cocina", "el baño"),
                                "hay poca presión de agua en la llave de {place}",
                                "el agua sale muy débil en el grifo de {place}"),
                Problem.of("sink-leak", PLUMBING, URGENT, 250, 4)
                        .en("the leak under the sink", List.of("kitchen", "bathroom"),
                                "water is leaking under the {place} sink and the cabinet floor is soaked",
                                "there's a leak under the {place} sink, I put a bowl there but it fills up fast",
                                "the pipe under the {place} sink is leaking, everything under there is wet")
                        .es("la fuga debajo del lavamanos", List.of("fregadero", "lavamanos"),
                                "hay una fuga debajo del {place} y el mueble está empapado",
                                "está goteando el tubo debajo del {place}, ya puse una cubeta"),
                Problem.of("water-heater-leak", PLUMBING, URGENT, 900, 1.5)
                        .en("the leaking water heater", List.of(),
                                "the water heater is leaking from the bottom and there's a puddle around it",
                                "a puddle keeps forming around the water heater tank in the utility closet")
                        .es("el calentador que gotea", List.of(),
                                "el calentador de agua está goteando por abajo y se hace un charco"),
                Problem.of("burst-pipe", PLUMBING, EMERGENCY, 1500, 0.7)
                        .en("the burst pipe", List.of("kitchen", "bathroom", "laundry room"),
                                "a pipe just burst in the {place} and water is spraying everywhere",
                                "water is gushing from a pipe in the {place}, the floor is flooding and I can't find the shutoff",
                                "the pipe under the {place} sink broke off, water everywhere, HELP")
                        .es("el tubo roto", List.of("la cocina", "el baño"),
                                "se reventó un tubo en {place} y sale agua por todos lados",
                                "se está inundando {place}, el agua sale a chorros de una tubería"),
                Problem.of("ceiling-pouring", PLUMBING, EMERGENCY, 1200, 0.5)
                        .en("the water coming through the ceiling", List.of("bathroom", "kitchen", "bedroom"),
                                "water is pouring through the {place} ceiling from the apartment upstairs",
                                "the {place} ceiling is raining water, I think a pipe upstairs broke")
                        .es("el agua que cae del techo", List.of("el baño", "la cocina", "el cuarto"),
                                "está cayendo agua a chorros del techo de {place}, creo que se rompió un tubo arriba"),
                Problem.of("sewage-backup", PLUMBING, EMERGENCY, 900, 0.3)
                        .en("the sewage backup", List.of(),
                                "sewage is coming up through the bathtub drain and it smells awful",
                                "raw sewage backing up into the shower and onto the bathroom floor")
                        .es("las aguas negras", List.of(),
                                "están saliendo aguas negras por el desagüe de la tina",
                                "se regresó el drenaje y hay aguas negras en el piso del baño"),
                Problem.of("no-water", PLUMBING, EMERGENCY, 600, 0.3)
                        .en("the water", List.of(),
                                "there's no water at all in the apartment, nothing from any tap or the toilet",
                                "water is completely off in my unit, not a drop from the faucets")
                        .es("el agua", List.of(),
                                "no hay nada de agua en el apartamento, no sale de ninguna llave"));
    }
}
