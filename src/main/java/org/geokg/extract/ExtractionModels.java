package org.geokg.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Gazetteer;
import org.geokg.link.LinkTables;
import org.geokg.meeting.MeetingModels;
import org.geokg.ner.NameModel;
import org.geokg.nlp.NlpModels;
import org.geokg.syntax.DependencyModel;

/**
 * The models and tables an {@link Extractor} reads, loaded once and shared by all threads. They load side by side:
 * the name finder model (the slowest, about 1.7 s) on one thread, the dependency parser model on another, the OpenNLP
 * models, the gazetteer, the linking tables and the meeting models on a third. Loaded one after the other they took
 * about 3 s of every run.
 *
 * @param nlp       sentence, token and part-of-speech models
 * @param gazetteer the gazetteer of the mention stage
 * @param names     the name finder model, if any
 * @param links     the data sets that link entities to Wikidata and GeoNames
 * @param parser    the dependency parser model, for the sentences that may report a meeting
 * @param meetings  the learned models of the meeting stage (status and confidence), each if any
 */
public record ExtractionModels(NlpModels nlp, Gazetteer gazetteer, Optional<NameModel> names, LinkTables links,
                               DependencyModel parser, MeetingModels meetings) {

    /** Loads everything, the name finder model from {@code names}; an error of any loader is thrown as it is. */
    public static ExtractionModels load(Supplier<Optional<NameModel>> names) {
        CompletableFuture<Optional<NameModel>> model = CompletableFuture.supplyAsync(names);
        CompletableFuture<DependencyModel> parser = CompletableFuture.supplyAsync(DependencyModel::shipped);
        try {
            NlpModels nlp = NlpModels.load();
            Gazetteer gazetteer = Gazetteer.load();
            LinkTables links = LinkTables.load();
            MeetingModels meetings = MeetingModels.shipped();
            return new ExtractionModels(nlp, gazetteer, model.join(), links, parser.join(), meetings);
        } catch (OutOfMemoryError e) {
            throw tooSmall();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof OutOfMemoryError) {
                throw tooSmall();
            }
            throw e;
        }
    }

    private static GeoKgException tooSmall() {
        return new GeoKgException(String.format(Locale.ROOT, "out of memory while loading the models: the JVM's "
                + "heap of %d MB is too small; raise -Xmx in GEOKG_JAVA_OPTS (the launcher's default is -Xmx4g)",
                Runtime.getRuntime().maxMemory() / (1024 * 1024)));
    }

    /** Everything bundled in the jar, with the shipped name finder model. */
    public static ExtractionModels shipped() {
        return load(NameModel::shipped);
    }

    /** The same models with other meeting models. */
    public ExtractionModels withMeetingModels(MeetingModels other) {
        return new ExtractionModels(nlp, gazetteer, names, links, parser, other);
    }

    /** The same models without a status model: the words around a trigger decide a meeting's status. */
    public ExtractionModels withoutStatusModel() {
        return new ExtractionModels(nlp, gazetteer, names, links, parser, meetings.withoutStatus());
    }
}
