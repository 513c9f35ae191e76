package org.qualitymonth.organization;

/** Standing with the China Quality Award (中国质量奖). */
public enum QualityAward { NONE, NOMINEE, WINNER }
