package dev.opscore.ops.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slips of the thumb, drawn from the message's {@code Random}: swapped, dropped and doubled letters. */
final class Typos {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    private Typos() {
    }

    static String inject(Random random, String text, int count) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        StringBuilder out = new StringBuilder(text);
        // right to left, so that earlier offsets stay valid whatever a slip does to the length
        List<int[]> chosen = new ArrayList<>();
        for (int i = 0; i < count && !words.isEmpty(); i++) {
            chosen.add(words.remove(random.nextInt(words.size())));
        }
        chosen.sort((a, b) -> Integer.compare(b[0], a[0]));
        for (int[] word : chosen) {
            slip(random, out, word[0], word[1]);
        }
        return out.toString();
    }

    private static void slip(Random random, StringBuilder text, int start, int end) {
        int at = start + 1 + random.nextInt(end - start - 2);
        switch (random.nextInt(3)) {
            case 0 -> {
                char c = text.charAt(at);
                text.setCharAt(at, text.charAt(at + 1));
                text.setCharAt(at + 1, c);
            }
            case 1 -> text.deleteCharAt(at);
            default -> text.insert(at, text.charAt(at));
        }
    }
}
