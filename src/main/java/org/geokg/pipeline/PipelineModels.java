package org.geokg.pipeline;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.geokg.link.LinkTables;
import org.geokg.mention.Gazetteer;
import org.geokg.mention.NameModel;
import org.geokg.nlp.NlpModels;

/**
 * The models and tables the pipeline reads, loaded side by side: the name finder model (the slowest, about 1.7 s)
 * on one thread, the OpenNLP models, the gazetteer and the linking tables on another. Loaded one after the other
 * they took about 3 s of every run.
 *
 * @param nlp sentence, token and part-of-speech models
 * @param gazetteer the gazetteer of the mention stage
 * @param names the name finder model, if any
 */
public record PipelineModels(NlpModels nlp, Gazetteer gazetteer, Optional<NameModel> names) {

    /** Loads everything, the name finder model from {@code names}; an error of any loader is thrown as it is. */
    public static PipelineModels load(Supplier<Optional<NameModel>> names) {
        CompletableFuture<Optional<NameModel>> model = CompletableFuture.supplyAsync(names);
        try {
            NlpModels nlp = NlpModels.load();
            Gazetteer gazetteer = Gazetteer.load();
            LinkTables.shipped();
            return new PipelineModels(nlp, gazetteer, model.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
