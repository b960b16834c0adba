package dev.opscore.jobs.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A word-by-word English gloss of a Spanish message, from a small hand-written glossary of
 * property-maintenance and leasing words. The sentence embedding is English-only and about a
 * fifth of tenants write in Spanish: "la llave del lavabo gotea" reaches it as "the faucet of the
 * sink drips", and its words also count as the English words they stand for. Pure and
 * thread-safe.
 */
final class SpanishGloss {

    private static final Set<String> SPANISH_CUES = Set.of("el", "la", "los", "las", "de", "del", "que", "y", "en", "es",
            "por", "para", "con", "mi", "mis", "se", "una", "un", "hay", "esta", "muy", "pero", "lo", "le", "ya", "nos",
            "tengo", "tenemos", "desde", "cuando", "donde", "como", "porque", "gracias", "hola", "buenas", "buenos",
            "al", "su", "sus", "este", "esto", "eso", "tiene", "estoy", "estan", "usted", "ustedes", "ahora", "tambien",
            "todavia", "aqui", "mas", "ni", "unos", "unas", "otra", "otro", "algo", "nada", "perdi", "quede", "toda", "todo");
    private static final Set<String> ENGLISH_CUES = Set.of("the", "and", "is", "to", "of", "my", "in", "it", "i", "for",
            "on", "with", "this", "that", "not", "have", "but", "be", "are", "was", "you", "we", "please", "can", "its");

