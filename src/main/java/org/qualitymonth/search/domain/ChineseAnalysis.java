package org.qualitymonth.search.domain;

import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.cjk.CJKWidthFilterFactory;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * Chinese text is segmented by smartcn (so "净化器" matches the word in "空气净化器"); codes (credit codes, model and
 * report numbers) are kept whole, full-width folded to half-width and lower-cased, so "kj500f" finds "ＫＪ500Ｆ".
 */
public class ChineseAnalysis implements LuceneAnalysisConfigurer {

    public static final String CHINESE = "chinese";
    public static final String CODE = "code";

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(CHINESE).instance(new SmartChineseAnalyzer());
        context.normalizer(CODE).custom()
                .tokenFilter(CJKWidthFilterFactory.class)
                .tokenFilter(ASCIIFoldingFilterFactory.class)
                .tokenFilter(LowerCaseFilterFactory.class);
    }
}
