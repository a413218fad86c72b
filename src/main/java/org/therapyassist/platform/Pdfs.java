package org.therapyassist.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.XRRuntimeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateInputException;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Every PDF the product prints (passport, home sheet, discharge letter, progress report): a Thymeleaf template under
 * {@code templates/pdf/} rendered to XHTML, then to PDF by openhtmltopdf.
 *
 * <p>
 * The templates are processed in XML mode by an engine of their own, not the pages' one: the output must be
 * well-formed XHTML for openhtmltopdf, and printing needs no request, security dialect or form tokens. Every
 * {@code th:text} and attribute value is escaped, so a name such as {@code <script> & Sons} prints as typed;
 * {@code th:utext} is only for markup the server drew itself (the charts' SVG). Each template also sees {@code fmt},
 * the pages' date formats ({@code ${fmt.longDate(d)}}, "23 November 2026"). Pages are A4 unless a template's
 * {@code @page} says otherwise; inline SVG is drawn by Batik.
 *
 * <p>
 * In templates, put a value that may be missing in its own {@code <th:block th:text="...">} (missing prints as
 * nothing) rather than in a literal substitution {@code |...${x}...|}, which prints it as "null". Keep a line's text
 * out of {@code <span>}s: openhtmltopdf draws each span as a run of its own, and text taken from the PDF (copied, or
 * read by PDFBox in the tests) then comes out of order.
 */
public final class Pdfs {

    private static final String LOCATION = "templates/pdf/";
    private static final TemplateEngine TEMPLATES = engine();
    private static final Formats FORMATS = new Formats();

    /**
     * The font every template names ({@code font-family: 'DejaVu Sans Condensed', sans-serif}). The PDF built-in fonts
     * know Latin-1 only, so "Llŷr", "Łukasz" or "Дмитрий" printed with gaps and other letters: a letter that no longer
     * names its patient as typed (H6). DejaVu Sans Condensed covers Latin, Greek and Cyrillic and is about as wide as
     * the
     * Helvetica it replaces, so an easy-read line still fits on one line; only the glyphs used are embedded. Licence:
     * resources/fonts/LICENSE-DejaVu.txt.
     */
    static final String FONT = "DejaVu Sans Condensed";
    private static final byte[] REGULAR = font("DejaVuSansCondensed.ttf");
    private static final byte[] BOLD = font("DejaVuSansCondensed-Bold.ttf");

    private Pdfs() {
    }

    /** The PDF of {@code templates/pdf/<template>.html} with these variables (each a record the template reads). */
    public static byte[] render(String template, Map<String, ?> variables) {
        return render(template, variables, LocaleContextHolder.getLocale());
    }

    /**
     * The PDF in a chosen language (en-GB or cy): a patient's sheet or letter is printed in the patient's language,
     * which need not be the reader's. Dates ({@code fmt}) and {@code #{...}} words both follow it.
     */
    public static byte[] render(String template, Map<String, ?> variables, Locale language) {
        Locale before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Languages.normalise(language));
        String xhtml;
        try {
            xhtml = xhtml(template, variables);
        } finally {
            LocaleContextHolder.setLocale(before);
        }
        try {
            return toPdf(xhtml);
        } catch (XRRuntimeException e) {
            // Thymeleaf lets an unclosed element through; the XML parser then names the line.
            throw new IllegalStateException("The PDF template '" + template + "' could not be printed: "
                    + e.getMessage(), e);
        }
    }

    static String xhtml(String template, Map<String, ?> variables) {
        // The language of the request (or the one the caller set for a patient's letter): the same words as the page.
        Context context = new Context(Languages.normalise(LocaleContextHolder.getLocale()), new HashMap<>(variables));
        context.setVariable("fmt", FORMATS);
        try {
            return TEMPLATES.process(template, context);
        } catch (TemplateInputException e) {
            throw new IllegalStateException("The PDF template '" + template + "' (classpath:" + LOCATION + template
                    + ".html) is missing or is not well-formed XHTML", e);
        }
    }

    private static byte[] toPdf(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useDefaultPageSize(210, 297, PageSizeUnits.MM);
            builder.useSVGDrawer(new BatikSVGDrawer());
            builder.useFont(() -> new ByteArrayInputStream(REGULAR), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> new ByteArrayInputStream(BOLD), FONT, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] font(String file) {
        try (InputStream in = Pdfs.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font classpath:fonts/" + file + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pdfs.class.getClassLoader());
        resolver.setPrefix(LOCATION);
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(Messages.source());
        return engine;
    }
}
