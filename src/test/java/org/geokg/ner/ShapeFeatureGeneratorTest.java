package org.geokg.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ShapeFeatureGenerator}: a token's shape features, from one generator asked about every token of a sentence in
 * turn (it keeps the sentence's shapes) and from a fresh generator per token, as a case table.
 */
class ShapeFeatureGeneratorTest {

    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mr. Abdul-Rahman met NATO chiefs | 0 | sh=Xx.;sh-1=BOS;sh+1=Xx-Xx;sh0,+1=Xx.,Xx-Xx;abbr
            Mr. Abdul-Rahman met NATO chiefs | 1 | sh=Xx-Xx;sh-1=Xx.;sh+1=x;sh-1,0=Xx.,Xx-Xx;sh0,+1=Xx-Xx,x;hy0=abdul;\
            hyN=rahman;hyN.sh=Xx
            Mr. Abdul-Rahman met NATO chiefs | 3 | sh=X;sh-1=x;sh+1=x;sh-1,0=x,X;sh0,+1=X,x
            Mr. Abdul-Rahman met NATO chiefs | 4 | sh=x;sh-1=X;sh+1=EOS;sh-1,0=X,x
            G7 talks in al-Quds , 2023       | 3 | sh=x-Xx;sh-1=x;sh+1=,;sh-1,0=x,x-Xx;sh0,+1=x-Xx,,;hy0=al;hyN=quds;\
            hyN.sh=Xx
            G7 talks in al-Quds , 2023       | 5 | sh=d;sh-1=,;sh+1=EOS;sh-1,0=,,d
            G7 talks in al-Quds , 2023       | 0 | sh=Xd;sh-1=BOS;sh+1=x;sh0,+1=Xd,x
            """)
    void featuresOfATokenAreTheSameFromOneGeneratorPerSentenceAsFromAFreshOne(String sentence, int index,
            String expected) {
        String[] tokens = sentence.split(" ");
        ShapeFeatureGenerator shared = new ShapeFeatureGenerator(1);
        List<String> fromShared = new ArrayList<>();
        for (int i = 0; i <= index; i++) {
            fromShared.clear();
            shared.createFeatures(fromShared, tokens, i, null);
        }
        List<String> fromFresh = new ArrayList<>();
        new ShapeFeatureGenerator(1).createFeatures(fromFresh, tokens, index, null);
        assertEquals(List.of(expected.split(";")), fromFresh);
        assertEquals(fromFresh, fromShared);
    }
}
