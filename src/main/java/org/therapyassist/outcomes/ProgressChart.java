package org.therapyassist.outcomes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.web.Languages;

/**
 * Draws a line chart as SVG on the server, so the same chart works on the page, in a PDF and through the API, with
 * no script. Interpretation bands are shaded behind the line; the SVG has role="img" with a title and a description
 * that says what the chart shows in words. Only presentation attributes are used (no inline style), for the CSP.
 */
public final class ProgressChart {

    /*
     * Drawn at about the width of a phone's column (360 units for some 330 px), so 15-unit text stays near 14 px on a
     * 360 px phone; on a wider screen the stylesheet caps the chart's width (.ta-chart) so the text does not balloon.
     */
    static final int WIDTH = 360;
    static final int HEIGHT = 230;
    private static final int LEFT = 58;
    private static final int RIGHT = 8;
    private static final int TOP = 10;
    private static final int BOTTOM = 34;
    private static final int LEGEND_ROW = 22;
    private static final int FONT = 15;
    private static final int LABEL_CHARS = 42;
    private static final int LEGEND_X = 4;
    private static final String[] PALETTE = {"#005eb8", "#7c2855", "#007f3b", "#ed8b00", "#330072"};
    /** Month names on the time axis in the reader's language ("Nov 26", "Tach 26"). */
    private static final DateTimeFormatter AXIS_EN = DateTimeFormatter.ofPattern("MMM yy", Languages.ENGLISH);
    private static final DateTimeFormatter AXIS_CY = DateTimeFormatter.ofPattern("MMM yy", Languages.WELSH);
    /** Under four months, the day too ("9 Nov"): month names alone would repeat. */
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMM", Languages.ENGLISH);
    private static final DateTimeFormatter DAY_CY = DateTimeFormatter.ofPattern("d MMM", Languages.WELSH);

    private ProgressChart() {
    }

    public record Point(LocalDate on, double value, boolean marked) {
    }

    public record Series(String label, List<Point> points) {
    }

    public record Shade(double from, double to, String label, Measure.Tone tone) {
    }

    /** What to draw; {@code markedLabel} explains hollow points (for example "recorded by a support worker"). */
    public record Spec(String id, String title, String description, String yLabel, double yMin, double yMax,
            List<Shade> shades, List<Series> series, String markedLabel, List<String> yTickLabels) {
    }

