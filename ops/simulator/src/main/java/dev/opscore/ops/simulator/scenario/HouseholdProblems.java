package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Category.APPLIANCE;
import static dev.opscore.policy.Category.PEST;
import static dev.opscore.policy.Priority.EMERGENCY;
import static dev.opscore.policy.Priority.ROUTINE;
import static dev.opscore.policy.Priority.URGENT;
import static dev.opscore.policy.RiskFlag.SAFETY;

import java.util.List;

/**
 * Appliances and pests. A burner that clicks "with no gas smell" is a routine repair, worded with the
 * negation on purpose; a gas smell is EMERGENCY with SAFETY. Any infestation is URGENT.
 */
final class HouseholdProblems {

    private HouseholdProblems() {
    }

    static List<Problem> all() {
        return List.of(
                Problem.of("fridge-warm", APPLIANCE, URGENT, 300, 3.5)
                        .en("the fridge", List.of(),
                                "the fridge stopped cooling, everything inside is warm",
                                "refrigerator isn't cold anymore and the freezer is thawing")
                        .es("el refrigerador", List.of(),
                                "el refrigerador dejó de enfriar y se nos está echando a perder la comida"),
                Problem.of("stove-dead", APPLIANCE, URGENT, 350, 2)
                        .en("the stove", List.of(),
                                "the oven won't heat up at all and two of the burners are dead too",
                                "our electric stove is completely dead, we can't cook anything")
                        .es("la estufa", List.of(),
                                "la estufa eléctrica no prende para nada y no podemos cocinar"),
                Problem.of("dishwasher-drain", APPLIANCE, ROUTINE, 200, 2.5)
                        .en("the dishwasher", List.of(),
                                "the dishwasher doesn't drain, dirty water sits in the bottom",
                                "dishwasher leaves standing water after every cycle")
                        .es("el lavaplatos", List.of(),
                                "el lavaplatos no desagua, se queda agua sucia abajo"),
                Problem.of("disposal-jammed", APPLIANCE, ROUTINE, 120, 2.5)
                        .fixableBy(TroubleshootingKind.DISPOSAL_RESET)
                        .en("the garbage disposal", List.of(),
                                "the garbage disposal just hums and won't spin",
                                "disposal is jammed, it buzzes when I flip the switch")
                        .es("el triturador", List.of(),
                                "el triturador de basura solo zumba y no gira"),
                Problem.of("burner-clicks", APPLIANCE, ROUTINE, 150, 1.5)
                        .en("the stove burner", List.of(),
                                "no gas smell or anything, the front burner just keeps clicking and won't light",
                                "one burner clicks but never catches, and there's no smell of gas at all")
                        .es("la hornilla", List.of(),
                                "no huele a gas ni nada, pero una hornilla hace clic y no prende"),
                Problem.of("microwave", APPLIANCE, ROUTINE, 120, 1)
                        .en("the microwave", List.of(),
                                "the built-in microwave turns on but doesn't heat anything")
                        .es("el microondas", List.of(),
                                "el microondas prende pero no calienta nada"),
                Problem.of("dryer-cold", APPLIANCE, ROUTINE, 200, 1)
                        .en("the dryer", List.of(),
                                "the dryer runs but never gets hot, clothes come out damp")
                        .es("la secadora", List.of(),
                                "la secadora da vueltas pero no calienta, la ropa sale húmeda"),
                Problem.of("gas-smell", APPLIANCE, EMERGENCY, 500, 0.45).flagged(SAFETY)
                        .en("the gas smell", List.of(),
                                "I smell gas near the stove, I turned all the knobs off",
                                "strong gas smell in the kitchen, it seems to come from behind the oven")
                        .es("el olor a gas", List.of(),
                                "huele a gas cerca de la estufa, ya apagué todo"),
                Problem.of("stove-fire", APPLIANCE, EMERGENCY, 800, 0.25).flagged(SAFETY)
                        .en("the stove fire", List.of(),
                                "a pan caught fire on the stove, we put it out but the kitchen is full of smoke and the wall is scorched",
                                "there was a small fire in the oven and smoke is still coming out of it")
                        .es("el fuego de la estufa", List.of(),
                                "se prendió fuego un sartén en la estufa, ya lo apagamos pero la cocina está llena de humo"),
                Problem.of("roaches", PEST, URGENT, 250, 3)
                        .en("the roaches", List.of(),
                                "we have roaches in the kitchen, I see them every night now",
                                "cockroaches everywhere under the sink and in the cabinets")
                        .es("las cucarachas", List.of(),
                                "hay cucarachas en la cocina, las vemos todas las noches"),
                Problem.of("mice", PEST, URGENT, 300, 2.5)
                        .en("the mice", List.of(),
                                "there are mice in the apartment, droppings all over the pantry",
                                "heard scratching in the walls and then saw a mouse run under the stove")
                        .es("los ratones", List.of(),
                                "hay ratones en el apartamento, encontramos cacas en la alacena"),
                Problem.of("bed-bugs", PEST, URGENT, 600, 1)
                        .en("the bed bugs", List.of(),
                                "I think we have bed bugs, woke up with bites and found tiny bugs in the mattress seams")
                        .es("las chinches", List.of(),
                                "creo que tenemos chinches, amanecemos llenos de picaduras"),
                Problem.of("wasps", PEST, ROUTINE, 150, 0.8).in(Season.SUMMER)
                        .en("the wasp nest", List.of(),
                                "there's a wasp nest under the balcony railing")
                        .es("el panal de avispas", List.of(),
                                "hay un panal de avispas debajo del barandal del balcón"));
    }
}
