package dev.opscore.jobs.triage;

import java.util.List;
import java.util.regex.Pattern;

/**
 * General phrasings that tell the intents apart whatever the broken thing is, in English and
 * Spanish: a follow-up on an existing repair ("still", "any update", "the tech never came"), a
 * complaint about people, noise, smells or service ("neighbour", "so loud", "rude"), and a question
 * ("can i", "is there", "allowed"). Each cue is one lexical feature, so the heads learn the phrasing
 * once instead of word by word. Patterns match the space-joined {@link LexicalFeatures#words}. Pure.
 */
final class IntentCues {

    /** A named cue and the pattern that finds it. */
    record Cue(String name, Pattern pattern) {
        boolean in(String words) {
            return pattern.matcher(words).find();
        }
    }

    private static Cue cue(String name, String regex) {
        return new Cue(name, Pattern.compile(regex));
    }

    static final List<Cue> CUES = List.of(
            cue("follow-up", "\\b(?:any|an|no)\\s(?:update|updates|news|word|eta)\\b|\\bfollow(?:ing)?\\s?up\\b|\\bchecking\\s(?:in|on)\\b"
                    + "|\\bstatus\\s(?:of|on)\\b|\\bwhats\\sthe\\sstatus\\b|\\bseguimiento\\b|\\balguna\\snoticia\\b|\\bcomo\\sva\\smi\\b"),
            cue("existing-request", "\\b(?:ticket|work\\sorder|wo|request|requests|solicitud|orden|reporte)\\s?(?:number\\s|numero\\s|#\\s?)?\\d+"
                    + "|\\b(?:my|the|mi|la)\\s(?:ticket|work\\sorder|request|solicitud|orden)\\b|\\b(?:i|we)\\s(?:reported|submitted|put\\sin)\\b"
                    + "|\\b(?:ya\\s)?(?:reporte|mande|puse)\\s(?:la|una|el)\\b|\\breopen\\b|\\bmarked\\s(?:complete|completed|done)\\b"),
            cue("visit", "\\b(?:tech|technician|plumber|electrician|exterminator|locksmith|guy|contractor|tecnico|plomero|electricista"
                    + "|cerrajero|senor)\\s(?:\\w+\\s){0,3}(?:came|come|coming|never|didnt|did\\snot|said|left|cancelled|canceled|vino|viene"
                    + "|nunca|dijo|llego|cancelo)\\b|\\bno[\\s-]show\\b|\\bnobody\\s(?:came|showed|has\\scome)\\b|\\bnadie\\s(?:vino|ha\\svenido|llego)\\b"
                    + "|\\b(?:when|what\\stime)\\s(?:is|will|are)\\s(?:\\w+\\s){0,3}(?:coming|come|back)\\b|\\bcuando\\s(?:viene|vienen|regresan|vuelven)\\b"),
            cue("still", "\\bstill\\b|\\bagain\\b|\\btodavia\\b|\\bsigue\\b|\\bsiguen\\b|\\botra\\svez\\b|\\bde\\snuevo\\b"),
            cue("people", "\\b(?:neighbou?rs?|upstairs|downstairs|next\\sdoor|vecin[oa]s?|de\\sarriba|de\\sal\\slado)\\b"),
            cue("nuisance", "\\b(?:noise|noisy|loud|music|party|parties|barking|barks|stomp\\w*|yell\\w*|scream\\w*|ruido|musica|fiesta|ladra\\w*"
                    + "|grit\\w*)\\b|\\bquiet\\shours\\b"),
            cue("smell-from-others", "\\b(?:smok\\w+|weed|marijuana|incense|cooking|fuman|mariguana|marihuana|comida)\\b"),
            cue("service", "\\b(?:rude|unprofessional|ignored|disrespectful|nobody\\sanswers|no\\sone\\sanswers|grosera?|nadie\\scontesta)\\b"
                    + "|\\b(?:filthy|disgusting|dirty|gross|mess|sucia|sucio|sucisima|asco)\\b|\\bcomplain\\w*|\\bqueja\\w*"),
            cue("question", "^(?:can|could|may|do|does|is|are|whats|what|where|when|how|who|am|puedo|se\\spuede|hay|donde|cuando|que|como|tienen)\\b"
                    + "|\\b(?:allowed|permitted|permission|policy|process|permitido)\\b|\\b(?:can|may)\\s(?:i|we)\\b"));

    private IntentCues() {}
}