    public static String svg(Spec spec) {
        List<Point> all = spec.series().stream().flatMap(s -> s.points().stream()).toList();
        LocalDate first = all.stream().map(Point::on).min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1));
        LocalDate last = all.stream().map(Point::on).max(LocalDate::compareTo).orElse(first);
        if (ChronoUnit.DAYS.between(first, last) < 14) {
            first = first.minusDays(7);
            last = last.plusDays(7);
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(first, last));
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        LocalDate x0 = first;
        ToDoubleFunction<LocalDate> x = d -> LEFT + plotW * ChronoUnit.DAYS.between(x0, d) / span;
        DoubleUnaryOperator y = v -> TOP
                + plotH * (1 - (clamp(v, spec.yMin(), spec.yMax()) - spec.yMin())
                        / (spec.yMax() - spec.yMin()));

        boolean marked = spec.markedLabel() != null && all.stream().anyMatch(Point::marked);
        List<Shade> shown = spec.shades().stream()
                .filter(b -> y.applyAsDouble(Math.max(b.from(), spec.yMin()))
                        - y.applyAsDouble(Math.min(b.to(), spec.yMax())) > 0)
                .toList();
        int legendRows = (spec.series().size() > 1 ? spec.series().size() : 0) + (marked ? 1 : 0) + shown.size();
        int height = HEIGHT + LEGEND_ROW * legendRows;
        StringBuilder s = new StringBuilder();
        String t = spec.id() + "-title";
        String d = spec.id() + "-desc";
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"ta-chart\" viewBox=\"0 0 ").append(WIDTH)
                .append(' ')
                .append(height).append("\" width=\"100%\" role=\"img\" aria-labelledby=\"").append(t).append(' ')
                .append(d)
                .append("\" focusable=\"false\">");
        s.append("<title id=\"").append(t).append("\">").append(esc(spec.title())).append("</title>");
        s.append("<desc id=\"").append(d).append("\">").append(esc(spec.description())).append("</desc>");
        s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(TOP).append("\" width=\"").append(fmt(plotW))
                .append("\" height=\"").append(fmt(plotH)).append("\" fill=\"#ffffff\" stroke=\"#aeb7bd\"/>");
        // The bands are shaded behind the line and named in the legend, never written over the line.
        for (Shade band : shown) {
            double top = y.applyAsDouble(Math.min(band.to(), spec.yMax()));
            double bottom = y.applyAsDouble(Math.max(band.from(), spec.yMin()));
            s.append("<rect x=\"").append(LEFT).append("\" y=\"").append(fmt(top)).append("\" width=\"")
                    .append(fmt(plotW))
                    .append("\" height=\"").append(fmt(bottom - top)).append("\" fill=\"").append(fill(band.tone()))
                    .append("\"><title>").append(esc(band.label())).append("</title></rect>");
        }
        // Y axis ticks.
        List<Double> ticks = ticks(spec.yMin(), spec.yMax());
        for (int i = 0; i < ticks.size(); i++) {
            double v = ticks.get(i);
            double py = y.applyAsDouble(v);
            String label = spec.yTickLabels() != null && i < spec.yTickLabels().size()
                    ? spec.yTickLabels().get(i)
                    : number(v);
            s.append("<line x1=\"").append(LEFT - 4).append("\" x2=\"").append(LEFT).append("\" y1=\"").append(fmt(py))
                    .append("\" y2=\"").append(fmt(py)).append("\" stroke=\"#4c6272\"/>");
            s.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(py + 4))
                    .append("\" text-anchor=\"end\" font-size=\"").append(FONT).append("\" fill=\"#212b32\">")
                    .append(esc(label))
                    .append("</text>");
        }
        s.append("<text x=\"12\" y=\"").append(fmt(TOP + plotH / 2)).append("\" font-size=\"").append(FONT)
                .append("\" fill=\"#212b32\" ")
                .append("text-anchor=\"middle\" transform=\"rotate(-90 12 ").append(fmt(TOP + plotH / 2)).append(")\">")
                .append(esc(spec.yLabel())).append("</text>");
        // X axis: first, middle and last dates.
        LocalDate mid = first.plusDays((long) (span / 2));
        List<LocalDate> xTicks = List.of(first, mid, last);
        boolean welsh = Languages.isWelsh(LocaleContextHolder.getLocale());
        DateTimeFormatter axis = span < 120 ? (welsh ? DAY_CY : DAY_EN) : welsh ? AXIS_CY : AXIS_EN;
        for (int i = 0; i < xTicks.size(); i++) {
            double px = x.applyAsDouble(xTicks.get(i));
            String anchor = i == 0 ? "start" : i == xTicks.size() - 1 ? "end" : "middle";
            s.append("<text x=\"").append(fmt(px)).append("\" y=\"").append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"").append(anchor).append("\" font-size=\"").append(FONT)
                    .append("\" fill=\"#212b32\">")
                    .append(esc(xTicks.get(i).format(axis))).append("</text>");
        }
        for (int i = 0; i < spec.series().size(); i++) {
            Series series = spec.series().get(i);
            String colour = PALETTE[i % PALETTE.length];
            List<String> coords = new ArrayList<>();
            for (Point p : series.points()) {
                coords.add(fmt(x.applyAsDouble(p.on())) + "," + fmt(y.applyAsDouble(p.value())));
            }
            if (coords.size() > 1) {
                s.append("<polyline fill=\"none\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\" points=\"")
                        .append(String.join(" ", coords)).append("\"/>");
            }
            for (Point p : series.points()) {
                s.append("<circle cx=\"").append(fmt(x.applyAsDouble(p.on()))).append("\" cy=\"")
                        .append(fmt(y.applyAsDouble(p.value()))).append("\" r=\"4.5\" stroke=\"").append(colour)
                        .append("\" stroke-width=\"2\" fill=\"").append(p.marked() ? "#ffffff" : colour).append("\"/>");
            }
        }
        // Legend below the axis, one entry per line so long goal names stay readable on a phone.
        double ly = HEIGHT + 8;
        for (Shade band : shown) {
            s.append("<rect x=\"").append(LEGEND_X).append("\" y=\"").append(fmt(ly - 12))
                    .append("\" width=\"12\" height=\"12\" stroke=\"#768692\" fill=\"").append(fill(band.tone()))
                    .append("\"/>");
            legendText(s, ly, shortLabel(band.label()));
            ly += LEGEND_ROW;
        }
        for (int i = 0; i < spec.series().size() && spec.series().size() > 1; i++) {
            String colour = PALETTE[i % PALETTE.length];
            s.append("<circle cx=\"").append(LEGEND_X + 6).append("\" cy=\"").append(fmt(ly - 6))
                    .append("\" r=\"5\" fill=\"").append(colour).append("\"/>");
            legendText(s, ly, shortLabel(spec.series().get(i).label()));
            ly += LEGEND_ROW;
        }
        if (marked) {
            s.append("<circle cx=\"").append(LEGEND_X + 6).append("\" cy=\"").append(fmt(ly - 6))
                    .append("\" r=\"5\" fill=\"#ffffff\" stroke=\"#005eb8\" stroke-width=\"2\"/>");
            legendText(s, ly, spec.markedLabel());
        }
        s.append("</svg>");
        return s.toString();
    }

    private static void legendText(StringBuilder s, double y, String text) {
        s.append("<text x=\"").append(LEGEND_X + 18).append("\" y=\"").append(fmt(y)).append("\" font-size=\"")
                .append(FONT).append("\" fill=\"#212b32\">").append(esc(text)).append("</text>");
    }

    static List<Double> ticks(double min, double max) {
        double range = max - min;
        double raw = range / 5;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / mag < 1.5 ? mag : raw / mag < 3 ? 2 * mag : raw / mag < 7 ? 5 * mag : 10 * mag;
        List<Double> out = new ArrayList<>();
        for (double v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) {
            out.add(Math.round(v * 1000) / 1000.0);
        }
        return out;
    }

    /** A round upper limit a little above the value. */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double mag = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * mag >= v) {
                return m * mag;
            }
        }
        return 10 * mag;
    }

    private static String shortLabel(String label) {
        int cut = label.indexOf(" (");
        String s = cut > 0 ? label.substring(0, cut) : label;
        return s.length() > LABEL_CHARS ? s.substring(0, LABEL_CHARS - 1) + "…" : s;
    }

    private static String fill(Measure.Tone tone) {
        if (tone == null) {
            return "#f0f4f5";
        }
        return switch (tone) {
            case GOOD -> "#dff0e3";
            case CAUTION -> "#fff3cf";
            case CONCERN -> "#f9dcdc";
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static String number(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(Math.round(v * 100) / 100.0);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