    private static final Map<String, String> GLOSSARY = glossary(
            // places and things
            "agua water", "bano bathroom", "cocina kitchen", "sala living_room", "cuarto room", "recamara bedroom",
            "habitacion bedroom", "apartamento apartment", "apto apartment", "departamento apartment", "depa apartment",
            "edificio building", "unidad unit", "pasillo hallway", "techo ceiling", "pared wall", "paredes walls",
            "piso floor", "alfombra carpet", "pintura paint", "gabinete cabinet", "alacena cabinet", "persianas blinds",
            "cortinas blinds", "moho mold", "hongo mold", "hongos mold", "humedad damp", "elevador elevator",
            "ascensor elevator", "escaleras stairs", "escalera stairs", "estacionamiento parking", "barandal railing",
            "banqueta sidewalk", "jardin yard", "grieta crack", "agujero hole", "closet closet", "sotano basement",
            "balcon balcony", "patio patio", "azotea roof",
            // plumbing
            "fuga leak", "gotea drips", "goteando dripping", "gotera leak", "goteo drip", "lavabo sink",
            "lavamanos sink", "fregadero sink", "tarja sink", "regadera shower", "ducha shower", "tina tub",
            "banera tub", "inodoro toilet", "excusado toilet", "escusado toilet", "tubo pipe", "tuberia pipe",
            "caneria pipe", "tapado clogged", "tapada clogged", "atascado clogged", "atorado clogged", "atoro clogged",
            "drenaje drain", "desague drain", "caliente hot", "calentador water_heater", "llave faucet",
            "plomero plumber", "cisterna tank", "manguera hose", "inundado flooded",
            // locks and doors
            "cerradura lock", "chapa lock", "puerta door", "ventana window", "ventanas windows", "vidrio glass",
            "llaves keys", "encerrado locked_out", "encerrada locked_out", "porton gate", "reja gate",
            "tarjeta card", "cerrajero locksmith", "manija handle", "perilla knob", "bisagra hinge", "mosquitero screen",
            // electrical
            "luz light", "luces lights", "enchufe outlet", "enchufes outlets", "contacto outlet", "apagador switch",
            "interruptor switch", "foco bulb", "focos bulbs", "lampara light_fixture", "electricidad electricity",
            "corriente power", "chispas sparks", "cables wires", "ventilador fan", "timbre doorbell",
            "detector detector", "humo smoke", "alarma alarm", "parpadea flickers", "electricista electrician",
            // heating and cooling
            "calefaccion heat", "calefactor heater", "aire air", "acondicionado conditioning", "clima ac",
            "termostato thermostat", "radiador radiator", "radiadores radiators", "frio cold", "calor heat",
            "enfria cools", "calienta heats", "extractor vent_fan", "rejilla vent", "ventilacion ventilation",
            "caldera boiler",
            // appliances
            "refrigerador refrigerator", "refri fridge", "nevera fridge", "congelador freezer", "estufa stove",
            "horno oven", "lavaplatos dishwasher", "lavavajillas dishwasher", "microondas microwave",
            "triturador disposal", "lavadora washer", "secadora dryer", "hielo ice", "quemador burner",
            "hornilla burner", "campana hood", "electrodomestico appliance",
            // pests
            "cucarachas roaches", "cucaracha roach", "ratones mice", "raton mouse", "ratas rats", "rata rat",
            "chinches bedbugs", "hormigas ants", "avispas wasps", "avispa wasp", "termitas termites", "plaga pests",
            "plagas pests", "fumigar exterminate", "fumigacion exterminator", "fumigaron sprayed", "pulgas fleas",
            "aranas spiders", "palomas pigeons", "murcielago bat", "excremento droppings", "bichos bugs",
            // states
            "funciona works", "sirve works", "prende turns_on", "enciende turns_on", "roto broken", "rota broken",
            "rompio broke", "descompuesto broken", "descompuesta broken", "danado damaged", "suelto loose",
            "suelta loose", "flojo loose", "floja loose", "ruido noise", "ruidos noises", "huele smells",
            "olor smell", "quemado burnt", "sucio dirty", "sucia dirty", "lento slow", "despegado peeling",
            // visits and requests
            "cuando when", "vienen coming", "viene coming", "vino came", "vinieron came", "tecnico technician",
            "reparacion repair", "arreglar fix", "arreglen fix", "arreglo fix", "orden order", "solicitud request",
            "reporte reported", "reporto reported", "pedi requested", "novedad update", "seguimiento follow_up",
            "todavia still", "sigue still", "cita appointment", "visita visit", "trabajador worker",
            "mantenimiento maintenance", "noticias news",
            // money
            "renta rent", "alquiler rent", "pago payment", "pagar pay", "pague paid", "recibo receipt",
            "cargo charge", "cargos charges", "cobro charge", "cobraron charged", "multa fee", "recargo late_fee",
            "saldo balance", "deposito deposit", "cuenta account", "atrasado late", "atrasada late",
            "efectivo cash", "cheque check", "factura bill", "reembolso refund", "debo owe", "cobrando charging",
            // the lease
            "contrato lease", "arrendamiento lease", "renovar renew", "renovacion renewal", "mudanza move",
            "mudar move", "mudarme move_out", "aviso notice", "subarrendar sublet", "mascota pet",
            "mascotas pets", "perro dog", "gato cat", "inquilino tenant", "companero roommate", "roomie roommate",
            "cancelar cancel", "terminar terminate", "penalidad penalty", "vencimiento expiration", "vence expires",
            "aumento increase", "oferta offer",
            // information
            "oficina office", "horario hours", "abre opens", "abierta open", "abierto open", "basura trash",
            "reciclaje recycling", "paquete package", "paquetes packages", "alberca pool", "piscina pool",
            "gimnasio gym", "lavanderia laundry", "contrasena password", "visitantes visitors", "visitas visitors",
            "reservar reserve", "salon clubhouse",
            // people and complaints
            "vecino neighbor", "vecina neighbor", "vecinos neighbors", "musica music", "fiesta party",
            "ladra barks", "queja complaint", "quejarme complain", "grosero rude", "grosera rude", "fuma smokes",
            "encargado manager", "gerente manager",
            // common words, so that a whole sentence reaches the embedding in English
            "se it", "ya now", "por for", "para to", "a to", "al to_the", "lo it", "le them", "les them", "me me",
            "te you", "nos us", "su their", "sus their", "este this", "estos these", "estas these", "eso that",
            "esto this", "ese that", "esa that", "aqui here", "ahi there", "alli there", "mas more", "menos less",
            "tambien also", "pero but", "o or", "si if", "ni nor", "solo only", "cada every", "todos all", "todas all",
            "toda all", "algo something", "alguien someone", "ningun no", "ninguna no", "ninguno none", "nunca never",
            "siempre always", "vez time", "veces times", "ahora now", "luego later", "pronto soon", "tarde afternoon",
            "tardes afternoon", "buenas good", "buenos good", "senor sir", "senora madam", "dona mrs", "usted you",
            "ustedes you", "yo i", "ella she", "ellos they", "poco little", "poquito little", "un a", "una a",
            "unos some", "unas some", "mucha much", "muchos many", "muchas many", "demasiado too_much",
            "bastante quite", "mismo same", "misma same", "puedan can", "puede can", "podrian could", "podria could",
            "tenga have", "tiene has", "tienen have", "tuve had", "estaba was", "estan are", "estoy i_am",
            "estamos we_are", "son are", "era was", "fue was", "ser be", "hacer do", "hizo did", "hacen make",
            "sale comes_out", "salen come_out", "saliendo coming_out", "salio came_out", "entra gets_in",
            "entrando getting_in", "cae falls", "cayo fell", "cayendo falling", "baja goes_down", "sube goes_up",
            "cierra closes", "cerrar close", "abrir open", "cierre close", "mandar send", "manden send", "envien send",
            "venir come", "vengan come", "llamar call", "llame called", "llamo called", "dijeron said", "dijo said",
            "dicen say", "ver see", "veo see", "vi saw", "revisar check", "revisen check", "checar check",
            "cambien replace", "poner put", "ponerle put_on", "quitar remove", "limpiar clean", "pintar paint",
            "esperar wait", "espero hope", "sabe knows", "queda stays", "quedo stayed", "quede got", "afuera outside",
            "adentro inside", "dentro inside", "fuera outside", "perdi lost", "perdio lost", "encontre found",
            "dejo stopped", "empezo started", "empieza starts", "comenzo started", "paso happened", "pasa happens",
            "gasta wastes", "corriendo running", "corre runs", "echando going", "perder spoil", "tarda takes_long",
            "vaciarse drain", "vacia drains", "despacio slowly", "rapido fast", "mojado wet", "mojada wet", "seco dry",
            "lleno full", "llena full", "vacio empty", "fria cold", "helado freezing", "congelando freezing",
            "hirviendo boiling", "tibia lukewarm", "tibio lukewarm", "grados degrees", "temperatura temperature",
            "persiana blind", "cortina curtain", "cajon drawer", "loseta tile", "azulejo tile", "mancha stain",
            "manchas stains", "yeso plaster", "fisura crack", "riel track", "corrediza sliding", "hoyo hole",
            "gota drop", "gotas drops", "mueble furniture", "cama bed", "nino child", "nina child", "ninos children",
            "bebe baby", "hijo son", "hija daughter", "hijos children", "mama mom", "papa dad", "abuela grandmother",
            "abuelo grandfather", "esposo husband", "esposa wife", "familia family", "anciana elderly",
            "anciano elderly", "mayor older", "enfermo sick", "enferma sick", "medico doctor", "oxigeno oxygen",
            "silla chair", "ruedas wheels", "comida food", "ropa clothes", "carro car", "coche car", "lugar spot",
            "espacio space", "entrada entrance", "salida exit", "marco frame", "cristal glass", "suelo floor",
            "tejado roof", "canaleta gutter", "tinaco water_tank", "bomba pump", "medidor meter", "fusible fuse",
            "pastilla breaker", "caja box", "cable wire", "tanque tank", "valvula valve", "filtro filter",
            "fuego fire", "incendio fire", "llamas flames", "chispa spark", "peste stench", "charco puddle",
            "aguas waters", "negras black", "lluvia rain", "llueve raining", "nieve snow", "invierno winter",
            "verano summer", "mes month", "meses months", "hora hour", "horas hours", "minutos minutes",
            "madrugada early_morning", "pequena small", "pequeno small", "grande big", "viejo old", "vieja old",
            "peligroso dangerous", "peligrosa dangerous", "rajada cracked", "rajado cracked", "quebrado broken",
            "quebrada broken", "fuerte strong", "raro strange", "rara strange", "mal bad", "malo bad", "bien well",
            "bueno good", "mejor better", "peor worse", "rechina squeaks", "zafo came_loose", "descarapelada peeling",
            "descarapelado peeling", "pelando peeling", "colgando hanging", "hundido sagging", "trabada stuck",
            "trabado stuck", "atorada stuck", "pegado stuck", "apagado off", "apagada off", "apago went_off",
            "prendido on", "encendido on", "fundio burned_out", "fundido burned_out", "quemo burned", "suena sounds",
            "pita beeps", "pitando beeping", "zumba buzzes", "vibra vibrates", "olvide forgot", "nuestro our",
            "nuestra our", "nuestros our", "tu your", "cerrada closed", "cerrado closed", "arriba upstairs",
            "abajo downstairs", "lado side", "frente front", "atras back", "ultimo last", "primer first",
            "primera first", "segundo second", "otravez again", "ojala hopefully", "necesitamos we_need",
            "podemos we_can", "puedes can_you", "hagan do", "ayudar help", "ayudenme help_me", "rapidamente quickly",
            // small words
            "el the", "la the", "los the", "las the", "de of", "del of_the", "en in", "y and", "que that",
            "con with", "sin no", "mi my", "mis my", "hay there_is", "tengo i_have", "tenemos we_have",
            "esta is", "es is", "desde since", "hace ago", "dias days", "semana week", "semanas weeks", "hoy today",
            "ayer yesterday", "noche night", "manana morning", "favor please", "ayuda help", "urgente urgent",
            "gracias thanks", "nada nothing", "nadie nobody", "todo all", "muy very", "mucho much", "otra another",
            "otro another", "nuevo new", "nueva new", "cambiar change", "necesito i_need", "puedo can_i",
            "pueden can_you", "quiero i_want", "donde where", "como how", "cuanto how_much", "porque because", "descompuso broke_down", "tercer third", "trono popped", "tronando popping",
            "calenton heater", "zumbido humming", "gira spins", "destapador plunger");

