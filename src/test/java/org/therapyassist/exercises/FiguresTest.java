package org.therapyassist.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class FiguresTest {

    @Test
    void everyPoseDrawsAHeadABodyAndFourLimbsAsAnAccessibleSvg() {
        for (String pose : Figures.poses()) {
            String svg = Figures.svg(pose, "Sit <to> stand");
            assertThat(svg).startsWith("<svg").endsWith("</svg>").contains("role=\"img\"")
                    .contains("<title>Drawing: Sit &lt;to&gt; stand</title>");
            assertThat(svg).contains("<circle");
            // Torso, two arms and two legs of two segments each: at least nine lines besides the props.
            assertThat(Figures.shapes(pose).stream().filter(s -> !s.circle()).count()).as(pose)
                    .isGreaterThanOrEqualTo(9);
        }
    }

    @Test
    void thePngForThePdfIsTheSameDrawingRasterised() throws Exception {
        byte[] png = Figures.png("sit-to-stand", 2);
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(240);
        assertThat(Figures.pngDataUri("stand")).startsWith("data:image/png;base64,");
    }

    @Test
    void easyReadPutsEverySentenceOnItsOwnLine() {
        assertThat(HomeSheetPdf.sentences("Hold on firmly. Only let go when told! Ready?"))
                .containsExactly("Hold on firmly.", "Only let go when told!", "Ready?");
    }
}
