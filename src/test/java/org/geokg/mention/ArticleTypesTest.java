package org.geokg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.geokg.lexicon.EntityType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTypesTest {
    /**
     * Each case is one name used several times in an article, each use written TYPE/rule, and the types the uses
     * have after the pass.
     */
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            gazetteer decides        | ORGANIZATION/model CITY/gazetteer              | CITY CITY
            majority of the model    | ORGANIZATION/model LOCATION/model ORGANIZATION/model | ORGANIZATION ORGANIZATION ORGANIZATION
            first on a tie           | LOCATION/model ORGANIZATION/model              | LOCATION LOCATION
            people are left alone    | ORGANIZATION/model PERSON/title                | ORGANIZATION PERSON
            a person the model found | PERSON/model LOCATION/model                    | PERSON LOCATION
            one use                  | LOCATION/model                                 | LOCATION
            """)
    void oneNameIsTypedOneWayInAnArticle(String why, String uses, String expected) {
        List<Mention> mentions = new ArrayList<>();
        for (String use : uses.split(" ")) {
            String[] typeAndRule = use.split("/");
            int at = mentions.size() * 10;
            mentions.add(new Mention(EntityType.valueOf(typeAndRule[0]), "Caracas", at, at + 7, mentions.size(), 0,
                    1, "Caracas", false, typeAndRule[1]));
        }
        List<String> types = new ArticleTypes().consistent(mentions).stream().map(m -> m.type().name()).toList();
        assertEquals(Arrays.asList(expected.split(" ")), types, why);
    }
}
