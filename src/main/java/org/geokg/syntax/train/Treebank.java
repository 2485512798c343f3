package org.geokg.syntax.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.geokg.GeoKgException;
import org.geokg.lexicon.Words;
import org.geokg.nlp.AnalyzedText;
import org.geokg.nlp.Sentence;
import org.geokg.nlp.TextAnalyzer;
import org.geokg.nlp.Token;

/**
 * Reads treebanks in CoNLL-U (plain or gzipped): one sentence per block, one syntactic word per line. Multiword
 * token lines ({@code 1-2 don't}) and empty nodes ({@code 8.1}) are skipped, as the basic tree is over the words.
 * A malformed line fails with its file and line number.
 */
public final class Treebank {
    private Treebank() {
    }

    /** The sentences of a CoNLL-U file. */
    public static List<TreebankSentence> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             BufferedReader reader = new BufferedReader(new InputStreamReader(unzipped(raw), StandardCharsets.UTF_8))) {
            return read(reader, file.toString());
        } catch (NoSuchFileException e) {
            throw new GeoKgException(file + ": no such treebank file");
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read the treebank: " + e.getMessage(), e);
        }
    }

    private static InputStream unzipped(InputStream raw) throws IOException {
        InputStream in = new java.io.BufferedInputStream(raw);
        in.mark(2);
        int b1 = in.read();
        int b2 = in.read();
        in.reset();
        return b1 == 0x1f && b2 == 0x8b ? new GZIPInputStream(in, 1 << 16) : in;
    }

    static List<TreebankSentence> read(BufferedReader reader, String name) throws IOException {
        List<TreebankSentence> sentences = new ArrayList<>();
        Block block = new Block();
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                block.finish(sentences, name, number);
                block = new Block();
            } else if (line.startsWith("#")) {
                if (line.startsWith("# sent_id = ")) {
                    block.id = line.substring("# sent_id = ".length()).strip();
                }
            } else {
                block.add(line, name, number);
            }
        }
        block.finish(sentences, name, number + 1);
        return sentences;
    }

    /** The lines of one sentence as they are read. */
    private static final class Block {
        String id;
        final List<String> words = new ArrayList<>();
        final List<String> tags = new ArrayList<>();
        final List<Integer> heads = new ArrayList<>();
        final List<String> labels = new ArrayList<>();
        final List<Boolean> spaceAfter = new ArrayList<>();
        final List<TreebankSentence.Span> multiword = new ArrayList<>();
        int firstLine;

        void add(String line, String name, int number) {
            String[] cols = line.split("\t", -1);
            if (cols.length != 10) {
                throw new GeoKgException(name + ":" + number + ": a CoNLL-U line has 10 tab-separated columns, "
                        + "this one has " + cols.length);
            }
            if (cols[0].contains(".")) {
                return;
            }
            if (cols[0].contains("-")) {
                String[] range = cols[0].split("-");
                try {
                    multiword.add(new TreebankSentence.Span(cols[1], Integer.parseInt(range[0]) - 1,
                            Integer.parseInt(range[1]) - 1));
                } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new GeoKgException(name + ":" + number + ": bad multiword token range " + cols[0]);
                }
                return;
            }
            if (words.isEmpty()) {
                firstLine = number;
            }
            try {
                int id = Integer.parseInt(cols[0]);
                int head = Integer.parseInt(cols[6]);
                if (id != words.size() + 1) {
                    throw new GeoKgException(name + ":" + number + ": word " + id + " where word "
                            + (words.size() + 1) + " was expected");
                }
                words.add(cols[1]);
                tags.add(cols[3]);
                heads.add(head - 1);
                labels.add(cols[7]);
                spaceAfter.add(!cols[9].contains("SpaceAfter=No"));
            } catch (NumberFormatException e) {
                throw new GeoKgException(name + ":" + number + ": the word id and head must be numbers: "
                        + cols[0] + ", " + cols[6]);
            }
        }

        void finish(List<TreebankSentence> sentences, String name, int number) {
            if (words.isEmpty()) {
                return;
            }
            for (int i = 0; i < heads.size(); i++) {
                if (heads.get(i) < -1 || heads.get(i) >= heads.size() || heads.get(i) == i) {
                    throw new GeoKgException(name + ":" + (firstLine + i) + ": bad head " + (heads.get(i) + 1));
                }
            }
            if (heads.stream().filter(h -> h < 0).count() != 1) {
                throw new GeoKgException(name + ":" + firstLine + ": the sentence ending before line " + number
                        + " has not exactly one root");
            }
            sentences.add(new TreebankSentence(id == null ? String.valueOf(sentences.size() + 1) : id,
                    words, tags, heads, labels, tokens()));
        }

        /** Multiword tokens as one, and a clitic written onto the word before it joined to it. */
        private List<TreebankSentence.Span> tokens() {
            List<TreebankSentence.Span> tokens = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < words.size(); i = next) {
                next = i + 1;
                TreebankSentence.Span token = new TreebankSentence.Span(words.get(i), i, i);
                for (TreebankSentence.Span m : multiword) {
                    if (m.first() == i && m.last() < words.size()) {
                        token = m;
                        next = m.last() + 1;
                    }
                }
                int last = tokens.size() - 1;
                if (token.first() == token.last() && last >= 0 && !spaceAfter.get(i - 1) && isClitic(words.get(i))) {
                    TreebankSentence.Span host = tokens.get(last);
                    tokens.set(last, new TreebankSentence.Span(host.form() + token.form(), host.first(), i));
                } else {
                    tokens.add(token);
                }
            }
            return tokens;
        }
    }

    private static final List<String> CLITICS = Words.list("clitic");

    private static boolean isClitic(String word) {
        return CLITICS.contains(word.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\''));
    }

    /**
     * The part-of-speech tags our tagger gives each sentence's words, as the parser sees them at run time. The
     * tagger reads tokens as our tokenizer gives them, with a clitic on its host ("China's", "don't") tagged as a
     * pair ({@code PROPN+PART}), so the tokens are tagged ({@link TreebankSentence#tokens()}) and a pair's tags go to
     * its words, as {@link TextAnalyzer} splits them. The words of a multiword token the tagger gives one tag
     * ("cannot") are tagged on their own.
     */
    public static List<List<String>> tag(List<TreebankSentence> sentences, TextAnalyzer analyzer) {
        List<List<String>> byWord = tags(analyzer, sentences.stream().map(TreebankSentence::words).toList());
        List<List<String>> byToken = tags(analyzer, sentences.stream()
                .map(s -> s.tokens().stream().map(TreebankSentence.Span::form).toList()).toList());
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (int s = 0; s < sentences.size(); s++) {
            tags.add(spread(sentences.get(s), byToken.get(s), byWord.get(s)));
        }
        return tags;
    }

    /**
     * The tags of a sentence's words from the tags of its tokens: a pair's tags ({@code AUX+PART}) go to its two
     * words; a host without a pair tag keeps its tag and {@code 's} is a PART, as {@link TextAnalyzer} splits them;
     * the words of a multiword token with one tag take theirs from {@code fallback}.
     */
    static List<String> spread(TreebankSentence sentence, List<String> tokenTags, List<String> fallback) {
        List<String> words = new ArrayList<>(fallback);
        List<TreebankSentence.Span> tokens = sentence.tokens();
        for (int t = 0; t < tokens.size(); t++) {
            TreebankSentence.Span token = tokens.get(t);
            String[] parts = tokenTags.get(t).split("\\+");
            int width = token.last() - token.first() + 1;
            if (parts.length == width) {
                for (int k = 0; k < width; k++) {
                    words.set(token.first() + k, parts[k]);
                }
            } else if (width == 1) {
                words.set(token.first(), parts[0]);
            } else if (width == 2 && isClitic(sentence.words().get(token.last()))) {
                words.set(token.first(), parts[0]);
                String clitic = sentence.words().get(token.last()).replace('\u2019', '\'');
                if (clitic.equalsIgnoreCase("'s")) {
                    words.set(token.last(), "PART");
                }
            }
        }
        return words;
    }

    private static List<List<String>> tags(TextAnalyzer analyzer, List<List<String>> sentences) {
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<String> s : sentences) {
            words.add(s.toArray(new String[0]));
        }
        AnalyzedText text = analyzer.analyzeTokens(words);
        List<List<String>> tags = new ArrayList<>(sentences.size());
        for (Sentence s : text.sentences()) {
            tags.add(s.tokens().stream().map(Token::pos).toList());
        }
        return tags;
    }

    /** The SHA-256 of a file's bytes, as stored (of the .gz file itself when gzipped). */
    public static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new GeoKgException(file + ": cannot read: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
