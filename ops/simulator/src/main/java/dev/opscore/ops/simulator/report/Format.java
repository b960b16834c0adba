package dev.opscore.ops.simulator.report;

import dev.opscore.ops.simulator.metrics.Ratio;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;

/** Numbers as the report writes them: fixed decimals, a dash for a figure with nothing to count. */
final class Format {

    private Format() {
    }

    static String decimal(Double value, int places) {
        return value == null ? "–" : String.format(Locale.ROOT, "%." + places + "f", value);
    }

    static String percent(Ratio ratio) {
        return ratio.rate() == null ? "– (0/0)" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100 * ratio.rate(),
                ratio.part(), ratio.whole());
    }

    static String rate(Ratio ratio) {
        return ratio.rate() == null ? "– (0/0)" : String.format(Locale.ROOT, "%.2f (%d/%d)", ratio.rate(), ratio.part(),
                ratio.whole());
    }

    static String money(BigDecimal amount) {
        return amount == null ? "–" : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** A virtual-time duration as {@code 1d 02h 03m}, {@code 2h 05m} or {@code 4m 10s}. */
    static String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        long s = d.toSeconds();
        String sign = s < 0 ? "-" : "";
        s = Math.abs(s);
        if (s >= 86_400) {
            return String.format(Locale.ROOT, "%s%dd %02dh %02dm", sign, s / 86_400, s % 86_400 / 3600, s % 3600 / 60);
        }
        if (s >= 3600) {
            return String.format(Locale.ROOT, "%s%dh %02dm", sign, s / 3600, s % 3600 / 60);
        }
        return String.format(Locale.ROOT, "%s%dm %02ds", sign, s / 60, s % 60);
    }
}
