package org.qualitymonth.search.bench;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.qualitymonth.search.domain.ChineseAnalysis;

/**
 * The benchmark loader's analysis: exactly the application's (smartcn for text, the same code normaliser), but each
 * distinct text is segmented once and its tokens replayed after. Generated results repeat their product names,
 * manufacturers and places, so this builds the same index several times faster; the real indexing rate is measured
 * separately with the application's analyser.
 */
public class MemoizedChineseAnalysis extends ChineseAnalysis {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        super.configure(context);
        context.analyzer(CHINESE).instance(new Memoizing(new SmartChineseAnalyzer()));
    }

    record Token(String term, int start, int end, int increment, String type) {
    }

    static final class Memoizing extends Analyzer {

        private final Analyzer delegate;
        private final Map<String, List<Token>> cache = new ConcurrentHashMap<>();

        Memoizing(Analyzer delegate) {
            this.delegate = delegate;
        }

        @Override
        protected TokenStreamComponents createComponents(String field) {
            return new TokenStreamComponents(new Replay());
        }

        private List<Token> analyse(String text) {
            List<Token> tokens = new ArrayList<>();
            try (TokenStream stream = delegate.tokenStream("", text)) {
                CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
                PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
                TypeAttribute type = stream.addAttribute(TypeAttribute.class);
                stream.reset();
                while (stream.incrementToken()) {
                    tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(),
                            increment.getPositionIncrement(), type.type()));
                }
                stream.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return List.copyOf(tokens);
        }

        private final class Replay extends Tokenizer {

            private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
            private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
            private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
            private final TypeAttribute type = addAttribute(TypeAttribute.class);
            private Iterator<Token> tokens;
            private int length;

            @Override
            public void reset() throws IOException {
                super.reset();
                String text = read(input);
                length = text.length();
                tokens = cache.computeIfAbsent(text, Memoizing.this::analyse).iterator();
            }

            @Override
            public boolean incrementToken() {
                clearAttributes();
                if (!tokens.hasNext()) {
                    return false;
                }
                Token token = tokens.next();
                term.append(token.term());
                offset.setOffset(correctOffset(token.start()), correctOffset(token.end()));
                increment.setPositionIncrement(token.increment());
                type.setType(token.type());
                return true;
            }

            @Override
            public void end() throws IOException {
                super.end();
                offset.setOffset(correctOffset(length), correctOffset(length));
            }

            private static String read(Reader reader) throws IOException {
                StringBuilder text = new StringBuilder();
                char[] buffer = new char[256];
                for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
                    text.append(buffer, 0, n);
                }
                return text.toString();
            }
        }
    }
}
