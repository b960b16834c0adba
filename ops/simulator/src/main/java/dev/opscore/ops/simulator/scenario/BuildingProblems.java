package dev.opscore.ops.simulator.scenario;

import static dev.opscore.policy.Category.GENERAL;
import static dev.opscore.policy.Category.LOCKS_DOORS;
import static dev.opscore.policy.Priority.EMERGENCY;
import static dev.opscore.policy.Priority.ROUTINE;
import static dev.opscore.policy.Priority.URGENT;
import static dev.opscore.policy.RiskFlag.SAFETY;

import java.util.List;

/**
 * Doors, windows and the building itself. An entry door or ground-floor window that cannot be
 * secured is EMERGENCY; someone hurt by a broken step carries SAFETY; a roof leak is GENERAL (a
 * ceiling, not from a pipe) and costs more than OpsCore may approve alone.
 */
final class BuildingProblems {

    private BuildingProblems() {
    }

    static List<Problem> all() {
        return List.of(
                Problem.of("lock-stiff", LOCKS_DOORS, ROUTINE, 150, 2.5)
                        .en("the door lock", List.of(),
                                "the front door lock is really stiff, the key barely turns",
                                "my deadbolt sticks and I have to wiggle the key forever")
                        .es("la cerradura", List.of(),
                                "la cerradura de la puerta está dura y la llave casi no gira"),
                Problem.of("lockout", LOCKS_DOORS, URGENT, 150, 2)
                        .en("the lockout", List.of(),
                                "I'm locked out, my keys are inside the apartment",
                                "locked myself out, can someone come let me in")
                        .es("las llaves", List.of(),
                                "me quedé afuera y las llaves están adentro"),
                Problem.of("fob", LOCKS_DOORS, ROUTINE, 50, 1.5)
                        .en("the key fob", List.of(),
                                "my key fob stopped working at the main entrance",
                                "the garage gate won't open with my remote anymore")
                        .es("el llavero electrónico", List.of(),
                                "mi llavero electrónico ya no abre la entrada principal"),
                Problem.of("closet-door", LOCKS_DOORS, ROUTINE, 100, 1)
                        .en("the closet door", List.of(),
                                "the sliding closet door came off its track")
                        .es("la puerta del clóset", List.of(),
                                "la puerta corrediza del clóset se salió del riel"),
                Problem.of("entry-door-unsecured", LOCKS_DOORS, EMERGENCY, 400, 0.3)
                        .en("the entry door", List.of(),
                                "the apartment entry door won't lock at all, the latch broke and I can't secure it")
                        .es("la puerta de entrada", List.of(),
                                "la puerta de entrada no cierra con llave, se rompió el pestillo y no puedo asegurarla"),
                Problem.of("window-unsecured", LOCKS_DOORS, EMERGENCY, 300, 0.2)
                        .en("the window latch", List.of(),
                                "our ground floor window latch broke and the window won't close or lock")
                        .es("la ventana", List.of(),
                                "se rompió el seguro de la ventana de la planta baja y no cierra"),
                Problem.of("window-cracked", LOCKS_DOORS, ROUTINE, 300, 0.8)
                        .en("the cracked window", List.of(),
                                "the bedroom window has a crack across the glass, it closes fine, it's just cracked")
                        .es("el vidrio rajado", List.of(),
                                "el vidrio de la ventana del cuarto está rajado"),
                Problem.of("roof-leak", GENERAL, URGENT, 900, 1.5)
                        .en("the roof leak", List.of(),
                                "water drips from the top floor bedroom ceiling every time it rains",
                                "there's a brown stain on the ceiling that gets wet whenever it rains, I think the roof leaks")
                        .es("la gotera", List.of(),
                                "cuando llueve gotea el techo del cuarto"),
                Problem.of("paint-wall", GENERAL, ROUTINE, 150, 1.5)
                        .en("the wall", List.of(),
                                "the paint in the hallway is peeling off in big strips",
                                "there's a hole in the drywall behind the bedroom door from the doorknob")
                        .es("la pared", List.of(),
                                "la pintura del pasillo se está cayendo a pedazos"),
                Problem.of("cabinet-hinge", GENERAL, ROUTINE, 100, 1.5)
                        .en("the cabinet door", List.of(),
                                "a kitchen cabinet hinge broke and the door is hanging off")
                        .es("el gabinete", List.of(),
                                "se rompió la bisagra de una puerta del gabinete de la cocina"),
                Problem.of("blinds", GENERAL, ROUTINE, 80, 1.5)
                        .en("the blinds", List.of(),
                                "the living room blinds are broken, the cord snapped")
                        .es("las persianas", List.of(),
                                "se rompió la cuerda de las persianas de la sala"),
                Problem.of("mould", GENERAL, ROUTINE, 350, 1.5)
                        .en("the mould", List.of(),
                                "black mold is growing in the corner of the bathroom ceiling",
                                "mould keeps coming back around the bedroom window frame")
                        .es("el moho", List.of(),
                                "está saliendo moho negro en el techo del baño"),
                Problem.of("floor-tiles", GENERAL, ROUTINE, 200, 1)
                        .en("the floor tiles", List.of(),
                                "a few kitchen floor tiles are loose and rock when you step on them")
                        .es("los azulejos", List.of(),
                                "hay azulejos sueltos en el piso de la cocina"),
                Problem.of("elevator-down", GENERAL, URGENT, 1200, 0.8)
                        .en("the elevator", List.of(),
                                "the elevator has been out of service for two days and I live on the fifth floor")
                        .es("el elevador", List.of(),
                                "el elevador lleva dos días sin funcionar y vivo en el quinto piso"),
                Problem.of("broken-step-injury", GENERAL, URGENT, 300, 0.45).flagged(SAFETY)
                        .en("the broken step", List.of(),
                                "I tripped on the broken step on the back stairs and twisted my ankle, someone else is going to get hurt")
                        .es("el escalón roto", List.of(),
                                "me caí en el escalón roto de la escalera de atrás y me lastimé el tobillo"));
    }
}
