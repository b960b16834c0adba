package dev.opscore.ops.simulator.scenario;

import java.util.List;

/** The small talk around a message, per language: greetings, sign-offs, e-mail openers, fillers. */
record Phrasebook(List<String> greetings, List<String> closers, List<String> smsTails, List<String> salutations,
                  List<String> repairOpeners, List<String> questionOpeners, List<String> access,
                  List<String> replyNotes, List<String> signOffs, List<String> trailers, List<String> voiceOpeners,
                  List<String> fillers, List<String> voiceClosers) {

    private static final Phrasebook EN = new Phrasebook(
            List.of("Hi,", "Hello,", "Good morning,", "Hey", "Hi there,", "Good evening,"),
            List.of("Thanks.", "Thank you!", "Thanks in advance.", "Please let me know.", "Appreciate it."),
            List.of("pls", "asap", "??", "thx", ":("),
            List.of("Dear management,", "Hello leasing office,", "To whom it may concern,", "Hi team,"),
            List.of("I hope you're doing well. I'm writing about a problem in my apartment.",
                    "I've lived here for almost three years and rarely write in, but I need some help.",
                    "Sorry to bother you again this week."),
            List.of("I hope you're doing well.", "I wanted to reach out to the office about something.",
                    "Hope your week is going well."),
            List.of("I work from home on Tuesdays and Thursdays if someone needs to come in.",
                    "You have my permission to enter if I'm not home.", "Please text before coming, I have a dog."),
            List.of("Feel free to reply here whenever you can.", "Thanks for your help as always."),
            List.of("Best regards", "Thank you", "Kind regards", "Thanks so much"),
            List.of("Sent from my iPhone", "Sent from my phone, excuse the typos"),
            List.of("um hi yeah this is about my apartment", "hi this is a message for the office",
                    "hello um calling about my unit"),
            List.of("uh", "um", "and uh"),
            List.of("okay thanks bye", "um yeah call me back thanks", "okay that's it thank you"));
    private static final Phrasebook ES = new Phrasebook(
            List.of("Hola,", "Buenos días,", "Buenas tardes,", "Hola buenas,", "Buenas noches,"),
            List.of("Gracias.", "Muchas gracias.", "Quedo atento.", "Saludos."),
            List.of("xfa", "urgente", "??", "grax"),
            List.of("Buenos días,", "Estimados señores,", "Hola, buenas tardes,"),
            List.of("Les escribo por un problema en mi apartamento.", "Espero que estén bien. Necesito su ayuda."),
            List.of("Espero que estén bien.", "Les escribo a la oficina por lo siguiente."),
            List.of("Estoy en casa después de las 5.", "Pueden entrar si no estoy."),
            List.of("Quedo pendiente de su respuesta.", "Gracias de antemano."),
            List.of("Saludos", "Muchas gracias", "Atentamente"),
            List.of("Enviado desde mi celular"),
            List.of("eh hola sí es sobre mi apartamento", "hola buenas llamo por mi departamento"),
            List.of("eh", "este", "y eh"),
            List.of("bueno gracias", "eso es todo gracias"));

    static Phrasebook of(String language) {
        return "es".equals(language) ? ES : EN;
    }
}