    /**
     * Two-word phrases whose word-by-word gloss loses their sense: Spanish puts the adjective after
     * the noun ("agua caliente" is "hot water", not "water hot"), and some pairs name one thing.
     */
    private static final Map<String, String> PHRASES = glossary(
            "agua_caliente hot_water", "agua_fria cold_water", "aguas_negras sewage", "aire_acondicionado air_conditioning",
            "planta_baja ground_floor", "mancha_negra black_mark", "manchas_negras black_marks", "otra_vez again",
            "de_nuevo again", "se_descompuso broke_down", "se_fundio burned_out",
            "se_fue went_out", "hizo_corto shorted_out", "triturador_del garbage_disposal_of_the", "triturador_de garbage_disposal_of", "cuando_puedan whenever_you_can",
            "sin_prisa no_rush", "cuanto_antes as_soon_as_possible", "lo_antes as_soon", "ahora_mismo right_now",
            "hoy_mismo today", "ya_no no_longer", "de_lujo just_great", "que_maravilla just_great", "que_bien just_great");

    private SpanishGloss() {}

    /** The English gloss of {@code words} (as {@link LexicalFeatures#words} gives them), when they read as Spanish. */
    static Optional<List<String>> of(List<String> words) {
        long spanish = words.stream().filter(SPANISH_CUES::contains).count();
        long english = words.stream().filter(ENGLISH_CUES::contains).count();
        if (spanish < 2 || spanish <= english) {
            return Optional.empty();
        }
        List<String> gloss = new java.util.ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String phrase = i + 1 < words.size() ? PHRASES.get(words.get(i) + "_" + words.get(i + 1)) : null;
            if (phrase != null) {
                gloss.add(phrase.replace('_', ' '));
                i++;
            } else {
                gloss.add(GLOSSARY.getOrDefault(words.get(i), words.get(i)).replace('_', ' '));
            }
        }
        return Optional.of(List.copyOf(gloss));
    }

    private static Map<String, String> glossary(String... entries) {
        Map<String, String> glossary = new HashMap<>();
        for (String entry : entries) {
            String[] parts = entry.split(" ", 2);
            glossary.put(parts[0], parts[1]);
        }
        return Map.copyOf(glossary);
    }
}
